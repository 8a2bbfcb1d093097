import ArgumentParser
import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

/// Exit codes follow sysexits.h: 64 usage/policy, 65 data (invalid UTF-8, malformed JSONL), 66 no input,
/// 70 internal, 75 a limit was hit (the text was not fully scanned and nothing was written for it).
enum Exit {
    static let policy: Int32 = 64, data: Int32 = 65, noInput: Int32 = 66, software: Int32 = 70, limit: Int32 = 75, disabled: Int32 = 69
}

@main
struct SovereignFilterCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sovereign-filter",
        abstract: "Find and remove customer PII and secrets from text before an LLM sees it.",
        subcommands: [Scan.self, Redact.self, Audit.self, CheckPrompt.self, CheckOutput.self, KillSwitchCommand.self, LogCommand.self, IncidentCommand.self])
}

struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Policy JSON file (default: the built-in policy).")
    var policy: String?

    @Flag(name: .long, help: "Each input line is a JSON object; its \"text\" field is processed and its other fields kept.")
    var jsonl = false

    @Flag(name: .long, help: "Detection sees through JSON string escapes (\\u00fc, \\n, \\\"), as the policy's json_escapes; on by default with --jsonl.")
    var jsonEscapes = false

    @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD instead of stopping with exit code 65.")
    var lossy = false

    @Flag(name: .long, help: "Process each line as its own text (the behaviour before issue 14); default: the input is one document.")
    var lines = false

    @Argument(help: "Input file, or - for standard input.")
    var input: String = "-"

    @Option(name: .long, help: "Append a record per line to this inference log (hash-chained JSON Lines).")
    var log: String?

    @Option(name: .long, help: "State directory of the kill switch (default: policy state_dir, $SOVEREIGN_FILTER_STATE_DIR).")
    var stateDir: String?

    @Option(name: .long, help: "Redis/Valkey URL of a fleet's shared state: kill switch, counters (default: policy redis, $SOVEREIGN_FILTER_REDIS_URL).")
    var redis: String?

    @Option(name: .long, help: "Feature name for the kill switch and the log.")
    var feature: String = "cli"
}

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print {\"spans\":[...]} for the input as one document (UTF-8 byte offsets into the input; per line with --lines or --jsonl).")
    @OptionGroup var options: CommonOptions
    func run() throws { try Runner(options: options, mode: .scan).run() }
}

struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the input redacted as one document (per line with --lines or --jsonl).")
    @OptionGroup var options: CommonOptions
    func run() throws { try Runner(options: options, mode: .redact).run() }
}

struct CheckPrompt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-prompt",
        abstract: "Score the input (each line with --lines) as a customer prompt: {\"verdict\":\"allow\"|\"block\",\"risk\":0.93,\"rules\":[...]}.")
    @OptionGroup var options: CommonOptions
    func run() throws { try Runner(options: options, mode: .checkPrompt).run() }
}

struct CheckOutput: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-output",
        abstract: "Check the input (each line with --lines) as a model reply: {\"verdict\":\"allow\"|\"redact\"|\"block\",\"text\":...,\"reasons\":[...]}.")
    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "A canary token whose appearance blocks the reply (repeatable).")
    var canary: [String] = []

    @Option(name: .long, help: "The customer's own prompt (a file): values in it are not leaks.")
    var prompt: String?

    func run() throws {
        var promptBytes: [UInt8]? = nil
        if let prompt {
            guard let b = LineReader.readFile(prompt) else { throw ExitCode(Exit.noInput) }
            promptBytes = b
        }
        try Runner(options: options, mode: .checkOutput(canaries: canary, prompt: promptBytes)).run()
    }
}

enum Mode {
    case scan, redact, checkPrompt
    case checkOutput(canaries: [String], prompt: [UInt8]?)
}

struct Runner {
    let options: CommonOptions
    let mode: Mode

    init(options: CommonOptions, mode: Mode) {
        self.options = options
        self.mode = mode
    }

    func fail(_ code: Int32, _ message: String) -> ExitCode {
        Output.stdout.flush()
        Output.stderr("sovereign-filter: \(message)\n")
        return ExitCode(code)
    }

