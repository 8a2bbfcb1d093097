#if canImport(Glibc)
import Glibc
#endif

/// The kill switch: global or per feature (`product_discovery`, `support_chat`, `checkout_assist`, or any
/// name), kept under one key of the state store (`killswitch.json` in the state directory) so every
/// worker and every node sharing the store sees it. Writes are atomic (the store's `update`) and record
/// who, why and when. Reads are cached: the key's stamp is re-checked at most every `recheckMillis`, and
/// the value re-read only when the stamp (for a file: inode, size, modification time) changed — a check
/// costs a clock read and a comparison. A store that cannot be read counts as "on": fail closed.
public final class KillSwitch: @unchecked Sendable {
    // @unchecked: the cache is guarded by `lock`.
    public struct Entry: Sendable, Equatable {
        public var on: Bool
        public var by: String
        public var reason: String
        public var at: String
    }

    /// The key of the switch in the state store.
    public static let key = "killswitch.json"
    public let store: any StateStore
    /// Where the switch lives, for messages (the file path in the state directory).
    public let path: String
    let recheckMillis: Int
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var nextCheck = 0
    private var stamp: StateStamp? = nil
    private var state: [String: Entry] = [:] {  // "" = global
        didSet { anyOn = state.values.contains { $0.on } }
    }
    /// False when no entry is on (the usual case): the check then skips hashing the feature name.
    private var anyOn = false

    public init(store: any StateStore, recheckMillis: Int = 1000) {
        self.store = store
        path = store.describe(KillSwitch.key)
        self.recheckMillis = recheckMillis
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    /// The switch of a state directory.
    public convenience init(directory: String, recheckMillis: Int = 1000) {
        self.init(store: FileStateStore(directory: directory), recheckMillis: recheckMillis)
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
        if !anyOn { return false }
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
        let now = StateFiles.coarseMillis()
        if now < nextCheck { return }
        nextCheck = now + recheckMillis
        let current: StateStamp?
        do { current = try store.stamp(KillSwitch.key) } catch {
            stamp = nil
            failClosed("kill switch state unreadable: \(error)")
            return
        }
        guard let current else { recovered(); state = [:]; stamp = nil; return }
        if current == stamp && !failedClosed { return }
        let bytes: [UInt8]?
        do { bytes = try store.get(KillSwitch.key) } catch {
            stamp = nil
            failClosed("kill switch state unreadable: \(error)")
            return
        }
        guard let bytes, let s = KillSwitch.parse(bytes) else {
            // A malformed switch (not a JSON object) is treated as "on": fail closed. The stamp is kept:
            // the same bad value is not re-read (nor logged) until it changes.
            stamp = current
            failClosed("kill switch value at \(path) is malformed")
            return
        }
        stamp = current
        recovered()
        state = s
    }

    /// Whether the state is the fail-closed one (unreadable or malformed), and why as last logged: each
    /// change is logged once, not every recheck.
    private var failedClosed = false
    private var loggedWhy = ""

    private func failClosed(_ why: String) {
        state = ["": Entry(on: true, by: "sovereign-filter", reason: why, at: "")]
        let suffix = " (retrying shortly)"
        let key = why.hasSuffix(suffix) ? String(why.dropLast(suffix.count)) : why
        if !failedClosed || key != loggedWhy { KillSwitch.logLine("sovereign-filter: \(key); AI features count as switched off (fail closed)\n") }
        loggedWhy = key
        failedClosed = true
    }

    private func recovered() {
        if failedClosed { KillSwitch.logLine("sovereign-filter: kill switch at \(path) readable again\n") }
        failedClosed = false
        loggedWhy = ""
    }

    /// Standard error: PHP-FPM, the gateway and the CLI all keep it in their logs.
    static func logLine(_ s: String) {
        var b = Array(s.utf8)
        _ = b.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// Why the switch is on for `feature` (the cached entry; nil when it is off). No store access.
    public func reason(feature: String? = nil) -> String? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let e = state[""], e.on { return e.reason.isEmpty ? "switched off globally by \(e.by)" : e.reason }
        if let feature, let e = state[feature], e.on { return e.reason.isEmpty ? "switched off by \(e.by)" : e.reason }
        return nil
    }

    /// The entries of a switch document; nil when it is not a JSON object.
    static func parse(_ bytes: [UInt8]) -> [String: Entry]? {
        guard let json = try? JSON.parse(bytes), case .object(let members) = json else { return nil }
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
        return s
    }

    /// Turns the switch on or off (globally when `feature` is nil) and records who and why.
    public func set(_ on: Bool, feature: String? = nil, reason: String, by: String) throws {
        if let feature {
            guard !feature.isEmpty, feature.utf8.count <= 64, feature != "global",
                  feature.utf8.allSatisfy({ ByteClass.isAlnum($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) else {
                throw SFError(.invalidArgument, "feature names are letters, digits, _ and - (at most 64; \"global\" is reserved)")
            }
        }
        try store.update(KillSwitch.key, ttlSeconds: nil) { old in
            // An unreadable document is replaced; entries of the wrong shape are dropped.
            var s = old.flatMap(KillSwitch.parse) ?? [:]
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
            return out
        }
        pthread_mutex_lock(lock)
        nextCheck = 0
        pthread_mutex_unlock(lock)
    }
}
