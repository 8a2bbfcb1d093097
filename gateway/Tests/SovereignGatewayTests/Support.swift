import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization
import SovereignFilter
@testable import SovereignGateway

/// What the stand-in upstream received: one entry per request.
struct Received: Sendable {
    var method: String
    var uri: String
    var headers: [(String, String)]
    var body: String

    /// Everything a leak could hide in, as one string.
    var all: String { method + " " + uri + "\n" + headers.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n" + body }
}

/// How the stand-in upstream answers.
enum UpstreamMode: Sendable {
    /// Echo the last user message's content as JSON (or SSE when the request says stream).
    case echo(prefix: String)
    /// SSE with the echoed content cut at these byte offsets of the answer (one event per piece).
    case split(prefix: String, cuts: [Int])
    /// A fixed answer text (JSON), whatever was asked.
    case fixed(String)
    case status(Int)
    case hang(seconds: Double)
    /// A function call whose arguments are this JSON text (chat `tool_calls`, Responses `function_call`).
    case functionCall(name: String, arguments: String)
    /// This body with this content type, whatever was asked.
    case raw(contentType: String, body: String)
}

/// An in-process OpenAI-compatible upstream that records exactly what it received.
final class StandIn: Sendable {
    let received = Mutex<[Received]>([])
    let mode: Mutex<UpstreamMode>
    init(_ m: UpstreamMode) { mode = Mutex(m) }

    var requests: [Received] { received.withLock { $0 } }

