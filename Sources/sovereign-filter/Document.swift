import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

/// A file or standard input as one document, read in blocks into a sliding buffer that holds the input's
/// bytes `base ..< end`. With `lossy`, invalid UTF-8 is replaced by U+FFFD as it is read (a sequence cut
/// by a read is completed first), so offsets count the replacement characters.
final class DocumentReader {
    private let fd: Int32
    private let lossy: Bool
    private(set) var buf: [UInt8] = []
    private(set) var base = 0
    private(set) var eof = false
    private(set) var readError: Int32 = 0
    private var pending: [UInt8] = []
    let size: Int
    var end: Int { base + buf.count }

    init?(path: String, lossy: Bool) {
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY)
            if fd < 0 { return nil }
        }
        self.lossy = lossy
        var st = stat()
        size = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : 0
    }

    deinit { if fd > 0 { close(fd) } }

    /// Reads until the buffer reaches the input offset `target` or the input ends.
    func fill(to target: Int) {
        var block = [UInt8](repeating: 0, count: 1 << 20)
        while !eof && end < target {
            let n = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                if n < 0 { readError = errno }
                eof = true
                if !pending.isEmpty { buf.append(contentsOf: UTF8Check.repairing(pending)); pending = [] }
                break
            }
            if lossy {
                var chunk = pending + block[0..<n]
                let keep = DocumentReader.incompleteTail(chunk)
                pending = Array(chunk[(chunk.count - keep)...])
                chunk.removeLast(keep)
                buf.append(contentsOf: UTF8Check.repairing(chunk))
            } else {
                buf.append(contentsOf: block[0..<n])
            }
        }
    }

    /// Forgets the bytes before the input offset `offset`.
    func drop(before offset: Int) {
        let k = offset - base
        guard k > 0 else { return }
        buf.removeFirst(k)
        base = offset
    }

    /// The byte at input offset `i` (buffered).
    subscript(i: Int) -> UInt8 { buf[i - base] }

    /// Length of a UTF-8 sequence at the end of `b` that is not complete yet (0 if none).
    static func incompleteTail(_ b: [UInt8]) -> Int {
        var k = 1
        while k <= min(3, b.count) {
            let c = b[b.count - k]
            if c & 0xC0 == 0x80 { k += 1; continue }
            guard c >= 0xC0 else { return 0 }
            let need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            return need > k ? k : 0
        }
        return 0
    }
}

/// An error of whole-document processing, located by a byte offset into the input.
struct DocumentError: Error {
    let code: SFError.Code
    let message: String
}

/// Where redacted output goes: straight to stdout, or, when the document may still turn out blocked or its
/// log record may still fail, into an unlinked temporary file that reaches stdout only at the end.
final class RedactSink {
    private let spool: UnsafeMutablePointer<FILE>?
    private(set) var failed = false

    init(spool: Bool) throws {
        if spool {
            guard let f = tmpfile() else { throw DocumentError(code: .internal, message: "cannot create a temporary file for the output") }
            self.spool = f
        } else {
            self.spool = nil
        }
    }

    deinit { if let spool { fclose(spool) } }

    func write(_ b: [UInt8]) {
        guard let spool else { Output.stdout.write(b); return }
        if !b.isEmpty && b.withUnsafeBytes({ fwrite($0.baseAddress, 1, $0.count, spool) }) != b.count { failed = true }
    }

    /// Copies the spooled output to stdout.
    func release() throws {
        guard let spool else { return }
        guard !failed, fflush(spool) == 0 else { throw DocumentError(code: .internal, message: "cannot write the temporary output file") }
        rewind(spool)
        var block = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = block.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, spool) }
            if n == 0 { break }
            Output.stdout.write(Array(block[0..<n]))
        }
    }
}

/// Scans or redacts the whole input as ONE document, in windows of `window` bytes, so a 1 GB file is never
/// loaded whole and no finding is ever cut at a window's edge:
/// - each window is scanned whole; output is committed only up to a cut point at least `overlap` bytes
///   before the window's end (at a line start where there is one), moved back to the start of any finding
///   that crosses it;
/// - the next window starts `overlap` bytes (at a line start) before that cut, so what is scanned again has
///   the same context on both sides as in the whole document; only findings that start at or after the
///   cut are taken from it;
/// - a finding that still crosses the cut (one longer than the window allows, e.g. a PEM block without its
///   END line) makes the window grow, up to max_input_bytes; beyond that the document is refused
///   (SF_E_LIMIT: not fully scanned).
/// `overlap` (64 KiB) is longer than any single finding of the built-in recognizers (the longest, a PEM
/// private key block, is a few KiB; context words and names look at most a few hundred bytes around).
///
/// With `threads` > 1 the windows are scanned in parallel, speculatively: where the next window starts
/// depends on the cut, and the cut on the findings, but a finding crosses the planned cut only rarely. So a
/// batch of windows is planned as if no finding crossed, scanned at once (one thread and scratch each),
/// and committed in order; a window is used only when its start, size and committed point are exactly
/// those the one-thread walk reaches (checked), so the output is the same byte for byte. After a
/// mismatch the rest of the batch is dropped and planned again from where the walk really is.
/// The CLI owns these threads: the library never starts one.
struct DocumentProcessor {
    let engine: Engine
    let scratch: Scratch
    let window: Int
    let overlap: Int
    /// Scratches for the other threads (none: one thread).
    var extraScratches: [Scratch] = []

