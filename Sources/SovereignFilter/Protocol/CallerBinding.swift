import Crypto

/// Who is calling, and which vault a session id names for that caller.
///
/// A vault holds a customer's real values behind pseudonyms, so whatever opens it is a credential. A
/// session id alone is not one: ids are chosen by clients and are usually guessable (conversation
/// numbers, cart ids). So a vault is named by the pair (caller identity, session id):
/// - the identity is a keyed hash of the `Authorization` value, or of a header that a trusted front
///   proxy sets (`--identity-header`); the same session id from another identity names another vault;
/// - without an identity, only session ids the gateway issued itself open an existing vault: an issued
///   id is 128 random bits plus a keyed MAC over them, so it cannot be guessed or forged. Any other id
///   opens a fresh vault under a newly issued id, which the reply's `x-session-id` header hands back.
public struct CallerBinding: Sendable {
    /// The key every derived name and MAC hangs off (from the gateway's sealing key).
    let key: SymmetricKey
    /// A header set by a trusted proxy that names the caller, instead of `Authorization` (lower case).
    public let identityHeader: String?

    static let issuedPrefix = "sfs_"

    public init(sealingKey: [UInt8]?, identityHeader: String?) {
        key = SymmetricKey(data: SHA256.hash(data: Array("sovereign-gateway caller binding".utf8) + (sealingKey ?? [])))
        self.identityHeader = identityHeader.map { $0.lowercased() }
    }

    /// The caller's identity as a keyed hash (never the credential itself), or nil when there is none.
    /// `header` looks a request header up by its lower-case name.
    public func identity(_ header: (String) -> String?) -> [UInt8]? {
        let raw = header(identityHeader ?? "authorization")
        guard let v = raw.map(CallerBinding.trimmed), !v.isEmpty else { return nil }
        // A bare scheme ("Bearer" with an empty token, as some clients send without a key) names nobody.
        if identityHeader == nil, v.split(separator: " ").count < 2 { return nil }
        return mac(Array((identityHeader == nil ? "authorization\0" : "header\0").utf8) + Array(v.utf8))
    }

    static func trimmed(_ s: String) -> String {
        let u = Array(s.utf8)
        var a = 0, b = u.count
        while a < b && (u[a] == 0x20 || u[a] == 0x09) { a += 1 }
        while b > a && (u[b - 1] == 0x20 || u[b - 1] == 0x09) { b -= 1 }
        return String(decoding: u[a..<b], as: UTF8.self)
    }

    /// A new session id: `sfs_` + 16 random bytes + the first 16 bytes of their MAC, in hex (64 digits).
    public func issue() -> String {
        var r = [UInt8](repeating: 0, count: 16)
        var rng = SystemRandomNumberGenerator()
        for i in r.indices { r[i] = UInt8.random(in: 0...255, using: &rng) }
        return CallerBinding.issuedPrefix + CallerBinding.hex(r + mac(Array("issued\0".utf8) + r).prefix(16))
    }

    /// True when `id` is a session id this gateway (or a replica sharing its key) issued.
    public func isIssued(_ id: String) -> Bool {
        guard id.hasPrefix(CallerBinding.issuedPrefix), let b = CallerBinding.unhex(id.dropFirst(4)), b.count == 32 else { return false }
        let expected = mac(Array("issued\0".utf8) + b[0..<16]).prefix(16)
        // Constant time: the comparison must not tell an attacker how many bytes were right.
        var diff: UInt8 = 0
        for (x, y) in zip(b[16...], expected) { diff |= x ^ y }
        return diff == 0
    }

    /// The session a request continues: the vault name's input and the id the reply hands back.
    public struct Resolved: Sendable, Equatable {
        /// What names the vault (identity + session id), or nil for a one-request vault.
        public var scope: [UInt8]?
        /// The `x-session-id` to return to the client (nil: none).
        public var sessionID: String?
    }

    /// Binds the client's session id to the caller. With an identity, the client's id is used within
    /// it (no id: a vault for this request only). Without one, only an issued id continues a session.
    public func resolve(identity: [UInt8]?, clientSessionID: String?) -> Resolved {
        let sid = clientSessionID.flatMap { $0.isEmpty ? nil : $0 }
        if let identity {
            guard let sid else { return Resolved(scope: nil, sessionID: nil) }
            return Resolved(scope: CallerBinding.scope(identity, sid), sessionID: sid)
        }
        if let sid, isIssued(sid) { return Resolved(scope: CallerBinding.scope([], sid), sessionID: sid) }
        let fresh = issue()
        return Resolved(scope: CallerBinding.scope([], fresh), sessionID: fresh)
    }

    /// The scope of a Responses-API conversation continued by `previous_response_id`: only within an
    /// identity (without one, the client sends the issued `x-session-id` back instead).
    public func responseScope(identity: [UInt8]?, responseID: String) -> [UInt8]? {
        guard let identity, !responseID.isEmpty else { return nil }
        return CallerBinding.scope(identity, "response\0" + responseID)
    }

    /// Length-prefixed, so no (identity, id) pair can be confused with another.
    public static func scope(_ identity: [UInt8], _ sid: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(identity.count & 0xFF), UInt8(identity.count >> 8)]
        out += identity
        out += Array(sid.utf8)
        return out
    }

    func mac(_ data: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: data, using: key))
    }

    public static func hex(_ b: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for x in b { out.append(digits[Int(x >> 4)]); out.append(digits[Int(x & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func unhex(_ s: Substring) -> [UInt8]? {
        let u = Array(s.utf8)
        guard u.count % 2 == 0 else { return nil }
        func v(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x61...0x66: return c - 0x61 + 10
            default: return nil
            }
        }
        var out: [UInt8] = []
        var i = 0
        while i < u.count {
            guard let h = v(u[i]), let l = v(u[i + 1]) else { return nil }
            out.append(h << 4 | l)
            i += 2
        }
        return out
    }
}