    func router() -> Router<BasicRequestContext> {
        let r = Router()
        r.get("/v1/models") { req, _ in
            self.record(req, "")
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(string: #"{"object":"list","data":[{"id":"stand-in","object":"model"}]}"#)))
        }
        r.post("/v1/**") { req, _ in
            var req = req
            let body = try await req.collectBody(upTo: 16 << 20)
            let text = String(buffer: body)
            self.record(req, text)
            let json = try JSON.parse(text)
            var last = ""
            if case .array(let msgs)? = json["messages"] {
                for m in msgs where m["role"]?.stringValue == "user" { last = m["content"]?.stringValue ?? last }
            }
            let stream = json["stream"] == .bool(true)
            let mode = self.mode.withLock { $0 }
            if case .raw(let ctype, let body) = mode {
                return Response(status: .ok, headers: [.contentType: ctype], body: .init(byteBuffer: ByteBuffer(string: body)))
            }
            if req.uri.path == "/v1/responses" { return StandIn.responses(json, mode: mode, stream: stream) }
            switch mode {
            case .echo(let prefix):
                return stream ? StandIn.sse(prefix + last, cuts: Array(stride(from: 3, to: (prefix + last).utf8.count, by: 3)))
                              : StandIn.json(prefix + last)
            case .split(let prefix, let cuts):
                return StandIn.sse(prefix + last, cuts: cuts)
            case .fixed(let s):
                return stream ? StandIn.sse(s, cuts: []) : StandIn.json(s)
            case .status(let code):
                return Response(status: .init(code: code), headers: [.contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(string: #"{"error":{"message":"upstream says no"}}"#)))
            case .hang(let s):
                try await Task.sleep(for: .milliseconds(Int(s * 1000)))
                return StandIn.json("too late")
            case .functionCall(let name, let args):
                var out: [UInt8] = []
                JSON.write(.object([JSONMember("id", .string("cmpl-2")), JSONMember("object", .string("chat.completion")),
                    JSONMember("choices", .array([.object([JSONMember("index", .number("0")), JSONMember("message", .object([
                        JSONMember("role", .string("assistant")), JSONMember("content", .null),
                        JSONMember("tool_calls", .array([.object([JSONMember("id", .string("call_1")), JSONMember("type", .string("function")),
                            JSONMember("function", .object([JSONMember("name", .string(name)), JSONMember("arguments", .string(args))]))])]))])),
                        JSONMember("finish_reason", .string("tool_calls"))])]))]), into: &out)
                return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: out)))
            case .raw:
                return Response(status: .ok)
            }
        }
        return r
    }

    func record(_ req: Request, _ body: String) {
        let h = req.headers.map { ($0.name.canonicalName, $0.value) }
        received.withLock { $0.append(Received(method: req.method.rawValue, uri: req.uri.description, headers: h, body: body)) }
    }

    /// The text of a Responses request's last user input: `input` as a string, or the last user item's
    /// content (a string or its `input_text` parts).
    static func responsesInput(_ json: JSONValue) -> String {
        if let s = json["input"]?.stringValue { return s }
        var last = ""
        if case .array(let items)? = json["input"] {
            for it in items where it["role"]?.stringValue == "user" {
                if let s = it["content"]?.stringValue { last = s }
                if case .array(let parts)? = it["content"] { last = parts.compactMap { $0["text"]?.stringValue }.joined() }
            }
        }
        return last
    }

    /// A Responses-API answer: one `output_text` message (or a `function_call`), whole or as events.
    static func responses(_ req: JSONValue, mode: UpstreamMode, stream: Bool) -> Response {
        var text = ""
        var cuts: [Int] = []
        var call: (String, String)? = nil
        switch mode {
        case .echo(let prefix): text = prefix + responsesInput(req); cuts = Array(stride(from: 3, to: text.utf8.count, by: 3))
        case .split(let prefix, let c): text = prefix + responsesInput(req); cuts = c
        case .fixed(let s): text = s
        case .functionCall(let name, let args): call = (name, args); cuts = Array(stride(from: 2, to: args.utf8.count, by: 2))
        default: text = ""
        }
        let instructions = req["instructions"] ?? .null
        func item(_ done: Bool) -> JSONValue {
            if let (name, args) = call {
                return .object([JSONMember("type", .string("function_call")), JSONMember("id", .string("fc_1")), JSONMember("call_id", .string("call_1")),
                                JSONMember("name", .string(name)), JSONMember("arguments", .string(done ? args : "")),
                                JSONMember("status", .string(done ? "completed" : "in_progress"))])
            }
            return .object([JSONMember("type", .string("message")), JSONMember("id", .string("msg_1")), JSONMember("status", .string(done ? "completed" : "in_progress")),
                            JSONMember("role", .string("assistant")),
                            JSONMember("content", .array(done ? [.object([JSONMember("type", .string("output_text")), JSONMember("text", .string(text)),
                                                                          JSONMember("annotations", .array([]))])] : []))])
        }
        func response(_ done: Bool) -> JSONValue {
            .object([JSONMember("id", .string("resp_1")), JSONMember("object", .string("response")), JSONMember("created_at", .number("0")),
                     JSONMember("status", .string(done ? "completed" : "in_progress")), JSONMember("model", .string("m")),
                     JSONMember("instructions", instructions), JSONMember("output", .array(done ? [item(true)] : []))])
        }
        func bytes(_ v: JSONValue) -> String { var o: [UInt8] = []; JSON.write(v, into: &o); return String(decoding: o, as: UTF8.self) }
        if !stream {
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: bytes(response(true)))))
        }
        var seq = 0
        var body = ""
        func event(_ type: String, _ rest: [JSONMember]) {
            body += "event: \(type)\ndata: " + bytes(.object([JSONMember("type", .string(type)), JSONMember("sequence_number", .number(String(seq)))] + rest)) + "\n\n"
            seq += 1
        }
        let idx = [JSONMember("output_index", .number("0"))]
        event("response.created", [JSONMember("response", response(false))])
        event("response.output_item.added", idx + [JSONMember("item", item(false))])
        let whole = call?.1 ?? text
        let pieces = StandIn.pieces(whole, cuts: cuts)
        if call != nil {
            for p in pieces { event("response.function_call_arguments.delta", [JSONMember("item_id", .string("fc_1"))] + idx + [JSONMember("delta", .string(p))]) }
            event("response.function_call_arguments.done", [JSONMember("item_id", .string("fc_1"))] + idx + [JSONMember("arguments", .string(whole))])
        } else {
            let ci = [JSONMember("item_id", .string("msg_1"))] + idx + [JSONMember("content_index", .number("0"))]
            event("response.content_part.added", ci + [JSONMember("part", .object([JSONMember("type", .string("output_text")), JSONMember("text", .string("")), JSONMember("annotations", .array([]))]))])
            for p in pieces { event("response.output_text.delta", ci + [JSONMember("delta", .string(p))]) }
            event("response.output_text.done", ci + [JSONMember("text", .string(whole))])
            event("response.content_part.done", ci + [JSONMember("part", .object([JSONMember("type", .string("output_text")), JSONMember("text", .string(whole)), JSONMember("annotations", .array([]))]))])
        }
        event("response.output_item.done", idx + [JSONMember("item", item(true))])
        event("response.completed", [JSONMember("response", response(true))])
        return Response(status: .ok, headers: [.contentType: "text/event-stream"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func json(_ content: String) -> Response {
        var out: [UInt8] = []
        JSON.write(.object([
            JSONMember("id", .string("cmpl-1")), JSONMember("object", .string("chat.completion")),
            JSONMember("choices", .array([.object([
                JSONMember("index", .number("0")),
                JSONMember("message", .object([JSONMember("role", .string("assistant")), JSONMember("content", .string(content))])),
                JSONMember("finish_reason", .string("stop")),
            ])])),
        ]), into: &out)
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: out)))
    }

    /// `content` cut at byte offsets (cuts inside a UTF-8 character are moved to its start).
    static func pieces(_ content: String, cuts: [Int]) -> [String] {
        let b = Array(content.utf8)
        var pieces: [String] = []
        var from = 0
        for c0 in cuts.sorted() where c0 > from && c0 < b.count {
            var c = c0
            while c > from && b[c] & 0xC0 == 0x80 { c -= 1 }
            if c > from { pieces.append(String(decoding: b[from..<c], as: UTF8.self)); from = c }
        }
        pieces.append(String(decoding: b[from...], as: UTF8.self))
        return pieces
    }

    /// The answer cut at byte offsets, one chat event per piece.
    static func sse(_ content: String, cuts: [Int]) -> Response {
        let pieces = StandIn.pieces(content, cuts: cuts)
        var body = ""
        for p in pieces {
            var ev: [UInt8] = []
            JSON.write(.object([JSONMember("id", .string("c")), JSONMember("choices", .array([.object([
                JSONMember("index", .number("0")), JSONMember("delta", .object([JSONMember("content", .string(p))])),
                JSONMember("finish_reason", .null)])]))]), into: &ev)
            body += "data: " + String(decoding: ev, as: UTF8.self) + "\n\n"
        }
        body += #"data: {"id":"c","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"# + "\n\ndata: [DONE]\n\n"
        return Response(status: .ok, headers: [.contentType: "text/event-stream"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// Runs an application on an ephemeral port for the duration of `body`.
func serve<T>(_ router: Router<BasicRequestContext>, _ body: (Int) async throws -> T) async throws -> T {
    let port = Mutex<Int?>(nil)
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                          onServerRunning: { ch in port.withLock { $0 = ch.localAddress?.port } }, logger: quietLogger)
    let task = Task { try await app.runService(gracefulShutdownSignals: []) }
    defer { task.cancel() }
    var p: Int? = nil
    for _ in 0..<500 {
        p = port.withLock { $0 }
        if p != nil { break }
        try await Task.sleep(for: .milliseconds(10))
    }
    guard let p else { throw GatewayError.config("test server did not start") }
    return try await body(p)
}

/// A gateway in front of `upstream`, listening on an ephemeral port.
func withGateway<T>(upstream: StandIn?, upstreamPort: Int? = nil, configure: (inout GatewayConfig) -> Void = { _ in },
                              _ body: (Gateway, Int) async throws -> T) async throws -> T {
    let dir = NSTemporaryDirectory() + "sf-gw-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: dir) }
    func run(_ up: Int) async throws -> T {
        var c = GatewayConfig()
        c.upstream = "http://127.0.0.1:\(up)/v1"
        c.stateDir = dir
        c.sealingKey = Array("test sealing key, 32 bytes long!".utf8)
        configure(&c)
        let gw = try Gateway(config: c)
        defer { Task { try? await gw.shutdown() } }
        return try await serve(gw.makeRouter()) { try await body(gw, $0) }
    }
    if let upstream { return try await serve(upstream.router()) { try await run($0) } }
    return try await run(upstreamPort ?? 9)
}

struct ClientReply: Sendable {
    var status: Int
    var contentType: String
    var body: String
    /// The `x-session-id` the gateway handed back, if any.
    var sessionID: String? = nil
}

func post(_ port: Int, _ path: String = "/v1/chat/completions", json: String, headers: [(String, String)] = []) async throws -> ClientReply {
    var r = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
    r.method = .POST
    r.headers.add(name: "content-type", value: "application/json")
    for (k, v) in headers { r.headers.add(name: k, value: v) }
    r.body = .bytes(ByteBuffer(string: json))
    let resp = try await HTTPClient.shared.execute(r, timeout: .seconds(30))
    let body = try await resp.body.collect(upTo: 16 << 20)
    return ClientReply(status: Int(resp.status.code), contentType: resp.headers.first(name: "content-type") ?? "", body: String(buffer: body),
                       sessionID: resp.headers.first(name: "x-session-id"))
}

func get(_ port: Int, _ path: String) async throws -> ClientReply {
    let resp = try await HTTPClient.shared.execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)"), timeout: .seconds(30))
    let body = try await resp.body.collect(upTo: 16 << 20)
    return ClientReply(status: Int(resp.status.code), contentType: resp.headers.first(name: "content-type") ?? "", body: String(buffer: body))
}

/// A chat request body with `content` as the user's message.
func chat(_ content: String, stream: Bool = false, extra: String = "") -> String {
    var c: [UInt8] = []
    JSON.writeString(content, into: &c)
    return #"{"model":"m","stream":\#(stream),"messages":[{"role":"user","content":\#(String(decoding: c, as: UTF8.self))}]\#(extra)}"#
}

/// The assistant text of a JSON reply, or the joined delta contents of an SSE reply.
func replyText(_ r: ClientReply) throws -> String {
    if r.contentType.hasPrefix("text/event-stream") {
        var out = ""
        for line in r.body.split(separator: "\n") where line.hasPrefix("data: ") && line != "data: [DONE]" {
            let j = try JSON.parse(String(line.dropFirst(6)))
            if case .array(let ch)? = j["choices"], let d = ch.first?["delta"], let s = d["content"]?.stringValue { out += s }
        }
        return out
    }
    let j = try JSON.parse(r.body)
    guard case .array(let ch)? = j["choices"], let s = ch.first?["message"]?["content"]?.stringValue else { return "" }
    return s
}

/// What a Responses-API client shows: the output text of a JSON reply, or the joined
/// `response.output_text.delta` events of a stream (also checked against their `.done` and completed
/// events, which repeat the whole text: `wholes` gets each of those).
func responsesText(_ r: ClientReply, wholes: inout [String]) throws -> String {
    func outputText(_ resp: JSONValue?) -> String {
        guard case .array(let items)? = resp?["output"] else { return "" }
        var out = ""
        for it in items {
            if let a = it["arguments"]?.stringValue { out += a }
            if case .array(let parts)? = it["content"] { for p in parts { out += p["text"]?.stringValue ?? "" } }
        }
        return out
    }
    if r.contentType.hasPrefix("text/event-stream") {
        var out = ""
        for line in r.body.split(separator: "\n") where line.hasPrefix("data: ") && line != "data: [DONE]" {
            let j = try JSON.parse(String(line.dropFirst(6)))
            switch j["type"]?.stringValue ?? "" {
            case "response.output_text.delta", "response.function_call_arguments.delta": out += j["delta"]?.stringValue ?? ""
            case "response.output_text.done": wholes.append(j["text"]?.stringValue ?? "")
            case "response.function_call_arguments.done": wholes.append(j["arguments"]?.stringValue ?? "")
            case "response.completed": wholes.append(outputText(j["response"]))
            case "response.output_item.done": wholes.append(outputText(.object([JSONMember("output", .array([j["item"] ?? .null]))])))
            default: break
            }
        }
        return out
    }
    return outputText(try JSON.parse(r.body))
}

/// A Responses request body.
func responsesRequest(_ input: String, stream: Bool = false, extra: String = "") -> String {
    var c: [UInt8] = []
    JSON.writeString(input, into: &c)
    return #"{"model":"m","stream":\#(stream),"input":\#(String(decoding: c, as: UTF8.self))\#(extra)}"#
}

/// Letters and digits only, lower case: a value is leaked if this form of it appears in this form of the traffic.
func folded(_ s: String) -> String {
    String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter { ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value >= 0x61 && $0.value <= 0x7A) }))
}

/// Test servers are cancelled at the end of each test; their shutdown chatter is not a finding.
let quietLogger: Logger = {
    var l = Logger(label: "test")
    l.logLevel = .critical
    return l
}()
