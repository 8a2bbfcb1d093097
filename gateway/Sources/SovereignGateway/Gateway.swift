import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import SovereignFilter

/// The filtering proxy: routes, health, and how failures reach the client. The rest of the request
/// path is one file per step:
///
/// kill switch → body (size-limited, JSON) → the caller's vault (`CallerBinding`, `SessionStore`) →
/// every string pseudonymized (`RequestFilter`), headers and query too (`ForwardedHeaders`) → prompt
/// check → inference log (`Exchange`) → upstream, stable or canary (`Upstream`, `Canary`). Reply path
/// (`Replies`): JSON replies checked string by string (`ReplyFilter`), SSE replies through `SSERelay`,
/// anything else refused; upstream failures become 502/504, never a hang. Any filter error ends the
/// exchange with an error and nothing raw forwarded (fail closed).
public final class Gateway: Sendable {
    public let config: GatewayConfig
    public let policies: PolicyStore
    public let metrics = Metrics()
    public let sessions: SessionStore
    public let binding: CallerBinding
    public let canary: CanaryRouter
    let client: HTTPClient
    static let feature = "gateway"

    public init(config: GatewayConfig) throws {
        self.config = config
        policies = try PolicyStore(config: config)
        let dir = policies.runtime.stateDirectory
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // Vaults live in the runtime's state store (the state directory unless a shared store is configured).
        var store = try SessionStore(stateDirectory: dir, sealingKey: config.sealingKey, store: policies.runtime.store)
        store.ttlSeconds = config.sessionTTLSeconds
        store.maxVaultBytes = config.maxSessionBytes
        sessions = store
        binding = CallerBinding(sealingKey: config.sealingKey, identityHeader: config.identityHeader)
        canary = CanaryRouter(stable: config.upstream, canary: config.canaryUpstream, percent: config.canaryPercent,
                              settings: config.canaryAnomaly, store: policies.runtime.store)
        var hc = HTTPClient.Configuration(timeout: .init(connect: .milliseconds(Int64(config.connectTimeout * 1000)),
                                                         read: .milliseconds(Int64(config.readTimeout * 1000))))
        hc.decompression = .disabled
        hc.redirectConfiguration = .disallow
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: hc)
    }

    public func shutdown() async throws { try await client.shutdown() }

    public func makeRouter() -> Router<BasicRequestContext> {
        let r = Router()
        r.get("/healthz") { _, _ in self.healthz() }
        r.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                     body: .init(byteBuffer: ByteBuffer(string: self.metrics.render(
                        killSwitchOn: self.policies.runtime.isDisabled(feature: Gateway.feature),
                        policyGeneration: self.policies.generation))))
        }
        r.get("/v1/models") { req, _ in await self.answer(route: "models") { try await self.passGET(req) } }
        r.get("/v1/**") { req, _ in await self.answer(route: "get") { try await self.passGET(req) } }
        r.post("/v1/chat/completions") { req, _ in await self.answer(route: "chat") { try await self.exchange(req) } }
        r.post("/v1/responses") { req, _ in await self.answer(route: "responses") { try await self.exchange(req) } }
        r.post("/v1/**") { req, _ in await self.answer(route: "other") { try await self.exchange(req) } }
        return r
    }

    func healthz() -> Response {
        var b: [UInt8] = Array(#"{"status":"ok","kill_switch":"#.utf8)
        b += Array((policies.runtime.isDisabled(feature: Gateway.feature) ? "true" : "false").utf8)
        b += Array(#","policy_generation":\#(policies.generation),"canary_rolled_back":\#(canary.rolledBack)"#.utf8)
        if let e = policies.lastError {
            b += Array(#","policy_error":"#.utf8)
            JSON.writeString(e, into: &b)
        }
        b += Array("}".utf8)
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: b)))
    }

    /// Runs a handler; failures become OpenAI-style errors (or refusals), metrics are counted.
    func answer(route: String, _ body: () async throws -> Answer) async -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let d = ContinuousClock.now - start
            let secs = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            // Streams count their own time when they end.
            if status >= 0 { metrics.request(route: route, status: status, seconds: secs) }
        }
        do {
            let a = try await body()
            status = a.streamed ? -1 : a.status
            if a.streamed { a.onEnd?(route, start) }
            return a.response
        } catch let f as GatewayFailure {
            if f.type == "sovereign_filter_blocked" { metrics.block(reason: f.code) }
            status = f.status
            return Gateway.error(f)
        } catch let e as SFError {
            let f = GatewayFailure.from(e)
            status = f.status
            return Gateway.error(f)
        } catch {
            status = 500
            return Gateway.error(.internalError("the gateway failed; nothing was forwarded"))
        }
    }

    static func error(_ f: GatewayFailure) -> Response {
        Response(status: .init(code: f.status), headers: [.contentType: "application/json"],
                 body: .init(byteBuffer: ByteBuffer(bytes: f.json())))
    }

    struct Answer: Sendable {
        var status: Int
        var response: Response
        var streamed = false
        var onEnd: (@Sendable (String, ContinuousClock.Instant) -> Void)? = nil
    }
}
