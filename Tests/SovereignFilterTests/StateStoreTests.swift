import Testing
@testable import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

/// `FileStateStore`: the state directory behind the `StateStore` protocol.
@Suite(.serialized) struct StateStoreTests {
    @Test func putGetDeleteAndTheFileFormatStaysPlain() throws {
        let dir = tempDir()
        let s = FileStateStore(directory: dir)
        #expect(try s.get("a.json") == nil && s.stamp("a.json") == nil)
        try s.put("sub/a.json", Array("{\"x\":1}".utf8), ttlSeconds: nil)
        #expect(try s.get("sub/a.json") == Array("{\"x\":1}".utf8))
        // Without a TTL the file holds exactly the value (existing state directories keep working).
        #expect(StateFiles.read(dir + "/sub/a.json") == Array("{\"x\":1}".utf8))
        #expect(s.describe("sub/a.json") == dir + "/sub/a.json")
        try s.delete("sub/a.json")
        try s.delete("sub/a.json")  // absent is fine
        #expect(try s.get("sub/a.json") == nil)
        #expect(throws: SFError.self) { try s.put("../escape", [1], ttlSeconds: nil) }
        #expect(throws: SFError.self) { try s.get("/etc/passwd") }
    }

    @Test func stampChangesWithTheValue() throws {
        let s = FileStateStore(directory: tempDir())
        try s.put("k", Array("one".utf8), ttlSeconds: nil)
        let first = try #require(try s.stamp("k"))
        #expect(try s.stamp("k") == first)
        try s.put("k", Array("two!".utf8), ttlSeconds: nil)
        #expect(try s.stamp("k") != first)
    }

    @Test func atomicReplaceReadersSeeOldOrNewNeverAMix() throws {
        let dir = tempDir()
        let s = FileStateStore(directory: dir)
        let a = [UInt8](repeating: 0x61, count: 200_000), b = [UInt8](repeating: 0x62, count: 200_000)
        try s.put("big", a, ttlSeconds: nil)
        final class Box: @unchecked Sendable { let s: FileStateStore; let a: [UInt8]; let b: [UInt8]
            init(_ s: FileStateStore, _ a: [UInt8], _ b: [UInt8]) { self.s = s; self.a = a; self.b = b } }
        var th = pthread_t()
        pthread_create(&th, nil, { raw in
            let x = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            for k in 0..<60 { try! x.s.put("big", k % 2 == 0 ? x.b : x.a, ttlSeconds: nil) }
            return nil
        }, Unmanaged.passRetained(Box(s, a, b)).toOpaque())
        var mixed = 0
        for _ in 0..<200 {
            guard let v = try s.get("big") else { continue }
            if v != a && v != b { mixed += 1 }
        }
        pthread_join(th, nil)
        #expect(mixed == 0)
    }

    @Test func valuesWithATTLExpire() throws {
        let dir = tempDir()
        let s = FileStateStore(directory: dir)
        try s.put("vault", Array("sealed".utf8), ttlSeconds: 1)
        try s.put("forever", Array("kept".utf8), ttlSeconds: nil)
        #expect(try s.get("vault") == Array("sealed".utf8))
        usleep(1_100_000)
        #expect(try s.get("vault") == nil)
        #expect(try s.get("forever") == Array("kept".utf8))
        // update sees an expired value as absent.
        try s.update("vault", ttlSeconds: 60) { old in
            #expect(old == nil)
            return Array("fresh".utf8)
        }
        #expect(try s.get("vault") == Array("fresh".utf8))
    }

    @Test func updateSerializesWritersAcrossInstances() throws {
        let dir = tempDir()
        final class Box: @unchecked Sendable { let dir: String; init(_ d: String) { dir = d } }
        var threads: [pthread_t] = []
        for _ in 0..<4 {
            var th = pthread_t()
            pthread_create(&th, nil, { raw in
                let b = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
                // One store object per thread: like separate processes, only the files are shared.
                let s = FileStateStore(directory: b.dir)
                for _ in 0..<50 {
                    try! s.update("n", ttlSeconds: nil) { old in
                        let n = old.map { Int(String(decoding: $0, as: UTF8.self))! } ?? 0
                        return Array(String(n + 1).utf8)
                    }
                }
                return nil
            }, Unmanaged.passRetained(Box(dir)).toOpaque())
            threads.append(th)
        }
        for th in threads { pthread_join(th, nil) }
        #expect(try FileStateStore(directory: dir).get("n") == Array("200".utf8))
    }

    @Test func locksAreExclusiveUntilReleased() throws {
        let s = FileStateStore(directory: tempDir())
        let first = try #require(try s.tryLock("sessions/abc", leaseMillis: 1000))
        #expect(try s.tryLock("sessions/abc", leaseMillis: 1000) == nil)
        #expect(try s.tryLock("sessions/other", leaseMillis: 1000) != nil)
        first.release()
        first.release()  // at most once
        #expect(try s.tryLock("sessions/abc", leaseMillis: 1000) != nil)
    }

    @Test func countersAreAtomicPerKeyExpireAndStayInTheProcess() throws {
        let dir = tempDir()
        let s = FileStateStore(directory: dir)
        for _ in 0..<10 { try s.withCounters("c/a", ttlSeconds: nil) { v in if v.isEmpty { v = [0] }; v[0] += 1 } }
        #expect(try s.withCounters("c/a", ttlSeconds: nil) { $0 } == [10])
        #expect(try s.withCounters("c/b", ttlSeconds: nil) { $0 } == [])
        try s.withCounters("c/t", ttlSeconds: 1) { $0 = [5] }
        #expect(try s.withCounters("c/t", ttlSeconds: 1) { $0 } == [5])
        usleep(1_100_000)
        #expect(try s.withCounters("c/t", ttlSeconds: 1) { $0 } == [])
        // Per process (per store object), never written to the state directory.
        #expect(try FileStateStore(directory: dir).withCounters("c/a", ttlSeconds: nil) { $0 } == [])
        #expect(access(dir + "/c", F_OK) != 0)
    }

    @Test func theKillSwitchGoesThroughTheStore() throws {
        let dir = tempDir()
        let store = FileStateStore(directory: dir)
        let ks = KillSwitch(store: store, recheckMillis: 0)
        try ks.set(true, feature: "support_chat", reason: "r", by: "b")
        // The same file as always: killswitch.json, readable by a switch built from the directory.
        let v = try JSON.parse(try #require(try store.get(KillSwitch.key)))
        #expect(v["support_chat"]?["on"] == .bool(true))
        #expect(KillSwitch(directory: dir, recheckMillis: 0).isOn(feature: "support_chat"))
        #expect(ks.path == dir + "/killswitch.json")
    }

    @Test func anomalySeriesLiveInTheStoresCounters() throws {
        let store = FileStateStore(directory: tempDir())
        var s = AnomalyDetector.Settings()
        s.minCount = 3; s.warmupWindows = 0; s.factor = 2
        let a = AnomalyDetector(s, store: store), b = AnomalyDetector(s, store: store)
        // Two detectors over one store count one series (a shared store does this for a fleet).
        #expect(try a.record(feature: "f", signal: "EMAIL", now: 0) == nil)
        #expect(try b.record(feature: "f", signal: "EMAIL", now: 1) == nil)
        #expect(try a.record(feature: "f", signal: "EMAIL", now: 2)?.count == 3)
        #expect(try b.record(feature: "f", signal: "EMAIL", now: 3) == nil)  // once per window
    }
}
