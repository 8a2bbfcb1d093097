/// Echoes of a name already found in the same message (NER round 11): a person named once is named again by a part of
/// the name ("Berzan Tekin a validé … Tekin rentre", "Briefkasten: GURUNG / FITZGERALD … Gurung kennt"), in whatever
/// context, often one with no cue at all. A message names few people, so the parts of the names found so far fit in a
/// fixed inline table; the scan asks it about each word it visits with one bit test (a 64-bit mask of the hashes' low
/// bits), no second walk over the tokens and no allocation.
struct NameEchoes {
    /// Up to 16 name parts (their `WordKey` hashes); later ones are dropped: a message with more names is a list, and the
    /// list's own grammar finds them.
    private var hashes = SIMD16<UInt64>()
    private(set) var count = 0
    private(set) var mask: UInt64 = 0

    @inline(__always) func mayContain(_ h: UInt64) -> Bool { mask & (1 << (h & 63)) != 0 }

    /// The slot of `h`, or nil.
    @inline(__always) func slot(_ h: UInt64) -> Int? {
        guard mayContain(h) else { return nil }
        for k in 0..<count where hashes[k] == h { return k }
        return nil
    }

    mutating func add(_ h: UInt64) {
        guard count < 16, slot(h) == nil else { return }
        hashes[count] = h
        count += 1
        mask |= 1 << (h & 63)
    }
}

extension PersonRecognizer {
    /// Records the parts of the person candidates appended to `out` since index `from`: words of three letters or more
    /// that are no function word, title, particle or common word.
    func recordEchoes(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, before i: Int, _ gz: Gazetteer,
                      _ out: [Candidate], from: Int, into echoes: inout NameEchoes) {
        for c in from..<out.count where out[c].type == .person {
            // The candidate's tokens lie before `i` (the scan appends names it has walked past); 24 tokens back at most.
            var k = min(i, tokens.count) - 1
            let floor = max(0, k - 24)
            while k >= floor && Int(tokens[k].start) >= out[c].start {
                let w = tokens[k]
                if w.kind == .word && Int(w.end) <= out[c].end && w.end - w.start >= 3 && !gz.stopwords.contains(w)
                    && !myParticles.contains(w) && !gz.personTitles.contains(w) && !myNotNames.contains(w)
                    // In capitals a cue's sentence runs on into the name ("C'EST MARQUÉ POPALZAI"): only known names recur.
                    && (!w.allCaps || gz.firstNames.contains(w) || gz.surnames.contains(w))
                    // Names that are also common words ("Rose", "Mark", "Will") do not recur: the word may be the common one.
                    && !gz.ambiguousFirstNames.contains(w) && !gz.ambiguousSurnames.contains(w) {
                    echoes.add(w.hash)
                }
                k -= 1
            }
        }
    }

    /// An echo starting at token `i`: the last token of the name (further parts on the same line extend it, and so does a
    /// known surname after a given name: "Jhun … Jhun Macaraeg"), or nil.
    func echoAt(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer, _ echoes: NameEchoes) -> Int? {
        let tok = tokens[i]
        guard echoes.slot(tok.hash) != nil else { return nil }
        // "Kunde Ayu" is a person, but the word before a colon that a cue ends with is a label ("Name: …").
        var e = i
        let n = tokens.count
        while e + 1 < n && tokens[e].next != 0x0A && tokens[e + 1].kind == .word && (tokens[e + 1].cap || !tok.cap) {
            let w = tokens[e + 1]
            if echoes.slot(w.hash) != nil { e += 1; continue }
            if w.cap && gz.surnames.contains(w) && !gz.stopwords.contains(w) && !gz.ambiguousSurnames.contains(w) { e += 1 }
            break
        }
        return e
    }
}
