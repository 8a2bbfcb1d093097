/// One call of an OpenAI-compatible API, filtered by the rules the gateway applies: the request body
/// pseudonymized string by string (JSON inside strings too) and prompt-checked, the reply restored and
/// output-checked whole (JSON) or event by event (SSE). Front ends that make the HTTP call themselves —
/// the gateway, the C ABI's `sf_exchange` for PHP and Python HTTP clients — drive it; the protocol rules
/// live here once.
///
/// The session is the conversation's vault; which caller may use which vault is the front end's
/// decision (the gateway binds it with `CallerBinding`; an application keeps it per logged-in
/// customer). One exchange per request, used by one thread at a time.
public final class ProtocolExchange {
    public enum Route: Sendable, Equatable {
        case chat, responses, other

        /// The route of a request path (`/v1/chat/completions`, `/v1/responses`, anything else).
        public init(path: String) {
            let p = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
            if p.hasSuffix("/chat/completions") { self = .chat } else if p.hasSuffix("/responses") { self = .responses } else { self = .other }
        }
    }

    public let engine: Engine
    public let session: Session
    public let route: Route
    /// The request's filter: its counts, findings and user text are the log's; headers and query
    /// strings of the same request go through it too (`text`).
    public private(set) var request: RequestFilter
    /// The prompt check's rules that fired on the request (also when it passed).
    public private(set) var promptRules: [String] = []
    /// The request's `instructions` (Responses API), put back where the reply echoes them.
    public private(set) var instructions: JSONValue?
    /// The reply's tally (whole or streamed) once a reply was filtered.
    public private(set) var reply = ReplyFilter.Tally()
    /// A Responses-API reply's id, once seen (conversations continue by `previous_response_id`).
    public private(set) var responseID: String?
    /// What each side came to so far ("" until that side was filtered): allow, redact or block.
    public private(set) var requestVerdict = ""
    public private(set) var replyVerdict = ""
    private var relay: SSERelay?
    /// Bytes of a streamed reply held back while a pseudonym or an entity may still be completing.
    public var holdBack = 256

    public init(engine: Engine, session: Session, route: Route) {
        self.engine = engine
        self.session = session
        self.route = route
        request = RequestFilter(engine: engine, session: session)
    }

    /// The request body to send upstream. Throws `ProtocolFailure` (bad JSON: 400; a block: 400
    /// `sovereign_filter_blocked`) or `SFError`; nothing is returned then.
    public func filterRequest(_ body: [UInt8]) throws -> [UInt8] {
        let json: JSONValue
        do { json = try JSON.parse(body) } catch {
            throw ProtocolFailure.badRequest("request body is not valid JSON: \(error)")
        }
        return try filterRequest(json: json)
    }

    /// The same, for a body the caller has parsed already.
    public func filterRequest(json: JSONValue) throws -> [UInt8] {
        if route == .responses { instructions = json["instructions"] }
        let filtered = try request.filterBody(json, responses: route == .responses)
        if !request.userText.isEmpty {
            let pc = try engine.checkPrompt(Array(request.userText.joined(separator: "\n").utf8))
            promptRules = pc.rules
            if pc.verdict == .block {
                requestVerdict = "block"
                throw ProtocolFailure.blocked("the request looks like a prompt-injection or extraction attempt", code: "prompt_block")
            }
        }
        requestVerdict = request.findings.isEmpty ? "allow" : "redact"
        var out: [UInt8] = []
        JSON.write(filtered, into: &out)
        return out
    }

    /// A header value or query part of the same request, pseudonymized with the same vault.
    public func filterText(_ s: String) throws -> String { try request.text(s) }

    /// A whole reply body: JSON, checked string by string; empty stays empty; anything else is refused
    /// (`upstream_unreadable`), never passed on.
    public func filterReply(_ body: [UInt8], contentType: String = "") throws -> [UInt8] {
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return [] }
        guard let j = try? JSON.parse(body) else {
            throw ProtocolFailure.unreadable("the model upstream answered with something that is not JSON (\(contentType.isEmpty ? "no content type" : contentType)); it was not forwarded")
        }
        var rf = ReplyFilter(engine: engine, session: session, instructions: instructions)
        let checked: JSONValue
        do { checked = try rf.filter(j) } catch {
            reply.add(rf)
            reply.verdict = .block
            replyVerdict = "block"
            throw error
        }
        reply.add(rf)
        replyVerdict = reply.verdict.rawValue
        if let id = ReplyFilter.responseID(checked) { responseID = id }
        var out: [UInt8] = []
        JSON.write(checked, into: &out)
        return out
    }

    /// Upstream bytes of a streamed (SSE) reply in, the events the client may see now out. After a
    /// block the output ends with the error event(s) and `streamBlocked` is true: send them, then stop.
    public func pushStream(_ bytes: [UInt8]) throws -> [UInt8] {
        let r = try streamRelay()
        return try r.feed(bytes).flatMap { $0 }
    }

    /// The upstream stream ended: the held-back text (or nothing, when blocked).
    public func finishStream() throws -> [UInt8] {
        let r = try streamRelay()
        let out = try r.finish().flatMap { $0 }
        reply = r.reply
        if r.blocked { reply.verdict = .block }
        replyVerdict = reply.verdict.rawValue
        responseID = r.responseID
        return out
    }

    /// True once the streamed reply was withheld (the last output ended with the error event).
    public var streamBlocked: Bool { relay?.blocked ?? false }
    /// True once the stream said it is complete (`[DONE]`).
    public var streamDone: Bool { relay?.done ?? false }

    /// The SSE frames that end a stream with `failure` (after headers went out, errors travel as events).
    public func streamErrorFrames(_ failure: ProtocolFailure) -> [UInt8] { failure.sseFrames(responses: route == .responses) }

    /// What metrics count of this exchange, as JSON: the route, and per side its verdict, entity counts
    /// and rules (never text): {"route":"chat","request":{"verdict":"redact","entities":{"EMAIL":1},
    /// "rules":[]},"reply":{...},"response_id":null}. A blocked request's entities are those found
    /// before the block; `response_id` is a Responses-API reply's id once seen.
    public func summary() -> [UInt8] {
        func side(_ verdict: String, _ counts: [String: Int], _ rules: [String]) -> JSONValue {
            .object([JSONMember("verdict", .string(verdict)),
                     JSONMember("entities", .object(counts.sorted { $0.key < $1.key }.map { JSONMember($0.key, .number(String($0.value))) })),
                     JSONMember("rules", .array(rules.map { .string($0) }))])
        }
        let routeName: String = switch route { case .chat: "chat"; case .responses: "responses"; case .other: "other" }
        let blockedStream = streamBlocked && replyVerdict.isEmpty
        let replySide = relay.map { r in side(blockedStream ? "block" : replyVerdict, r.reply.counts, r.reply.rules) }
            ?? side(replyVerdict, reply.counts, reply.rules)
        var out: [UInt8] = []
        let rid = relay?.responseID ?? responseID
        JSON.write(.object([JSONMember("route", .string(routeName)),
                            JSONMember("request", side(requestVerdict, request.counts, promptRules)),
                            JSONMember("reply", replySide),
                            JSONMember("response_id", rid.map { .string($0) } ?? .null)]), into: &out)
        return out
    }

    private func streamRelay() throws -> SSERelay {
        if let relay { return relay }
        let r = SSERelay(engine: engine, session: session, holdBack: holdBack, instructions: instructions)
        relay = r
        return r
    }
}
