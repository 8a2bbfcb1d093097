import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

/// One dataset's audit: reads it record by record, scans every selected text, counts findings by type,
/// keeps the first few locations, and writes the redacted copy as it goes.
final class DatasetAudit {
    let path: String
    let maxExamples: Int
    private(set) var records = 0
    private(set) var bytes = 0
    private(set) var texts = 0
    private(set) var recordsWithFindings = 0
    private(set) var counts: [String: Int] = [:]
    /// All findings so far: a record has findings when this grew while it was scanned.
    private var total = 0
    private(set) var examples: [(record: Int, field: String, type: String, start: Int, end: Int)] = []

    init(path: String, maxExamples: Int) {
        self.path = path
        self.maxExamples = maxExamples
    }

    /// The per-text work shared by both formats: scan, count, and (redacting) the replacement.
    private struct Scanner {
        let engine: Engine
        let scratch: Scratch
        let redacting: Bool
    }

    func run(runtime: Runtime, format: DatasetFormat, fields: [FieldPath], redactTo: String?, feature: String) throws {
        let source: DatasetSource
        do { source = try DatasetSource(path: path) } catch let e as DatasetSource.Failure {
            throw AuditFailure(code: e.unreadable ? Exit.noInput : Exit.data, message: e.message)
        }
        let copy: RedactedCopy?
        do { copy = try redactTo.map { try RedactedCopy(path: $0) } } catch let e as DatasetSource.Failure {
            throw AuditFailure(code: Exit.noInput, message: e.message)
        }
        let progress = AuditProgress(path: path, source: source)
        defer { progress.clear() }
        let scanner = Scanner(engine: runtime.engine, scratch: try runtime.engine.makeScratch(), redacting: copy != nil)
        let input = RecordBuffer(source)
        do {
            // One guarded call per dataset: the kill switch is checked and one log record (types and counts)
            // written for the whole audit.
            try runtime.guarded(CallContext(feature: feature, direction: "prompt")) { () throws -> ((), CallOutcome?) in
                switch format {
                case .jsonl: try runJSONL(input, fields, scanner, copy, progress)
                case .csv: try runCSV(input, fields, scanner, copy, progress)
                }
                return ((), CallOutcome(verdict: recordsWithFindings == 0 ? "allow" : "scan", entities: counts))
            }
            try copy?.commit()
        } catch let e as AuditFailure {
            copy?.abandon()
            throw e
        } catch let e as DatasetSource.Failure {
            copy?.abandon()
            throw AuditFailure(code: e.unreadable ? Exit.noInput : Exit.data, message: "\(e.message) (after record \(records))")
        } catch let e as SFError {
            copy?.abandon()
            throw AuditFailure(code: e.code == .disabled ? Exit.disabled : Exit.software, message: "\(path): \(e.message)")
        } catch {
            copy?.abandon()
            throw AuditFailure(code: Exit.software, message: "\(path): \(error)")
        }
        bytes = source.bytesRead
    }

    /// Scans one text of record `record`; returns its replacement when redacting and something was found.
    private func scan(_ text: String, record: Int, field: String, _ s: Scanner) throws -> String? {
        texts += 1
        var text = text
        return try text.withUTF8 { (buf: UnsafeBufferPointer<UInt8>) throws -> String? in
            let found: [Finding]
            do {
                found = try s.engine.scan(buf, scratch: s.scratch)
            } catch let e as SFError {
                throw failure(e, record: record, field: field)
            }
            guard !found.isEmpty else { return nil }
            total += found.count
            for f in found {
                counts[f.type.name, default: 0] += 1
                if examples.count < maxExamples { examples.append((record, field, f.type.name, f.start, f.end)) }
            }
            guard s.redacting else { return nil }
            let r: RedactionResult
            do { r = try s.engine.redact(buf, findings: found, session: nil) } catch let e as SFError {
                throw failure(e, record: record, field: field)
            }
            // A "block" operator: the text may not leave at all, so the copy holds a marker in its place.
            return r.blocked ? "[BLOCKED]" : String(decoding: r.text, as: UTF8.self)
        }
    }

    private func failure(_ e: SFError, record: Int, field: String) -> AuditFailure {
        let at = "\(path): record \(record), \(field)"
        switch e.code {
        case .invalidUTF8: return AuditFailure(code: Exit.data, message: "\(at): \(e.message)")
        case .tooLarge: return AuditFailure(code: Exit.data, message: "\(at): \(e.message)")
        case .limit: return AuditFailure(code: Exit.limit, message: "\(at): \(e.message) (the text was not fully scanned)")
        case .disabled: return AuditFailure(code: Exit.disabled, message: "\(at): \(e.message)")
        default: return AuditFailure(code: Exit.software, message: "\(at): \(e.message)")
        }
    }