    /// Called per committed stretch: its input offset, its bytes, its findings (offsets into the stretch).
    typealias Commit = (_ offset: Int, _ text: UnsafeBufferPointer<UInt8>, _ findings: [Finding]) throws -> Bool

    /// One window as the one-thread walk would reach it: where it starts, what is committed when it is
    /// scanned, the size asked for, and where it ends.
    struct Plan: Equatable {
        let start: Int
        let committed: Int
        let size: Int
        let end: Int
        let final: Bool
    }

    /// Fills the reader for the window at `start` and plans it; nil when the window is too small to stream.
    func plan(_ reader: DocumentReader, start: Int, committed: Int, size: Int) -> Plan? {
        reader.fill(to: start + size + 1)
        let final = reader.eof && reader.end <= start + size
        if !final && size < 4 * overlap { return nil }
        var e = final ? reader.end : start + size
        if !final {
            // Never inside a character.
            var back = 0
            while back < 3 && e > start && reader[e] & 0xC0 == 0x80 { e -= 1; back += 1 }
        }
        return Plan(start: start, committed: committed, size: size, end: e, final: final)
    }

    /// The cut before any finding moves it: a line start between the committed point and `end - overlap`
    /// if there is one, else that target moved back to a character start.
    func plannedCut(_ all: UnsafeBufferPointer<UInt8>, _ base: Int, _ p: Plan) -> Int {
        let target = p.end - overlap
        var cut = target
        var k = target - 1
        while k >= p.committed && all[k - base] != 0x0A { k -= 1 }
        if k >= p.committed { cut = k + 1 } else {
            while cut > p.committed && all[cut - base] & 0xC0 == 0x80 { cut -= 1 }
        }
        return cut
    }

    /// Where the window after a cut starts: `overlap` before the cut, at a line start when one is near (not
    /// before the start of the window that made the cut).
    func nextStart(_ all: UnsafeBufferPointer<UInt8>, _ base: Int, after p: Plan, cut: Int) -> Int {
        var s = max(0, cut - overlap)
        if s > 0 {
            var k = s - 1
            let floor = max(p.start, cut - 2 * overlap)
            while k >= floor && all[k - base] != 0x0A { k -= 1 }
            if k >= floor { s = k + 1 } else { while s < cut && all[s - base] & 0xC0 == 0x80 { s += 1 } }
        }
        return s
    }

