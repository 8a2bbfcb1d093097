import Testing
@testable import SovereignFilter

// The `{"spans": [...]}` object the CLI prints and the C ABI returns: written byte by byte (no string
// interpolation per finding), so its exact bytes are checked against known answers.
@Suite struct FindingsJSONTests {
    func json(_ f: [Finding]) -> String {
        var out: [UInt8] = []
        FindingsJSON.write(f, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func knownAnswers() {
        #expect(json([]) == "{\"spans\": []}")
        #expect(json([Finding(start: 0, end: 9, type: .email, score: 0.95)])
                == "{\"spans\": [{\"start\": 0, \"end\": 9, \"type\": \"EMAIL\", \"score\": 0.95}]}")
        #expect(json([Finding(start: 10, end: 1_000_000_007, type: .phone, score: 1.0),
                      Finding(start: 1_234_567_890_123, end: 1_234_567_890_130, type: EntityType("MY \"ID\""), score: 0.049)])
                == "{\"spans\": [{\"start\": 10, \"end\": 1000000007, \"type\": \"PHONE\", \"score\": 1.0}, "
                 + "{\"start\": 1234567890123, \"end\": 1234567890130, \"type\": \"MY \\\"ID\\\"\", \"score\": 0.05}]}")
    }

    @Test func scoresAsBefore() {
        // Two decimals, "1.0" at and above 0.995, a leading zero below 0.10 (the format since issue 1).
        for (s, text) in [(0.0, "0.00"), (0.004, "0.00"), (0.07, "0.07"), (0.5, "0.50"), (0.994, "0.99"), (0.995, "1.0"), (1.0, "1.0")] {
            var out: [UInt8] = []
            FindingsJSON.writeSpan(Finding(start: 1, end: 2, type: .iban, score: s), into: &out)
            #expect(String(decoding: out, as: UTF8.self) == "{\"start\": 1, \"end\": 2, \"type\": \"IBAN\", \"score\": \(text)}")
            #expect(FindingsJSON.formatScore(s) == text)
        }
    }
}
