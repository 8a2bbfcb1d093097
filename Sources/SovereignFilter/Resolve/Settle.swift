/// Settling: why redacting twice equals redacting once.
///
/// A recognizer decides from the characters around a candidate. When a neighbour is itself a finding,
/// redaction replaces it with a token (`[PHONE]`), and on glued input (`0612345678GB61…`,
/// `4291attomas@…`) that can change what the rest of the text looks like: a second pass would find
/// more. Per-recognizer patches chased this case by case (fuzzing found a new one every ~50 000
/// inputs); settling removes the whole family: the findings are replaced by their tokens, the result is
/// scanned again, and anything new is added (mapped back to the original bytes, widened to whole
/// tokens), until a pass finds nothing. The final findings are therefore exactly those whose redacted
/// text holds no further finding, so `redact(redact(x)) == redact(x)` by construction.
///
/// Cost: the extra pass runs only when some finding is glued to its neighbours (`isGlued`): a finding
/// between spaces or ordinary punctuation changes nothing around it when replaced, since the
/// recognizers' context windows already skip findings and tokens. And it looks for new candidates only
/// within `settleMargin` bytes of the tokens that changed (the glued findings, then each round's new
/// ones), so a 64 MB text with one glued finding rescans a few hundred bytes, not 64 MB. It converges
/// in one extra pass on real text; `maxSettleRounds` bounds it, and not settling within that is an
/// error (fail closed), never a partial answer.
extension Engine {
    static let maxSettleRounds = 4