    private func bad(_ record: Int, _ message: String) -> AuditFailure {
        AuditFailure(code: Exit.data, message: "\(path): record \(record): \(message)")
    }

    // MARK: JSONL

    /// Record n is line n. Lines of only white space are no records (kept as they are in the copy); every
    /// other line must be a JSON object.
    private func runJSONL(_ input: RecordBuffer, _ fields: [FieldPath], _ s: Scanner, _ copy: RedactedCopy?, _ progress: AuditProgress) throws {
        var lineNo = 0
        var out: [UInt8] = []
        while var line = try input.nextLine() {
            lineNo += 1
            if lineNo == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) {
                line.removeFirst(3)  // a UTF-8 byte order mark (some Windows tools write one); kept in the copy
                copy?.write([0xEF, 0xBB, 0xBF])
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                copy?.write(line + [0x0A])
                continue
            }
            records += 1
            let invalid: Int? = line.withUnsafeBufferPointer { var ascii = false; return UTF8Check.firstInvalid($0, allASCII: &ascii) }
            if let invalid { throw bad(lineNo, "invalid UTF-8 at byte \(invalid) of the line") }
            var value: JSONValue
            do { value = try JSON.parse(line) } catch { throw bad(lineNo, "invalid JSON: \(error)") }
            guard case .object = value else { throw bad(lineNo, "\(value.typeName), not a JSON object") }
            let paths: [FieldPath]
            if fields.isEmpty {
                guard let d = FieldPath.defaults(for: value) else {
                    throw bad(lineNo, "none of \"messages\", \"prompt\"/\"completion\", \"text\": name the texts with --field")
                }
                paths = d
            } else {
                paths = fields
            }
            let before = total
            var changed = false
            do {
                for p in paths {
                    if try FieldWalker.walk(&value, p, { field, text in try self.scan(text, record: lineNo, field: field, s) }) { changed = true }
                }
            } catch let e as ShapeError {
                throw bad(lineNo, e.message)
            }
            if total > before { recordsWithFindings += 1 }
            if let copy {
                if changed {
                    out.removeAll(keepingCapacity: true)
                    JSON.write(value, into: &out)
                    out.append(0x0A)
                    copy.write(out)
                } else {
                    copy.write(line + [0x0A])
                }
            }
            progress.update(records: records)
        }
    }

    // MARK: CSV

    /// Record n is the n-th row after the header; every row has the header's number of cells.
    private func runCSV(_ input: RecordBuffer, _ fields: [FieldPath], _ s: Scanner, _ copy: RedactedCopy?, _ progress: AuditProgress) throws {
        let header: [[UInt8]]
        do {
            guard var h = try input.nextCSVRecord() else { throw bad(0, "no header row (an empty file)") }
            if h[0].starts(with: [0xEF, 0xBB, 0xBF]) { h[0].removeFirst(3) }  // a UTF-8 byte order mark
            header = h
        } catch let e as RecordBuffer.CSVError {
            throw bad(0, "header: \(e.message)")
        }
        let names = header.map { String(decoding: $0, as: UTF8.self) }
        var columns: [Int]
        if fields.isEmpty {
            columns = Array(names.indices)
        } else {
            columns = []
            for f in fields {
                guard let i = names.firstIndex(of: f.description) else {
                    throw AuditFailure(code: Exit.policy, message: "\(path): no column \"\(f.description)\" in the header (\(names.joined(separator: ", ")))")
                }
                columns.append(i)
            }
        }
        copy?.write(CSVWriter.row(header))
        var row = 0
        while true {
            let cells: [[UInt8]]
            do {
                guard let c = try input.nextCSVRecord() else { break }
                cells = c
            } catch let e as RecordBuffer.CSVError {
                throw bad(row + 1, e.message)
            }
            row += 1
            records += 1
            guard cells.count == header.count else { throw bad(row, "\(cells.count) cells, the header has \(header.count)") }
            var outCells = cells
            let before = total
            for c in columns where !cells[c].isEmpty {
                let invalid: Int? = cells[c].withUnsafeBufferPointer { var ascii = false; return UTF8Check.firstInvalid($0, allASCII: &ascii) }
                if let invalid { throw bad(row, "column \(names[c]): invalid UTF-8 at byte \(invalid)") }
                if let r = try scan(String(decoding: cells[c], as: UTF8.self), record: row, field: names[c], s) { outCells[c] = Array(r.utf8) }
            }
            if total > before { recordsWithFindings += 1 }
            copy?.write(CSVWriter.row(outCells))
            progress.update(records: records)
        }
    }

    // MARK: results

    func summary(redactedTo: String?) -> String {
        var s = "\(path): \(records) records, \(DatasetAudit.size(bytes)), "
        if recordsWithFindings == 0 {
            s += "clean (\(texts) texts scanned)\n"
        } else {
            let pct = Double(recordsWithFindings) * 100 / Double(max(records, 1))
            s += "\(recordsWithFindings) with findings (\(DatasetAudit.fixed(pct, 1))%): "
            s += counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            s += "\n"
        }
        if let redactedTo { s += "  redacted copy: \(redactedTo)\n" }
        return s
    }

    static func report(_ all: [DatasetAudit]) -> JSONValue {
        let datasets: [JSONValue] = all.map { a in
            .object([
                JSONMember("path", .string(a.path)),
                JSONMember("records", .number(String(a.records))),
                JSONMember("bytes", .number(String(a.bytes))),
                JSONMember("records_with_findings", .number(String(a.recordsWithFindings))),
                JSONMember("findings", .object(a.counts.sorted { $0.key < $1.key }.map { JSONMember($0.key, .number(String($0.value))) })),
                JSONMember("examples", .array(a.examples.map { e in
                    .object([JSONMember("record", .number(String(e.record))), JSONMember("field", .string(e.field)),
                             JSONMember("type", .string(e.type)), JSONMember("start", .number(String(e.start))),
                             JSONMember("end", .number(String(e.end)))])
                })),
            ])
        }
        let dirty = all.contains { $0.recordsWithFindings > 0 }
        return .object([JSONMember("datasets", .array(datasets)), JSONMember("verdict", .string(dirty ? "findings" : "clean"))])
    }

    static func size(_ b: Int) -> String {
        b >= 1 << 20 ? "\(fixed(Double(b) / 1048576, 1)) MB" : b >= 1024 ? "\(fixed(Double(b) / 1024, 1)) KB" : "\(b) bytes"
    }

    static func fixed(_ x: Double, _ digits: Int) -> String {
        var m = 1.0
        for _ in 0..<digits { m *= 10 }
        let v = Int((x * m).rounded())
        let whole = v / Int(m), frac = v % Int(m)
        guard digits > 0 else { return String(whole) }
        let f = String(frac)
        return "\(whole)." + String(repeating: "0", count: digits - f.count) + f
    }
}

