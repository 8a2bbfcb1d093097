import Crypto
import FoundationEssentials

/// `hash`: a keyed HMAC-SHA256 of the canonical value, `<EMAIL:3fa91c0e>`. Stable for one key, so
/// analytics can count repeat customers without seeing them; unguessable without the key.
enum HashOperator {
    static func apply(_ type: EntityType, canonical: String, key: SymmetricKey, into out: inout [UInt8]) {
        var msg = Array(type.name.utf8)
        msg.append(0)
        msg.append(contentsOf: canonical.utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: msg, using: key)
        ReplacementToken.writeHash(type, digest: mac, into: &out)
    }
}
