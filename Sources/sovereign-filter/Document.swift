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
struct DocumentProcessor {
    let engine: Engine
    let scratch: Scratch
    let window: Int
    let overlap: Int

    /// Called per committed stretch: its input offset, its bytes, its findings (offsets into the stretch).
    typealias Commit = (_ offset: Int, _ text: UnsafeBufferPointer<UInt8>, _ findings: [Finding]) throws -> Bool

    /// Runs over the document; `commit` returns false to stop (a block verdict). Returns the document's size.
    func run(_ reader: DocumentReader, progress: Progress, commit: Commit) throws -> Int {
        let maxWindow = engine.policy.maxInputBytes
        var committed = 0
        var start = 0
        var size = window
        var found: [Finding] = []
        while true {
            reader.fill(to: start + size + 1)
            if reader.readError != 0 {
                throw DocumentError(code: .internal, message: "read error at byte \(reader.end): \(String(cString: strerror(reader.readError)))")
            }
            progress.update(reader.end)
            let final = reader.eof && reader.end <= start + size
            if !final && size < 4 * overlap {
                throw DocumentError(code: .tooLarge, message: "the input is larger than max_input_bytes (\(maxWindow)), too small to stream it in windows "
                                    + "(at least \(4 * overlap) bytes): raise max_input_bytes, or use --lines")
            }
            var e = final ? reader.end : start + size
            if !final {
                // Never inside a character.
                var back = 0
                while back < 3 && e > start && reader[e] & 0xC0 == 0x80 { e -= 1; back += 1 }
            }
            var cut = e
            let progressed: Bool = try reader.buf.withUnsafeBufferPointer { all in
                let w = UnsafeBufferPointer(rebasing: all[(start - reader.base)..<(e - reader.base)])
                var ascii = false
                if let bad = UTF8Check.firstInvalid(w, allASCII: &ascii) {
                    throw DocumentError(code: .invalidUTF8, message: "invalid UTF-8 at byte \(start + bad)")
                }
                do {
                    found = try engine.scan(w, scratch: scratch)
                } catch let err as SFError {
                    throw DocumentError(code: err.code, message: "bytes \(start)–\(e): \(err.message)")
                }
                if !final {
                    let target = e - overlap
                    cut = target
                    // A line start if there is one between the committed point and the target.
                    var k = target - 1
                    while k >= committed && all[k - reader.base] != 0x0A { k -= 1 }
                    if k >= committed { cut = k + 1 } else {
                        while cut > committed && all[cut - reader.base] & 0xC0 == 0x80 { cut -= 1 }
                    }
                    for f in found where start + f.end > committed && start + f.start < cut && start + f.end > cut { cut = start + f.start }
                    if cut <= committed { return false }
                }
                // The findings of the committed stretch: those starting in it (one crossing the committed point,
                // which the previous window did not see cross it, is clipped to it: redacted, never passed).
                var mine: [Finding] = []
                for f in found where start + f.end > committed && start + f.start < cut {
                    mine.append(Finding(start: max(start + f.start, committed) - committed, end: start + f.end - committed, type: f.type, score: f.score))
                }
                let stretch = UnsafeBufferPointer(rebasing: all[(committed - reader.base)..<(cut - reader.base)])
                if !(try commit(committed, stretch, mine)) { cut = -1 }
                return true
            }
            if !progressed {
                // A finding crosses every possible cut: grow the window (up to max_input_bytes).
                guard size < maxWindow else {
                    throw DocumentError(code: .limit, message: "a finding starting near byte \(committed) runs on past max_input_bytes (\(maxWindow)): "
                                        + "the document was not fully scanned")
                }
                size = min(maxWindow, size * 2)
                continue
            }
            if cut < 0 || final { return reader.end }
            committed = cut
            // The next window starts `overlap` before the cut, at a line start when one is near.
            var s = max(0, cut - overlap)
            if s > 0 {
                var k = s - 1
                let floor = max(reader.base, cut - 2 * overlap)
                while k >= floor && reader[k] != 0x0A { k -= 1 }
                if k >= floor { s = k + 1 } else { while s < cut && reader[s] & 0xC0 == 0x80 { s += 1 } }
            }
            start = s
            reader.drop(before: start)
            size = window
        }
    }
}
