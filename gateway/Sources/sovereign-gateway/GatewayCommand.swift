// sovereign-gateway: an OpenAI-compatible filtering proxy in front of a local model.
import ArgumentParser
import Dispatch
import Foundation
import Hummingbird
import SovereignFilter
import SovereignGateway

@main
struct GatewayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sovereign-gateway",
        abstract: "OpenAI-compatible proxy that pseudonymizes requests and checks replies of a local model.",
        discussion: """
        Every flag can also be set by an environment variable (the flag wins): SOVEREIGN_GATEWAY_LISTEN,
        _UPSTREAM, _POLICY, _STATE_DIR, _CANARY_UPSTREAM, _CANARY_PERCENT, _SEALING_KEY (the key itself),
        _SEALING_KEY_FILE, _UPSTREAM_API_KEY, _CONNECT_TIMEOUT, _READ_TIMEOUT, _REQUEST_TIMEOUT,
        _BLOCK_RESPONSE, _MAX_BODY_BYTES, _IDENTITY_HEADER, _SESSION_TTL, _MAX_SESSION_BYTES. Without a
        sealing key, one is created in STATE_DIR/sealing.key; replicas behind a load balancer share the
        state directory and the key.
        Session vaults are bound to the caller: the Authorization value, or --identity-header set by a
        trusted proxy. Without either, only session ids the gateway issued (x-session-id response
        header) continue a conversation.
        The policy file is reloaded when it changes and on SIGHUP; a bad policy is refused and the
        running one kept.
        """)

    @Option(help: "HOST:PORT to listen on (default 127.0.0.1:8899).") var listen: String?
    @Option(help: "Base URL of the OpenAI-compatible upstream, e.g. http://127.0.0.1:11434/v1 (Ollama).") var upstream: String?
    @Option(help: "Policy JSON file.") var policy: String?
    @Option(name: .customLong("state-dir"), help: "State directory: kill switch, inference log, session vaults.") var stateDir: String?
    @Option(help: "Redis/Valkey URL for state shared by replicas: kill switch, session vaults, outflow counters, canary flag (redis://[user:password@]host:port/db, unix:///path).") var redis: String?
    @Option(name: .customLong("canary-upstream"), help: "Base URL of a new model under canary roll-out.") var canaryUpstream: String?
    @Option(name: .customLong("canary-percent"), help: "Percent of sessions (sticky) sent to the canary upstream.") var canaryPercent: Int?
    @Option(name: .customLong("sealing-key-file"), help: "File holding the key that seals session vaults (>= 16 bytes).") var sealingKeyFile: String?
    @Option(name: .customLong("connect-timeout"), help: "Seconds to connect to the upstream (default 5).") var connectTimeout: Double?
    @Option(name: .customLong("read-timeout"), help: "Longest silence of the upstream, seconds (default 60).") var readTimeout: Double?
    @Option(name: .customLong("request-timeout"), help: "Longest whole upstream exchange, seconds (default 300).") var requestTimeout: Double?
    @Option(name: .customLong("block-response"), help: "error (HTTP 400, OpenAI error) or refusal (an assistant message).") var blockResponse: String?
    @Option(name: .customLong("max-body-bytes"), help: "Largest request body (default 8 MiB).") var maxBodyBytes: Int?
    @Option(name: .customLong("identity-header"), help: "Header a trusted front proxy sets to name the caller (e.g. x-user-id); vaults are bound to it instead of Authorization.") var identityHeader: String?
    @Option(name: .customLong("session-ttl"), help: "Seconds after its last use that a session vault expires (default 86400).") var sessionTTL: Int?
    @Option(name: .customLong("max-session-bytes"), help: "Largest sealed session vault; beyond it requests fail with 413 session_full (default 8 MiB).") var maxSessionBytes: Int?
    @Flag(name: .customLong("no-log"), help: "Do not write the inference log.") var noLog = false

    func env(_ k: String) -> String? {
        guard let v = ProcessInfo.processInfo.environment["SOVEREIGN_GATEWAY_" + k], !v.isEmpty else { return nil }
        return v
    }

    func makeConfig() throws -> GatewayConfig {
        var c = GatewayConfig()
        (c.host, c.port) = try GatewayConfig.parseListen(listen ?? env("LISTEN") ?? "127.0.0.1:8899")
        c.upstream = try GatewayConfig.upstreamBase(upstream ?? env("UPSTREAM") ?? c.upstream, flag: "--upstream")
        if let u = canaryUpstream ?? env("CANARY_UPSTREAM") { c.canaryUpstream = try GatewayConfig.upstreamBase(u, flag: "--canary-upstream") }
        if let p = canaryPercent ?? env("CANARY_PERCENT").flatMap({ Int($0) }) {
            guard (0...100).contains(p) else { throw ValidationError("--canary-percent must be 0…100") }
            c.canaryPercent = p
        }
        if c.canaryPercent > 0 && c.canaryUpstream == nil { throw ValidationError("--canary-percent needs --canary-upstream") }
        c.policyPath = policy ?? env("POLICY")
        c.stateDir = stateDir ?? env("STATE_DIR")
        if let r = redis ?? env("REDIS") {
            do { c.redis = try RedisSettings(url: r) } catch let e as SFError { throw ValidationError("--redis: \(e.message)") }
        }
        c.upstreamAPIKey = env("UPSTREAM_API_KEY")
        if let t = connectTimeout ?? env("CONNECT_TIMEOUT").flatMap({ Double($0) }) { c.connectTimeout = t }
        if let t = readTimeout ?? env("READ_TIMEOUT").flatMap({ Double($0) }) { c.readTimeout = t }
        if let t = requestTimeout ?? env("REQUEST_TIMEOUT").flatMap({ Double($0) }) { c.requestTimeout = t }
        if let m = maxBodyBytes ?? env("MAX_BODY_BYTES").flatMap({ Int($0) }) { c.maxBodyBytes = m }
        if let b = blockResponse ?? env("BLOCK_RESPONSE") {
            guard let v = BlockResponse(rawValue: b) else { throw ValidationError("--block-response must be error or refusal") }
            c.blockResponse = v
        }
        c.identityHeader = identityHeader ?? env("IDENTITY_HEADER")
        if let h = c.identityHeader {
            let lower = h.lowercased()
            guard !lower.isEmpty, lower.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F }),
                  !["authorization", "x-session-id", "cookie", "host"].contains(lower) else {
                throw ValidationError("--identity-header must be a header name such as x-user-id, got '\(h)'")
            }
        }
        if let t = sessionTTL ?? env("SESSION_TTL").flatMap({ Int($0) }) {
            guard t > 0 else { throw ValidationError("--session-ttl must be > 0 seconds") }
            c.sessionTTLSeconds = t
        }
        if let m = maxSessionBytes ?? env("MAX_SESSION_BYTES").flatMap({ Int($0) }) {
            guard m >= 4096 else { throw ValidationError("--max-session-bytes must be at least 4096") }
            c.maxSessionBytes = m
        }
        c.inferenceLog = !noLog
        c.sealingKey = try sealingKey(stateDir: c.stateDir)
        return c
    }

    /// The key from the environment, a file, or (first start) a new random key kept in the state directory.
    func sealingKey(stateDir: String?) throws -> [UInt8] {
        if let k = env("SEALING_KEY") {
            guard k.utf8.count >= 16 else { throw ValidationError("SOVEREIGN_GATEWAY_SEALING_KEY must be at least 16 bytes") }
            return Array(k.utf8)
        }
        var path = sealingKeyFile ?? env("SEALING_KEY_FILE")
        let explicit = path != nil
        if path == nil {
            let dir = stateDir ?? ProcessInfo.processInfo.environment["SOVEREIGN_FILTER_STATE_DIR"] ?? "/var/tmp/sovereign-filter"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            path = dir + "/sealing.key"
        }
        let p = path!
        if let d = FileManager.default.contents(atPath: p) {
            var k = Array(d)
            while let last = k.last, last == 0x0A || last == 0x0D { k.removeLast() }
            guard k.count >= 16 else { throw ValidationError("sealing key in \(p) is shorter than 16 bytes") }
            return k
        }
        guard !explicit else { throw ValidationError("sealing key file \(p) cannot be read") }
        var k = [UInt8](repeating: 0, count: 32)
        var rng = SystemRandomNumberGenerator()
        for i in k.indices { k[i] = UInt8.random(in: 0...255, using: &rng) }
        let hex = Array(k.map { String(format: "%02x", $0) }.joined().utf8)
        guard FileManager.default.createFile(atPath: p, contents: Data(hex), attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError("cannot create \(p)")
        }
        FileHandle.standardError.write(Data("sovereign-gateway: created a new sealing key in \(p)\n".utf8))
        return hex
    }

    func run() async throws {
        let config = try makeConfig()
        let gateway: Gateway
        do { gateway = try Gateway(config: config) } catch {
            FileHandle.standardError.write(Data("sovereign-gateway: cannot start: \(error)\n".utf8))
            throw ExitCode(78)
        }
        // Policy: re-read on change (polled) and on SIGHUP. Old session vaults are swept hourly.
        signal(SIGHUP, SIG_IGN)
        let hup = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        hup.setEventHandler {
            let o = gateway.policies.reload(force: true)
            gateway.metrics.policyReload(o == .reloaded ? "reloaded" : "refused")
        }
        hup.resume()
        let watcher = Task.detached {
            var ticks = 0
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(Int(config.policyRecheckSeconds * 1000)))
                switch gateway.policies.reload() {
                case .reloaded: gateway.metrics.policyReload("reloaded")
                case .refused: gateway.metrics.policyReload("refused")
                case .unchanged: break
                }
                ticks += 1
                // Expired vaults are refused when opened; the sweep removes them from disk.
                if ticks % max(1, min(3600, config.sessionTTLSeconds / 2)) == 1 { gateway.sessions.sweep(ttl: config.sessionTTLSeconds) }
            }
        }
        let app = Application(
            router: gateway.makeRouter(),
            configuration: .init(address: .hostname(config.host, port: config.port), serverName: "sovereign-gateway"),
            onServerRunning: { _ in
                FileHandle.standardError.write(Data("sovereign-gateway: listening on \(config.host):\(config.port), upstream \(config.upstream)\n".utf8))
            })
        do { try await app.runService() } catch {
            FileHandle.standardError.write(Data("sovereign-gateway: \(error)\n".utf8))
        }
        watcher.cancel()
        hup.cancel()
        try? await gateway.shutdown()
    }
}

