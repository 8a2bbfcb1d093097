import CZlib
#if canImport(Glibc)
import Glibc
#endif

/// A dataset file's bytes, read in blocks: plain, or gzip (a name ending in `.gz`) through zlib, so a
/// compressed dataset is audited without being unpacked to disk. zlib rather than a `gzip` subprocess:
/// one process, errors (a corrupt or truncated member) come back as a status at the byte they happen.
final class DatasetSource {
    private let fd: Int32
    private let gz: gzFile?
    let path: String
    /// Size of the file on disk (compressed size for gzip): for progress only.
    let fileSize: Int
    /// Uncompressed bytes read so far.
    private(set) var bytesRead = 0

    struct Failure: Error { let message: String; let unreadable: Bool }

    init(path: String) throws {
        self.path = path
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY)
            if fd < 0 { throw Failure(message: "cannot open \(path): \(String(cString: strerror(errno)))", unreadable: true) }
        }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw Failure(message: "\(path) is a directory", unreadable: true)
        }
        fileSize = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : 0
        if path.hasSuffix(".gz") {
            // zlib owns the descriptor from here on (gzclose closes it).
            guard let g = gzdopen(fd, "rb") else {
                close(fd)
                throw Failure(message: "cannot open \(path) as gzip", unreadable: true)
            }
            gzbuffer(g, 1 << 17)
            gz = g
        } else {
            gz = nil
        }
    }

    deinit {
        if let gz { gzclose_r(gz) } else if fd > 0 { close(fd) }
    }

    /// Position in the file on disk (compressed for gzip), for progress.
    var filePosition: Int { gz.map { Int(gzoffset($0)) } ?? bytesRead }

    /// Reads up to `count` bytes into `p`; 0 at the end. A read error or corrupt gzip data throws.
    func read(into p: UnsafeMutableRawPointer, count: Int) throws -> Int {
        if let gz {
            let n = gzread(gz, p, UInt32(min(count, Int(Int32.max))))
            if n < 0 {
                var code: Int32 = 0
                let msg = gzerror(gz, &code).map { String(cString: $0) } ?? "error"
                throw Failure(message: "\(path): gzip data is corrupt: \(msg)", unreadable: false)
            }
            if n == 0 {
                // A truncated stream ends with Z_BUF_ERROR ("unexpected end of file"), not with an error return.
                var code: Int32 = 0
                let msg = gzerror(gz, &code).map { String(cString: $0) } ?? ""
                if code != Z_OK { throw Failure(message: "\(path): gzip data is corrupt or truncated: \(msg)", unreadable: false) }
            }
            bytesRead += Int(n)
            return Int(n)
        }
        while true {
            let n = Glibc.read(fd, p, count)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw Failure(message: "read error in \(path): \(String(cString: strerror(errno)))", unreadable: true) }
            bytesRead += n
            return n
        }
    }
}

/// Buffered bytes over a `DatasetSource` with the two cuts the formats need: lines (JSONL) and RFC 4180
/// records (CSV, where a quoted cell may hold line breaks). Only the current block stays in memory.
final class RecordBuffer {
    let source: DatasetSource
    private var buf: [UInt8] = []
    private var pos = 0
    private(set) var eof = false
    /// Input bytes handed out as records so far (record terminators included).
    private(set) var consumed = 0

    init(_ source: DatasetSource) { self.source = source }

    private func fill() throws {
        if pos > 0 { buf.removeFirst(pos); pos = 0 }
        let old = buf.count
        buf.reserveCapacity(old + (1 << 20))
        buf.append(contentsOf: repeatElement(0, count: 1 << 20))
        let n = try buf.withUnsafeMutableBytes { (b: UnsafeMutableRawBufferPointer) throws -> Int in
            try source.read(into: b.baseAddress! + old, count: 1 << 20)
        }
        buf.removeLast((1 << 20) - n)
        if n == 0 { eof = true }
    }

    /// The next line without its "\n" (and without a "\r" before it), or nil at the end.
    func nextLine() throws -> [UInt8]? {
        var from = pos
        while true {
            if let nl = buf[from...].firstIndex(of: 0x0A) {
                var end = nl
                if end > pos && buf[end - 1] == 0x0D { end -= 1 }
                let line = Array(buf[pos..<end])
                consumed += nl + 1 - pos
                pos = nl + 1
                return line
            }
            if eof {
                guard pos < buf.count else { return nil }
                let line = Array(buf[pos...])
                consumed += buf.count - pos
                pos = buf.count
                return line
            }
            let seen = buf.count - pos
            try fill()
            from = pos + seen
        }
    }

