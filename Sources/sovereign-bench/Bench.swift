// The in-process benchmark harness of `make bench`: throughput, latency, memory, allocations,
// scaling and linearity of the engine, with no CLI start-up or JSON in the timed loops.
//
//   sovereign-bench --corpus ../shared/corpus/dev.jsonl [--mixed-mb 100] [--out FILE] [--sample FILE]
//   sovereign-bench --kill-switch [--redis URL] [--out FILE]   the kill-switch check, state directory and Redis
//   sovereign-bench --gate FILE      scans FILE's lines once (for callgrind's instruction count)
//   sovereign-bench --check FILE     prompt-checks FILE's lines twice (to profile the prompt guard)
//   sovereign-bench --loop scan|check|round-trip (--file FILE | --clean) [--seconds 5]   one call in a loop, for perf
import CAllocCounter
import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

// MARK: helpers

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var data: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n <= 0 { break }
        data.append(contentsOf: chunk[0..<n])
    }
    return data
}

func lines(_ data: [UInt8]) -> [[UInt8]] {
    data.split(separator: 0x0A, omittingEmptySubsequences: true).map(Array.init)
}

func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }

func peakRSSKiB() -> Int {
    var u = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
    return u.ru_maxrss
}

func currentRSSKiB() -> Int {
    guard let f = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(f) }
    var size = 0, resident = 0
    withUnsafeMutablePointer(to: &size) { s in withUnsafeMutablePointer(to: &resident) { r in _ = vfscanf_wrapper(f, s, r) } }
    return resident * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
}

func vfscanf_wrapper(_ f: UnsafeMutablePointer<FILE>, _ a: UnsafeMutablePointer<Int>, _ b: UnsafeMutablePointer<Int>) -> Int32 {
    var buf = [CChar](repeating: 0, count: 128)
    guard fgets(&buf, 128, f) != nil else { return 0 }
    let parts = String(cString: buf).split(separator: " ")
    guard parts.count >= 2 else { return 0 }
    a.pointee = Int(parts[0]) ?? 0
    b.pointee = Int(parts[1]) ?? 0
    return 2
}

/// Deterministic PRNG (SplitMix64) for the generated corpus.
struct Rand {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ a: [T]) -> T { a[Int(next() % UInt64(a.count))] }
}

/// PII-free shop text: product descriptions and reviews in en/de/fr, with prices, sizes, SKUs, dates.
func cleanShopText(_ r: inout Rand) -> [UInt8] {
    let en = ["This", "soft", "cotton", "shirt", "fits", "well", "and", "washes", "easily", "at", "40", "degrees", "The", "linen",
              "sheet", "set", "comes", "in", "white", "grey", "and", "blue", "Great", "quality", "for", "the", "price", "would", "buy",
              "again", "delivery", "was", "fast", "packaging", "could", "be", "better", "size", "runs", "small", "order", "one", "up"]
    let de = ["Der", "Stoff", "ist", "weich", "und", "angenehm", "zu", "tragen", "Die", "Lieferung", "kam", "schnell", "Größe",
              "fällt", "klein", "aus", "Sehr", "gute", "Qualität", "für", "den", "Preis", "gerne", "wieder", "Farbe", "wie", "abgebildet"]
    let fr = ["Le", "tissu", "est", "doux", "et", "agréable", "La", "livraison", "était", "rapide", "taille", "un", "peu", "petite",
              "Très", "bonne", "qualité", "pour", "le", "prix", "couleur", "conforme", "à", "la", "photo", "je", "recommande"]
    let extras = ["€49,99", "$129.00", "38 x 60 cm", "size M", "MB-2023-3819", "2024-05-12", "version 2.4.1", "100% cotton", "4.5/5"]
    let words = r.pick([en, de, fr])
    var out: [UInt8] = []
    let n = 40 + Int(r.next() % 160)
    for k in 0..<n {
        if k > 0 { out.append(0x20) }
        if r.next() % 23 == 0 { out.append(contentsOf: r.pick(extras).utf8) } else { out.append(contentsOf: r.pick(words).utf8) }
        if r.next() % 17 == 0 { out.append(UInt8(ascii: ".")) }
    }
    out.append(UInt8(ascii: "."))
    return out
}

func scanAll(_ engine: Engine, _ texts: [[UInt8]], _ scratch: Scratch) throws -> Int {
    var findings = 0
    for t in texts { findings += try t.withUnsafeBufferPointer { try engine.scan($0, scratch: scratch).count } }
    return findings
}

