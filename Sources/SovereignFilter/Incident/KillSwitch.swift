#if canImport(Glibc)
import Glibc
#endif

/// The kill switch: global or per feature (`product_discovery`, `support_chat`, `checkout_assist`, or any
/// name), kept in `killswitch.json` in the state directory so every worker and every node sharing the
/// directory sees it. Writes are atomic (temporary file + rename) and record who, why and when.
/// Reads are cached: the file is re-stat'ed at most every `recheckMillis`, and re-read only when its
/// inode, size or modification time changed — a check costs a clock read and a comparison.
public final class KillSwitch: @unchecked Sendable {
    public struct Entry: Sendable, Equatable {
        public var on: Bool
        public var by: String
        public var reason: String
        public var at: String
    }

    public let path: String
    let recheckMillis: Int
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var nextCheck = 0
    private var fileID: (ino_t, off_t, Int, Int) = (0, -1, 0, 0)
    private var state: [String: Entry] = [:]  // "" = global

    public init(directory: String, recheckMillis: Int = 1000) {
        path = directory + "/killswitch.json"
        self.recheckMillis = recheckMillis
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// True when the switch is on globally or for `feature`.
    public func isOn(feature: String? = nil) -> Bool {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        refreshLocked()
        if state[""]?.on == true { return true }
        if let feature, state[feature]?.on == true { return true }
        return false
    }

    /// The current entries ("" is the global switch).
    public func status() -> [String: Entry] {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        nextCheck = 0
        refreshLocked()
        return state
    }

    private func refreshLocked() {
        let now = StateFiles.monotonicMillis()
        if now < nextCheck { return }
        nextCheck = now + recheckMillis
        var st = stat()
        guard stat(path, &st) == 0 else { state = [:]; fileID = (0, -1, 0, 0); return }
        let id = (st.st_ino, st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec)
        if id == fileID { return }
        fileID = id
        guard let bytes = StateFiles.read(path), let json = try? JSON.parse(bytes), case .object(let members) = json else {
            // An unreadable switch file is treated as "on": fail closed.
            state = ["": Entry(on: true, by: "sovereign-filter", reason: "kill switch file unreadable", at: "")]
            return
        }
        var s: [String: Entry] = [:]
        for m in members {
            let key = m.key == "global" ? "" : m.key
            if case .bool(let on)? = m.value["on"] {
                s[key] = Entry(on: on, by: m.value["by"]?.stringValue ?? "", reason: m.value["reason"]?.stringValue ?? "", at: m.value["at"]?.stringValue ?? "")
            } else {
                // A well-formed file of the wrong shape is not "off": fail closed for that entry.
                s[key] = Entry(on: true, by: "sovereign-filter", reason: "kill switch entry \(m.key) unreadable", at: "")
            }
        }
        state = s
    }

    /// Turns the switch on or off (globally when `feature` is nil) and records who and why.
    public func set(_ on: Bool, feature: String? = nil, reason: String, by: String) throws {
        if let feature {
            guard !feature.isEmpty, feature.utf8.count <= 64, feature != "global",
                  feature.utf8.allSatisfy({ ByteClass.isAlnum($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) else {
                throw SFError(.invalidArgument, "feature names are letters, digits, _ and - (at most 64; \"global\" is reserved)")
            }
        }
        try StateFiles.ensureDirectory(String(path[..<path.lastIndex(of: "/")!]))
        // Serialize writers across processes with an advisory lock on a sidecar file.
        let lfd = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o664)
        guard lfd >= 0 else { throw SFError(.internal, "cannot lock \(path): errno \(errno)") }
        defer { flock(lfd, LOCK_UN); close(lfd) }
        flock(lfd, LOCK_EX)
        pthread_mutex_lock(lock)
        nextCheck = 0
        refreshLocked()
        var s = state
        pthread_mutex_unlock(lock)
        if s[""]?.reason == "kill switch file unreadable" { s = [:] }
        s = s.filter { !$0.value.reason.hasPrefix("kill switch entry ") }
        let (sec, nsec) = StateFiles.now()
        s[feature ?? ""] = Entry(on: on, by: by, reason: reason, at: StateFiles.iso8601(sec, nsec))
        var members: [JSONMember] = []
        for key in s.keys.sorted() {
            let e = s[key]!
            members.append(JSONMember(key.isEmpty ? "global" : key, .object([
                JSONMember("on", .bool(e.on)), JSONMember("by", .string(e.by)),
                JSONMember("reason", .string(e.reason)), JSONMember("at", .string(e.at)),
            ])))
        }
        var out: [UInt8] = []
        JSON.write(.object(members), into: &out)
        out.append(0x0A)
        try StateFiles.writeAtomically(path, out)
        pthread_mutex_lock(lock)
        nextCheck = 0
        pthread_mutex_unlock(lock)
    }
}
