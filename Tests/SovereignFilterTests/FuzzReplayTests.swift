import Testing
import SovereignFilterChecks
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

    @Test func policyCases() {
        for f in Self.files("policy") { #expect(Invariants.policy(Self.read(f)) == nil, "\(f)") }
    }

    @Test func streamCases() {
        for f in Self.files("stream") { #expect(Invariants.stream(Self.read(f)) == nil, "\(f)") }
    }
}
