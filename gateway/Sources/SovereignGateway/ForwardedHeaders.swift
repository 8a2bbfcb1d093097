import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import SovereignFilter

/// What of the client's headers and query string the upstream may see, pseudonymized.
extension Gateway {
    /// Headers the upstream may see: content negotiation, authorization (ours or the client's), and the
    /// client's own `x-*`/`openai-*` headers with their values redacted. Cookies, forwarding headers, the
    /// session id, the identity header and hop-by-hop headers stay here.
    func forwardHeaders(_ h: HTTPFields, _ x: ProtocolExchange) throws -> HTTPHeaders {
        var out = HTTPHeaders()
        for f in h {
            let name = f.name.canonicalName
            switch name {
            case "accept":
                out.add(name: name, value: f.value)
            case "authorization":
                if config.upstreamAPIKey == nil { out.add(name: name, value: f.value) }
            default:
                guard name.hasPrefix("x-") || name.hasPrefix("openai-"), name != "x-session-id", !name.hasPrefix("x-forwarded"),
                      name != "x-real-ip", name != config.identityHeader?.lowercased() else { continue }
                out.add(name: name, value: try x.filterText(f.value))
            }
        }
        if let k = config.upstreamAPIKey { out.add(name: "authorization", value: "Bearer " + k) }
        out.add(name: "user-agent", value: "sovereign-gateway")
        return out
    }

    /// The query string with every name and value (percent-decoded) pseudonymized.
    func forwardQuery(_ q: String?, _ x: ProtocolExchange) throws -> String {
        guard let q, !q.isEmpty else { return "" }
        var parts: [String] = []
        for pair in q.split(separator: "&", omittingEmptySubsequences: false) {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { Gateway.percentDecode(String($0)) }
            let k = try x.filterText(kv[0])
            var p = Gateway.percentEncode(k)
            if kv.count > 1 { p += "=" + Gateway.percentEncode(try x.filterText(kv[1])) }
            parts.append(p)
        }
        return parts.joined(separator: "&")
    }

    static func percentDecode(_ s: String) -> String {
        let b = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "%"), i + 2 < b.count, let h = UInt8(String(decoding: b[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                out.append(h); i += 3
            } else {
                out.append(b[i] == UInt8(ascii: "+") ? 0x20 : b[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func percentEncode(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            if ByteSet.unreserved(b) { out.unicodeScalars.append(UnicodeScalar(b)) } else { out += String(format: "%%%02X", b) }
        }
        return out
    }
}

enum ByteSet {
    static func unreserved(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
    }
}
