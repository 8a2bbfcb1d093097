/// What of a request besides its body the upstream may see: headers and the query string, filtered with
/// the same vault as the body. The rule is an allow-list, so a header nobody thought of stays behind.
extension ProtocolExchange {
    /// The value to send upstream for one request header, or nil when it must not leave: content
    /// negotiation and `authorization` pass as they are; the client's own `x-*` and `openai-*` headers
    /// pass pseudonymized; the session id, the caller's identity header, forwarding headers, cookies,
    /// hop-by-hop and every other header stay behind (the caller sets its own content type and agent).
    public func forwardedHeader(name: String, value: String, identityHeader: String? = nil) throws -> String? {
        let n = name.lowercased()
        switch n {
        case "accept", "authorization":
            return value
        default:
            guard n.hasPrefix("x-") || n.hasPrefix("openai-"), n != "x-session-id", !n.hasPrefix("x-forwarded"),
                  n != "x-real-ip", n != identityHeader?.lowercased() else { return nil }
            return try filterText(value)
        }
    }

    /// The query string (without `?`) with every name and value, percent-decoded, pseudonymized and
    /// encoded again.
    public func forwardedQuery(_ q: String) throws -> String {
        guard !q.isEmpty else { return "" }
        var parts: [String] = []
        for pair in q.split(separator: "&", omittingEmptySubsequences: false) {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { ProtocolExchange.percentDecode(String($0)) }
            var p = ProtocolExchange.percentEncode(try filterText(kv[0]))
            if kv.count > 1 { p += "=" + ProtocolExchange.percentEncode(try filterText(kv[1])) }
            parts.append(p)
        }
        return parts.joined(separator: "&")
    }

    static func percentDecode(_ s: String) -> String {
        let b = Array(s.utf8)
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x41...0x46: return c - 0x41 + 10
            case 0x61...0x66: return c - 0x61 + 10
            default: return nil
            }
        }
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "%"), i + 2 < b.count, let h = hex(b[i + 1]), let l = hex(b[i + 2]) {
                out.append(h << 4 | l); i += 3
            } else {
                out.append(b[i] == UInt8(ascii: "+") ? 0x20 : b[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func percentEncode(_ s: String) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in s.utf8 {
            let unreserved = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
            if unreserved { out.append(b) } else { out += [UInt8(ascii: "%"), digits[Int(b >> 4)], digits[Int(b & 15)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
