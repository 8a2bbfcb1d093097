import Foundation
import Testing
@testable import SovereignFilter

/// `RedisSettings` (URL parsing, policy key) and `RedisStateStore` against a real redis-server that the
/// suite starts on a free port (skipped when redis-server is not installed: `make test` installs it).
@Suite(.serialized) struct RedisStateStoreTests {
    @Test func urlsParse() throws {
        var s = try RedisSettings(url: "redis://127.0.0.1:6380/2")
        #expect(s.host == "127.0.0.1" && s.port == 6380 && s.db == 2 && s.user == nil && s.password == nil && s.prefix == "sf:")
        s = try RedisSettings(url: "redis://alice:p%40ss%3Aw@cache.internal")
        #expect(s.host == "cache.internal" && s.port == 6379 && s.db == 0 && s.user == "alice" && s.password == "p@ss:w")
        s = try RedisSettings(url: "redis://:secret@[::1]:7000/0")
        #expect(s.host == "::1" && s.port == 7000 && s.user == nil && s.password == "secret")
        s = try RedisSettings(url: "redis://secret@h")
        #expect(s.password == "secret" && s.user == nil)
        s = try RedisSettings(url: "unix:///run/redis/redis.sock?db=3&prefix=shop1:&timeout_ms=50&connect_timeout_ms=20")
        #expect(s.unixPath == "/run/redis/redis.sock" && s.db == 3 && s.prefix == "shop1:" && s.timeoutMillis == 50 && s.connectTimeoutMillis == 20)
        s = try RedisSettings(url: "rediss://h:6390")
        #expect(s.tls && s.port == 6390)
        // The password never shows in messages.
        let d = try RedisSettings(url: "redis://alice:topsecret@h:1/4").description
        #expect(!d.contains("topsecret") && d.contains("alice:***@h:1/4"))
        for bad in ["http://h", "redis://", "redis://h:0", "redis://h:99999", "redis://h/x", "redis://h/1?nope=1",
                    "redis://h?db", "unix://", "unix://relative.sock", "redis://a b", "redis://h:1/0?timeout_ms=0",
                    "redis://%zz@h", "redis://[::1"] {
            #expect(throws: SFError.self, "\(bad)") { try RedisSettings(url: bad) }
            do { _ = try RedisSettings(url: bad) } catch let e as SFError { #expect(e.code == .policy) }
        }
    }

    @Test func thePolicyKeySelectsRedis() throws {
        var p = try Policy(json: Array(#"{"redis":"redis://127.0.0.1:1/0"}"#.utf8))
        #expect(p.redis?.port == 1)
        p = try Policy(json: Array(#"{"redis":{"url":"redis://h/1","prefix":"shop:","timeout_ms":75}}"#.utf8))
        #expect(p.redis?.db == 1 && p.redis?.prefix == "shop:" && p.redis?.timeoutMillis == 75)
        for bad in [#"{"redis":5}"#, #"{"redis":{"prefix":"x"}}"#, #"{"redis":{"url":"redis://h","color":1}}"#,
                    #"{"redis":"memcached://h"}"#, #"{"redis":{"url":"redis://h","prefix":"a b"}}"#] {
            #expect(throws: SFError.self, "\(bad)") { try Policy(json: Array(bad.utf8)) }
        }
        // A runtime built from the policy uses the Redis store, and connects to nothing until used.
        let rt = try Runtime(policyJSON: Array(#"{"redis":"redis://127.0.0.1:1/0","kill_switch_recheck_ms":0}"#.utf8))
        #expect(rt.store is RedisStateStore)
        // Nothing listens on port 1: the kill switch counts as on, saying why.
        #expect(rt.isDisabled(feature: "x"))
        #expect(rt.killSwitch.reason()?.contains("unreachable") == true)
    }

    @Test func tlsIsRefusedClearlyWithoutHiredisTLS() throws {
        let s = try RedisStateStore(url: "rediss://127.0.0.1:1")
        do { _ = try s.get("k"); Issue.record("expected an error") } catch let e as SFError {
            #expect(e.code == .policy && e.message.contains("TLS"))
        }
    }

    @Test func storeAgainstARealServer() throws {
        guard let server = RedisServer.start() else { return }
        defer { server.stop() }
        let s = try RedisStateStore(url: server.url + "?prefix=t1:")
        #expect(try s.get("a") == nil && s.stamp("a") == nil)
        try s.put("sub/a.json", [0, 1, 2, 0xFF], ttlSeconds: nil)
        #expect(try s.get("sub/a.json") == [0, 1, 2, 0xFF])  // binary safe
        #expect(server.cmd("GET", "t1:sub/a.json") == .string([0, 1, 2, 0xFF]))
        let st = try s.stamp("sub/a.json")
        try s.put("sub/a.json", [9], ttlSeconds: nil)
        #expect(try s.stamp("sub/a.json") != st)
        try s.delete("sub/a.json")
        try s.delete("sub/a.json")
        #expect(try s.get("sub/a.json") == nil)
        try s.put("ttl", [1], ttlSeconds: 1)
        guard case .integer(let pttl)? = server.cmd("PTTL", "t1:ttl") else { Issue.record("no PTTL"); return }
        #expect(pttl > 0 && pttl <= 1000)

        // update: two threads, each 100 increments through its own connection: none lost.
        let other = try RedisStateStore(url: server.url + "?prefix=t1:")
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let st = i == 0 ? s : other
            for _ in 0..<100 {
                try! st.update("n", ttlSeconds: nil) { old in Array(String((old.flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 0) + 1).utf8) }
            }
        }
        #expect(try s.get("n") == Array("200".utf8))

        // Locks: exclusive, released only by the owner.
        let l1 = try #require(try s.tryLock("sessions/x.sf1", leaseMillis: 5000))
        #expect(try other.tryLock("sessions/x.sf1", leaseMillis: 5000) == nil)
        l1.release()
        let l2 = try #require(try other.tryLock("sessions/x.sf1", leaseMillis: 5000))
        l1.release()  // a second release of a lock no longer held removes nothing
        #expect(try s.tryLock("sessions/x.sf1", leaseMillis: 5000) == nil)
        l2.release()
        // A lease ends by itself (a crashed holder).
        _ = try #require(try s.tryLock("sessions/y.sf1", leaseMillis: 50))
        usleep(120_000)
        #expect(try other.tryLock("sessions/y.sf1", leaseMillis: 5000) != nil)

        // Counters: shared, atomic across connections.
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let st = i == 0 ? s : other
            for _ in 0..<50 { try! st.withCounters("c", ttlSeconds: 60) { v in if v.isEmpty { v = [0] }; v[0] += 1 } }
        }
        #expect(try s.withCounters("c", ttlSeconds: 60) { $0 } == [100])
    }

    @Test func killSwitchSharedMalformedAndDeadServer() throws {
        guard let server = RedisServer.start() else { return }
        let a = KillSwitch(store: try RedisStateStore(url: server.url), recheckMillis: 0)
        let b = KillSwitch(store: try RedisStateStore(url: server.url), recheckMillis: 0)
        #expect(!a.isOn(feature: "chat") && !b.isOn())
        try a.set(true, feature: "chat", reason: "leak", by: "ops")
        #expect(b.isOn(feature: "chat") && !b.isOn(feature: "search") && !b.isOn())
        #expect(b.status()["chat"]?.by == "ops")
        server.cmd("SET", "sf:killswitch.json", "not json")
        #expect(b.isOn(feature: "search"))
        #expect(b.reason()?.contains("malformed") == true)
        server.cmd("SET", "sf:killswitch.json", #"{"global":{"on":"maybe"}}"#)
        #expect(b.isOn(feature: "search"))
        server.cmd("DEL", "sf:killswitch.json")
        #expect(!b.isOn(feature: "search"))
        server.stop()
        #expect(b.isOn(feature: "search"))
        #expect(b.reason()?.contains("unreachable") == true)
        #expect(throws: SFError.self) { try a.set(false, feature: "chat", reason: "", by: "ops") }
    }

    @Test func vaultsInRedisAreBoundToTheirScope() throws {
        guard let server = RedisServer.start() else { return }
        defer { server.stop() }
        let policy = Array(#"{"redis": "\#(server.url)", "session_key": "fleet-session-key-0123456789"}"#.utf8)
        let node1 = try Runtime(policyJSON: policy), node2 = try Runtime(policyJSON: policy)
        let s = Session()
        let text = Array("mail eva.vault@example.com".utf8)
        let out = try text.withUnsafeBufferPointer { try node1.engine.redact($0, session: s) }
        #expect(String(decoding: out.text, as: UTF8.self) == "mail <EMAIL_1>")
        try node1.saveVault(s, scope: Array("customer:9/chat:1".utf8), ttlSeconds: 60)
        let back = try node2.loadVault(scope: Array("customer:9/chat:1".utf8))
        #expect(String(decoding: back.restore(Array("to <EMAIL_1>".utf8)), as: UTF8.self) == "to eva.vault@example.com")
        #expect(try node2.loadVault(scope: Array("customer:10/chat:1".utf8)).count == 0)
        // The stored value names neither the scope nor the address, and does not open under another name.
        guard case .array(let keys)? = server.cmd("KEYS", "sf:vaults/*") , keys.count == 1, case .string(let k) = keys[0] else {
            Issue.record("one vault key expected"); return
        }
        #expect(!String(decoding: k, as: UTF8.self).contains("customer"))
        guard case .string(let v)? = server.cmd("GET", String(decoding: k, as: UTF8.self)) else { Issue.record("no value"); return }
        #expect(!String(decoding: v, as: UTF8.self).contains("eva.vault"))
        try node1.saveVault(Session(), scope: Array("customer:10/chat:1".utf8), ttlSeconds: 60)
        let other = try #require(try node1.store.get(Runtime.vaultKey(node1.vaultName(Array("customer:10/chat:1".utf8)))))
        #expect(other != v)
        try node1.store.put(Runtime.vaultKey(node1.vaultName(Array("customer:10/chat:1".utf8))), v, ttlSeconds: 60)
        #expect(throws: SFError.self) { try node2.loadVault(scope: Array("customer:10/chat:1".utf8)) }
        server.stop()
        do { _ = try node2.loadVault(scope: Array("customer:9/chat:1".utf8)); Issue.record("expected an error") } catch let e as SFError {
            #expect(e.code == .internal && e.message.contains("unreachable"))
        }
    }

    @Test func oneAlertPerWindowForTheFleet() throws {
        guard let server = RedisServer.start() else { return }
        defer { server.stop() }
        var set = AnomalyDetector.Settings()
        set.windowSeconds = 60; set.minCount = 10; set.factor = 3; set.warmupWindows = 1
        // Ten "processes", each with its own connection, each seeing a tenth of the outflow.
        let detectors = try (0..<10).map { _ in AnomalyDetector(set, store: try RedisStateStore(url: server.url)) }
        let t0 = 6000 * 60
        _ = try detectors[0].record(feature: "chat", signal: "EMAIL", n: 2, now: t0)
        final class Count: @unchecked Sendable { var n = 0; let l = NSLock() }
        let alerts = Count()
        DispatchQueue.concurrentPerform(iterations: 10) { i in
            for _ in 0..<5 {
                if (try! detectors[i].record(feature: "chat", signal: "EMAIL", now: t0 + 60)) != nil { alerts.l.withLock { alerts.n += 1 } }
            }
        }
        #expect(alerts.n == 1)
        // Each detector alone saw 5: below min_count. Per-process counters would never have fired.
    }
}

/// A throw-away redis-server on a free port (no persistence), or nil when none is installed. Spawned
/// and reaped with posix_spawn/kill/waitpid (Foundation's Process can hang in waitUntilExit here).
final class RedisServer: @unchecked Sendable {
    let pid: pid_t
    let port: Int
    let dir: String
    private var stopped = false
    var url: String { "redis://127.0.0.1:\(port)/0" }
    /// A store without prefix: raw commands for the test's own checks.
    let raw: RedisStateStore

    static func start(_ extra: [String] = []) -> RedisServer? {
        let candidates: [String] = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"]
        guard let bin = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let dir = NSTemporaryDirectory() + "sf-redis-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for _ in 0..<5 {
            let port = Int.random(in: 20000..<60000)
            let args = [bin, "--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                        "--dir", dir, "--logfile", dir + "/log"] + extra
            var cargs = args.map { strdup($0) } + [nil]
            defer { for a in cargs { free(a) } }
            var pid: pid_t = 0
            guard posix_spawn(&pid, bin, nil, nil, &cargs, environ) == 0 else { return nil }
            let s = RedisServer(pid, port, dir)
            for _ in 0..<100 {
                if (try? s.raw.run([Array("PING".utf8)])) == .status("PONG") { return s }
                var st: Int32 = 0
                if waitpid(pid, &st, WNOHANG) == pid { break }
                usleep(20_000)
            }
            s.stop()
        }
        return nil
    }

    init(_ pid: pid_t, _ port: Int, _ dir: String) {
        self.pid = pid; self.port = port; self.dir = dir
        var r = RedisSettings()
        r.port = port; r.prefix = ""
        raw = RedisStateStore(settings: r)
    }

    /// A raw command's reply.
    @discardableResult
    func cmd(_ args: String...) -> RedisReply? { try? raw.run(args.map { Array($0.utf8) }) }

    func stop() {
        guard !stopped else { return }
        stopped = true
        kill(pid, SIGKILL)
        var st: Int32 = 0
        waitpid(pid, &st, 0)
        try? FileManager.default.removeItem(atPath: dir)
    }

    deinit { stop() }
}
