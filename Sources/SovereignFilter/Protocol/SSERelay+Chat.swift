/// Chat and completions events: each string under a choice's `delta`/`message`/`text` streams through
/// its own `OutputStream`, keyed by choice and path; a choice's held-back text is flushed in an event
/// shaped like the upstream's.
extension SSERelay {
    /// Sends each string below `v` through its stream; returns `v` with the safe text in place.
    func push(_ v: JSONValue, key: String) throws -> JSONValue {
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

    /// Finishes the streams of `choice`; the rest of their text becomes one event shaped like the upstream's.
    func flush(choice: Int) throws -> [[UInt8]] {
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
}
