import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import SovereignFilter

/// The request path: the caller's vault, then one guarded call of the core's `Runtime` (kill switch,
/// every string of the body, headers and query pseudonymized, the prompt check, the log record), then
/// the upstream; `GET` reads take the same path without a body.
extension Gateway {
    func exchange(_ request: Request) async throws -> Answer {
        let runtime = policies.runtime
        // Refused before the body is read (the guarded call below checks again, for the session).
        do { try runtime.admit(CallContext(feature: Gateway.feature)) } catch let e as SFError where e.code == .disabled {
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
            return try await exchange(request, json, runtime)
        } catch let f as GatewayFailure where f.type == "sovereign_filter_blocked" && config.blockResponse == .refusal
                    && (request.uri.path == "/v1/chat/completions" || request.uri.path == "/v1/responses") {
            metrics.block(reason: f.code)
            return Answer(status: 200, response: Refusal.response(streaming: wantsStream, responses: request.uri.path == "/v1/responses"))
        }
    }

    /// What one exchange carries from the request to its reply.
    struct Context: Sendable {
        var lease: SessionStore.Lease
        var runtime: Runtime
        var engine: Engine { runtime.engine }
        var upstream: String = "stable"
        /// The session id for the log and the canary, and the `x-session-id` the client gets back.
        var sid: String?
        var identity: [UInt8]?
        /// The protocol rules for this request and its reply (the core's `ProtocolExchange`).
        var protocolExchange: ExchangeHold
    }

    /// The exchange travels with the request across suspension points, used by one task at a time.
    final class ExchangeHold: @unchecked Sendable {
        // @unchecked: the request path and then its reply path use it in sequence, never at once.
        let x: ProtocolExchange
        init(_ x: ProtocolExchange) { self.x = x }
    }

    /// The vault a request continues, bound to its caller (see `CallerBinding`).
    func openSession(_ request: Request, _ json: JSONValue, identity: [UInt8]?, responses: Bool, engine: Engine) async throws -> (SessionStore.Lease, String?) {
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

    func exchange(_ request: Request, _ json: JSONValue, _ runtime: Runtime) async throws -> Answer {
        let engine = runtime.engine
        let route = ProtocolExchange.Route(path: request.uri.path)
        let identity = binding.identity { HTTPField.Name($0).flatMap { request.headers[$0] } }
        let (lease, sid) = try await openSession(request, json, identity: identity, responses: route == .responses, engine: engine)
        var handedOver = false
        defer { if !handedOver { lease.close() } }
        let x = ProtocolExchange(engine: engine, session: lease.session, route: route)
        x.holdBack = config.holdBack
        var ctx = Context(lease: lease, runtime: runtime, sid: sid, identity: identity,
                          protocolExchange: ExchangeHold(x))

        let call = CallContext(feature: Gateway.feature, direction: "prompt", sessionID: sid)
        let blocked = { (e: any Error) -> CallOutcome? in
            (e as? GatewayFailure)?.code == "prompt_block" ? CallOutcome(verdict: "block", findings: x.request.findings, rules: x.promptRules) : nil
        }
        let (bodyOut, headers, query) = try runtime.guarded(call, onFailure: blocked) {
            let bodyOut = try x.filterRequest(json: json)
            let headers = try forwardHeaders(request.headers, x)
            let query = try forwardQuery(request.uri.query, x)
            return ((bodyOut, headers, query), CallOutcome(verdict: x.request.findings.isEmpty ? "allow" : "redact",
                                                           findings: x.request.findings, rules: x.promptRules, text: bodyOut))
        }
        metrics.findings(direction: "request", x.request.counts)
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


    /// `GET /v1/models` and other reads: forwarded with redacted query and headers; the reply is checked.
    func passGET(_ request: Request) async throws -> Answer {
        let runtime = policies.runtime
        let engine = runtime.engine
        if runtime.isDisabled(feature: Gateway.feature) { throw GatewayFailure.disabled("AI features are switched off (kill switch)") }
        let lease = try await sessions.open(scope: nil, engine: engine)
        defer { lease.close() }
        let x = ProtocolExchange(engine: engine, session: lease.session, route: .other)
        let headers = try forwardHeaders(request.headers, x)
        let query = try forwardQuery(request.uri.query, x)
        let suffix = String(request.uri.path.dropFirst(3))
        var out = HTTPClientRequest(url: config.upstream + suffix + (query.isEmpty ? "" : "?" + query))
        out.method = .GET
        out.headers = headers
        let resp = try await send(out, upstream: "stable")
        let ctype = resp.headers.first(name: "content-type") ?? "application/json"
        return try await whole(resp, Context(lease: lease, runtime: runtime, protocolExchange: ExchangeHold(x)), ctype: ctype)
    }
}
