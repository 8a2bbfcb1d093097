import CSovereignSIMD
import Testing
@testable import SovereignFilter

/// The candidate loop's vectorized first pass (Sources/CSovereignSIMD): each implementation the CPU
/// has (SSE2, AVX2) gives the scalar definition's stops, at every start offset and length, and the
/// filtered bit map keeps every stop where a recognizer can run.
struct StopBitsTests {
    static func randomText(_ r: inout SystemRandomNumberGenerator, _ n: Int) -> [UInt8] {
        let alphabet = Array("aZ09 @#+([{<:=-_~.,\n/`{|}AKIAsk-DE89 ".utf8) + [0xC3, 0xA9, 0x80]
        return (0..<n).map { _ in Bool.random(using: &r) ? alphabet.randomElement(using: &r)! : UInt8.random(in: 0...255, using: &r) }
    }

    @Test func everyImplementationGivesTheScalarStops() {
        var r = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let n = Int.random(in: 0...300, using: &r)
            let t = StopBitsTests.randomText(&r, n)
            let from = Int.random(in: 0...n, using: &r)
            let words = (n - from + 63) / 64
            t.withUnsafeBufferPointer { p in
                var reference = [UInt64](repeating: 0, count: max(words, 1))
                sovereign_stop_bits_with(0, p.baseAddress, from, n, &reference)
                for level: Int32 in [1, 2] {
                    var bits = [UInt64](repeating: 0xABAB, count: max(words, 1))
                    sovereign_stop_bits_with(level, p.baseAddress, from, n, &bits)
                    #expect(Array(bits.prefix(words)) == Array(reference.prefix(words)), "level \(level), n \(n), from \(from)")
                    #expect(sovereign_next_stop_with(level, p.baseAddress, from, n) == sovereign_next_stop_with(0, p.baseAddress, from, n))
                }
            }
        }
    }

    /// The byte counts and searches the table look-ups use (`OrderNumberRecognizer.cell`) equal a plain loop
    /// at every offset and length (the vector body, the tail, empty and reversed ranges).
    @Test func byteCountsAndSearchesEqualAPlainLoop() {
        var r = SystemRandomNumberGenerator()
        let seps: [UInt8] = [UInt8(ascii: ";"), 0x09, UInt8(ascii: "|"), UInt8(ascii: ",")]
        for _ in 0..<3000 {
            let n = Int.random(in: 0...200, using: &r)
            let t = StopBitsTests.randomText(&r, n).map { Int.random(in: 0..<4, using: &r) == 0 ? seps.randomElement(using: &r)! : $0 }
            let from = Int.random(in: 0...n, using: &r), to = Int.random(in: 0...n, using: &r)
            let range = from < to ? Array(t[from..<to]) : []
            t.withUnsafeBufferPointer { p in
                guard let base = p.baseAddress else { return }
                var counts = [Int](repeating: -1, count: 4)
                sovereign_count_bytes4(base, from, to, seps, &counts)
                #expect(counts == seps.map { s in range.filter { $0 == s }.count }, "n \(n), \(from)..<\(to)")
                for b: UInt8 in [0x0A, UInt8(ascii: ","), 0x80] {
                    #expect(sovereign_count_byte(base, from, to, b) == range.filter { $0 == b }.count)
                    #expect(sovereign_first_byte(base, from, to, b) == (range.firstIndex(of: b).map { from + $0 } ?? -1))
                    #expect(sovereign_last_byte(base, from, to, b) == (range.lastIndex(of: b).map { from + $0 } ?? -1))
                }
            }
        }
    }

    /// The C side's classes are `ByteClass`'s: a byte after a space is a stop exactly when it has a class,
    /// and after a letter exactly when it is a trigger byte.
    @Test func theClassesAreByteClass() {
        for b in UInt8(0)...255 {
            let cls = ByteClass.table[Int(b)]
            for (before, expected) in [(UInt8(0x20), cls != 0), (UInt8(ascii: "a"), cls & ByteClass.trigger != 0)] {
                let t = [before, b]
                for level: Int32 in [0, 1, 2] {
                    #expect((sovereign_next_stop_with(level, t, 1, 2) == 1) == expected, "byte \(b) after \(before), level \(level)")
                }
            }
        }
    }

    @Test func theFilterKeepsDigitsTriggersAndInterestingWordStarts() {
        let text = Array("the shirt AKIAIOSFODNN7EXAMPLA at DE89 3704 x+1 @ sk-proj bearer".utf8)
        var bits = [UInt64](repeating: 0, count: 1)
        text.withUnsafeBufferPointer { p in
            sovereign_stop_bits_filtered(p.baseAddress, 0, p.count, p.count, &bits, Engine.anyThird, Engine.interestingPairs, Engine.triples)
        }
        let kept = (0..<text.count).filter { bits[0] >> UInt64($0) & 1 == 1 }
        func at(_ s: String) -> Int { Array(text).firstIndex(of: s.utf8.first!).map { _ in
            let w = Array(s.utf8); return (0...(text.count - w.count)).first { Array(text[$0..<$0 + w.count]) == w }! }! }
        #expect(!kept.contains(at("the")))
        for s in ["AKIA", "at ", "DE89", "3704", "+1", "@", "sk-", "bearer"] { #expect(kept.contains(at(s)), "\(s)") }
    }

    /// On random text the filtered map is the unfiltered one less exactly the letters that fail the
    /// candidate loop's word-start test.
    @Test func theFilterDropsExactlyTheUninterestingWordStarts() {
        var r = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let n = Int.random(in: 1...200, using: &r)
            let t = StopBitsTests.randomText(&r, n)
            var all = [UInt64](repeating: 0, count: 4), kept = [UInt64](repeating: 0, count: 4)
            t.withUnsafeBufferPointer { p in
                sovereign_stop_bits(p.baseAddress, 0, n, &all)
                sovereign_stop_bits_filtered(p.baseAddress, 0, n, n, &kept, Engine.anyThird, Engine.interestingPairs, Engine.triples)
            }
            func at(_ i: Int) -> UInt8 { i < n ? t[i] : 0 }
            for i in 0..<n where all[i >> 6] >> UInt64(i & 63) & 1 == 1 {
                let passes = !ByteClass.isAlpha(t[i]) || ByteClass.isDigit(at(i + 2)) || Engine.interestingStart(t[i], at(i + 1), at(i + 2), at(i + 3))
                    || ByteClass.isDigit(at(i + 3)) && (at(i + 2) == 0x20 || ByteClass.isAlpha(at(i + 2)))
                #expect((kept[i >> 6] >> UInt64(i & 63) & 1 == 1) == passes)
            }
        }
    }

    /// The line-start look-back: the last newline in [from, to), as a byte loop backwards finds it.
    @Test func lastByteIsTheLoopsAnswer() {
        var r = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let t = StopBitsTests.randomText(&r, Int.random(in: 0...300, using: &r))
            let to = Int.random(in: 0...t.count, using: &r), from = Int.random(in: 0...max(0, to), using: &r)
            var want = -1
            var k = to - 1
            while k >= from { if t[k] == 0x0A { want = k; break }; k -= 1 }
            let got = t.withUnsafeBufferPointer { sovereign_last_byte($0.baseAddress, from, to, 0x0A) }
            #expect(got == want)
        }
    }
}
