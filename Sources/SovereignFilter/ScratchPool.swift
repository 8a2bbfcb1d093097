#if canImport(Glibc)
import Glibc
#endif

/// Idle `Scratch` objects of one engine, so callers without their own (the C ABI, the convenience
/// API) borrow one per call instead of allocating match data each time. A scratch is used by one
/// thread at a time: borrowed under the lock, used outside it, then returned.
final class ScratchPool: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var idle: [Scratch] = []
    private let limits: MatchLimits
    static let maxIdle = 64

    init(limits: MatchLimits) {
        self.limits = limits
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    func with<R>(_ body: (Scratch) throws -> R) throws -> R {
        pthread_mutex_lock(lock)
        let s = idle.popLast()
        pthread_mutex_unlock(lock)
        let scratch = try s ?? Scratch(limits: limits)
        defer {
            pthread_mutex_lock(lock)
            if idle.count < ScratchPool.maxIdle { idle.append(scratch) }
            pthread_mutex_unlock(lock)
        }
        return try body(scratch)
    }
}