    struct CSVError: Error { let message: String }

    /// The next CSV record's cells (quotes removed, `""` unescaped), or nil at the end. A record ends at
    /// a line break outside quotes; a quote that does not open or close a cell, and a quoted cell still
    /// open at the end of the input, are errors (a record silently merged with the next would shift
    /// every later record).
    func nextCSVRecord() throws -> [[UInt8]]? {
        var cells: [[UInt8]] = []
        var cell: [UInt8] = []
        var inQuotes = false, wasQuoted = false, afterQuote = false, any = false
        let start = consumed
        while true {
            if pos == buf.count {
                if eof {
                    if inQuotes { throw CSVError(message: "a quoted cell is still open at the end of the input") }
                    if !any { return nil }
                    cells.append(cell)
                    return cells
                }
                try fill()
                continue
            }
            let c = buf[pos]
            pos += 1
            consumed += 1
            any = true
            if inQuotes {
                if c == 0x22 {
                    if pos == buf.count && !eof { try fill() }
                    if pos < buf.count && buf[pos] == 0x22 { cell.append(0x22); pos += 1; consumed += 1 } else { inQuotes = false; afterQuote = true }
                } else {
                    cell.append(c)
                }
                continue
            }
            switch c {
            case 0x2C:
                cells.append(cell); cell = []; wasQuoted = false; afterQuote = false
            case 0x0A:
                cells.append(cell)
                return cells
            case 0x0D:
                if pos == buf.count && !eof { try fill() }
                if pos < buf.count && buf[pos] == 0x0A { pos += 1; consumed += 1 }
                cells.append(cell)
                return cells
            case 0x22:
                guard cell.isEmpty && !wasQuoted else {
                    throw CSVError(message: "a quote inside an unquoted cell (byte \(consumed - 1 - start) of the record)")
                }
                inQuotes = true; wasQuoted = true
            default:
                if afterQuote { throw CSVError(message: "text after a closing quote (byte \(consumed - 1 - start) of the record)") }
                cell.append(c)
            }
        }
    }
}

/// Where the redacted copy goes: a temporary file next to the target, renamed over it only when the
/// whole dataset went through (an error leaves no partial copy that looks complete); gzip-compressed
/// when the name ends in `.gz`.
final class RedactedCopy {
    let path: String
    private let tmp: String
    private var file: UnsafeMutablePointer<FILE>?
    private var gz: gzFile?
    private var buf: [UInt8] = []
    private var failed = false

    init(path: String) throws {
        self.path = path
        tmp = path + ".partial-\(getpid())"
        if path.hasSuffix(".gz") {
            guard let g = gzopen(tmp, "wb6") else { throw DatasetSource.Failure(message: "cannot create \(tmp)", unreadable: true) }
            gz = g
        } else {
            guard let f = fopen(tmp, "wb") else {
                throw DatasetSource.Failure(message: "cannot create \(tmp): \(String(cString: strerror(errno)))", unreadable: true)
            }
            file = f
        }
    }

    deinit { abandon() }

    func write(_ b: [UInt8]) {
        buf.append(contentsOf: b)
        if buf.count >= 1 << 18 { flushBuffer() }
    }

    private func flushBuffer() {
        guard !buf.isEmpty else { return }
        let n: Int = buf.withUnsafeBytes { b in
            if let gz { return Int(gzwrite(gz, b.baseAddress, UInt32(b.count))) }
            return fwrite(b.baseAddress, 1, b.count, file)
        }
        if n != buf.count { failed = true }
        buf.removeAll(keepingCapacity: true)
    }

    /// Closes the copy and moves it into place.
    func commit() throws {
        flushBuffer()
        var ok = !failed
        if let gz { ok = gzclose_w(gz) == Z_OK && ok; self.gz = nil }
        if let file { ok = fclose(file) == 0 && ok; self.file = nil }
        guard ok, rename(tmp, path) == 0 else {
            unlink(tmp)
            throw DatasetSource.Failure(message: "cannot write \(path)", unreadable: true)
        }
    }

    /// Drops the unfinished copy.
    func abandon() {
        if let gz { gzclose_w(gz); self.gz = nil; unlink(tmp) }
        if let file { fclose(file); self.file = nil; unlink(tmp) }
    }
}
