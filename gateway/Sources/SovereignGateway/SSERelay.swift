import SovereignFilter

/// Turns an upstream's server-sent events into the events the client may see. Every string a choice's
/// `delta` (or a completion's `text`) carries goes through its own `OutputStream`, keyed by choice and
/// path, so a pseudonym or a card number split across any number of events is restored or redacted
/// exactly as on the whole reply, and each piece is forwarded as soon as the stream says it is safe.
/// On `finish_reason`, `[DONE]` or the end of the upstream body the held-back tails are flushed.
///
/// Responses-API events (`response.output_text.delta`, `response.function_call_arguments.delta`, any
/// event with a string `delta`) stream the same way, one stream per event kind and output/content
/// index. Their `.done` events, `response.output_item.done` and `response.completed` repeat the whole
/// text: the matching streams are flushed first (their tail goes out as one more delta), then the event
/// is checked whole. Every other event of any route is checked whole, string by string.
/// What cannot be inspected (a data line that is not JSON) ends the reply: fail closed.
final class SSERelay {
    let engine: Engine
    let session: Session
    let holdBack: Int
    private var buffer: [UInt8] = []
    private var streams: [String: OutputStream] = [:]
    /// Stream keys in order of first appearance, per choice index.
    private var order: [Int: [String]] = [:]
    /// The last JSON event, reused as the frame of flushed text (id, model, created, object).
    private var template: [JSONMember] = []
    private(set) var blocked = false
    private(set) var done = false
    var reply = ReplyFilter.Tally()
    /// The request's `instructions` (Responses API), put back where events echo them.
    let instructions: JSONValue?
    /// The Responses-API response id, once an event named it.
    private(set) var responseID: String?
    /// Streams of `delta` events, in order of first appearance.
    private var deltaStreams: [DeltaStream] = []
    /// True once an event looked like the Responses API: blocks are then reported as its error event.
    private var responsesShape = false

    /// One Responses-style text stream: its stream, the event it came in (re-used, with the held-back
    /// tail as its `delta`, when flushed), and the indices that match it to its `.done` events.
    final class DeltaStream {
        let key: String
        let kind: String
        let indices: [String: String]
        let stream: OutputStream
        var template: [JSONMember]
        var other: [UInt8]
        init(key: String, kind: String, indices: [String: String], stream: OutputStream, template: [JSONMember], other: [UInt8]) {
            self.key = key
            self.kind = kind
            self.indices = indices
            self.stream = stream
            self.template = template
            self.other = other
        }
    }

    static let indexKeys = ["output_index", "content_index", "summary_index", "item_id"]

    init(engine: Engine, session: Session, holdBack: Int, instructions: JSONValue? = nil) {
        self.engine = engine
        self.session = session
        self.holdBack = holdBack
        self.instructions = instructions
    }

    /// Adds upstream bytes; returns the client frames ready now.
    func feed(_ bytes: [UInt8]) throws -> [[UInt8]] {
        guard !blocked && !done else { return [] }
        buffer += bytes
        var frames: [[UInt8]] = []
        while let (event, rest) = SSERelay.nextEvent(buffer) {
            buffer = rest
            frames += try handle(event)
            if blocked || done { break }
        }
        guard buffer.count <= 16 << 20 else { throw GatewayFailure.upstream("upstream event larger than 16 MiB") }
        return frames
    }

