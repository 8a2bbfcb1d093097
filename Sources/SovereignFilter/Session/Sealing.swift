import Crypto
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Sealed sessions: the vault as JSON, encrypted and authenticated with ChaCha20-Poly1305, as
/// `sf1.` + base64url (or `sf2.<region>.` + base64url when the policy names a region). Lets a web farm keep the vault in its session store (Redis, database) so any
/// node can restore a reply. A tampered or foreign blob fails authentication: `SF_E_INVALID_ARGUMENT`.
enum Sealing {
    /// A random key for this process, used when neither the policy nor the environment gives one.
    static let processKey = SymmetricKey(size: .bits256)

    static func key(_ policy: Policy) -> SymmetricKey {
        if let k = policy.sessionKey { return SymmetricKey(data: SHA256.hash(data: k)) }
        if let env = getenv("SOVEREIGN_FILTER_SESSION_KEY") {
            let bytes = Array(String(cString: env).utf8)
            if bytes.count >= 16 { return SymmetricKey(data: SHA256.hash(data: bytes)) }
        }
        return processKey
    }

    static let prefix = Array("sf1.".utf8)
    static let regionalPrefix = Array("sf2.".utf8)

    /// The clear prefix of a blob: `sf1.` without a region, `sf2.<region>.` with one. The prefix is the
    /// authenticated data, so a region cannot be rewritten; it is in the clear so a refusal can name it.
    static func header(region: String?) -> [UInt8] {
        guard let region else { return prefix }
        return regionalPrefix + Array(region.utf8) + [UInt8(ascii: ".")]
    }

    static func seal(_ session: Session, key: SymmetricKey, region: String? = nil) throws -> [UInt8] {
        let head = header(region: region)
        do {
            let box = try ChaChaPoly.seal(session.serialize(), using: key, authenticating: head)
            return head + Base64URL.encode(Array(box.combined))
        } catch {
            throw SFError(.internal, "session sealing failed")
        }
    }

    /// The region a blob claims (nil: an `sf1.` blob, sealed without one); throws when it is neither form.
    static func region(of sealed: [UInt8]) throws -> (region: String?, headerLength: Int) {
        let bad = SFError(.invalidArgument, "sealed session: not a session sealed with this key, or tampered")
        if sealed.starts(with: prefix) { return (nil, prefix.count) }
        guard sealed.starts(with: regionalPrefix),
              let dot = sealed.dropFirst(regionalPrefix.count).prefix(33).firstIndex(of: UInt8(ascii: ".")) else { throw bad }
        let r = String(decoding: sealed[regionalPrefix.count..<dot], as: UTF8.self)
        guard RuntimeConfig.isRegionName(r) else { throw bad }
        return (r, dot + 1)
    }

    /// Opens a blob sealed for `region` (nil: none). A blob of another region is `SFError.Code.region`
    /// before any decryption: the same key must not make one region's vault usable in another.
    static func open(_ sealed: [UInt8], key: SymmetricKey, region: String? = nil) throws -> Session {
        let bad = SFError(.invalidArgument, "sealed session: not a session sealed with this key, or tampered")
        guard sealed.count <= 64 << 20 else { throw bad }
        let (claimed, headLength) = try Sealing.region(of: sealed)
        guard claimed == region else {
            throw SFError(.region, "sealed session of region \(claimed ?? "(none)") refused: this engine serves region \(region ?? "(none)")")
        }
        guard sealed.count > headLength, let raw = Base64URL.decode(Array(sealed.dropFirst(headLength))), raw.count >= 28 else { throw bad }
        let plain: Data
        do {
            let box = try ChaChaPoly.SealedBox(combined: raw)
            plain = try ChaChaPoly.open(box, using: key, authenticating: Array(sealed.prefix(headLength)))
        } catch {
            throw bad
        }
        return try Session.deserialize(Array(plain))
    }
}

/// Base64 with the URL-safe alphabet and no padding: safe in cookies, headers and PHP sessions.
enum Base64URL {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    static let reverse: [Int16] = {
        var r = [Int16](repeating: -1, count: 256)
        for (i, c) in alphabet.enumerated() { r[Int(c)] = Int16(i) }
        return r
    }()

    static func encode(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((b.count + 2) / 3 * 4)
        var i = 0
        while i + 3 <= b.count {
            let v = UInt32(b[i]) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2])
            for s in [18, 12, 6, 0] { out.append(alphabet[Int((v >> UInt32(s)) & 63)]) }
            i += 3
        }
        let rest = b.count - i
        if rest == 1 {
            let v = UInt32(b[i]) << 16
            out.append(alphabet[Int(v >> 18 & 63)]); out.append(alphabet[Int(v >> 12 & 63)])
        } else if rest == 2 {
            let v = UInt32(b[i]) << 16 | UInt32(b[i + 1]) << 8
            out.append(alphabet[Int(v >> 18 & 63)]); out.append(alphabet[Int(v >> 12 & 63)]); out.append(alphabet[Int(v >> 6 & 63)])
        }
        return out
    }

    static func decode(_ s: [UInt8]) -> [UInt8]? {
        guard s.count % 4 != 1 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(s.count * 3 / 4)
        var acc: UInt32 = 0, bits = 0
        for c in s {
            let v = reverse[Int(c)]
            guard v >= 0 else { return nil }
            acc = acc << 6 | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((acc >> UInt32(bits)) & 0xFF))
            }
        }
        // Canonical encodings only: unused trailing bits must be zero, or two texts would decode alike.
        if bits > 0 && acc & ((1 << UInt32(bits)) - 1) != 0 { return nil }
        return out
    }
}

extension Engine {
    /// Seals a session for storage outside the process (see `Sealing`).
    public func export(_ session: Session) throws -> [UInt8] { try Sealing.seal(session, key: sessionKey, region: policy.region) }

    /// Opens a sealed session; a tampered or foreign blob is `SFError.Code.invalidArgument`.
    /// A session holding more values than the policy's `max_session_values` is `SFError.Code.sessionFull`;
    /// one sealed in another region (policy `region`) is `SFError.Code.region`.
    public func importSession(_ sealed: [UInt8]) throws -> Session {
        let s = try Sealing.open(sealed, key: sessionKey, region: policy.region)
        guard s.count <= policy.maxSessionValues else {
            throw SFError(.sessionFull, "sealed session holds \(s.count) values, over max_session_values \(policy.maxSessionValues)")
        }
        return s
    }
}
