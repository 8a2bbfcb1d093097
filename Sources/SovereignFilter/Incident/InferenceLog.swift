import Crypto
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// One record of the inference log. Never raw PII or raw prompt text: entity types and counts, rule
/// ids, a keyed hash of the session id, keyed hashes of the values found (who was affected, without the
/// values), the region, and the redacted text only when the policy asks for it.
public struct LogRecord: Sendable {
    public var feature: String
    public var direction: String       // "prompt" | "reply" | "incident"
    public var verdict: String
    public var entities: [String: Int]
    public var rules: [String]
    public var session: String?        // already hashed
    public var redactedText: String?
    public var detail: String?
    /// The host that wrote the record (set by a shared store: a fleet's logs are merged by `incident report`).
    public var host: String? = nil
    /// The region of the process that wrote it (policy `region`), so one region's records can be selected.
    public var region: String? = nil
    /// Per entity type, the keyed hashes (`InferenceLog.hashValue`) of the distinct values found: GDPR
    /// Art. 33's "approximate number of data subjects" is their count, and `incident lookup` checks
    /// one customer's value against them. Never the values.
    public var values: [String: [String]] = [:]
    /// The fingerprint of the policy that judged the call (`Policy.fingerprint`), and on the first record
    /// a runtime writes, its summary (`Policy.summary`): the log says which policy was in force when.
    public var policy: String? = nil
    public var policySummary: JSONValue? = nil

    public init(feature: String, direction: String, verdict: String, entities: [String: Int] = [:], rules: [String] = [],
                session: String? = nil, redactedText: String? = nil, detail: String? = nil) {
        self.feature = feature
        self.direction = direction
        self.verdict = verdict
        self.entities = entities
        self.rules = rules
        self.session = session
        self.redactedText = redactedText
        self.detail = detail
    }
}

/// The tamper-evident inference log: append-only JSON Lines, each record carrying the SHA-256 of the
/// previous record's line (`"prev"`), so an edit, a deletion or a reordering breaks the chain that
/// `verify` checks. Many processes append to one file: each append takes an exclusive `flock`, reads the
/// last record's hash and writes its line with one `write` on an `O_APPEND` descriptor, so records never
/// interleave or get lost. When the file passes `maxBytes` it is rotated (`log.1`, `log.2`, …) and the
/// chain continues into the new file.
public final class InferenceLog: @unchecked Sendable {
    public let path: String
    public let maxBytes: Int
    public let keep: Int
    let sessionKey: SymmetricKey

    /// The hash that starts a chain (64 zeros).
    public static let genesis = String(repeating: "0", count: 64)

    public init(path: String, maxBytes: Int = 64 << 20, keep: Int = 10, sessionKey: [UInt8]? = nil) {
        self.path = path
        self.maxBytes = maxBytes
        self.keep = keep
        self.sessionKey = sessionKey.map { SymmetricKey(data: $0) } ?? SymmetricKey(size: .bits256)
        keyGiven = sessionKey != nil
    }

