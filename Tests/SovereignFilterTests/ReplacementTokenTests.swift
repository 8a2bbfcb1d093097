import Crypto
import Testing
@testable import SovereignFilter

/// The token module (Sources/SovereignFilter/Operators/ReplacementToken.swift) and the one operator dispatch
/// (Operators/Operators.swift).
struct ReplacementTokenTests {
    static let long76 = String(repeating: "A", count: 76)  // "<" + 76 + "_1>" is 80 bytes: the longest restorable
    static let long77 = String(repeating: "A", count: 77)

    /// (text, position, end as `Session.restore` reads it, end as context windows read it)
    static let atPosition: [(String, Int, Int?, Int?)] = [
        ("<EMAIL_1>", 0, 9, 9),
        ("<CREDIT_CARD_12>", 0, 16, 16),
        ("hi <EMAIL_1>.", 3, 12, 12),
        ("<A_1>", 0, 5, 5),                  // shortest pseudonym: a body of three bytes
        ("<A__1>", 0, 6, 6),
        ("<A_B_12>", 0, 8, 8),               // the last `_` starts the number
        ("<A_12_B>", 0, nil, 8),             // digits-only suffix: not a pseudonym, still token-shaped
        ("<EMAIL_A1>", 0, nil, 10),
        ("<EMAIL>", 0, nil, 7),              // no number
        ("<EMAIL_>", 0, nil, 8),             // `_` with nothing after it
        ("<AB>", 0, nil, nil),               // body shorter than three bytes
        ("[AB]", 0, nil, nil),
        ("[ABC]", 0, nil, 5),
        ("[EMAIL]", 0, nil, 7),              // redaction tokens: context windows only
        ("[EMAIL_1]", 0, nil, 9),
        ("<_A_1>", 0, nil, nil),             // the body starts with A–Z
        ("<1A_1>", 0, nil, nil),
        ("<email_1>", 0, nil, nil),          // lower case
        ("<EMAIL_1", 0, nil, nil),           // `<` without `>`
        ("<EMAIL_1 >", 0, nil, nil),
        ("<EMAIL_1]", 0, nil, nil),          // brackets that do not pair
        ("[EMAIL>", 0, nil, nil),
        ("<", 0, nil, nil),
        ("", 0, nil, nil),
        ("<<EMAIL_1>>", 0, nil, nil),        // nested: the inner one is the token
        ("<<EMAIL_1>>", 1, 10, 10),
        ("<[EMAIL]>", 0, nil, nil),
        ("<[EMAIL]>", 1, nil, 8),
        ("<ÉMAIL_1>", 0, nil, nil),          // non-ASCII letter
        ("<EMAIL_١>", 0, nil, nil),          // non-ASCII digit
        ("<EMAIL_1>", 1, nil, nil),          // not at an opening bracket
        ("<\(long76)_1>", 0, 80, 80),        // max length (restore): 80 bytes with the brackets
        ("<\(long77)_1>", 0, nil, 81),
    ]

    @Test func recognizeAtAPosition() {
        for (text, i, restorable, anyShape) in Self.atPosition {
            let b = Array(text.utf8)
            b.withUnsafeBufferPointer { t in
                #expect(ReplacementToken.end(in: t, at: i, .restorable) == restorable, "restorable \(text) at \(i)")
                #expect(ReplacementToken.end(in: t, at: i, .anyShape) == anyShape, "anyShape \(text) at \(i)")
            }
        }
    }

    /// (text, from, to, the last token whose closing bracket lies in from..<to)
    static let lastInWindow: [(String, Int, Int, (Int, Int)?)] = [
        ("x [EMAIL] y", 0, 11, (2, 9)),
        ("x [EMAIL] y", 9, 11, nil),                 // the closing bracket is before the window
        ("[EMAIL] y", 5, 9, (0, 7)),                  // a token may start before `from`
        ("[EMAIL] <PHONE_1> z", 0, 19, (8, 17)),      // the last one
        ("[EMAIL] <PHONE_1> z", 0, 16, (0, 7)),       // the window cuts the later one's `>`
        ("[EMAIL] x>", 0, 10, (0, 7)),                // a `>` that closes nothing is passed over
        ("<EMAIL> [AB] a]", 0, 15, (0, 7)),
        ("<<EMAIL_1>>", 0, 11, (1, 10)),
        ("[EMAIL>", 0, 7, nil),
        ("[email]", 0, 7, nil),
    ]

