import Foundation
import SovereignFilter

/// How a block verdict reaches the client.
public enum BlockResponse: String, Sendable, CaseIterable {
    /// An OpenAI-style error object with HTTP 400 (`type: "sovereign_filter_blocked"`).
    case error
    /// HTTP 200 with an assistant message that declines, so chat UIs show a polite answer.
    case refusal
}

/// Everything the gateway is started with. Flags and environment variables map onto these fields
/// one to one (see `sovereign-gateway --help`).
public struct GatewayConfig: Sendable {
    public var host = "127.0.0.1"
    public var port = 8899
    /// Base URL of the stable upstream's OpenAI-compatible API, ending in `/v1`.
    public var upstream = "http://127.0.0.1:11434/v1"
    /// A new model under test: `canaryPercent` % of sessions (sticky) go there until the anomaly
    /// detector sees its outflow go wrong, then the gateway rolls back by itself.
    public var canaryUpstream: String? = nil
    public var canaryPercent = 0
    public var canaryAnomaly: AnomalyDetector.Settings = {
        var s = AnomalyDetector.Settings()
        s.windowSeconds = 60
        return s
    }()
    public var policyPath: String? = nil
    public var stateDir: String? = nil
    /// A fleet's shared state (kill switch, vaults, counters, canary flag) on Redis/Valkey instead of
    /// the state directory; the inference log and the sealing key file stay in the directory.
    public var redis: RedisSettings? = nil
    /// Key that seals session vaults in the state directory; replicas behind a load balancer share it.
    public var sealingKey: [UInt8]? = nil
    /// Sent upstream as `Authorization: Bearer …`; when nil the client's Authorization is forwarded.
    public var upstreamAPIKey: String? = nil
    public var connectTimeout: Double = 5
    /// Longest silence from the upstream while a reply is arriving.
    public var readTimeout: Double = 60
    /// Longest a whole non-streaming upstream exchange may take.
    public var requestTimeout: Double = 300
    public var maxBodyBytes = 8 << 20
    public var blockResponse: BlockResponse = .error
    /// Bytes of a streamed reply held back while a pseudonym or an entity may still be completing.
    public var holdBack = 256
    /// How often the policy file's stamp is compared (it is also reloaded on SIGHUP).
    public var policyRecheckSeconds = 1.0
    /// Session vaults unused for this long are expired (opened fresh) and deleted.
    public var sessionTTLSeconds = 24 * 3600
    /// Largest sealed session vault; a conversation that would grow past it fails closed (413).
    public var maxSessionBytes = 8 << 20
    /// A header a trusted front proxy sets to name the caller (e.g. `x-user-id`); vaults are bound to
    /// it instead of to the `Authorization` value. Only safe when clients cannot reach the gateway
    /// without passing that proxy, and the proxy overwrites the header.
    public var identityHeader: String? = nil
    /// Write the hash-chained inference log (state dir) unless switched off.
    public var inferenceLog = true

    public init() {}

    /// Parses `host:port` (`[v6]:port` too).
    public static func parseListen(_ s: String) throws -> (String, Int) {
        guard let colon = s.lastIndex(of: ":"), let port = Int(s[s.index(after: colon)...]), (0...65535).contains(port) else {
            throw GatewayError.config("--listen must be HOST:PORT, got '\(s)'")
        }
        var host = String(s[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { throw GatewayError.config("--listen needs a host, got '\(s)'") }
        return (host, port)
    }

    /// Checks an upstream base URL and drops a trailing slash.
    public static func upstreamBase(_ s: String, flag: String) throws -> String {
        guard let u = URL(string: s), let scheme = u.scheme, scheme == "http" || scheme == "https", u.host != nil else {
            throw GatewayError.config("\(flag) must be an http(s) URL such as http://127.0.0.1:11434/v1, got '\(s)'")
        }
        return s.hasSuffix("/") ? String(s.dropLast()) : s
    }
}

public struct GatewayError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public static func config(_ m: String) -> GatewayError { GatewayError(description: m) }
}