    /// A keyed hash of a session id: the same id gives the same value in this log, and cannot be reversed.
    public func hashSession(_ id: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(id.utf8), using: sessionKey)
        return InferenceLog.hex(Array(mac)).prefix(32).description
    }

    /// A keyed hash of a found value (its canonical form, so `A@B.com` and `a@b.com` are one value):
    /// `"v1:"`, the type and the value under the log's key, 128 bits in hex. Typed and domain-separated so
    /// it never equals a session hash or the same digits under another type.
    public func hashValue(type: String, canonical: String) -> String {
        InferenceLog.hashValue(type: type, canonical: canonical, key: sessionKey)
    }

    public static func hashValue(type: String, canonical: String, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array("v1:\(type)\u{0}\(canonical)".utf8), using: key)
        return hex(Array(mac)).prefix(32).description
    }

    /// True when the log's key was given (policy `log.session_key`): only then do hashes of two processes
    /// (and `incident lookup`) agree.
    public let keyGiven: Bool

    public static func hex(_ b: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count * 2)
        for x in b { out.append(digits[Int(x >> 4)]); out.append(digits[Int(x & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func sha256Hex(_ line: ArraySlice<UInt8>) -> String { hex(Array(SHA256.hash(data: Array(line)))) }

    /// Appends a record; returns its line (without the newline).
    @discardableResult
    public func append(_ r: LogRecord) throws -> String {
        if let slash = path.lastIndex(of: "/") { try StateFiles.ensureDirectory(String(path[..<slash])) }
        let fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o660)
        guard fd >= 0 else { throw SFError(.internal, "cannot open log \(path): errno \(errno)") }
        defer { close(fd) }
        flock(fd, LOCK_EX)
        defer { flock(fd, LOCK_UN) }
        var st = stat()
        fstat(fd, &st)
        var prev = InferenceLog.lastHash(fd: fd, size: Int(st.st_size)) ?? InferenceLog.genesis
        if Int(st.st_size) >= maxBytes {
            // Rotate while holding the lock; the chain continues from the last record of the rotated file.
            prev = InferenceLog.lastHash(fd: fd, size: Int(st.st_size)) ?? prev
            try rotate()
            return try appendAfterRotation(r, prev: prev)
        }
        let line = encode(r, prev: prev)
        try InferenceLog.writeAll(fd, line + [0x0A])
        return String(decoding: line, as: UTF8.self)
    }

    private func appendAfterRotation(_ r: LogRecord, prev: String) throws -> String {
        let fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o660)
        guard fd >= 0 else { throw SFError(.internal, "cannot open log \(path): errno \(errno)") }
        defer { close(fd) }
        let line = encode(r, prev: prev)
        try InferenceLog.writeAll(fd, line + [0x0A])
        return String(decoding: line, as: UTF8.self)
    }

    private func rotate() throws {
        unlink("\(path).\(keep)")
        var k = keep - 1
        while k >= 1 {
            rename("\(path).\(k)", "\(path).\(k + 1)")
            k -= 1
        }
        guard rename(path, "\(path).1") == 0 else { throw SFError(.internal, "cannot rotate \(path): errno \(errno)") }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws {
        // One write call: with O_APPEND the kernel places it atomically at the end.
        let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard n == bytes.count else { throw SFError(.internal, "short write to the inference log: errno \(errno)") }
    }

    /// SHA-256 of the last complete line of the file, or nil when it is empty.
    static func lastHash(fd: Int32, size: Int) -> String? {
        guard size > 0 else { return nil }
        var chunk = 4096
        while true {
            let start = max(0, size - chunk)
            var buf = [UInt8](repeating: 0, count: size - start)
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
            guard n == buf.count else { return nil }
            var end = buf.count
            while end > 0 && buf[end - 1] == 0x0A { end -= 1 }
            if end == 0 { return nil }
            if let nl = buf[0..<end].lastIndex(of: 0x0A) { return sha256Hex(buf[(nl + 1)..<end]) }
            if start == 0 { return sha256Hex(buf[0..<end]) }
            chunk *= 4
        }
    }

    func encode(_ r: LogRecord, prev: String) -> [UInt8] {
        let (sec, nsec) = StateFiles.now()
        var m: [JSONMember] = [
            JSONMember("ts", .string(StateFiles.iso8601(sec, nsec))),
            JSONMember("feature", .string(r.feature)),
            JSONMember("direction", .string(r.direction)),
            JSONMember("verdict", .string(r.verdict)),
            JSONMember("entities", .object(r.entities.keys.sorted().map { JSONMember($0, .number(String(r.entities[$0]!))) })),
            JSONMember("rules", .array(r.rules.map { .string($0) })),
        ]
        if let s = r.session { m.append(JSONMember("session", .string(s))) }
        if let t = r.redactedText { m.append(JSONMember("text", .string(t))) }
        if let d = r.detail { m.append(JSONMember("detail", .string(d))) }
        if let h = r.host { m.append(JSONMember("host", .string(h))) }
        if let g = r.region { m.append(JSONMember("region", .string(g))) }
        if let p = r.policy { m.append(JSONMember("policy", .string(p))) }
        if let p = r.policySummary { m.append(JSONMember("policy_summary", p)) }
        if !r.values.isEmpty {
            m.append(JSONMember("values", .object(r.values.keys.sorted().map { JSONMember($0, .array(r.values[$0]!.map { .string($0) })) })))
        }
        m.append(JSONMember("prev", .string(prev)))
        var out: [UInt8] = []
        JSON.write(.object(m), into: &out)
        return out
    }

    /// The result of a chain verification.
    public struct Verification: Sendable, Equatable {
        public var records: Int
        /// nil when the chain is intact; else the file, 1-based line number and what is wrong.
        public var problem: (file: String, line: Int, reason: String)?
        public static func == (a: Verification, b: Verification) -> Bool {
            a.records == b.records && a.problem?.file == b.problem?.file && a.problem?.line == b.problem?.line
        }
    }

    /// Verifies the chain over `files` in order (oldest first: `log.3`, `log.2`, `log.1`, `log`).
    public static func verify(_ files: [String]) -> Verification {
        var prev = genesis
        var records = 0
        var first = true
        for f in files {
            guard let bytes = StateFiles.read(f, limit: 1 << 30) else {
                return Verification(records: records, problem: (f, 0, "cannot read the file"))
            }
            var lineNo = 0
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                lineNo += 1
                if line.isEmpty { continue }
                guard let v = try? JSON.parse(Array(line)), let p = v["prev"]?.stringValue else {
                    return Verification(records: records, problem: (f, lineNo, "not a log record"))
                }
                // The very first record of a rotated set may continue an older, deleted file.
                if p != prev && !(first && records == 0) {
                    return Verification(records: records, problem: (f, lineNo, "chain broken: a record before it was changed, removed or reordered"))
                }
                prev = sha256Hex(line)
                records += 1
                first = false
            }
        }
        return Verification(records: records, problem: nil)
    }
}
