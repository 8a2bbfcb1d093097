import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import SovereignFilter

/// The filtering proxy: routes, the exchange with the upstream, and what reaches the client.
///
/// Request path: kill switch → body (size-limited, JSON) → session vault (x-session-id, shared through
/// the state directory) → every string pseudonymized, headers and query redacted → prompt check →
/// inference log → upstream (stable or canary). Reply path: JSON replies checked string by string;
/// SSE replies through `SSERelay`; upstream failures become 502/504, never a hang. Any filter error
/// ends the exchange with an error and nothing raw forwarded (fail closed).
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
        let dir = policies.engine.stateDirectory
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var store = try SessionStore(stateDirectory: dir, sealingKey: config.sealingKey)
        store.ttlSeconds = config.sessionTTLSeconds
        store.maxVaultBytes = config.maxSessionBytes
        sessions = store
        binding = CallerBinding(sealingKey: config.sealingKey, identityHeader: config.identityHeader)
        canary = CanaryRouter(stable: config.upstream, canary: config.canaryUpstream, percent: config.canaryPercent,
                              settings: config.canaryAnomaly, stateDirectory: dir)
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
                        killSwitchOn: self.policies.engine.isDisabled(feature: Gateway.feature),
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
        let engine = policies.engine
        var b: [UInt8] = Array(#"{"status":"ok","kill_switch":"#.utf8)
        b += Array((engine.isDisabled(feature: Gateway.feature) ? "true" : "false").utf8)
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

    // MARK: the exchange

    func exchange(_ request: Request) async throws -> Answer {
        let engine = policies.engine
        if engine.isDisabled(feature: Gateway.feature) {
            try? engine.record(feature: Gateway.feature, direction: "prompt", verdict: "disabled")
            throw GatewayFailure.disabled("AI features are switched off (kill switch); try again later")
        }
        var request = request
        let raw: ByteBuffer
        do { raw = try await request.collectBody(upTo: config.maxBodyBytes) } catch {
            throw GatewayFailure.tooLarge("request body exceeds \(config.maxBodyBytes) bytes")
        }
        let json: JSONValue
        do { json = try JSON.parse(Array(raw.readableBytesView)) } catch {
            throw GatewayFailure.badRequest("request body is not valid JSON: \(error)")
        }
        let wantsStream = json["stream"] == .bool(true)
        do {
            return try await exchange(request, json, engine)
        } catch let f as GatewayFailure where f.type == "sovereign_filter_blocked" && config.blockResponse == .refusal
                    && (request.uri.path == "/v1/chat/completions" || request.uri.path == "/v1/responses") {
            metrics.block(reason: f.code)
            return Answer(status: 200, response: Refusal.response(streaming: wantsStream, responses: request.uri.path == "/v1/responses"))
        }
    }

    /// What one exchange carries from the request to its reply.
    struct Context: Sendable {
        var lease: SessionStore.Lease
        var engine: Engine
        var upstream: String = "stable"
        /// The session id for the log and the canary, and the `x-session-id` the client gets back.
        var sid: String?
        var identity: [UInt8]?
        /// The request's `instructions` (Responses API), as the client sent them: the reply echoes them.
        var instructions: JSONValue?
    }

    /// The vault a request continues, bound to its caller (see `CallerBinding`).
    func openSession(_ request: Request, _ json: JSONValue, responses: Bool, engine: Engine) async throws -> (SessionStore.Lease, String?) {
        let identity = binding.identity(request.headers)
        let clientSID = request.headers[HTTPField.Name("x-session-id")!].flatMap { $0.isEmpty ? nil : $0 }
        if responses, clientSID == nil {
            // A Responses conversation goes on by previous_response_id: the vault that answered it,
            // if this caller's; else a new named vault, so the next turn can find this one.
            if let prev = json["previous_response_id"]?.stringValue, let scope = binding.responseScope(identity: identity, responseID: prev),
               let target = sessions.aliasTarget(scope) {
                return (try await sessions.open(name: target, engine: engine), nil)
            }
            if let identity {
                let fresh = binding.issue()
                return (try await sessions.open(scope: CallerBinding.scope(identity, fresh), engine: engine), fresh)
            }
        }
        let r = binding.resolve(identity: identity, clientSessionID: clientSID)
        return (try await sessions.open(scope: r.scope, engine: engine), r.sessionID)
    }

    func exchange(_ request: Request, _ json: JSONValue, _ engine: Engine) async throws -> Answer {
        let responses = request.uri.path == "/v1/responses"
        let (lease, sid) = try await openSession(request, json, responses: responses, engine: engine)
        var handedOver = false
        defer { if !handedOver { lease.close() } }
        var ctx = Context(lease: lease, engine: engine, sid: sid, identity: binding.identity(request.headers))
        if responses { ctx.instructions = json["instructions"] }

        var rf = RequestFilter(engine: engine, session: lease.session)
        let filtered = try rf.filterBody(json, responses: responses)
        let headers = try forwardHeaders(request.headers, rf: &rf)
        let query = try forwardQuery(request.uri.query, rf: &rf)
        metrics.findings(direction: "request", rf.counts)
        var rules: [String] = []
        if !rf.userText.isEmpty {
            let pc = try engine.checkPrompt(Array(rf.userText.joined(separator: "\n").utf8))
            rules = pc.rules
            if pc.verdict == .block {
                try engine.record(feature: Gateway.feature, direction: "prompt", verdict: "block", findings: rf.findings, rules: rules, sessionID: sid)
                throw GatewayFailure.blocked("the request looks like a prompt-injection or extraction attempt", code: "prompt_block")
            }
        }
        var bodyOut: [UInt8] = []
        JSON.write(filtered, into: &bodyOut)
        try engine.record(feature: Gateway.feature, direction: "prompt", verdict: rf.findings.isEmpty ? "allow" : "redact",
                          findings: rf.findings, rules: rules, sessionID: sid, redactedText: bodyOut)
        // The vault is saved before the upstream sees a pseudonym, so no reply can carry one we forgot.
        try lease.save(engine: engine)

        let (upName, base) = canary.pick(sessionID: sid)
        ctx.upstream = upName
        let suffix = String(request.uri.path.dropFirst(3))  // after "/v1"
        var out = HTTPClientRequest(url: base + suffix + (query.isEmpty ? "" : "?" + query))
        out.method = .POST
        out.headers = headers
        out.headers.replaceOrAdd(name: "content-type", value: "application/json")
        out.body = .bytes(ByteBuffer(bytes: bodyOut))
        let resp = try await send(out, upstream: upName)

        let ctype = resp.headers.first(name: "content-type")?.lowercased() ?? ""
        if ctype.hasPrefix("text/event-stream") && (200..<300).contains(Int(resp.status.code)) {
            handedOver = true
            return streamed(resp, ctx)
        }
        return try await whole(resp, ctx, ctype: ctype)
    }

    /// Sends upstream; connection failures are 502, time-outs 504.
    func send(_ r: HTTPClientRequest, upstream: String) async throws -> HTTPClientResponse {
        metrics.upstreamRequest(upstream)
        do {
            return try await client.execute(r, timeout: .milliseconds(Int64(config.requestTimeout * 1000)))
        } catch let e as HTTPClientError where [.connectTimeout, .readTimeout, .deadlineExceeded, .getConnectionFromPoolTimeout].contains(e) {
            metrics.upstreamError(upstream, kind: "timeout")
            canary.observeFailure(upstream, engine: policies.engine)
            throw GatewayFailure.upstreamTimeout("the model upstream did not answer in time")
        } catch {
            metrics.upstreamError(upstream, kind: "connect")
            canary.observeFailure(upstream, engine: policies.engine)
            throw GatewayFailure.upstream("the model upstream is unavailable")
        }
    }

    /// A JSON reply read whole, checked string by string. Anything else (a text or HTML page, bytes) is
    /// not forwarded: the gateway forwards only what it can inspect.
    func whole(_ resp: HTTPClientResponse, _ ctx: Context, ctype: String) async throws -> Answer {
        let body: ByteBuffer
        do { body = try await resp.body.collect(upTo: config.maxBodyBytes) } catch let e as HTTPClientError where e == .readTimeout || e == .deadlineExceeded {
            metrics.upstreamError(ctx.upstream, kind: "timeout")
            throw GatewayFailure.upstreamTimeout("the model upstream stopped answering")
        } catch {
            metrics.upstreamError(ctx.upstream, kind: "body")
            throw GatewayFailure.upstream("the model upstream's answer could not be read")
        }
        let status = Int(resp.status.code)
        if !(200..<300).contains(status) { metrics.upstreamError(ctx.upstream, kind: "status") }
        var rf = ReplyFilter(engine: ctx.engine, session: ctx.lease.session, instructions: ctx.instructions)
        var out: [UInt8] = []
        let bytes = Array(body.readableBytesView)
        do {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                out = []  // an empty body carries nothing
            } else if let j = try? JSON.parse(bytes) {
                let checked = try rf.filter(j)
                JSON.write(checked, into: &out)
                if let id = ReplyFilter.responseID(checked) { alias(ctx, responseID: id) }
            } else {
                metrics.upstreamError(ctx.upstream, kind: "unreadable")
                throw GatewayFailure.unreadable("the model upstream answered with something that is not JSON (\(ctype.isEmpty ? "no content type" : ctype)); it was not forwarded")
            }
        } catch let f as GatewayFailure {
            finishReply(ctx, verdict: .block, counts: rf.counts, rules: rf.rules)
            throw f
        }
        finishReply(ctx, verdict: rf.verdict, counts: rf.counts, rules: rf.rules)
        var h: HTTPFields = [.contentType: "application/json"]
        if let sid = ctx.sid { h[HTTPField.Name("x-session-id")!] = sid }
        return Answer(status: status, response: Response(status: .init(code: status), headers: h, body: .init(byteBuffer: ByteBuffer(bytes: out))))
    }

    /// A Responses-API reply: its id continues the conversation (`previous_response_id`) in this vault,
    /// for this caller only.
    func alias(_ ctx: Context, responseID: String) {
        guard let name = ctx.lease.name, let scope = binding.responseScope(identity: ctx.identity, responseID: responseID) else { return }
        sessions.setAlias(scope, target: name)
    }

    /// An SSE reply relayed event by event as soon as each piece is safe.
    func streamed(_ resp: HTTPClientResponse, _ ctx: Context) -> Answer {
        let box = EndBox()
        let upstream = ctx.upstream
        let body = ResponseBody { writer in
            defer { ctx.lease.close() }
            let relay = SSERelay(engine: ctx.engine, session: ctx.lease.session, holdBack: self.config.holdBack, instructions: ctx.instructions)
            var failure: GatewayFailure? = nil
            do {
                loop: for try await chunk in resp.body {
                    for f in try relay.feed(Array(chunk.readableBytesView)) { try await writer.write(ByteBuffer(bytes: f)) }
                    if relay.blocked || relay.done { break loop }
                }
                for f in try relay.finish() { try await writer.write(ByteBuffer(bytes: f)) }
            } catch let f as GatewayFailure {
                failure = f
            } catch let e as SFError {
                failure = GatewayFailure.from(e)
            } catch let e as HTTPClientError where e == .readTimeout || e == .deadlineExceeded {
                self.metrics.upstreamError(upstream, kind: "timeout")
                failure = .upstreamTimeout("the model upstream stopped answering mid-reply")
            } catch {
                self.metrics.upstreamError(upstream, kind: "body")
                failure = .upstream("the model upstream's reply broke off")
            }
            if let failure {
                // Headers are out: the error travels as an event. Nothing held back is released.
                try? await writer.write(ByteBuffer(bytes: Array("data: ".utf8) + failure.json() + Array("\n\n".utf8)))
            }
            if relay.blocked { self.metrics.block(reason: "reply_block") }
            var verdict = relay.reply.verdict
            if failure != nil || relay.blocked { verdict = .block }
            if verdict != .block, let id = relay.responseID { self.alias(ctx, responseID: id) }
            self.finishReply(ctx, verdict: verdict, counts: relay.reply.counts, rules: relay.reply.rules)
            try await writer.finish(nil)
            box.end?()
        }
        var h: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
        if let sid = ctx.sid { h[HTTPField.Name("x-session-id")!] = sid }
        var a = Answer(status: 200, response: Response(status: .ok, headers: h, body: body))
        a.streamed = true
        a.onEnd = { route, start in
            box.end = {
                let d = ContinuousClock.now - start
                self.metrics.request(route: route, status: 200, seconds: Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
            }
        }
        return a
    }

    /// Log, metrics, session save and the canary's detector, once per reply.
    func finishReply(_ ctx: Context, verdict: Verdict, counts: [String: Int], rules: [String]) {
        let engine = ctx.engine, upstream = ctx.upstream, sid = ctx.sid, lease = ctx.lease
        metrics.findings(direction: "reply", counts)
        let findings = counts.flatMap { t, n in (0..<n).map { _ in Finding(start: 0, end: 0, type: EntityType(t), score: 1) } }
        let feature = upstream == "canary" ? "gateway.canary" : Gateway.feature
        do {
            try engine.record(feature: feature, direction: "reply", verdict: verdict.rawValue, findings: findings, rules: rules, sessionID: sid)
        } catch {
            FileHandle.standardError.write(Data("sovereign-gateway: inference log append failed: \(error)\n".utf8))
        }
        if upstream == "canary" {
            var signals = counts
            if verdict == .block { signals["BLOCK", default: 0] += 1 }
            if rules.contains("canary") { signals["CANARY", default: 0] += 1 }
            if canary.observe(signals, engine: engine) != nil { metrics.canary(rolledBack: true) }
        }
        try? lease.save(engine: engine)
    }

    // MARK: headers, query, GET

    /// Headers the upstream may see: content negotiation, authorization (ours or the client's), and the
    /// client's own `x-*`/`openai-*` headers with their values redacted. Cookies, forwarding headers, the
    /// session id, the identity header and hop-by-hop headers stay here.
    func forwardHeaders(_ h: HTTPFields, rf: inout RequestFilter) throws -> HTTPHeaders {
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
                out.add(name: name, value: try rf.text(f.value))
            }
        }
        if let k = config.upstreamAPIKey { out.add(name: "authorization", value: "Bearer " + k) }
        out.add(name: "user-agent", value: "sovereign-gateway")
        return out
    }

    /// The query string with every name and value (percent-decoded) pseudonymized.
    func forwardQuery(_ q: String?, rf: inout RequestFilter) throws -> String {
        guard let q, !q.isEmpty else { return "" }
        var parts: [String] = []
        for pair in q.split(separator: "&", omittingEmptySubsequences: false) {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { Gateway.percentDecode(String($0)) }
            let k = try rf.text(kv[0])
            var p = Gateway.percentEncode(k)
            if kv.count > 1 { p += "=" + Gateway.percentEncode(try rf.text(kv[1])) }
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

    /// `GET /v1/models` and other reads: forwarded with redacted query and headers; the reply is checked.
    func passGET(_ request: Request) async throws -> Answer {
        let engine = policies.engine
        if engine.isDisabled(feature: Gateway.feature) { throw GatewayFailure.disabled("AI features are switched off (kill switch)") }
        let lease = try await sessions.open(scope: nil, engine: engine)
        defer { lease.close() }
        var rf = RequestFilter(engine: engine, session: lease.session)
        let headers = try forwardHeaders(request.headers, rf: &rf)
        let query = try forwardQuery(request.uri.query, rf: &rf)
        let suffix = String(request.uri.path.dropFirst(3))
        var out = HTTPClientRequest(url: config.upstream + suffix + (query.isEmpty ? "" : "?" + query))
        out.method = .GET
        out.headers = headers
        let resp = try await send(out, upstream: "stable")
        let ctype = resp.headers.first(name: "content-type") ?? "application/json"
        return try await whole(resp, Context(lease: lease, engine: engine), ctype: ctype)
    }
}

enum ByteSet {
    static func unreserved(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
    }
}

/// Set once by the stream that ends, read by `answer` to count its latency.
final class EndBox: @unchecked Sendable {
    // @unchecked: written before the body runs (by `answer`), read once when the body ends.
    var end: (@Sendable () -> Void)?
}