    @Test func lastTokenInAWindow() {
        for (text, from, to, want) in Self.lastInWindow {
            let b = Array(text.utf8)
            let got = b.withUnsafeBufferPointer { ReplacementToken.last(in: $0, closingIn: from, to, .anyShape) }
            #expect(got?.0 == want?.0 && got?.1 == want?.1, "\(text) in \(from)..<\(to): \(String(describing: got))")
        }
    }

    @Test func writing() {
        for (type, want) in [(EntityType.email, "[EMAIL]"), (.creditCard, "[CREDIT_CARD]"), (EntityType("X"), "[X]")] {
            var out: [UInt8] = Array("a".utf8)
            ReplacementToken.writeRedaction(type, into: &out)
            #expect(String(decoding: out, as: UTF8.self) == "a" + want)
            #expect(ReplacementToken.redactionLength(type) == want.utf8.count)
        }
        #expect(ReplacementToken.pseudonym(.creditCard, 12) == "<CREDIT_CARD_12>")
        var h: [UInt8] = []
        ReplacementToken.writeHash(.email, digest: [0xDE, 0xAD, 0xBE, 0xEF, 0x01], into: &h)
        #expect(String(decoding: h, as: UTF8.self) == "<EMAIL:deadbeef>")
        // What is written is what is read back.
        for type in EntityType.builtIn + [EntityType("A"), EntityType("CUSTOM_9")] {
            for n in [1, 9, 10, 12345] {
                let p = Array(ReplacementToken.pseudonym(type, n).utf8)
                #expect(p.withUnsafeBufferPointer { ReplacementToken.end(in: $0, at: 0, .restorable) } == p.count, "\(type) \(n)")
            }
            var r: [UInt8] = []
            ReplacementToken.writeRedaction(type, into: &r)
            let read = r.withUnsafeBufferPointer { ReplacementToken.end(in: $0, at: 0, .anyShape) }
            #expect(read == (r.count > 4 ? r.count : nil), "\(type)")  // "[A]" is too short to read back
        }
    }

    /// Every operator kind through the one dispatch, with and without what it needs.
    @Test func dispatch() {
        let key = SymmetricKey(data: Array("0123456789abcdef0123".utf8))
        let cases: [(OperatorKind, Bool, Bool, String)] = [  // (kind, session, key, expected or prefix)
            (.redact, true, true, "[EMAIL]"), (.off, true, true, "[EMAIL]"), (.block, true, true, "[EMAIL]"),
            (.mask, false, false, "j***@example.com"),
            (.pseudonymize, true, false, "<EMAIL_1>"), (.pseudonymize, false, true, "[EMAIL]"),
            (.hash, false, true, "<EMAIL:"), (.hash, true, false, "[EMAIL]"),
        ]
        let original = Array("john@example.com".utf8)
        for (kind, withSession, withKey, want) in cases {
            var out: [UInt8] = []
            var evaluated = false
            original.withUnsafeBufferPointer {
                Operators.apply(kind, .email, original: $0, canonical: { evaluated = true; return "john@example.com" }(),
                                session: withSession ? Session() : nil, key: withKey ? key : nil, into: &out)
            }
            let s = String(decoding: out, as: UTF8.self)
            #expect(kind == .hash && withKey ? s.hasPrefix(want) && s.utf8.count == 16 : s == want, "\(kind)")
            // The canonical value is computed only when a hash or a pseudonym is written.
            #expect(evaluated == (kind == .hash && withKey || kind == .pseudonymize && withSession), "\(kind)")
        }
    }
}
