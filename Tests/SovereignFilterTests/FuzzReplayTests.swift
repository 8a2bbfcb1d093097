import Testing
import SovereignFilterChecks
import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

/// Replays the fuzz targets' seed corpora and committed fail cases (Tests/fuzz) through the same
/// invariants, so a fixed crash stays fixed.
struct FuzzReplayTests {
    static let root: String = {
        let file = #filePath
        return String(file[..<file.firstRange(of: "/Tests/SovereignFilterTests/")!.lowerBound]) + "/Tests/fuzz"
    }()

    static func files(_ kind: String) -> [String] {
        var out: [String] = []
        for folder in ["corpus", "fail-cases"] {
            let dir = "\(root)/\(folder)/\(kind)"
            guard let d = opendir(dir) else { continue }
            while let e = readdir(d) {
                let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if !name.hasPrefix(".") { out.append("\(dir)/\(name)") }
            }
            closedir(d)
        }
        return out.sorted()
    }

    static func read(_ path: String) -> [UInt8] {
        guard let f = fopen(path, "rb") else { return [] }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true { let n = fread(&buf, 1, buf.count, f); if n <= 0 { break }; out += buf[0..<n] }
        return out
    }

    @Test func scanCases() {
        let fs = Self.files("scan")
        #expect(fs.count >= 20)
        for f in fs { #expect(Invariants.scanRedactRestore(Self.read(f)) == nil, "\(f)") }
    }

    /// The same cases inside one long text, 600 bytes of prose apart: settling then rescans windows
    /// around the glued findings instead of the whole text, and the invariants must hold all the same.
    @Test func scanCasesInOneLongText() {
        let prose = Array(String(repeating: "The linen sheet set comes in white and grey. ", count: 14).utf8)
        var text: [UInt8] = []
        for f in Self.files("scan") {
            let d = Self.read(f)
            var ascii = false
            guard d.withUnsafeBufferPointer({ UTF8Check.firstInvalid($0, allASCII: &ascii) }) == nil else { continue }
            text += prose + [0x0A] + d + [0x0A]
        }
        text += prose
        #expect(text.count > 20_000)
        #expect(Invariants.scanRedactRestore(text) == nil)
    }

    @Test func policyCases() {
        for f in Self.files("policy") { #expect(Invariants.policy(Self.read(f)) == nil, "\(f)") }
    }

    @Test func streamCases() {
        for f in Self.files("stream") { #expect(Invariants.stream(Self.read(f)) == nil, "\(f)") }
    }
}
