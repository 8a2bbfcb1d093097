import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import SovereignFilter

/// What of the client's headers and query string the upstream may see: the core's rule
/// (`ProtocolExchange.forwardedHeader`, `forwardedQuery`), plus the gateway's own upstream key.
extension Gateway {
    func forwardHeaders(_ h: HTTPFields, _ x: ProtocolExchange) throws -> HTTPHeaders {
        var out = HTTPHeaders()
        for f in h {
            let name = f.name.canonicalName
            if name == "authorization" && config.upstreamAPIKey != nil { continue }
            if let v = try x.forwardedHeader(name: name, value: f.value, identityHeader: config.identityHeader) { out.add(name: name, value: v) }
        }
        if let k = config.upstreamAPIKey { out.add(name: "authorization", value: "Bearer " + k) }
        out.add(name: "user-agent", value: "sovereign-gateway")
        return out
    }

    func forwardQuery(_ q: String?, _ x: ProtocolExchange) throws -> String {
        guard let q else { return "" }
        return try x.forwardedQuery(q)
    }
}
