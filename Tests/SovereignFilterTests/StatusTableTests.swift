import Testing
import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

/// The sf_status enum of include/sovereign_filter.h is the one status table: `SFError.Code` must give
/// every error status its header value and name. (The C exports' `sf_status_name` is checked against
/// the same enum through the built library by bindings/php/tests/StatusTableTest.php; PHP's `Status`
/// there too.)
struct StatusTableTests {
    static let header: String = {
        let file = #filePath
        let root = file[..<file.firstRange(of: "/Tests/SovereignFilterTests/")!.lowerBound]
        let path = String(root) + "/include/sovereign_filter.h"
        guard let f = fopen(path, "rb") else { return "" }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true { let n = fread(&buf, 1, buf.count, f); if n <= 0 { break }; out += buf[0..<n] }
        return String(decoding: out, as: UTF8.self)
    }()

    /// (name, value) of each sf_status enumerator in declaration order; implicit values count on as in C.
    static func headerStatuses() throws -> [(name: String, value: Int32)] {
        // Comments out first: the enumerators carry trailing comments with commas in them.
        var text = header
        while let open = text.firstRange(of: "/*") {
            let close = try #require(text[open.upperBound...].firstRange(of: "*/"), "unterminated comment")
            text.replaceSubrange(open.lowerBound..<close.upperBound, with: " ")
        }
        let end = try #require(text.firstRange(of: "} sf_status;"), "no `} sf_status;` in include/sovereign_filter.h")
        let open = try #require(text[..<end.lowerBound].lastIndex(of: "{"))
        var out: [(name: String, value: Int32)] = []
        var next: Int32 = 0
        for item in text[text.index(after: open)..<end.lowerBound].split(separator: ",") {
            let parts = item.split(separator: "=").map(Self.trimmed)
            if parts == [""] { continue }
            let name = parts[0]
            #expect(name.hasPrefix("SF_") && name.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }, "enumerator \(name)")
            let value = parts.count == 2 ? try #require(Int32(parts[1]), "value of \(name)") : next
            out.append((name, value))
            next = value + 1
        }
        return out
    }

    static func trimmed(_ s: Substring) -> String {
        String(s.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    @Test func headerEnumIsDense() throws {
        let statuses = try Self.headerStatuses()
        #expect(statuses.count >= 11)
        #expect(statuses.first?.name == "SF_OK" && statuses.first?.value == 0)
        #expect(statuses.map(\.value) == Array(0..<Int32(statuses.count)), "sf_status values must be 0...N in order")
        #expect(Set(statuses.map(\.name)).count == statuses.count)
    }

    @Test func errorCodesAreTheHeaderStatuses() throws {
        let statuses = try Self.headerStatuses()
        #expect(!statuses.isEmpty)
        for (name, value) in statuses where value != 0 {
            let code = SFError.Code(rawValue: value)
            #expect(code.description == name, "SFError.Code(rawValue: \(value)) is \(code.description), the header says \(name)")
            #expect(SFError(code, "m").description == "\(name): m")
        }
        // SF_OK is success, not an error: SFError has no code for it, and a code the header does not
        // define (0 included) reads as internal, never as success or as another status.
        let past = (statuses.map(\.value).max() ?? 0) + 1
        for value in [0, past, past + 1, -1] as [Int32] {
            #expect(SFError.Code(rawValue: value).description == "SF_E_INTERNAL", "SFError.Code(rawValue: \(value))")
        }
    }

    @Test func namedCodesHaveTheHeaderValues() throws {
        let byName = Dictionary(uniqueKeysWithValues: try Self.headerStatuses().map { ($0.name, $0.value) })
        let named: [SFError.Code] = [.blocked, .invalidArgument, .invalidUTF8, .policy, .limit, .tooLarge,
                                      .disabled, .noMemory, .internal, .sessionFull, .region]
        #expect(named.count == byName.count - 1, "one SFError.Code per sf_status except SF_OK")
        for code in named {
            #expect(byName[code.description] == code.rawValue, "\(code.description) is \(code.rawValue) in Swift")
        }
    }
}