/// CSV output: a cell is quoted when it holds a comma, a quote, a line break or leading/trailing space.
enum CSVWriter {
    static func row(_ cells: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        for (i, c) in cells.enumerated() {
            if i > 0 { out.append(0x2C) }
            let quote = c.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
                || c.first == 0x20 || c.last == 0x20
            if quote {
                out.append(0x22)
                for b in c { if b == 0x22 { out.append(0x22) }; out.append(b) }
                out.append(0x22)
            } else {
                out.append(contentsOf: c)
            }
        }
        out.append(0x0A)
        return out
    }
}

/// A progress line on stderr when it is a terminal: position, records, records/s, ETA.
final class AuditProgress {
    let path: String
    let source: DatasetSource
    let enabled: Bool
    private let started: Double
    private var lastShown = 0.0
    private var shown = false

    init(path: String, source: DatasetSource) {
        self.path = path
        self.source = source
        enabled = isatty(2) != 0
        started = AuditProgress.now()
        lastShown = started
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    func update(records: Int) {
        guard enabled, records & 255 == 0 else { return }
        let t = AuditProgress.now()
        guard t - lastShown >= 0.25 else { return }
        lastShown = t
        shown = true
        let elapsed = max(t - started, 1e-6)
        let rate = Double(records) / elapsed
        var line = "\r\(path): \(records) records, \(Int(rate)) records/s"
        let done = source.filePosition, total = source.fileSize
        if total > 0 && done > 0 {
            let frac = min(1, Double(done) / Double(total))
            let eta = Int(elapsed / frac * (1 - frac))
            line += ", \(Int(frac * 100))% of \(DatasetAudit.size(total)), ETA \(eta / 60):\(eta % 60 < 10 ? "0" : "")\(eta % 60)"
        }
        Output.stderr(line + "\u{1B}[K")
    }

    func clear() { if shown { Output.stderr("\r\u{1B}[K") } }
}
