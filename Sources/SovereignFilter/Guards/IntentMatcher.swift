/// The intent lexicon (`Data/IntentLexicon.swift`) compiled for the guard's automaton, and the step that
/// turns the lexicon words found in a prompt into intents: per sentence, the union of the word classes
/// present; an intent fires when every one of its class groups is present in its window and none of its
/// cancelling classes is.
struct IntentMatcher: Sendable {
    typealias WordClass = IntentLexicon.WordClass

    /// One lexicon term as the automaton sees it.
    struct Term: Sendable {
        let mask: UInt64
        let wordStart: Bool    // the byte before must not be a word byte
        let wordEnd: Bool      // the byte after must not be a word byte
        let lineStart: Bool    // only blanks (and #, -, *, >) between the line start and the term
        let lowerFirst: Bool   // the first letter must be written in lower case
    }

    /// Decoder triggers: rot13 and reversed forms of the lexicon's key words ("vtaber", "erongi").
    static let rot13Trigger: UInt64 = 1 << 62
    static let reversedTrigger: UInt64 = 1 << 63
    /// "0x" anywhere (hex escapes), and the endings of persona names (ShopGPT, FreeBot, KundenKI) whose
    /// case the guard checks itself: they decide whether the rules without literal words need to run.
    static let zeroXTrigger: UInt64 = 1 << 61
    static let personaTrigger: UInt64 = 1 << 60
    static let triggerMask: UInt64 = rot13Trigger | reversedTrigger | zeroXTrigger | personaTrigger

    /// The persona ending found at `[start, end)` written as the rule wants it: "gpt" in any case, "Bot",
    /// "AI", "KI", "IA" as capitals.
    static func personaCase(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let n = end - start
        if n == 3 && t[start] | 0x20 == 0x67 { return true }
        if n == 3 { return t[start] == 0x42 }
        return n == 2 && ByteClass.isUpper(t[start]) && ByteClass.isUpper(t[start + 1])
    }

    /// Words whose rot13 or reversed form in a prompt means the prompt is worth decoding that way.
    static let triggerWords = [
        "ignore", "instructions", "previous", "system", "prompt", "password", "customer", "customers", "email",
        "address", "reveal", "secret", "admin", "rules", "forget", "disregard", "database", "credit card",
        "ignoriere", "anweisungen", "vergiss", "passwort", "kunden", "adresse", "regeln", "zeige", "alle",
        "ignorez", "oublie", "consignes", "clients", "règles", "affiche", "révèle", "donne",
    ]

    let terms: [(key: String, term: Term)]

    static let shared = IntentMatcher()

    init() {
        var merged: [String: (UInt64, Term)] = [:]
        var order: [String] = []
        func add(_ spec: String, _ mask: UInt64) {
            var s = Substring(spec)
            var lineStart = false, lowerFirst = false, wordStart = true, wordEnd = true
            if s.hasPrefix("^") { lineStart = true; s = s.dropFirst() }
            if s.hasPrefix("~") { lowerFirst = true; s = s.dropFirst() }
            if s.hasPrefix("*") { wordStart = false; s = s.dropFirst() }
            // "keys *" ends in a literal star (a space before it); "kunde*" is open at the end.
            if s.hasSuffix("*") && !s.hasSuffix(" *") { wordEnd = false; s = s.dropLast() }
            // Terms that begin or end with punctuation carry their own boundary ("<|im_start|>", "mr.").
            if let f = s.utf8.first, !IntentMatcher.isWordByte(f) { wordStart = false }
            if let l = s.utf8.last, !IntentMatcher.isWordByte(l) { wordEnd = false }
            let key = "\(lineStart ? "^" : "")\(lowerFirst ? "~" : "")\(wordStart ? "" : "*")\(s)\(wordEnd ? "" : "*")"
            let t = Term(mask: 0, wordStart: wordStart, wordEnd: wordEnd, lineStart: lineStart, lowerFirst: lowerFirst)
            if let old = merged[key] { merged[key] = (old.0 | mask, t) } else { merged[key] = (mask, t); order.append(key) }
        }
        for (cls, words) in IntentLexicon.terms { for w in words { add(w, cls.rawValue) } }
        add("*0x*", IntentMatcher.zeroXTrigger)
        for w in ["gpt", "bot", "ai", "ki", "ia"] { add("*" + w + "*", IntentMatcher.personaTrigger) }
        for w in IntentMatcher.triggerWords {
            add("*" + String(IntentMatcher.rot13(w)) + "*", IntentMatcher.rot13Trigger)
            add("*" + String(String.UnicodeScalarView(w.unicodeScalars.reversed())) + "*", IntentMatcher.reversedTrigger)
        }
        terms = order.map { key in
            let (mask, t) = merged[key]!
            var body = Substring(key)
            if body.hasPrefix("^") { body = body.dropFirst() }
            if body.hasPrefix("~") { body = body.dropFirst() }
            if body.hasPrefix("*") { body = body.dropFirst() }
            if body.hasSuffix("*") && !body.hasSuffix(" *") { body = body.dropLast() }
            return (String(body), Term(mask: mask, wordStart: t.wordStart, wordEnd: t.wordEnd, lineStart: t.lineStart, lowerFirst: t.lowerFirst))
        }
    }

