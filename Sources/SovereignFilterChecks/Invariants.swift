// Invariants checked by the fuzz targets (Tests/fuzz) and replayed on the committed fail cases and
// seed corpora by the Swift tests. Each returns nil when the invariant holds, else what went wrong.
import SovereignFilter

public enum Invariants {
    /// A shared default engine (engines are immutable and thread-safe).
    public static let engine: Engine = try! Engine()
    /// The structured recognizers only: redaction is idempotent for them by construction. Names and
    /// addresses depend on their neighbours, which redaction changes ("7303813866s Robin" → "[PHONE]s Robin").
    public static let structured: Engine = try! Engine(policyJSON: Array(#"{"entities": {"PERSON": "off", "ADDRESS": "off"}}"#.utf8))

    static func isValidUTF8(_ b: [UInt8]) -> Bool {
        var ascii = false
        return b.withUnsafeBufferPointer { UTF8Check.firstInvalid($0, allASCII: &ascii) } == nil
    }

    /// Does `b` contain something shaped like a pseudonym token (`<TYPE_N>`)? Restoring such text is ambiguous.
    static func containsTokenShape(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "<") {
                var j = i + 1
                while j < b.count && j - i < 80 && (b[j] >= 0x41 && b[j] <= 0x5A || b[j] >= 0x30 && b[j] <= 0x39 || b[j] == 0x5F) { j += 1 }
                if j < b.count && b[j] == UInt8(ascii: ">") && j > i + 1 { return true }
            }
            i += 1
        }
        return false
    }

    /// scan / redact / restore on arbitrary bytes.
    public static func scanRedactRestore(_ data: [UInt8], engine e: Engine = engine) -> String? {
        if !isValidUTF8(data) {
            do { _ = try e.scan(data); return "invalid UTF-8 was scanned without error" } catch let err as SFError {
                if err.code != .invalidUTF8 { return "invalid UTF-8 gave \(err.code), not SF_E_INVALID_UTF8" }
            } catch { return "non-SFError \(error)" }
            do { _ = try e.redact(data); return "invalid UTF-8 was redacted without error" } catch { return nil }
        }
        let findings: [Finding]
        do { findings = try e.scan(data) } catch { return "scan of valid UTF-8 failed: \(error)" }
        var last = 0
        for f in findings {
            if f.start < last || f.end <= f.start || f.end > data.count { return "bad span \(f.start)..<\(f.end) (after \(last), size \(data.count))" }
            if f.start < data.count && data[f.start] & 0xC0 == 0x80 { return "span starts inside a character at \(f.start)" }
            if f.end < data.count && data[f.end] & 0xC0 == 0x80 { return "span ends inside a character at \(f.end)" }
            last = f.end
        }
        let once: RedactionResult
        do { once = try e.redact(data) } catch { return "redact failed: \(error)" }
        if !isValidUTF8(once.text) { return "redacted output is not valid UTF-8" }
        if once.findings != findings { return "redact and scan disagree" }
        do {
            let first = try structured.redact(data).text
            let twice = try structured.redact(first)
            if twice.text != first { return "redacting twice differs from once: \(String(decoding: first, as: UTF8.self)) → \(String(decoding: twice.text, as: UTF8.self))" }
            _ = try e.redact(once.text)  // with names and addresses: no crash, no error
        } catch { return "second redact failed: \(error)" }
        if !containsTokenShape(data) {
            let s = Session()
            do {
                let p = try e.redact(data, session: s)
                if s.restore(p.text) != data { return "restore(pseudonymize(x)) != x" }
            } catch { return "pseudonymize failed: \(error)" }
        }
        return nil
    }

    /// Policy parsing: never a crash; either a policy error or an engine that scans.
    public static func policy(_ data: [UInt8]) -> String? {
        do {
            let e = try Engine(policyJSON: data)
            _ = try e.scan("mail john@example.com, card 4111 1111 1111 1111, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")
            return nil
        } catch let err as SFError {
            // A policy may legitimately make the probe text too large or hit its own limits.
            return [.policy, .limit, .invalidArgument, .tooLarge].contains(err.code) ? nil : "policy gave \(err.code): \(err.message)"
        } catch {
            return "non-SFError \(error)"
        }
    }

    /// Streaming equals the whole-text check for the chunking encoded in the first bytes.
    public static func stream(_ data: [UInt8], engine e: Engine = engine) -> String? {
        guard data.count >= 2 else { return nil }
        let cuts = Int(data[0] % 8)
        let text = Array(data.dropFirst(1 + cuts))
        guard isValidUTF8(text), text.count > 0 else { return nil }
        var splits = data[1..<min(data.count, 1 + cuts)].map { Int($0) * text.count / 256 }
        splits.sort()
        let s = Session()
        _ = try? e.redact("I am anna@example.com, card 4111 1111 1111 1111", session: s)
        let whole: OutputCheck
        do { whole = try e.checkOutput(text, session: s) } catch { return "whole check failed: \(error)" }
        do {
            let st = try OutputStream(engine: e, session: s)
            var out: [UInt8] = []
            var prev = 0
            for c in splits + [text.count] where c >= prev {
                out += try st.push(Array(text[prev..<c]))
                prev = c
            }
            let (rest, verdict) = try st.finish()
            out += rest
            if verdict != whole.verdict { return "stream verdict \(verdict) != whole \(whole.verdict)" }
            if whole.verdict != .block && out != whole.text { return "stream output differs from the whole-text check" }
            if whole.verdict == .block && !text.starts(with: out) && !out.isEmpty {
                // What a blocked stream showed must be clean text of the reply's start.
                let clean = try e.checkOutput(out, session: s)
                if clean.verdict == .block { return "a blocked stream showed blocked content" }
            }
        } catch { return "stream failed: \(error)" }
        return nil
    }
}