    func run() throws {
        let runtime: Runtime
        do {
            var policyBytes: [UInt8]? = nil
            if let path = options.policy {
                guard let b = LineReader.readFile(path) else { throw fail(Exit.policy, "cannot read policy file \(path)") }
                policyBytes = b
            }
            var p = try policyBytes.map { try Policy(json: $0) } ?? Policy()
            if let dir = options.stateDir { p.stateDir = dir }
            if let r = options.redis { p.redis = try RedisSettings(url: r) }
            // JSONL text values are JSON text themselves often enough (tool results): escapes are seen
            // through unless the policy file says "json_escapes": false.
            let policySaysEscapes = policyBytes.flatMap { try? JSON.parse($0) }?["json_escapes"] != nil
            if options.jsonEscapes || options.jsonl && !policySaysEscapes { p.jsonEscapes = true }
            if let log = options.log {
                p.logEnabled = true
                p.logPath = log.hasPrefix("/") ? log : currentDirectory() + "/" + log
                if p.anomaly == nil { p.anomaly = AnomalyDetector.Settings() }
            }
            runtime = try Runtime(policy: p)
        } catch let e as SFError {
            throw fail(Exit.policy, e.message)
        }
        if runtime.isDisabled(feature: options.feature) {
            throw fail(Exit.disabled, "the kill switch is on (\(runtime.killSwitch.path)): AI features are disabled: \(runtime.killSwitch.reason(feature: options.feature) ?? "")")
        }
        let scratch = try runtime.engine.makeScratch()
        if options.jsonl || options.lines {
            try runLines(runtime, scratch)
        } else {
            try runDocument(runtime, scratch)
        }
    }

    /// Exit code and message for an error of whole-document processing (located by byte offsets).
    func fail(_ e: DocumentError) -> ExitCode {
        switch e.code {
        case .invalidUTF8: return fail(Exit.data, "\(e.message) (use --lossy to replace invalid sequences)")
        case .disabled: return fail(Exit.disabled, e.message)
        case .limit: return fail(Exit.limit, e.message)
        case .tooLarge: return fail(Exit.data, e.message)
        default: return fail(Exit.software, e.message)
        }
    }

    static func envInt(_ name: String) -> Int? {
        guard let v = getenv(name), let n = Int(String(cString: v)), n > 0 else { return nil }
        return n
    }

