#if canImport(Glibc)
import Glibc
#endif

/// Small file helpers for the incident kit (no Foundation in the core): whole-file reads, atomic
/// replacement (write a temporary file, fsync, rename), and the current time as ISO 8601 UTC.
enum StateFiles {
    /// The state directory: the policy's `state_dir`, else `$SOVEREIGN_FILTER_STATE_DIR`, else
    /// `/var/tmp/sovereign-filter` (shared by all processes of a host, survives reboots on most systems).
    static func directory(_ policy: Policy) -> String {
        if let d = policy.stateDir { return d }
        if let e = getenv("SOVEREIGN_FILTER_STATE_DIR"), e.pointee != 0 { return String(cString: e) }
        return "/var/tmp/sovereign-filter"
    }

    static func ensureDirectory(_ path: String) throws {
        var st = stat()
        if stat(path, &st) == 0 { return }
        // Create parents one by one.
        var cur = ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            cur += "/" + part
            if stat(cur, &st) != 0 {
                if mkdir(cur, 0o2775) != 0 && errno != EEXIST {
                    throw SFError(.internal, "cannot create state directory \(cur): errno \(errno)")
                }
                // Group-writable and setgid whatever the umask: the web server's user and an operator's
                // CLI in the same group must both write the switch and the log.
                chmod(cur, 0o2775)
            }
        }
    }

    static func read(_ path: String, limit: Int = 16 << 20) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while out.count < limit {
            let n = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    /// Replaces `path` atomically: readers see the old or the new content, never a mix.
    static func writeAtomically(_ path: String, _ bytes: [UInt8]) throws {
        let tmp = path + ".tmp.\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o664)
        guard fd >= 0 else { throw SFError(.internal, "cannot write \(tmp): errno \(errno)") }
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { close(fd); unlink(tmp); throw SFError(.internal, "cannot write \(tmp): errno \(errno)") }
            off += n
        }
        fsync(fd)
        close(fd)
        guard rename(tmp, path) == 0 else { unlink(tmp); throw SFError(.internal, "cannot replace \(path): errno \(errno)") }
    }

    /// Seconds and nanoseconds since the epoch.
    static func now() -> (Int, Int) {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return (ts.tv_sec, ts.tv_nsec)
    }

    /// Monotonic milliseconds, for re-check intervals.
    /// The monotonic clock at the kernel tick's resolution (a few ms): read from the vDSO without a
    /// syscall, several times cheaper than `CLOCK_MONOTONIC` on VMs. Enough for "re-read at most every N ms".
    static func coarseMillis() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC_COARSE, &ts)
        return ts.tv_sec * 1000 + ts.tv_nsec / 1_000_000
    }

    static func monotonicMillis() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return ts.tv_sec * 1000 + ts.tv_nsec / 1_000_000
    }

    /// `2026-11-21T23:59:05.123Z`
    static func iso8601(_ sec: Int, _ nsec: Int = 0) -> String {
        var t = time_t(sec)
        var tm = Glibc.tm()
        gmtime_r(&t, &tm)
        func pad(_ v: Int32, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(tm.tm_year + 1900, 4))-\(pad(tm.tm_mon + 1, 2))-\(pad(tm.tm_mday, 2))T\(pad(tm.tm_hour, 2)):\(pad(tm.tm_min, 2)):\(pad(tm.tm_sec, 2)).\(pad(Int32(nsec / 1_000_000), 3))Z"
    }
}

extension StateFiles {
    /// Milliseconds since the epoch (TTL expiry).
    static func nowMillis() -> Int {
        let (s, ns) = now()
        return s * 1000 + ns / 1_000_000
    }
}
