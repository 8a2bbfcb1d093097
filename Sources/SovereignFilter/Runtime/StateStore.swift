/// Where the state around detection lives — the kill switch, session vaults, the anomaly detector's
/// counters — and where the inference log is written. `FileStateStore` (the state directory) is the
/// default; a shared store (Redis, issue 21) implements the same requirements so a fleet of hosts sees
/// one kill switch, one set of vaults and fleet-wide counters.
///
/// Keys are relative names with `/` between parts (`killswitch.json`, `sessions/<name>.sf1`); a store
/// maps them to files, or to keys under its prefix. Every requirement may throw: a store that cannot be
/// reached fails the call that needed it (the kill switch then counts as on: fail closed).
public protocol StateStore: AnyObject, Sendable {
    /// Where the store is, for messages: a directory, or a server and key prefix.
    var location: String { get }

    /// Where one key lives, for messages (a file path, a prefixed key).
    func describe(_ key: String) -> String

    /// The value of `key`; nil when it is absent or expired.
    func get(_ key: String) throws -> [UInt8]?

    /// A cheap stamp that changes whenever the stored value of `key` changes (nil: absent). Readers that
    /// cache a value (the kill switch) re-read it only when the stamp changed.
    func stamp(_ key: String) throws -> StateStamp?

    /// Replaces the value of `key` atomically: readers see the old or the new value, never a mix. With
    /// `ttlSeconds` the value expires that long after this write.
    func put(_ key: String, _ value: [UInt8], ttlSeconds: Int?) throws

    /// Removes `key` (absent is fine).
    func delete(_ key: String) throws

    /// Read-modify-write under a lock every process using the store respects: `transform` gets the
    /// current value (nil when absent or expired) and returns the new one, written atomically (nil:
    /// leave the value as it is). Returns what `transform` returned. Writers of one key never lose each
    /// other's changes (the kill switch: two operators switching two features at once).
    @discardableResult
    func update(_ key: String, ttlSeconds: Int?, _ transform: ([UInt8]?) throws -> [UInt8]?) throws -> [UInt8]?

    /// Takes the exclusive lock of `key` if it is free (nil: another holder has it; callers wait and
    /// retry in their own way, e.g. an `async` sleep). The lock lasts until `release()`; a shared store
    /// also ends it after `leaseMillis` so a crashed holder cannot block a conversation forever (the
    /// file store's lock ends with its process). Do not `update` a key whose lock you hold.
    func tryLock(_ key: String, leaseMillis: Int) throws -> (any StateLock)?

    /// The counter series of `key` (the anomaly detector's per feature and signal: window, count,
    /// baseline, …), changed by `body` atomically; a series untouched for `ttlSeconds` is gone (nil:
    /// kept). The file store keeps series in this process — each process watches its own outflow, as
    /// before — a shared store makes them fleet-wide (one alert per window for the whole fleet).
    func withCounters<R>(_ key: String, ttlSeconds: Int?, _ body: (inout [Double]) throws -> R) throws -> R

    /// Appends one record to the inference log and returns its line. The log stays a local,
    /// hash-chained file on every store (`InferenceLog`: chain and rotation); a shared store may add
    /// what it needs (the host's name).
    @discardableResult
    func append(_ record: LogRecord, to log: InferenceLog) throws -> String
}

extension StateStore {
    public func append(_ record: LogRecord, to log: InferenceLog) throws -> String { try log.append(record) }
}

/// What changed-or-not is judged by: for a file its inode, size and modification time.
public struct StateStamp: Hashable, Sendable {
    public var a: Int, b: Int, c: Int, d: Int
    public init(_ a: Int, _ b: Int = 0, _ c: Int = 0, _ d: Int = 0) { self.a = a; self.b = b; self.c = c; self.d = d }
}

/// A held lock of `StateStore.tryLock`; released by `release()` (at most once) or when it goes away.
public protocol StateLock: AnyObject, Sendable {
    func release()
}
