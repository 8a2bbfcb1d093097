/// Typed events — the Responses API's, and any stream whose events carry a `type`: a string `delta`
/// streams through its own `OutputStream`; the `.done` and completion events that repeat the whole text
/// close their streams first, then are checked whole.
extension SSERelay {
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

    /// An event with a `type` (the Responses API, and other typed streams): a string `delta` streams;
    /// anything else first flushes the streams it closes, then is checked whole.
    func handleTyped(_ members: [JSONMember], other: [UInt8]) throws -> [[UInt8]] {
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
        do { checked = try rf.filter(.object(members)) } catch let f as ProtocolFailure where f.type == "sovereign_filter_blocked" {
            reply.add(rf)
            return frames + blockFrames()
        }
        reply.add(rf)
        if let id = ReplyFilter.responseID(checked) { responseID = id }
        frames.append(SSERelay.frame(other, checked))
        return frames
    }

    /// The held-back tail of a delta stream, as one more event of its kind.
    func flush(_ ds: DeltaStream) throws -> [[UInt8]] {
        let (rest, verdict) = try ds.stream.finish()
        note(ds.stream)
        if verdict == .block { blocked = true; return [] }
        guard !rest.isEmpty else { return [] }
        var frame = ds.template
        if let d = frame.firstIndex(where: { $0.key == "delta" }) { frame[d].value = .string(String(decoding: rest, as: UTF8.self)) }
        return [SSERelay.frame(ds.other, .object(frame))]
    }
}
