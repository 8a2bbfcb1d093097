#if canImport(Glibc)
import Glibc
#endif

/// Reads lines from a file or standard input in large blocks, so a 100 MB file is streamed, not loaded.
final class LineReader {
    private let fd: Int32
    private var buf: [UInt8] = []
    private var pos = 0
    private var eof = false
    private(set) var consumed = 0
    let size: Int

    init?(path: String) {
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY)
            if fd < 0 { return nil }
        }
        var st = stat()
        size = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : 0
    }

    deinit { if fd > 0 { close(fd) } }

    private func fill() {
        if pos > 0 { buf.removeFirst(pos); pos = 0 }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { eof = true } else { buf.append(contentsOf: chunk[0..<n]) }
    }

    /// The next line without its "\n", or nil at the end. A final line without "\n" counts.
    func next() -> [UInt8]? {
        var searchFrom = pos
        while true {
            if let nl = buf[searchFrom...].firstIndex(of: 0x0A) {
                let line = Array(buf[pos..<nl])
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
            let scanned = buf.count - pos
            fill()
            searchFrom = pos + scanned
        }
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let r = LineReader(path: path) else { return nil }
        var all: [UInt8] = []
        while !r.eof { r.fill() }
        all = Array(r.buf[r.pos...])
        return all
    }
}

/// Buffered standard output.
final class Output: @unchecked Sendable {
    nonisolated(unsafe) static let stdout = Output()
    private var buf: [UInt8] = []

    func write(_ b: [UInt8]) {
        buf.append(contentsOf: b)
        if buf.count >= 1 << 16 { flush() }
    }

    func flush() {
        var off = 0
        while off < buf.count {
            let n = buf[off...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            off += n
        }
        buf.removeAll(keepingCapacity: true)
    }

    static func stderr(_ s: String) {
        var s = s
        s.withUTF8 { p in _ = Glibc.write(2, p.baseAddress, p.count) }
    }
}

/// Progress on stderr for large inputs, only when stderr is a terminal.
final class Progress {
    let total: Int
    let enabled: Bool
    private var lastShown = 0

    init(total: Int) {
        self.total = total
        enabled = isatty(2) != 0 && total > 8 << 20
    }

    func update(_ done: Int) {
        guard enabled, done - lastShown >= 4 << 20 else { return }
        lastShown = done
        Output.stderr("\rsovereign-filter: \(done >> 20) / \(total >> 20) MB (\(done * 100 / max(total, 1))%)")
    }

    func clear() { if enabled && lastShown > 0 { Output.stderr("\r\u{1B}[K") } }
}