    static func rot13(_ s: String) -> String {
        String(decoding: s.utf8.map { b -> UInt8 in
            if b &- 0x61 < 26 { return (b - 0x61 + 13) % 26 + 0x61 }
            if b &- 0x41 < 26 { return (b - 0x41 + 13) % 26 + 0x41 }
            return b
        }, as: UTF8.self)
    }

    /// Letters, digits and every byte of a non-ASCII character except general punctuation (U+2000–U+206F:
    /// typographic quotes and dashes separate words).
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { ByteClass.isAlnum(b) || b >= 0x80 }

    @inline(__always) static func isWordBefore(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let b = t[i - 1]
        if b < 0x80 { return ByteClass.isAlnum(b) }
        // U+2000–U+206F is E2 80..81 xx.
        if i >= 3 && t[i - 3] == 0xE2 && (t[i - 2] == 0x80 || t[i - 2] == 0x81) { return false }
        return true
    }

    @inline(__always) static func isWordAt(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < t.count else { return false }
        let b = t[i]
        if b < 0x80 { return ByteClass.isAlnum(b) }
        if b == 0xE2 && i + 1 < t.count && (t[i + 1] == 0x80 || t[i + 1] == 0x81) { return false }
        return true
    }

    /// True if the term found at `[start, end)` meets its boundary conditions.
    func accepts(_ term: Term, _ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if term.wordStart && IntentMatcher.isWordBefore(t, start) { return false }
        if term.wordEnd && IntentMatcher.isWordAt(t, end) { return false }
        if term.lowerFirst && ByteClass.isUpper(t[start]) { return false }
        if term.lineStart {
            var k = start - 1
            while k >= 0 {
                let b = t[k]
                if b == 0x0A { break }
                if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x23 || b == 0x2D || b == 0x2A || b == 0x3E { k -= 1; continue }
                return false
            }
        }
        return true
    }

    /// A lexicon word found in the prompt.
    struct Hit {
        var mask: UInt64
        var start: Int
        var end: Int
    }

    /// The intents the hits (in text order of their ends) express: (id, weight) pairs, each id once.
    func intents(_ hits: inout [Hit], _ t: UnsafeBufferPointer<UInt8>) -> [(String, Double)] {
        var any: UInt64 = 0
        for h in hits { any |= h.mask }
        let combos = IntentLexicon.combos
        var possible = false
        for c in combos where c.all.allSatisfy({ any & $0.rawValue != 0 }) { possible = true; break }
        guard possible else { return [] }
        hits.sort { $0.start < $1.start || ($0.start == $1.start && $0.end > $1.end) }
        // Own purchase: a pii word after an own-marker (≤ 3 words, no third party or sentence end between).
        // (The same for an order or customer number: "my customer number" is no lookup of someone else.)
        let pii = WordClass.pii.rawValue | WordClass.ident.rawValue | WordClass.identCust.rawValue
        let own = WordClass.own.rawValue, third = WordClass.third.rawValue
        for k in hits.indices where hits[k].mask & pii != 0 {
            var j = k - 1
            while j >= 0 {
                let h = hits[j]
                if h.end > hits[k].start { j -= 1; continue }   // overlapping or the same phrase
                if h.mask & third != 0 && h.mask & own == 0 { break }
                if h.mask & own != 0 {
                    if wordsBetween(t, h.end, hits[k].start) <= 3 { hits[k].mask &= ~pii }
                    break
                }
                if wordsBetween(t, h.end, hits[k].start) > 3 { break }
                j -= 1
            }
        }
        // Sentence masks.
        var masks: [UInt64] = []
        var pos = 0
        var cur: UInt64 = 0
        for h in hits {
            if IntentMatcher.boundaries(t, pos, h.start) > 0 { masks.append(cur); cur = 0 }
            pos = max(pos, h.start)
            cur |= h.mask
        }
        masks.append(cur)
        var out: [(String, Double)] = []
        for c in combos {
            for s in masks.indices {
                var m = masks[s]
                if c.window > 1 && s > 0 { m |= masks[s - 1] }
                if m & c.none.rawValue != 0 { continue }
                if c.all.allSatisfy({ m & $0.rawValue != 0 }) { out.append((c.id, c.weight)); break }
            }
        }
        return out
    }

    /// Words between two offsets: runs of whitespace (≥ 4 means "far").
    func wordsBetween(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int {
        var n = 0
        var k = a
        var inSpace = false
        while k < b {
            let c = t[k]
            if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x0A || c == 0x3B { return 99 }
            if c == 0x20 || c == 0x09 { if !inSpace { n += 1; inSpace = true } } else { inSpace = false }
            if n > 4 { return n }
            k += 1
        }
        return n
    }

    /// 1 if `[a, b)` holds a sentence end: ? ! ; and line breaks, and a full stop before whitespace.
    static func boundaries(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int {
        var k = a
        while k < b {
            let c = t[k]
            if c == 0x3F || c == 0x21 || c == 0x3B || c == 0x0A { return 1 }
            if c == 0x2E && (k + 1 >= t.count || t[k + 1] == 0x20 || t[k + 1] == 0x0A) { return 1 }
            k += 1
        }
        return 0
    }
}
