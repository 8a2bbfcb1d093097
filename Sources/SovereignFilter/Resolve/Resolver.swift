import Glibc

/// Stage 5, resolve: the policy filter (enabled types, minimum score, allow-list), overlap resolution,
/// and the mapping of the survivors back to original byte offsets. Settling (`Settle.swift`) follows.
extension Engine {
    /// Policy filter (enabled, min score, allow-list), overlap resolution, mapping to original offsets.
    func resolve(_ t: UnsafeBufferPointer<UInt8>, _ sc: Scratch) {
        var kept: [Candidate] = []
        swap(&kept, &sc.cands)
        defer { swap(&kept, &sc.cands) }
        let minScore = policy.minScore
        kept.removeAll { c in c.score < minScore || !policy.isEnabled(c.type) }
        if kept.isEmpty { return }
        if !allow.isEmpty {
            kept.removeAll { c in isAllowed(c, t) }
        }
        kept.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        // The survivors go to the scratch's second buffer (a local array allocated once per scan).
        var out: [Candidate] = []
        swap(&out, &sc.resolved)
        defer { swap(&out, &sc.resolved) }
        out.clearKeepingCapacity()
        for c in kept {
            if let last = out.last, c.start < last.end {
                // Overlap: the higher score wins, then the longer span.
                let better = c.score > last.score || c.score == last.score && c.end - c.start > last.end - last.start
                if better { out[out.count - 1] = c }
                continue
            }
            out.append(c)
        }
        if kept.count > out.count { addUncoveredParts(of: kept, to: &out, t) }
        addEchoes(to: &out, t)
        addPersonEchoes(to: &out, t)
        for c in out {
            let (a, b) = sc.norm.original(c.start, c.end)
            sc.findings.append(Finding(start: a, end: b, type: c.type, score: c.score))
        }
    }

    /// A loser of an overlap may stick out of the winner (`+3325926547ethomas@shop.fr`: the phone wins on
    /// score, the e-mail runs on). The part no winner covers is still that loser's data: it is kept as a
    /// finding of the loser's type, so nothing detected is passed through and redacting twice changes
    /// nothing. Pieces without a letter or digit (a trailing space or dot) are dropped.
    func addUncoveredParts(of kept: [Candidate], to out: inout [Candidate], _ t: UnsafeBufferPointer<UInt8>) {
        var pieces: [Candidate] = []
        var w = 0
        for c in kept {
            while w < out.count && out[w].end <= c.start { w += 1 }
            var a = c.start, k = w
            while a < c.end {
                if k < out.count && out[k].start < c.end {
                    if out[k].start > a { pieces.append(Candidate(start: a, end: out[k].start, type: c.type, score: c.score)) }
                    a = max(a, out[k].end)
                    k += 1
                } else {
                    pieces.append(Candidate(start: a, end: c.end, type: c.type, score: c.score))
                    a = c.end
                }
            }
        }
        pieces.removeAll { p in !(p.start..<p.end).contains { t[$0] >= 0x80 || ByteClass.isAlnum(t[$0]) } }
        if pieces.isEmpty { return }
        pieces.sort { $0.start < $1.start }
        var merged: [Candidate] = []
        for p in pieces {
            if let last = merged.last, p.start < last.end {
                merged[merged.count - 1].end = max(last.end, p.end)
            } else {
                merged.append(p)
            }
        }
        out.append(contentsOf: merged)
        out.sort { $0.start < $1.start }
    }

    /// An order number or a secret found once is the same data wherever the same string appears again
    /// in the text, with or without the words that pointed at it: a quoted reply ("> Können Sie
    /// RE-AU425221 liefern?" under "Auftragsbestätigung RE-AU425221"), an SQL result row under its
    /// query, a key pasted twice. Only strings of five or more bytes with a digit (or PrestaShop's nine
    /// capitals), whole words, not overlapping another finding.
    func addEchoes(to out: inout [Candidate], _ t: UnsafeBufferPointer<UInt8>) {
        let found = out.count
        guard found > 0, found <= 64 else { return }
        var added = false
        for f in 0..<found {
            let c = out[f]
            guard c.type == .orderNumber || c.type == .secret, c.end - c.start >= 5, c.end - c.start <= 256,
                  // (Two copies must fit in the text.)
                  c.end - c.start <= t.count / 2 else { continue }
            var digit = false
            for k in c.start..<c.end where ByteClass.isDigit(t[k]) { digit = true; break }
            guard digit || c.end - c.start == 9 && c.type == .orderNumber else { continue }
            // Identifiers: `_` joins words too ("ORD_123" is not "123").
            if markRecurrences(c.start, c.end, of: c, in: t, into: &out, wordByte: { ByteClass.isAlnum($0) || $0 == UInt8(ascii: "_") }) { added = true }
        }
        if added { out.sort { $0.start < $1.start } }
    }