    /// Runs over the document; `commit` returns false to stop (a block verdict). Returns the document's size.
    func run(_ reader: DocumentReader, progress: Progress, commit: Commit) throws -> Int {
        let maxWindow = engine.policy.maxInputBytes
        let threads = 1 + extraScratches.count
        var committed = 0
        var start = 0
        var size = window
        while true {
            // Plan the batch: the current window, then (with threads) the windows after it as if no finding
            // crossed a cut. Planning reads ahead; nothing is dropped until the batch is done.
            guard let first = plan(reader, start: start, committed: committed, size: size) else {
                if reader.readError != 0 { throw readError(reader) }
                throw DocumentError(code: .tooLarge, message: "the input is larger than max_input_bytes (\(maxWindow)), too small to stream it in windows "
                                    + "(at least \(4 * overlap) bytes): raise max_input_bytes, or use --lines")
            }
            if reader.readError != 0 { throw readError(reader) }
            progress.update(reader.end)
            var plans = [first]
            while plans.count < threads, let last = plans.last, !last.final {
                let (cut, next) = reader.buf.withUnsafeBufferPointer { all -> (Int, Int) in
                    let c = plannedCut(all, reader.base, last)
                    return (c, nextStart(all, reader.base, after: last, cut: c))
                }
                guard cut > last.committed, let p = plan(reader, start: next, committed: cut, size: window), reader.readError == 0 else { break }
                plans.append(p)
            }
            var outcome: (committed: Int, start: Int, size: Int, done: Bool) = (committed, start, size, false)
            try reader.buf.withUnsafeBufferPointer { all in
                let base = reader.base
                let results = scanAll(plans.map { UnsafeBufferPointer(rebasing: all[($0.start - base)..<($0.end - base)]) }, plans)
                for (j, p) in plans.enumerated() {
                    // A speculative window counts only where the one-thread walk really is.
                    guard p.start == outcome.start && p.committed == outcome.committed && p.size == outcome.size else { break }
                    let found = try results[j].get()
                    var cut = p.end
                    if !p.final {
                        cut = plannedCut(all, base, p)
                        for f in found where p.start + f.end > p.committed && p.start + f.start < cut && p.start + f.end > cut { cut = p.start + f.start }
                        if cut <= p.committed {
                            // A finding crosses every possible cut: grow the window (up to max_input_bytes).
                            guard p.size < maxWindow else {
                                throw DocumentError(code: .limit, message: "a finding starting near byte \(p.committed) runs on past max_input_bytes (\(maxWindow)): "
                                                    + "the document was not fully scanned")
                            }
                            outcome.size = min(maxWindow, p.size * 2)
                            return
                        }
                    }
                    // The findings of the committed stretch: those starting in it (one crossing the committed point,
                    // which the previous window did not see cross it, is clipped to it: redacted, never passed).
                    var mine: [Finding] = []
                    for f in found where p.start + f.end > p.committed && p.start + f.start < cut {
                        mine.append(Finding(start: max(p.start + f.start, p.committed) - p.committed, end: p.start + f.end - p.committed, type: f.type, score: f.score))
                    }
                    let stretch = UnsafeBufferPointer(rebasing: all[(p.committed - base)..<(cut - base)])
                    if !(try commit(p.committed, stretch, mine)) || p.final { outcome.done = true; return }
                    outcome = (cut, nextStart(all, base, after: p, cut: cut), window, false)
                }
            }
            if outcome.done { return reader.end }
            (committed, start, size) = (outcome.committed, outcome.start, outcome.size)
            reader.drop(before: start)
        }
    }

    private func readError(_ reader: DocumentReader) -> DocumentError {
        DocumentError(code: .internal, message: "read error at byte \(reader.end): \(String(cString: strerror(reader.readError)))")
    }

    /// Scans each window (the first on this thread, the others on threads of their own) and returns the
    /// findings or the error of each, in order.
    private func scanAll(_ texts: [UnsafeBufferPointer<UInt8>], _ plans: [Plan]) -> [Result<[Finding], DocumentError>] {
        let jobs = texts.indices.map { j in
            WindowScan(engine: engine, scratch: j == 0 ? scratch : extraScratches[j - 1], text: texts[j], offset: plans[j].start)
        }
        var spawned: [pthread_t] = []
        for job in jobs.dropFirst() {
            var th = pthread_t()
            let box = Unmanaged.passRetained(job)
            if pthread_create(&th, nil, windowScanThread, box.toOpaque()) == 0 {
                spawned.append(th)
            } else {
                box.release()
                job.run()  // no thread to be had: scan it here
            }
        }
        jobs[0].run()
        for th in spawned { pthread_join(th, nil) }
        return jobs.map { $0.result ?? .failure(DocumentError(code: .internal, message: "a window was not scanned")) }
    }
}

/// One window's scan, run on its own thread with its own scratch (a scratch never serves two threads).
private final class WindowScan {
    let engine: Engine
    let scratch: Scratch
    let text: UnsafeBufferPointer<UInt8>
    let offset: Int
    var result: Result<[Finding], DocumentError>?

    init(engine: Engine, scratch: Scratch, text: UnsafeBufferPointer<UInt8>, offset: Int) {
        self.engine = engine
        self.scratch = scratch
        self.text = text
        self.offset = offset
    }

    func run() {
        var ascii = false
        if let bad = UTF8Check.firstInvalid(text, allASCII: &ascii) {
            result = .failure(DocumentError(code: .invalidUTF8, message: "invalid UTF-8 at byte \(offset + bad)"))
            return
        }
        do {
            result = .success(try engine.scan(text, scratch: scratch))
        } catch let err as SFError {
            result = .failure(DocumentError(code: err.code, message: "bytes \(offset)–\(offset + text.count): \(err.message)"))
        } catch {
            result = .failure(DocumentError(code: .internal, message: "bytes \(offset)–\(offset + text.count): \(error)"))
        }
    }
}

private func windowScanThread(_ arg: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let arg else { return nil }
    Unmanaged<WindowScan>.fromOpaque(arg).takeRetainedValue().run()
    return nil
}