    /// The input as ONE document (see `DocumentProcessor`): scan prints one {"spans": [...]} with byte
    /// offsets into the input, redact the whole input redacted; check-prompt and check-output read the
    /// input whole (up to max_input_bytes) and print one verdict.
    func runDocument(_ runtime: Runtime, _ scratch: Scratch) throws {
        let engine = runtime.engine
        guard let reader = DocumentReader(path: options.input, lossy: options.lossy) else { throw fail(Exit.noInput, "cannot open \(options.input)") }
        let progress = Progress(total: reader.size)
        defer { progress.clear() }
        let logging = runtime.records
        do {
            switch mode {
            case .scan, .redact:
                // Hidden knobs for tests: SOVEREIGN_FILTER_CLI_CHUNK (window bytes), SOVEREIGN_FILTER_CLI_OVERLAP.
                let chunk = Runner.envInt("SOVEREIGN_FILTER_CLI_CHUNK") ?? 4 << 20
                let overlap = min(Runner.envInt("SOVEREIGN_FILTER_CLI_OVERLAP") ?? 64 << 10, max(1, chunk / 4))
                var processor = DocumentProcessor(engine: engine, scratch: scratch, window: min(chunk, engine.policy.maxInputBytes), overlap: overlap)
                // Windows scanned in parallel, one per core (at most 8), when the input is more than one window
                // (or of unknown size); SOVEREIGN_FILTER_CLI_THREADS overrides (1: one thread).
                let threads = min(8, Runner.envInt("SOVEREIGN_FILTER_CLI_THREADS") ?? max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
                if threads > 1 && (reader.size == 0 || reader.size > processor.window) {
                    processor.extraScratches = try (1..<threads).map { _ in try engine.makeScratch() }
                }
                var findings: [Finding] = []
                if case .scan = mode {
                    let json = try runtime.guarded(call) { () throws -> ([UInt8], CallOutcome?) in
                        var json: [UInt8] = Array("{\"spans\": [".utf8)
                        var n = 0
                        _ = try processor.run(reader, progress: progress) { offset, _, found in
                            for f in found {
                                if n > 0 { json.append(contentsOf: ", ".utf8) }
                                n += 1
                                let g = Finding(start: offset + f.start, end: offset + f.end, type: f.type, score: f.score)
                                FindingsJSON.writeSpan(g, into: &json)
                                if logging { findings.append(g) }
                            }
                            return true
                        }
                        json.append(contentsOf: "]}\n".utf8)
                        return (json, CallOutcome(verdict: n == 0 ? "allow" : "scan", findings: findings))
                    }
                    Output.stdout.write(json)
                } else {
                    // Spooled when the document may still turn out blocked or its log record may fail: then
                    // nothing of it is printed before the verdict is known.
                    let canBlock = engine.policy.operators.values.contains(.block)
                    let sink = try RedactSink(spool: canBlock || logging)
                    let blocked = try runtime.guarded(call) { () throws -> (Bool, CallOutcome?) in
                        var blocked = false
                        var single: [UInt8]? = nil
                        var windows = 0
                        _ = try processor.run(reader, progress: progress) { offset, text, found in
                            let r = try engine.redact(text, findings: found, session: nil)
                            if logging { findings += found.map { Finding(start: offset + $0.start, end: offset + $0.end, type: $0.type, score: $0.score) } }
                            if r.blocked { blocked = true; return false }
                            windows += 1
                            if logging && windows == 1 { single = r.text } else { single = nil }
                            sink.write(r.text)
                            return true
                        }
                        return (blocked, CallOutcome(verdict: blocked ? "block" : findings.isEmpty ? "allow" : "redact",
                                                     findings: findings, text: blocked ? nil : single))
                    }
                    if blocked {
                        Output.stdout.write(Array("[BLOCKED]\n".utf8))
                    } else {
                        try sink.release()
                    }
                }
            case .checkPrompt, .checkOutput:
                let max = engine.policy.maxInputBytes
                reader.fill(to: max + 1)
                if reader.readError != 0 { throw DocumentError(code: .internal, message: "read error: \(String(cString: strerror(reader.readError)))") }
                guard reader.end <= max else {
                    throw DocumentError(code: .tooLarge, message: "the input is larger than max_input_bytes (\(max)); use --lines to check it line by line")
                }
                var out: [UInt8] = []
                do {
                    try processText(reader.buf, runtime, scratch, &out)
                } catch let e as SFError {
                    throw DocumentError(code: e.code, message: e.message)
                }
                out.append(0x0A)
                Output.stdout.write(out)
            }
        } catch let e as DocumentError {
            progress.clear()
            throw fail(e)
        } catch let e as SFError {
            progress.clear()
            throw fail(DocumentError(code: e.code, message: e.message))
        }
        Output.stdout.flush()
    }

    /// One text per line (--lines, --jsonl).
    func runLines(_ runtime: Runtime, _ scratch: Scratch) throws {
        guard let reader = LineReader(path: options.input) else { throw fail(Exit.noInput, "cannot open \(options.input)") }
        let progress = Progress(total: reader.size)
        var lineNo = 0
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        while var line = reader.next() {
            lineNo += 1
            progress.update(reader.consumed)
            out.removeAll(keepingCapacity: true)
            do {
                if options.jsonl {
                    try processJSONL(line, lineNo, runtime, scratch, &out)
                } else {
                    if options.lossy { line = UTF8Check.repairing(line) }
                    try processText(line, runtime, scratch, &out)
                }
            } catch let e as SFError {
                progress.clear()
                switch e.code {
                case .invalidUTF8: throw fail(Exit.data, "line \(lineNo): \(e.message) (use --lossy to replace invalid sequences)")
                case .disabled: throw fail(Exit.disabled, "line \(lineNo): \(e.message)")
                case .limit: throw fail(Exit.limit, "line \(lineNo): \(e.message)")
                case .tooLarge: throw fail(Exit.data, "line \(lineNo): \(e.message)")
                default: throw fail(Exit.software, "line \(lineNo): \(e.message)")
                }
            } catch let e as LineError {
                progress.clear()
                throw fail(Exit.data, "line \(lineNo): \(e.message)")
            }
            out.append(0x0A)
            Output.stdout.write(out)
        }
        progress.clear()
        Output.stdout.flush()
    }

    /// The guarded calls' context: the feature given with --feature, no session.
    var call: CallContext { CallContext(feature: options.feature, direction: "prompt") }

    func processText(_ line: [UInt8], _ runtime: Runtime, _ scratch: Scratch, _ out: inout [UInt8]) throws {
        let engine = runtime.engine
        switch mode {
        case .scan:
            let f = try runtime.guarded(call) {
                let f = try line.withUnsafeBufferPointer { try engine.scan($0, scratch: scratch) }
                return (f, .scan(f, source: line))
            }
            FindingsJSON.write(f, into: &out)
        case .redact:
            let r = try runtime.guarded(call) {
                let r = try line.withUnsafeBufferPointer { try engine.redact($0, session: nil, scratch: scratch) }
                return (r, .redaction(r, source: line))
            }
            out.append(contentsOf: r.blocked ? Array("[BLOCKED]".utf8) : r.text)
        case .checkPrompt:
            let c = try runtime.guarded(call) {
                let c = try engine.checkPrompt(line)
                return (c, .prompt(c))
            }
            out.append(contentsOf: c.json())
        case .checkOutput(let canaries, let prompt):
            let c = try runtime.guarded(CallContext(feature: options.feature, direction: "reply")) {
                let c = try engine.checkOutput(line, session: nil, canaries: canaries, prompt: prompt)
                return (c, .reply(c))
            }
            out.append(contentsOf: c.json())
        }
    }

    func processJSONL(_ line: [UInt8], _ lineNo: Int, _ runtime: Runtime, _ scratch: Scratch, _ out: inout [UInt8]) throws {
        let engine = runtime.engine
        let value: JSONValue
        do { value = try JSON.parse(line) } catch { throw LineError(message: "invalid JSON: \(error)") }
        guard case .object(var members) = value else { throw LineError(message: "not a JSON object") }
        guard let text = value["text"]?.stringValue else { throw LineError(message: "no \"text\" string field") }
        let bytes = Array(text.utf8)
        // The result's own fields replace the input's fields of the same names.
        var added: [UInt8] = []
        switch mode {
        case .scan, .redact:
            let findings: [Finding]
            if case .redact = mode {
                let r = try runtime.guarded(call) {
                    let r = try bytes.withUnsafeBufferPointer { try engine.redact($0, session: nil, scratch: scratch) }
                    return (r, .redaction(r, source: bytes))
                }
                findings = r.findings
                if let k = members.firstIndex(where: { $0.key == "text" }) {
                    members[k].value = r.blocked ? .null : .string(String(decoding: r.text, as: UTF8.self))
                }
                if r.blocked { members.append(JSONMember("blocked", .bool(true))) }
            } else {
                findings = try runtime.guarded(call) {
                    let f = try bytes.withUnsafeBufferPointer { try engine.scan($0, scratch: scratch) }
                    return (f, .scan(f, source: bytes))
                }
            }
            members.removeAll { $0.key == "spans" }
            added.append(contentsOf: "\"spans\": ".utf8)
            FindingsJSON.writeSpans(findings, into: &added)
        case .checkPrompt:
            let c = try runtime.guarded(call) {
                let c = try engine.checkPrompt(bytes)
                return (c, .prompt(c))
            }
            let r = c.json()
            members.removeAll { ["verdict", "risk", "rules"].contains($0.key) }
            // A block verdict returns no text (fail closed): the refused prompt is not passed through, as in redact.
            if c.verdict == .block, let k = members.firstIndex(where: { $0.key == "text" }) { members[k].value = .null }
            added.append(contentsOf: r.dropFirst().dropLast())
        case .checkOutput(let canaries, let prompt):
            let c = try runtime.guarded(CallContext(feature: options.feature, direction: "reply")) {
                let c = try engine.checkOutput(bytes, session: nil, canaries: canaries, prompt: prompt)
                return (c, .reply(c))
            }
            let r = c.json()
            members.removeAll { ["verdict", "text", "reasons"].contains($0.key) }
            added.append(contentsOf: r.dropFirst().dropLast())
        }
        out.append(UInt8(ascii: "{"))
        for m in members {
            JSON.writeString(m.key, into: &out)
            out.append(contentsOf: ": ".utf8)
            JSON.write(m.value, into: &out)
            out.append(contentsOf: ", ".utf8)
        }
        out.append(contentsOf: added)
        out.append(UInt8(ascii: "}"))
    }
}

struct LineError: Error { let message: String }

func currentDirectory() -> String {
    var buf = [CChar](repeating: 0, count: 4096)
    return getcwd(&buf, 4096) != nil ? String(cString: buf) : "."
}