    /// A person named once is the same person when a part of the name recurs: "My neighbour Sipho Zulu
    /// … Sipho will show his ID", a surname after a title, a sign-off name quoted again. Each capitalized
    /// part of a found PERSON (three bytes or more, not a function word, not a name that is also a common
    /// word such as "Will" or "Rose") is marked again wherever it recurs as a whole capitalized word
    /// outside another finding: one `memchr` + `memcmp` search per part, as for the echoes above.
    func addPersonEchoes(to out: inout [Candidate], _ t: UnsafeBufferPointer<UInt8>) {
        let found = out.count
        guard found > 0, found <= 64, let base = t.baseAddress else { return }
        @inline(__always) func wordByte(_ b: UInt8) -> Bool { ByteClass.isAlnum(b) || b >= 0x80 }
        var added = false
        for f in 0..<found where out[f].type == .person {
            let c = out[f]
            // A name found in lower case ("das war björn lindqvist", "lg kipchoge") recurs in lower case in the same sloppy
            // chat ("björn: oops", "indah hat nen schlüssel"): its parts are searched as written.
            // ("Frau ap Rhys" is no lower-case name: its capitalized part is echoed as before.)
            let lower = c.end - c.start >= 3 && (t[c.start] < 0x80 ? ByteClass.isLower(t[c.start]) : !Tokenizer.isUpper(UTF8Check.decode(base, c.start).0))
                && !(c.start..<c.end).contains { ByteClass.isUpper(t[$0]) }
            var a = c.start
            while a < c.end {
                while a < c.end && !wordByte(t[a]) { a += 1 }
                var e = a
                while e < c.end && wordByte(t[e]) { e += 1 }
                defer { a = e }
                let n = e - a
                guard n >= 3, n <= 40, lower ? ByteClass.isLower(t[a]) || t[a] >= 0x80 && !Tokenizer.isUpper(UTF8Check.decode(base, a).0)
                                          : Tokenizer.isUpper(t[a] < 0x80 ? UInt32(t[a]) : UTF8Check.decode(base, a).0) else { continue }
                let h = WordKey.hash(base, a, e)
                if gazetteer.stopwords.contains(hash: h) || gazetteer.ambiguousFirstNames.contains(hash: h)
                    || gazetteer.ambiguousSurnames.contains(hash: h) || lower && gazetteer.particles.contains(hash: h) { continue }
                if markRecurrences(a, e, of: c, in: t, into: &out, wordByte: wordByte) { added = true }
            }
        }
        if added { out.sort { $0.start < $1.start } }
    }

    /// Marks every other whole-word occurrence of `t[a..<e]` outside the findings in `out` with `c`'s type and
    /// score; true when one was added. memchr for the first byte (vectorized in glibc), then memcmp: the text
    /// is searched only for values that were found.
    @inline(__always)
    func markRecurrences(_ a: Int, _ e: Int, of c: Candidate, in t: UnsafeBufferPointer<UInt8>, into out: inout [Candidate],
                         wordByte: (UInt8) -> Bool) -> Bool {
        guard let base = t.baseAddress else { return false }
        let n = e - a
        var added = false
        var p = 0
        while p + n <= t.count, let hit = memchr(base + p, Int32(t[a]), t.count - n + 1 - p) {
            let q = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            p = q + 1
            guard q != a, memcmp(base + q, base + a, n) == 0,
                  q == 0 || !wordByte(t[q - 1]), q + n == t.count || !wordByte(t[q + n]),
                  !out.contains(where: { $0.start < q + n && q < $0.end }) else { continue }
            out.append(Candidate(start: q, end: q + n, type: c.type, score: c.score))
            added = true
            p = q + n
        }
        return added
    }

    func isAllowed(_ c: Candidate, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        allow.contains(String(decoding: DenyList.fold(Array(t[c.start..<c.end])), as: UTF8.self))
    }
}