    /// The upstream body ended: an event without its blank line is still an event; held text is flushed.
    func finish() throws -> [[UInt8]] {
        guard !blocked && !done else { return [] }
        var frames: [[UInt8]] = []
        if !buffer.allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0x20 }) { frames += try handle(buffer) }
        buffer = []
        if !blocked && !done { frames += try flushAll() }
        return frames
    }

    /// Splits off the first complete event (terminated by a blank line; CRLF or LF).
    static func nextEvent(_ b: [UInt8]) -> ([UInt8], [UInt8])? {
        var i = 0
        while i + 1 < b.count {
            if b[i] == 0x0A {
                if b[i + 1] == 0x0A { return (Array(b[..<i]), Array(b[(i + 2)...])) }
                if b[i + 1] == 0x0D, i + 2 < b.count, b[i + 2] == 0x0A { return (Array(b[..<i]), Array(b[(i + 3)...])) }
            }
            i += 1
        }
        return nil
    }

    private func handle(_ event: [UInt8]) throws -> [[UInt8]] {
        var data: [UInt8] = []
        var sawData = false
        var other: [UInt8] = []  // event:, id:, retry: and comment lines, kept as they are
        for rawLine in event.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var line = Array(rawLine)
            if line.last == 0x0D { line.removeLast() }
            if line.starts(with: Array("data:".utf8)) {
                var v = Array(line.dropFirst(5))
                if v.first == 0x20 { v.removeFirst() }
                if sawData { data.append(0x0A) }
                data += v
                sawData = true
            } else if !line.isEmpty {
                other += line + [0x0A]
            }
        }
        guard sawData else { return other.isEmpty ? [] : [other + [0x0A]] }
        if data == Array("[DONE]".utf8) {
            var frames = try flushAll()
            if blocked { return frames }
            frames.append(Array("data: [DONE]\n\n".utf8))
            done = true
            return frames
        }
        let json: JSONValue
        do { json = try JSON.parse(data) } catch {
            throw GatewayFailure.upstream("upstream sent an event that is not JSON; the reply was stopped")
        }
        guard case .object(var members) = json else {
            throw GatewayFailure.upstream("upstream sent an event that is not a JSON object; the reply was stopped")
        }
        if members.contains(where: { $0.key == "type" }) && !members.contains(where: { $0.key == "choices" }) {
            return try handleTyped(members, other: other)
        }
        template = members.filter { $0.key != "choices" && $0.key != "usage" }
        var frames: [[UInt8]] = []
        if let k = members.firstIndex(where: { $0.key == "choices" }), case .array(let choices) = members[k].value {
            var out: [JSONValue] = []
            var keep = false
            for (pos, choice) in choices.enumerated() {
                guard case .object(var cm) = choice else { out.append(choice); continue }
                let index = cm.first { $0.key == "index" }.flatMap { Int($0.value.doubleValue ?? -1) } ?? pos
                for j in cm.indices where cm[j].key == "delta" || cm[j].key == "text" || cm[j].key == "message" {
                    cm[j].value = try push(cm[j].value, key: "\(index)/\(cm[j].key)")
                    if blocked { return frames + blockFrames() }
                }
                let finished = cm.contains { $0.key == "finish_reason" && $0.value != .null }
                if finished {
                    // Held text of this choice goes out first, in its own event, then the finishing one.
                    frames += try flush(choice: index)
                    if blocked { return frames + blockFrames() }
                }
                if finished || SSERelay.meaningful(cm) { keep = true }
                out.append(.object(cm))
            }
            members[k].value = .array(out)
            if !keep && !choices.isEmpty { return frames + (other.isEmpty ? [] : [other + [0x0A]]) }
        } else {
            // Not a choices event (an error object, usage): model text may still be in it.
            var rf = ReplyFilter(engine: engine, session: session, instructions: instructions)
            let checked = try rf.filter(.object(members))
            reply.add(rf)
            if rf.verdict == .block { blocked = true; return blockFrames() }
            if case .object(let m) = checked { members = m }
        }
        frames.append(SSERelay.frame(other, .object(members)))
        return frames
    }

    /// Sends each string below `v` through its stream; returns `v` with the safe text in place.
    private func push(_ v: JSONValue, key: String) throws -> JSONValue {
        switch v {
        case .string(let s):
            let choice = Int(key.prefix { $0 != "/" }) ?? 0
            let stream: OutputStream
            if let st = streams[key] { stream = st } else {
                stream = try OutputStream(engine: engine, session: session, holdBack: holdBack)
                streams[key] = stream
                order[choice, default: []].append(key)
            }
            let safe = try stream.push(Array(s.utf8))
            if stream.verdict == .block { blocked = true; note(stream); return .string("") }
            return .string(String(decoding: safe, as: UTF8.self))
        case .array(let items):
            var out: [JSONValue] = []
            for (pos, item) in items.enumerated() {
                let idx = item["index"].flatMap { $0.doubleValue.map { Int($0) } } ?? pos
                out.append(try push(item, key: key + "#\(idx)"))
            }
            return .array(out)
        case .object(let members):
            var out: [JSONMember] = []
            for m in members {
                if RequestFilter.structural.contains(m.key) || m.key == "index" || m.key == "name" && key.hasSuffix(".function") {
                    out.append(m)
                } else {
                    out.append(JSONMember(m.key, try push(m.value, key: key + "." + m.key)))
                }
            }
            return .object(out)
        case .number, .null, .bool:
            return v
        }
    }

    /// An event with a `type` (the Responses API, and other typed streams): a string `delta` streams;
    /// anything else first flushes the streams it closes, then is checked whole.
    private func handleTyped(_ members: [JSONMember], other: [UInt8]) throws -> [[UInt8]] {
        let type = members.first { $0.key == "type" }?.value.stringValue ?? ""
        if type.hasPrefix("response.") { responsesShape = true }
        var indices: [String: String] = [:]
        for m in members where SSERelay.indexKeys.contains(m.key) {
            switch m.value {
            case .string(let v): indices[m.key] = v
            case .number(let v): indices[m.key] = v
            default: break
            }
        }
        if let d = members.firstIndex(where: { $0.key == "delta" }), case .string(let piece) = members[d].value {
            let kind = type.hasSuffix(".delta") ? String(type.dropLast(6)) : type
            let key = kind + "|" + SSERelay.indexKeys.map { indices[$0] ?? "" }.joined(separator: "|")
            var frame = members
            let ds: DeltaStream
            if let found = deltaStreams.first(where: { $0.key == key && !$0.stream.finished }) {
                ds = found
            } else {
                // New, or more text after its `.done` (a stream never reopens: a new one starts).
                ds = DeltaStream(key: key, kind: kind, indices: indices,
                                 stream: try OutputStream(engine: engine, session: session, holdBack: holdBack), template: members, other: other)
                deltaStreams.append(ds)
            }
            ds.template = members
            ds.other = other
            let safe = try ds.stream.push(Array(piece.utf8))
            if ds.stream.verdict == .block { note(ds.stream); return blockFrames() }
            if safe.isEmpty { return [] }
            frame[d].value = .string(String(decoding: safe, as: UTF8.self))
            return [SSERelay.frame(other, .object(frame))]
        }
        // The streams this event closes: an `X.done` closes the streams of kind `X` with its indices
        // (`response.output_item.done`, `response.content_part.done`: every stream with its indices);
        // an ending event without indices (`response.completed`, `.incomplete`, `.failed`, `error`) all.
        let base = type.hasSuffix(".done") ? String(type.dropLast(5)) : nil
        let ending = type == "error" || type.hasSuffix(".completed") || type.hasSuffix(".incomplete") || type.hasSuffix(".failed")
        var frames: [[UInt8]] = []
        for ds in deltaStreams where !ds.stream.finished {
            let sameIndices = indices.allSatisfy { k, v in ds.indices[k] == nil || ds.indices[k] == v }
            let ofKind = base == ds.kind || !deltaStreams.contains { $0.kind == base }
            let closes = indices.isEmpty ? (ending || base != nil) : (base != nil && sameIndices && ofKind)
            if closes {
                frames += try flush(ds)
                if blocked { return frames + blockFrames() }
            }
        }
        var rf = ReplyFilter(engine: engine, session: session, instructions: instructions)
        let checked: JSONValue
        do { checked = try rf.filter(.object(members)) } catch let f as GatewayFailure where f.type == "sovereign_filter_blocked" {
            reply.add(rf)
            return frames + blockFrames()
        }
        reply.add(rf)
        if let id = ReplyFilter.responseID(checked) { responseID = id }
        frames.append(SSERelay.frame(other, checked))
        return frames
    }

    /// The held-back tail of a delta stream, as one more event of its kind.
    private func flush(_ ds: DeltaStream) throws -> [[UInt8]] {
        let (rest, verdict) = try ds.stream.finish()
        note(ds.stream)
        if verdict == .block { blocked = true; return [] }
        guard !rest.isEmpty else { return [] }
        var frame = ds.template
        if let d = frame.firstIndex(where: { $0.key == "delta" }) { frame[d].value = .string(String(decoding: rest, as: UTF8.self)) }
        return [SSERelay.frame(ds.other, .object(frame))]
    }

    private func flushAll() throws -> [[UInt8]] {
        var frames: [[UInt8]] = []
        for ds in deltaStreams where !ds.stream.finished {
            frames += try flush(ds)
            if blocked { return frames + blockFrames() }
        }
        for choice in order.keys.sorted() {
            frames += try flush(choice: choice)
            if blocked { return frames + blockFrames() }
        }
        return frames
    }

    /// Finishes the streams of `choice`; the rest of their text becomes one event shaped like the upstream's.
    private func flush(choice: Int) throws -> [[UInt8]] {
        var delta = JSONValue.object([])
        var kind = "delta"
        var any = false
        for key in order[choice] ?? [] {
            guard let st = streams[key], !st.finished else { continue }
            let (rest, verdict) = try st.finish()
            if verdict == .block { blocked = true; note(st); return [] }
            note(st)
            guard !rest.isEmpty else { continue }
            let path = String(key.drop { $0 != "/" }.dropFirst())
            var parts = path.split(separator: ".").map(String.init)
            kind = parts.removeFirst()
            if parts.isEmpty {  // completions: choices[].text
                kind = "text"
                delta = .string(String(decoding: rest, as: UTF8.self))
            } else {
                delta = SSERelay.set(delta, parts[...], String(decoding: rest, as: UTF8.self))
            }
            any = true
        }
        guard any else { return [] }
        let choiceObj = JSONValue.object([JSONMember("index", .number(String(choice))), JSONMember(kind, delta), JSONMember("finish_reason", .null)])
        return [SSERelay.frame([], .object(template + [JSONMember("choices", .array([choiceObj]))]))]
    }

    private var noted = Set<ObjectIdentifier>()
    private func note(_ st: OutputStream) {
        guard !noted.contains(ObjectIdentifier(st)) || st.finished else { return }
        noted.insert(ObjectIdentifier(st))
        reply.verdict = max(reply.verdict, st.verdict)
        for r in st.reasons {
            if let t = r.type { reply.counts[t, default: 0] += 1 }
            if let rule = r.rule, !reply.rules.contains(rule) { reply.rules.append(rule) }
        }
    }

    /// What the client gets when the reply must be withheld mid-stream.
    func blockFrames() -> [[UInt8]] {
        blocked = true
        let f = GatewayFailure.blocked("the rest of the model's answer was withheld by the output guard", code: "reply_block")
        if responsesShape {
            // The Responses API's error event; its `error` member makes clients raise as for chat.
            var out = Array("event: error\ndata: ".utf8)
            JSON.write(.object([JSONMember("type", .string("error")), JSONMember("code", .string(f.code)),
                                JSONMember("message", .string(f.message)), JSONMember("param", .null),
                                JSONMember("error", .object([JSONMember("message", .string(f.message)), JSONMember("type", .string(f.type)),
                                                            JSONMember("code", .string(f.code))]))]), into: &out)
            return [out + Array("\n\n".utf8)]
        }
        return [Array("data: ".utf8) + f.json() + Array("\n\n".utf8), Array("data: [DONE]\n\n".utf8)]
    }

    /// Sets a string at a path such as `content`, `tool_calls#0.function.arguments` inside `v`.
    static func set(_ v: JSONValue, _ path: ArraySlice<String>, _ s: String) -> JSONValue {
        guard let head = path.first else { return .string(s) }
        let rest = path.dropFirst()
        if let hash = head.firstIndex(of: "#") {
            let name = String(head[..<hash]), idx = String(head[head.index(after: hash)...])
            var members: [JSONMember] = { if case .object(let m) = v { return m }; return [] }()
            var items: [JSONValue] = { if let a = members.first(where: { $0.key == name }), case .array(let i) = a.value { return i }; return [] }()
            var item: JSONValue = .object([JSONMember("index", .number(idx))])
            if let k = items.firstIndex(where: { $0["index"]?.doubleValue.map { String(Int($0)) } == idx }) { item = items.remove(at: k) }
            items.append(set(item, rest, s))
            members.removeAll { $0.key == name }
            members.append(JSONMember(name, .array(items)))
            return .object(members)
        }
        var members: [JSONMember] = { if case .object(let m) = v { return m }; return [] }()
        let old = members.first { $0.key == head }?.value ?? .object([])
        members.removeAll { $0.key == head }
        members.append(JSONMember(head, set(old, rest, s)))
        return .object(members)
    }

    /// An event worth sending although its text is empty: a role, a tool call's name, a refusal.
    static func meaningful(_ choice: [JSONMember]) -> Bool {
        for m in choice where m.key == "delta" || m.key == "message" || m.key == "text" {
            if SSERelay.hasContent(m.value) { return true }
        }
        return false
    }

    static func hasContent(_ v: JSONValue) -> Bool {
        switch v {
        case .string(let s): return !s.isEmpty
        case .array(let a): return a.contains(where: hasContent)
        case .object(let m): return m.contains { ($0.key == "role" || $0.key == "name") && $0.value != .null || hasContent($0.value) && $0.key != "index" }
        case .number, .bool: return true
        case .null: return false
        }
    }

    static func frame(_ other: [UInt8], _ v: JSONValue) -> [UInt8] {
        var out = other + Array("data: ".utf8)
        JSON.write(v, into: &out)
        out += Array("\n\n".utf8)
        return out
    }
}

extension ReplyFilter {
    /// Verdicts and counts over a whole reply, for the log and the metrics.
    struct Tally {
        var verdict: Verdict = .allow
        var counts: [String: Int] = [:]
        var rules: [String] = []
        mutating func add(_ f: ReplyFilter) {
            verdict = max(verdict, f.verdict)
            for (k, n) in f.counts { counts[k, default: 0] += n }
            for r in f.rules where !rules.contains(r) { rules.append(r) }
        }
    }
}
