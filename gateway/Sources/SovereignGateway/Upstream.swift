import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import SovereignFilter

/// The call to the model upstream and how its failures reach the client (502, 504), never a hang.
extension Gateway {
    /// Sends upstream; connection failures are 502, time-outs 504.
    func send(_ r: HTTPClientRequest, upstream: String) async throws -> HTTPClientResponse {
        metrics.upstreamRequest(upstream)
        do {
            return try await client.execute(r, timeout: .milliseconds(Int64(config.requestTimeout * 1000)))
        } catch let e as HTTPClientError where [.connectTimeout, .readTimeout, .deadlineExceeded, .getConnectionFromPoolTimeout].contains(e) {
            metrics.upstreamError(upstream, kind: "timeout")
            canary.observeFailure(upstream, runtime: policies.runtime)
            throw GatewayFailure.upstreamTimeout("the model upstream did not answer in time")
        } catch {
            metrics.upstreamError(upstream, kind: "connect")
            canary.observeFailure(upstream, runtime: policies.runtime)
            throw GatewayFailure.upstream("the model upstream is unavailable")
        }
    }
}
