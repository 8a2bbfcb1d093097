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
public final class SSERelay {
    let engine: Engine
    let session: Session
    let holdBack: Int
    var buffer: [UInt8] = []
    var streams: [String: OutputStream] = [:]
    /// Stream keys in order of first appearance, per choice index.
    var order: [Int: [String]] = [:]
    /// The last JSON event, reused as the frame of flushed text (id, model, created, object).
    var template: [JSONMember] = []
    public internal(set) var blocked = false
    public internal(set) var done = false
    public internal(set) var reply = ReplyFilter.Tally()
    /// The request's `instructions` (Responses API), put back where events echo them.
    let instructions: JSONValue?
    /// The Responses-API response id, once an event named it.
    public internal(set) var responseID: String?
    /// Streams of `delta` events, in order of first appearance.
    var deltaStreams: [DeltaStream] = []
    /// True once an event looked like the Responses API: blocks are then reported as its error event.
    var responsesShape = false

    public init(engine: Engine, session: Session, holdBack: Int, instructions: JSONValue? = nil) {
        self.engine = engine
        self.session = session
        self.holdBack = holdBack
        self.instructions = instructions
    }

    /// Adds upstream bytes; returns the client frames ready now.
    public func feed(_ bytes: [UInt8]) throws -> [[UInt8]] {
        guard !blocked && !done else { return [] }
        buffer += bytes
        var frames: [[UInt8]] = []
        while let (event, rest) = SSERelay.nextEvent(buffer) {
            buffer = rest
            frames += try handle(event)
            if blocked || done { break }
        }
        guard buffer.count <= 16 << 20 else { throw ProtocolFailure.upstream("upstream event larger than 16 MiB") }
        return frames
    }

    /// The upstream body ended: an event without its blank line is still an event; held text is flushed.
    public func finish() throws -> [[UInt8]] {
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

    func handle(_ event: [UInt8]) throws -> [[UInt8]] {
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
            throw ProtocolFailure.upstream("upstream sent an event that is not JSON; the reply was stopped")
        }
        guard case .object(var members) = json else {
            throw ProtocolFailure.upstream("upstream sent an event that is not a JSON object; the reply was stopped")
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

    func flushAll() throws -> [[UInt8]] {
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

    var noted = Set<ObjectIdentifier>()
    func note(_ st: OutputStream) {
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
        let f = ProtocolFailure.blocked("the rest of the model's answer was withheld by the output guard", code: "reply_block")
        return [f.sseFrames(responses: responsesShape)]
    }

    static func frame(_ other: [UInt8], _ v: JSONValue) -> [UInt8] {
        var out = other + Array("data: ".utf8)
        JSON.write(v, into: &out)
        out += Array("\n\n".utf8)
        return out
    }
}