func throughput(_ texts: [[UInt8]], runs: Int, _ body: () throws -> Void) rethrows -> Double {
    let bytes = Double(texts.reduce(0) { $0 + $1.count })
    var times: [Double] = []
    for _ in 0..<runs {
        let t = now()
        try body()
        times.append(now() - t)
    }
    return bytes / median(times) / 1e6
}

func fmt(_ x: Double, _ digits: Int = 1) -> String {
    var p = 1.0
    for _ in 0..<digits { p *= 10 }
    let v = (x * p).rounded() / p
    return String(v)
}

final class Shared: @unchecked Sendable {
    let engine: Engine
    let texts: [[UInt8]]
    init(_ e: Engine, _ t: [[UInt8]]) { engine = e; texts = t }
}

/// A scanning thread of the scaling test: its own scratch, the shared engine. Not actor-isolated.
func benchThread(_ arg: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    let s = Unmanaged<Shared>.fromOpaque(arg!).takeRetainedValue()
    let scratch = try! s.engine.makeScratch()
    for _ in 0..<3 { _ = try! scanAll(s.engine, s.texts, scratch) }
    return nil
}

@main
struct Bench {
    static func main() throws {

        let args = Array(CommandLine.arguments.dropFirst())
        func option(_ name: String) -> String? {
            guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
            return args[i + 1]
        }

        if let gate = option("--gate") {
            // One pass over a fixed input: what callgrind counts in CI.
            guard let data = readFile(gate) else { print("cannot read \(gate)"); exit(66) }
            let engine = try Engine()
            let scratch = try engine.makeScratch()
            let texts = lines(data)
            let before = alloc_counter_total()
            let f = try scanAll(engine, texts, scratch)
            let warm = alloc_counter_total() - before
            let b2 = alloc_counter_total()
            _ = try scanAll(engine, texts, scratch)
            let steady = alloc_counter_total() - b2
            print("{\"bytes\": \(data.count), \"texts\": \(texts.count), \"findings\": \(f), \"allocations_first_pass\": \(warm), \"allocations_steady_pass\": \(steady)}")
            exit(0)
        }

        if let mode = option("--loop") {
            // For a profiler (perf record): one kind of call in a loop for --seconds (default 5) over FILE's
            // lines, or over generated PII-free shop text with --clean. Modes: scan, check (check-prompt),
            // round-trip (the guarded round trip of the full benchmark, without the Runtime).
            let engine = try Engine()
            let scratch = try engine.makeScratch()
            var texts: [[UInt8]] = []
            if args.contains("--clean") {
                var r = Rand(state: 42), n = 0
                while n < 4 << 20 { let t = cleanShopText(&r); n += t.count; texts.append(t) }
            } else {
                guard let path = option("--file"), let data = readFile(path) else { print("--loop needs --file FILE or --clean"); exit(66) }
                texts = lines(data)
            }
            let seconds = Double(option("--seconds") ?? "5") ?? 5
            let t0 = now()
            var bytes = 0
            while now() - t0 < seconds {
                for t in texts {
                    switch mode {
                    case "check": _ = try engine.checkPrompt(t)
                    case "round-trip":
                        let session = Session()
                        _ = try engine.checkPrompt(t)
                        let r = try t.withUnsafeBufferPointer { try engine.redact($0, session: session, scratch: scratch) }
                        _ = try engine.checkOutput(r.text, session: session)
                    default: _ = try t.withUnsafeBufferPointer { try engine.scan($0, scratch: scratch) }
                    }
                    bytes += t.count
                }
            }
            print("\(mode): \(fmt(Double(bytes) / (now() - t0) / 1e6)) MB/s")
            exit(0)
        }

        if args.contains("--kill-switch") {
            // The kill-switch check as every guarded call makes it, averaged over several seconds so the
            // re-reads (one GET per recheck interval with Redis) are part of the average.
            func measure(_ rt: Runtime, seconds: Double) -> (ns: Double, calls: Int, on: Int) {
                var calls = 0, on = 0
                let t0 = now()
                var t = t0
                while t - t0 < seconds {
                    for _ in 0..<4096 { if rt.isDisabled(feature: "support_chat") { on += 1 } }
                    calls += 4096
                    t = now()
                }
                return ((t - t0) / Double(calls) * 1e9, calls, on)
            }
            let dir = "/tmp/sf-bench-ks-\(getpid())"
            let file = measure(try Runtime(policyJSON: Array(#"{"state_dir": "\#(dir)"}"#.utf8)), seconds: 2)
            var fields = [("file_ns", fmt(file.ns, 2))]
            var line = "kill-switch check: state directory \(fmt(file.ns, 1)) ns/call"
            if let url = option("--redis") ?? getenv("SOVEREIGN_BENCH_REDIS_URL").map({ String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) }) {
                let rt = try Runtime(policyJSON: Array(#"{"redis": "\#(url)", "state_dir": "\#(dir)"}"#.utf8))
                try rt.setKillSwitch(false, feature: "support_chat", reason: "bench", by: "sovereign-bench")
                let r = measure(rt, seconds: 3)
                let fast = measure(try Runtime(policyJSON: Array(#"{"redis": "\#(url)", "state_dir": "\#(dir)", "kill_switch_recheck_ms": 10}"#.utf8)), seconds: 1)
                guard r.on == 0, fast.on == 0 else { print("the kill switch read as on: is Redis reachable at \(url)?"); exit(1) }
                fields += [("redis_ns", fmt(r.ns, 2)), ("redis_recheck10_ns", fmt(fast.ns, 2)), ("redis_calls", "\(r.calls)")]
                line += "; Redis \(fmt(r.ns, 1)) ns/call (recheck 1000 ms, \(r.calls) calls), \(fmt(fast.ns, 1)) ns/call (recheck 10 ms)"
            }
            print(line)
            if let out = option("--out") {
                let o = "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}\n"
                if let f = fopen(out, "wb") { fwrite(o, 1, o.utf8.count, f); fclose(f) }
            }
            exit(0)
        }

        if let path = option("--check") {
            // The prompt guard alone, for callgrind: every line of FILE checked twice.
            guard let data = readFile(path) else { print("cannot read \(path)"); exit(66) }
            let engine = try Engine()
            var blocked = 0
            for _ in 0..<2 { for t in lines(data) where try engine.checkPrompt(t).verdict == .block { blocked += 1 } }
            print("{\"bytes\": \(data.count), \"blocked\": \(blocked / 2)}")
            exit(0)
        }

        if args.contains("--incident") {
            // Per-call cost of the kill-switch check and of one inference-log append.
            let dir = "/tmp/sf-bench-\(getpid())"
            let e = try Runtime(policyJSON: Array(#"{"state_dir": "\#(dir)", "log": true}"#.utf8))
            var t = now()
            var on = 0
            for _ in 0..<1_000_000 { if e.isDisabled(feature: "support_chat") { on += 1 } }
            let check = (now() - t) / 1_000_000 * 1e9
            let findings = [Finding(start: 0, end: 5, type: .email, score: 1)]
            t = now()
            for k in 0..<5000 {
                try e.guarded(CallContext(feature: "support_chat", sessionID: "s\(k % 10)")) { ((), CallOutcome(verdict: "redact", findings: findings)) }
            }
            let append = (now() - t) / 5000 * 1e6
            print("kill-switch check: \(fmt(check, 1)) ns per call (\(on) on); inference-log append: \(fmt(append, 1)) µs per record (flock + write)")
            exit(0)
        }
        let corpusPath = option("--corpus") ?? "../shared/corpus/dev.jsonl"
        let mixedMB = Int(option("--mixed-mb") ?? "100") ?? 100
        let outPath = option("--out")
        let samplePath = option("--sample")
        let runs = Int(option("--runs") ?? "5") ?? 5

        guard let corpusData = readFile(corpusPath) else { print("cannot read \(corpusPath)"); exit(66) }
        var dev: [[UInt8]] = []
        for l in lines(corpusData) {
            if case .string(let s)? = try? JSON.parse(l)["text"] { dev.append(Array(s.utf8)) }
        }
        let devBytes = dev.reduce(0) { $0 + $1.count }

        // Engine build time and size.
        var buildTimes: [Double] = []
        _ = try Engine()  // process-wide tables (gazetteers, normalization) are built once, here
        let heapBefore = Int(alloc_counter_heap_bytes())
        var keep: [Engine] = []
        for _ in 0..<5 {
            let t = now()
            keep.append(try Engine())
            buildTimes.append(now() - t)
        }
        let engineBytes = (Int(alloc_counter_heap_bytes()) - heapBefore) / 5
        let engine = keep[0]
        keep.removeAll()
        let scratch = try engine.makeScratch()

        // Streaming 100 MB of mixed text (dense and clean lines interleaved), first, so the process's peak
        // RSS (getrusage, never decreases) is that of streaming: nothing but the dev corpus is held yet, and
        // PII-free lines are generated as they are scanned.
        var streamRng = Rand(state: 7)
        let rssBeforeMixed = currentRSSKiB()
        var mixedDone = 0
        var mixedFindings = 0
        let mixedStart = now()
        var k = 0
        while mixedDone < mixedMB * 1_000_000 {
            let t = k % 3 == 0 ? cleanShopText(&streamRng) : dev[k % dev.count]
            mixedFindings += try t.withUnsafeBufferPointer { try engine.scan($0, scratch: scratch).count }
            mixedDone += t.count
            k += 1
        }
        let mixedMBs = Double(mixedDone) / (now() - mixedStart) / 1e6
        let peak = peakRSSKiB()

        // Throughput on the dev corpus.
        _ = try scanAll(engine, dev, scratch)
        var devFindings = 0
        let scanDev = try throughput(dev, runs: runs) { devFindings = try scanAll(engine, dev, scratch) }
        let redactDev = try throughput(dev, runs: runs) {
            for t in dev { _ = try t.withUnsafeBufferPointer { try engine.redact($0, session: nil, scratch: scratch) } }
        }

        // PII-free shop text.
        var rng = Rand(state: 42)
        var clean: [[UInt8]] = []
        var cleanBytes = 0
        while cleanBytes < 8 << 20 { let t = cleanShopText(&rng); cleanBytes += t.count; clean.append(t) }
        let cleanFindings = try scanAll(engine, clean, scratch)
        let scanClean = try throughput(clean, runs: runs) { _ = try scanAll(engine, clean, scratch) }

        // Lower bound: one memchr pass over the same bytes for a byte that never occurs.
        let memchrDev = throughput(dev, runs: runs) {
            var hits = 0
            for t in dev { t.withUnsafeBufferPointer { if let b = $0.baseAddress, memchr(b, 0x01, $0.count) != nil { hits += 1 } } }
            precondition(hits == 0)
        }

        // Allocations per scan call in steady state.
        func allocsPerCall(_ texts: [[UInt8]]) throws -> Double {
            _ = try scanAll(engine, texts, scratch)
            let before = alloc_counter_total()
            _ = try scanAll(engine, texts, scratch)
            return Double(alloc_counter_total() - before) / Double(texts.count)
        }
        let allocClean = try allocsPerCall(Array(clean.prefix(2000)))
        let allocDev = try allocsPerCall(dev)

        // Latency per ~1 KB prompt: dev texts joined to about 1 KB.
        var prompts: [[UInt8]] = []
        var cur: [UInt8] = []
        for t in dev {
            cur.append(contentsOf: t); cur.append(0x20)
            if cur.count >= 1000 { prompts.append(cur); cur = [] }
        }
        var lat: [Double] = []
        for _ in 0..<3 {
            for p in prompts {
                let t = now()
                _ = try p.withUnsafeBufferPointer { try engine.scan($0, scratch: scratch) }
                lat.append(now() - t)
            }
        }
        lat.sort()
        let latencies = lat
        func pct(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] * 1e6 }

        // The prompt check on the same texts: throughput next to scan's, and latency per ~1 KB prompt.
        for t in dev.prefix(200) { _ = try engine.checkPrompt(t) }
        var devBlocked = 0
        let checkDev = try throughput(dev, runs: runs) {
            devBlocked = 0
            for t in dev where try engine.checkPrompt(t).verdict == .block { devBlocked += 1 }
        }
        var clat: [Double] = []
        for _ in 0..<3 {
            for p in prompts {
                let t = now()
                _ = try engine.checkPrompt(p)
                clat.append(now() - t)
            }
        }
        clat.sort()
        let checkLatencies = clat
        func cpct(_ p: Double) -> Double { checkLatencies[min(checkLatencies.count - 1, Int(Double(checkLatencies.count) * p))] * 1e6 }

        // The guarded round trip of one model call, as the C ABI and the PHP binding make it: check-prompt
        // and redact (pseudonyms into a new session) of a ~1 KB prompt, then check-output of a ~1 KB reply
        // (the redacted prompt echoed, as a model repeating the customer's values would) with the same
        // session; each call through `Runtime.guarded` (kill switch, verdict, anomaly detector). The
        // state directory is a fresh temporary one; the inference log is off (the default policy).
        let rtDir = "/tmp/sf-bench-rt-\(getpid())"
        let rt = try Runtime(policyJSON: Array(#"{"state_dir": "\#(rtDir)"}"#.utf8))
        func roundTrip(_ p: [UInt8]) throws {
            let session = Session()
            let call = CallContext(sessionID: "bench")
            let check = try rt.guarded(call) { let c = try rt.engine.checkPrompt(p); return (c, .prompt(c)) }
            guard check.verdict != .block else { return }
            let r = try rt.guarded(call) {
                let r = try p.withUnsafeBufferPointer { try rt.engine.redact($0, session: session, scratch: scratch) }
                return (r, .redaction(r))
            }
            _ = try rt.guarded(CallContext(direction: "reply", sessionID: "bench")) {
                let c = try rt.engine.checkOutput(r.text, session: session)
                return (c, .reply(c))
            }
        }
        for p in prompts { try roundTrip(p) }
        var rlat: [Double] = []
        for _ in 0..<3 {
            for p in prompts {
                let t = now()
                try roundTrip(p)
                rlat.append(now() - t)
            }
        }
        rlat.sort()
        let rtLatencies = rlat
        func rpct(_ p: Double) -> Double { rtLatencies[min(rtLatencies.count - 1, Int(Double(rtLatencies.count) * p))] * 1e6 }

        // Scaling: 1 and 2 threads sharing one engine, each with its own scratch.
        func threaded(_ n: Int) -> Double {
            let shared = Shared(engine, dev)
            var threads: [pthread_t] = []
            let t0 = now()
            for _ in 0..<n {
                var th = pthread_t()
                let box = Unmanaged.passRetained(shared).toOpaque()
                pthread_create(&th, nil, benchThread, box)
                threads.append(th)
            }
            for th in threads { pthread_join(th, nil) }
            return Double(devBytes * 3 * n) / (now() - t0) / 1e6
        }
        let mt1 = threaded(1), mt2 = threaded(2)

        // Linearity: one text of growing size (dense shop text).
        var sizes: [(Int, Double)] = []
        let joined = dev.reduce(into: [UInt8]()) { $0.append(contentsOf: $1); $0.append(0x0A) }
        for size in [1 << 10, 16 << 10, 256 << 10, 4 << 20, 64_000_000] {
            var big: [UInt8] = []
            big.reserveCapacity(size)
            while big.count < size { big.append(contentsOf: joined.prefix(size - big.count)) }
            // Cut on a character boundary.
            while let last = big.last, last & 0xC0 == 0x80 || last >= 0xC0 { big.removeLast() }
            let reps = max(1, (4 << 20) / size)
            let t = now()
            for _ in 0..<reps { _ = try big.withUnsafeBufferPointer { try engine.scan($0, scratch: scratch) } }
            sizes.append((size, Double(big.count * reps) / (now() - t) / 1e6))
        }


        if let samplePath {
            // The texts the Presidio comparison scans: the first dev texts up to 200 KB.
            var out: [UInt8] = []
            for t in dev where out.count < 200_000 { t.withUnsafeBufferPointer { JSON.writeString(bytes: $0, into: &out) }; out.append(0x0A) }
            if let f = fopen(samplePath, "wb") { fwrite(out, 1, out.count, f); fclose(f) }
        }
        // Our throughput on exactly that sample, for the ratio.
        var sample: [[UInt8]] = []
        var sampleBytes = 0
        for t in dev where sampleBytes < 200_000 { sample.append(t); sampleBytes += t.count }
        let scanSample = try throughput(sample, runs: runs) { _ = try scanAll(engine, sample, scratch) }

        // MARK: report
        print("SovereignFilter benchmark (release, one core unless noted)")
        print("  dev corpus: \(dev.count) texts, \(devBytes) bytes, \(devFindings) findings")
        print("  engine build: median \(fmt(median(buildTimes) * 1e3, 2)) ms, engine heap ≈ \(engineBytes / 1024) KiB")
        print("  scan   dev corpus        \(fmt(scanDev)) MB/s")
        print("  redact dev corpus        \(fmt(redactDev)) MB/s")
        print("  scan   PII-free shop text \(fmt(scanClean)) MB/s (\(cleanFindings) findings in \(cleanBytes >> 20) MB)")
        print("  scan   mixed \(mixedMB) MB stream \(fmt(mixedMBs)) MB/s, peak RSS \(peak / 1024) MiB (before stream \(rssBeforeMixed / 1024) MiB)")
        print("  memchr lower bound       \(fmt(memchrDev)) MB/s")
        print("  latency per ~1 KB prompt: p50 \(fmt(pct(0.5), 2)) µs, p99 \(fmt(pct(0.99), 2)) µs, p99.9 \(fmt(pct(0.999), 2)) µs (\(latencies.count) calls)")
        print("  check-prompt dev corpus  \(fmt(checkDev)) MB/s = \(fmt(checkDev / scanDev, 2))× scan (\(devBlocked) of \(dev.count) texts blocked)")
        print("  check-prompt latency per ~1 KB prompt: p50 \(fmt(cpct(0.5), 2)) µs, p99 \(fmt(cpct(0.99), 2)) µs")
        print("  guarded round trip (check-prompt + redact ~1 KB prompt, check-output ~1 KB reply, one session): p50 \(fmt(rpct(0.5), 2)) µs, p99 \(fmt(rpct(0.99), 2)) µs (\(rtLatencies.count) round trips)")
        print("  allocations per scan call: PII-free \(fmt(allocClean, 2)), dev corpus \(fmt(allocDev, 2))")
        print("  threads sharing one engine: 1 → \(fmt(mt1)) MB/s, 2 → \(fmt(mt2)) MB/s")
        print("  size → MB/s: " + sizes.map { "\($0.0 >= 1 << 20 ? "\($0.0 >> 20) MB" : "\($0.0 >> 10) KB"): \(fmt($0.1))" }.joined(separator: ", "))
        print("  sample for Presidio: \(sample.count) texts, \(sampleBytes) bytes, scan \(fmt(scanSample)) MB/s")

        if let outPath {
            var o: [UInt8] = []
            let fields: [(String, String)] = [
                ("dev_texts", "\(dev.count)"), ("dev_bytes", "\(devBytes)"), ("engine_build_ms", fmt(median(buildTimes) * 1e3, 3)),
                ("engine_heap_kib", "\(engineBytes / 1024)"), ("scan_dev_mbs", fmt(scanDev)), ("redact_dev_mbs", fmt(redactDev)),
                ("scan_clean_mbs", fmt(scanClean)), ("scan_mixed_mbs", fmt(mixedMBs)), ("mixed_mb", "\(mixedMB)"),
                ("peak_rss_mib", "\(peak / 1024)"), ("memchr_mbs", fmt(memchrDev)), ("latency_p50_us", fmt(pct(0.5), 3)),
                ("latency_p99_us", fmt(pct(0.99), 3)), ("latency_p999_us", fmt(pct(0.999), 3)), ("allocs_per_scan_clean", fmt(allocClean, 3)),
                ("allocs_per_scan_dev", fmt(allocDev, 3)), ("threads1_mbs", fmt(mt1)), ("threads2_mbs", fmt(mt2)),
                ("sample_bytes", "\(sampleBytes)"), ("scan_sample_mbs", fmt(scanSample)),
                ("check_prompt_dev_mbs", fmt(checkDev)), ("check_prompt_vs_scan", fmt(checkDev / scanDev, 3)),
                ("check_prompt_dev_blocked", "\(devBlocked)"), ("check_prompt_p50_us", fmt(cpct(0.5), 3)),
                ("check_prompt_p99_us", fmt(cpct(0.99), 3)),
                ("round_trip_p50_us", fmt(rpct(0.5), 3)), ("round_trip_p99_us", fmt(rpct(0.99), 3)),
            ]
            o.append(contentsOf: "{".utf8)
            for (n, (key, v)) in fields.enumerated() {
                if n > 0 { o.append(contentsOf: ", ".utf8) }
                o.append(contentsOf: "\"\(key)\": \(v)".utf8)
            }
            o.append(contentsOf: ", \"size_mbs\": {".utf8)
            for (n, s) in sizes.enumerated() { if n > 0 { o.append(contentsOf: ", ".utf8) }; o.append(contentsOf: "\"\(s.0)\": \(fmt(s.1))".utf8) }
            o.append(contentsOf: "}}\n".utf8)
            if let f = fopen(outPath, "wb") { fwrite(o, 1, o.count, f); fclose(f) }
        }

    }
}
