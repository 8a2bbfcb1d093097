/// A conversation's pseudonym vault: value ↔ token, so `<EMAIL_1>` sent to the model can be turned
/// back into the customer's address in the reply. One session serves one conversation and is used
/// by one thread at a time.
public final class Session {
    struct Entry: Equatable {
        var token: String
        var original: [UInt8]
    }

    /// "TYPE\0canonical" → entry.
    private(set) var byValue: [String: Entry] = [:]
    /// token → original bytes.
    private(set) var byToken: [String: [UInt8]] = [:]
    private(set) var counters: [String: Int] = [:]
    /// Values the customer gave in this conversation ("TYPE\0canonical"): not leaks when the reply repeats them.
    var ownValues: Set<String> = []
    /// Canary markers issued for this conversation's system prompt.
    var canaries: [[UInt8]] = []
    /// Hashes of every 32-byte window of the registered system prompt (normalized, lower case).
    var systemPromptShingles: Set<UInt64> = []
    /// The folded system prompt itself, kept so a sealed session carries the protection along.
    var systemPromptFolded: [UInt8] = []

    public init() {}

    public var count: Int { byToken.count }

    /// The pseudonym of a value. Keyed by the value exactly as written, so `restore` gives back the very
    /// bytes the customer typed (two spellings of one e-mail get two pseudonyms); the canonical form goes
    /// to `ownValues`, so a reply that repeats the customer's value in another spelling is not a leak.
    func token(for type: EntityType, canonical: String, original: [UInt8]) -> String {
        let key = Session.valueKey(type, original)
        ownValues.insert(type.name + "\u{0}" + canonical)
        if let e = byValue[key] { return e.token }
        let n = (counters[type.name] ?? 0) + 1
        counters[type.name] = n
        let token = ReplacementToken.pseudonym(type, n)
        byValue[key] = Entry(token: token, original: original)
        byToken[token] = original
        return token
    }

    /// The vault's key of a value: "TYPE\0original bytes".
    static func valueKey(_ type: EntityType, _ original: [UInt8]) -> String {
        type.name + "\u{0}" + String(decoding: original, as: UTF8.self)
    }

    /// True when the vault already holds this value (see `valueKey`): pseudonymizing it adds nothing.
    func holds(_ key: String) -> Bool { byValue[key] != nil }

    /// Replaces every `<TYPE_N>` token this session issued by the original value. Unknown tokens stay.
    public func restore(_ text: [UInt8]) -> [UInt8] {
        guard !byToken.isEmpty, text.contains(UInt8(ascii: "<")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        text.withUnsafeBufferPointer { t in
            var i = 0
            while i < t.count {
                let c = t[i]
                if c == UInt8(ascii: "<"), let close = ReplacementToken.end(in: t, at: i, .restorable),
                   let orig = byToken[String(decoding: t[i..<close], as: UTF8.self)] {
                    out.append(contentsOf: orig)
                    i = close
                    continue
                }
                out.append(c)
                i += 1
            }
        }
        return out
    }

    // MARK: serialization (sealed by Session+Sealing)

    func serialize() -> [UInt8] {
        var entries: [JSONValue] = []
        for (key, e) in byValue.sorted(by: { $0.value.token < $1.value.token }) {
            entries.append(.object([
                JSONMember("k", .string(key)), JSONMember("t", .string(e.token)),
                JSONMember("o", .string(String(decoding: e.original, as: UTF8.self))),
            ]))
        }
        let counts: [JSONMember] = counters.sorted { $0.key < $1.key }.map { JSONMember($0.key, .number(String($0.value))) }
        var out: [UInt8] = []
        JSON.write(.object([
            JSONMember("v", .number("1")), JSONMember("c", .object(counts)), JSONMember("e", .array(entries)),
            JSONMember("k", .array(canaries.map { .string(String(decoding: $0, as: UTF8.self)) })),
            JSONMember("own", .array(ownValues.sorted().map { .string($0) })),
            JSONMember("p", .string(String(decoding: systemPromptFolded, as: UTF8.self))),
        ]), into: &out)
        return out
    }

    static func deserialize(_ bytes: [UInt8]) throws -> Session {
        let bad = SFError(.invalidArgument, "sealed session: malformed content")
        guard let root = try? JSON.parse(bytes), root["v"]?.doubleValue == 1,
              case .object(let counts)? = root["c"], case .array(let entries)? = root["e"] else { throw bad }
        let s = Session()
        for c in counts {
            guard let d = c.value.doubleValue, d >= 0, d < 1e9 else { throw bad }
            s.counters[c.key] = Int(d)
        }
        if case .array(let cs)? = root["k"] {
            for c in cs { guard let str = c.stringValue else { throw bad }; s.canaries.append(Array(str.utf8)) }
        }
        if let p = root["p"]?.stringValue, !p.isEmpty { s.registerFoldedSystemPrompt(Array(p.utf8)) }
        if case .array(let own)? = root["own"] {
            for o in own { guard let str = o.stringValue else { throw bad }; s.ownValues.insert(str) }
        }
        for e in entries {
            guard let k = e["k"]?.stringValue, let t = e["t"]?.stringValue, let o = e["o"]?.stringValue else { throw bad }
            s.byValue[k] = Entry(token: t, original: Array(o.utf8))
            s.byToken[t] = Array(o.utf8)
        }
        return s
    }
}
