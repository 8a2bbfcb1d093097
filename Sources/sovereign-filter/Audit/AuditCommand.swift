import ArgumentParser
import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

/// `sovereign-filter audit`: a verdict per training dataset before it leaves for a fine-tuning platform,
/// and optionally a redacted copy. Every text a record holds is scanned on its own, exactly as `scan`
/// scans one text; records stream through (memory stays flat in the dataset's size).
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit fine-tuning datasets (JSONL, CSV, .gz) for PII, secrets and confidential terms; exit 0 clean, 1 findings.",
        discussion: """
        JSONL records: OpenAI's chat format (messages[].content as a string or content parts, tool calls' \
        arguments), prompt/completion, or {"text": ...}; --field PATH chooses the texts instead \
        (text, meta.notes, messages[].content). CSV: a header row; --field names columns (default: every column). \
        A name ending in .gz is read (and, for --redact-to, written) as gzip.
        """)

    @Option(name: .long, help: "Policy JSON file (default: the built-in policy).")
    var policy: String?

    @Option(name: .long, help: "jsonl or csv (default: from the name: .csv[.gz] is CSV, anything else JSONL).")
    var format: DatasetFormat?

    @Option(name: .long, help: "A JSON path (JSONL) or column name (CSV) to scan; repeatable. Default: the format's text fields / every column.")
    var field: [String] = []

    @Option(name: .long, help: "Write the JSON report (counts and locations, never values) to this file.")
    var report: String?

    @Option(name: .long, help: "Write a redacted copy of the dataset here (a directory when auditing several datasets).")
    var redactTo: String?

    @Option(name: .long, help: "At most this many example locations per dataset in the report.")
    var examples: Int = 50

    @Option(name: .long, help: "State directory of the kill switch (default: policy state_dir, $SOVEREIGN_FILTER_STATE_DIR).")
    var stateDir: String?

    @Option(name: .long, help: "Feature name for the kill switch and the log.")
    var feature: String = "audit"

    @Argument(help: "Dataset files (- for standard input).")
    var datasets: [String]

    func fail(_ code: Int32, _ message: String) -> ExitCode {
        Output.stdout.flush()
        Output.stderr("sovereign-filter audit: \(message)\n")
        return ExitCode(code)
    }

    func run() throws {
        guard examples >= 0 else { throw fail(Exit.policy, "--examples must be 0 or more") }
        let runtime = try makeRuntime()
        if runtime.isDisabled(feature: feature) {
            throw fail(Exit.disabled, "the kill switch is on (\(runtime.killSwitch.path)): AI features are disabled")
        }
        var paths: [FieldPath] = []
        for f in field {
            do { paths.append(try FieldPath(f)) } catch { throw fail(Exit.policy, error.message) }
        }
        var isDir = false
        if let redactTo {
            var st = stat()
            isDir = stat(redactTo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            if datasets.count > 1 && !isDir { throw fail(Exit.policy, "--redact-to must be a directory when auditing several datasets") }
        }
        var results: [DatasetAudit] = []
        for path in datasets {
            let fmt = format ?? DatasetFormat.guess(path)
            var target: String? = nil
            if let redactTo {
                target = isDir ? redactTo + "/" + (path == "-" ? "stdin.\(fmt.rawValue)" : basename(path)) : redactTo
                if let t = target, path != "-", sameFile(t, path) { throw fail(Exit.policy, "--redact-to \(t) is the dataset itself") }
            }
            let audit = DatasetAudit(path: path, maxExamples: examples)
            do {
                try audit.run(runtime: runtime, format: fmt, fields: paths, redactTo: target, feature: feature)
            } catch let e as AuditFailure {
                throw fail(e.code, e.message)
            }
            Output.stdout.write(Array(audit.summary(redactedTo: target).utf8))
            results.append(audit)
        }
        let dirty = results.contains { $0.recordsWithFindings > 0 }
        if results.count > 1 {
            let n = results.filter { $0.recordsWithFindings > 0 }.count
            Output.stdout.write(Array("verdict: \(dirty ? "findings (\(n) of \(results.count) datasets)" : "clean")\n".utf8))
        }
        if let report {
            var out: [UInt8] = []
            JSON.write(DatasetAudit.report(results), into: &out)
            out.append(0x0A)
            if !writeAtomically(report, out) { throw fail(Exit.noInput, "cannot write the report \(report)") }
        }
        Output.stdout.flush()
        if dirty { throw ExitCode(1) }
    }

    private func makeRuntime() throws -> Runtime {
        do {
            var policyBytes: [UInt8]? = nil
            if let path = policy {
                guard let b = LineReader.readFile(path) else { throw fail(Exit.policy, "cannot read policy file \(path)") }
                policyBytes = b
            }
            var p = try policyBytes.map { try Policy(json: $0) } ?? Policy()
            if let dir = stateDir { p.stateDir = dir }
            // Dataset texts are JSON themselves often enough (tool arguments and results): escapes are seen
            // through unless the policy file says "json_escapes": false — as `scan --jsonl` does.
            let policySaysEscapes = policyBytes.flatMap { try? JSON.parse($0) }?["json_escapes"] != nil
            if !policySaysEscapes { p.jsonEscapes = true }
            return try Runtime(policy: p)
        } catch let e as SFError {
            throw fail(Exit.policy, e.message)
        }
    }
}

enum DatasetFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv
    static func guess(_ path: String) -> DatasetFormat {
        let p = path.lowercased()
        return p.hasSuffix(".csv") || p.hasSuffix(".csv.gz") ? .csv : .jsonl
    }
}

/// An error that ends the audit: its exit code and message (naming the dataset and record).
struct AuditFailure: Error { let code: Int32; let message: String }

private func basename(_ p: String) -> String {
    p.split(separator: "/").last.map(String.init) ?? p
}

private func sameFile(_ a: String, _ b: String) -> Bool {
    var sa = stat(), sb = stat()
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
}

/// Writes `bytes` to `path` through a temporary file and a rename.
func writeAtomically(_ path: String, _ bytes: [UInt8]) -> Bool {
    let tmp = path + ".partial-\(getpid())"
    guard let f = fopen(tmp, "wb") else { return false }
    let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
    let closed = fclose(f) == 0
    guard n == bytes.count, closed, rename(tmp, path) == 0 else { unlink(tmp); return false }
    return true
}