    /// True when a finding touches a letter, digit or joining character (`-`, `.`, `@`, `=`, `#`, …)
    /// on either side, so its token could read differently to the recognizers than its text did.
    static func isGlued(_ f: Finding, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        @inline(__always) func space(_ i: Int) -> Bool {
            i >= n || t[i] == 0x20 || t[i] == 0x0A || t[i] == 0x09 || t[i] == 0x0D
        }
        // A number parse runs across one or two separators ("85997 88I@y.ang": "85997 88" is no order
        // number, "85997 [EMAIL]" is one), so a finding that starts or ends with a digit counts as glued
        // to a digit up to three bytes away.
        let first = t[f.start], last = t[f.end - 1]
        if ByteClass.isDigit(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "(") {
            for k in max(0, f.start - 3)..<f.start where ByteClass.isDigit(t[k]) { return true }
        }
        if ByteClass.isDigit(last) || last == UInt8(ascii: ")") {
            for k in f.end..<min(n, f.end + 3) where ByteClass.isDigit(t[k]) { return true }
        }
        if f.start > 0 {
            switch t[f.start - 1] {
            case 0x20, 0x0A, 0x09, 0x0D, UInt8(ascii: "("), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ","), UInt8(ascii: ";"):
                break
            default:
                return true
            }
        }
        if f.end < n {
            switch t[f.end] {
            case 0x20, 0x0A, 0x09, 0x0D, UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                break
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                if !space(f.end + 1) { return true }
            default:
                return true
            }
        }
        return false
    }

    /// How far around a glued finding's token the rescan looks for new candidates: well beyond the
    /// recognizers' reach (context windows ≤ 48 bytes, number runs ≤ 24 digits and 12 separators), so a
    /// long text with one glued finding costs a window, not a second full pass.
    static let settleMargin = 256

    /// Settles `sc.findings` in place; nothing to do unless a finding is glued.
    func settle(_ text: UnsafeBufferPointer<UInt8>, _ sc: Scratch) throws {
        sc.settleCenters.removeAll(keepingCapacity: true)
        for (k, f) in sc.findings.enumerated() where Engine.isGlued(f, text) { sc.settleCenters.append(k) }
        if sc.settleCenters.isEmpty { return }
        var round = 0
        while true {
            // settled ← the current findings; settleText ← the text with them redacted.
            swap(&sc.settled, &sc.findings)
            sc.settleText.removeAll(keepingCapacity: true)
            sc.settleMap.removeAll(keepingCapacity: true)
            var pos = 0
            for f in sc.settled {
                sc.settleText.append(contentsOf: text[pos..<f.start])
                sc.settleMap.append(sc.settleText.count)
                ReplacementToken.writeRedaction(f.type, into: &sc.settleText)
                pos = f.end
            }
            sc.settleText.append(contentsOf: text[pos..<text.count])

            // Windows around the tokens that changed (the glued findings, then each round's new ones).
            sc.settleWindows.removeAll(keepingCapacity: true)
            let m = Engine.settleMargin, total = sc.settleText.count
            for k in sc.settleCenters {
                let a = max(0, sc.settleMap[k] - m), b = min(total, tokenEnd(k, sc.settled, sc.settleMap) + m)
                if let last = sc.settleWindows.last, a <= last.1 {
                    sc.settleWindows[sc.settleWindows.count - 1].1 = max(last.1, b)
                } else {
                    sc.settleWindows.append((a, b))
                }
            }
            let whole = sc.settleWindows.count == 1 && sc.settleWindows[0] == (0, total)
            let windows = whole ? nil : sc.settleWindows
            try sc.settleText.withUnsafeBufferPointer { try detectOnce($0, sc, windows: windows) }
            // sc.findings now holds the findings in the redacted text.
            if !mergeNew(sc) {
                swap(&sc.settled, &sc.findings)
                return
            }
            round += 1
            if round == Engine.maxSettleRounds {
                throw SFError(.limit, "findings did not settle after \(round) rescans (adversarial input)")
            }
        }
    }

    /// Maps the findings of the redacted text back onto the original and merges them into
    /// `sc.settled`; the result goes to `sc.findings`. Returns false when nothing new was found (a
    /// finding inside one token is the token itself, e.g. a custom pattern matching `[EMAIL]`).
    private func mergeNew(_ sc: Scratch) -> Bool {
        let old = sc.settled, map = sc.settleMap
        var fresh: [Finding] = []
        var k = 0  // first token not ending before the current finding
        for g in sc.findings {
            while k < old.count && tokenEnd(k, old, map) <= g.start { k += 1 }
            if k < old.count && map[k] <= g.start && g.end <= tokenEnd(k, old, map) { continue }
            fresh.append(Finding(start: original(g.start, isEnd: false, old, map),
                                 end: original(g.end, isEnd: true, old, map), type: g.type, score: g.score))
        }
        if fresh.isEmpty { return false }
        // A fresh finding either contains an old one (it was widened to whole tokens) or is disjoint from
        // it; two fresh ones may share a token after widening, and then join.
        var merged: [Finding] = []
        merged.reserveCapacity(old.count + fresh.count)
        sc.settleCenters.removeAll(keepingCapacity: true)
        var i = 0
        for var f in fresh {
            while i < old.count && old[i].end <= f.start { merged.append(old[i]); i += 1 }
            while i < old.count && old[i].start < f.end { i += 1 }  // inside f
            if let last = merged.last, last.end > f.start {
                f.start = min(f.start, last.start)
                f.end = max(f.end, last.end)
                if last.score > f.score { f.type = last.type; f.score = last.score }
                merged.removeLast()
                if sc.settleCenters.last == merged.count { sc.settleCenters.removeLast() }
            }
            sc.settleCenters.append(merged.count)  // the next round looks around the new findings
            merged.append(f)
        }
        merged.append(contentsOf: old[i...])
        sc.findings = merged
        return true
    }

    /// Where the `k`th finding's `[TYPE]` ends in the redacted text (it starts at `map[k]`).
    @inline(__always) private func tokenEnd(_ k: Int, _ old: [Finding], _ map: [Int]) -> Int {
        map[k] + ReplacementToken.redactionLength(old[k].type)
    }

    /// The original offset of a position in the redacted text: inside a token, the token's finding's
    /// start (or end); elsewhere shifted by the length difference of the tokens before it.
    private func original(_ p: Int, isEnd: Bool, _ old: [Finding], _ map: [Int]) -> Int {
        // Last token starting before p (at or before, for a start).
        var lo = 0, hi = old.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isEnd ? map[mid] < p : map[mid] <= p { lo = mid + 1 } else { hi = mid }
        }
        let k = lo - 1
        if k < 0 { return p }
        let te = tokenEnd(k, old, map)
        if isEnd ? p <= te : p < te { return isEnd ? old[k].end : old[k].start }
        return p - te + old[k].end
    }
}
