/// Every way an exchange of the OpenAI protocol can end without a model answer, with the HTTP status
/// and the OpenAI-style error body the client receives. The message never quotes the request text
/// (fail closed: nothing raw leaves through an error). The gateway answers with it; other front ends
/// (the C ABI's protocol filter, the PHP and Python clients) map it to their own errors.
public struct ProtocolFailure: Error, Sendable, CustomStringConvertible {
    public let status: Int
    public let type: String
    public let code: String
    public let message: String
    public var description: String { "\(status) \(code): \(message)" }

    public init(status: Int, type: String, code: String, message: String) {
        self.status = status
        self.type = type
        self.code = code
        self.message = message
    }

    public static func badRequest(_ m: String) -> ProtocolFailure { .init(status: 400, type: "invalid_request_error", code: "invalid_request", message: m) }
    public static func tooLarge(_ m: String) -> ProtocolFailure { .init(status: 413, type: "invalid_request_error", code: "request_too_large", message: m) }
    public static func blocked(_ m: String, code: String) -> ProtocolFailure { .init(status: 400, type: "sovereign_filter_blocked", code: code, message: m) }
    public static func conflict(_ m: String) -> ProtocolFailure { .init(status: 409, type: "conflict", code: "session_busy", message: m) }
    public static func disabled(_ m: String) -> ProtocolFailure { .init(status: 503, type: "service_unavailable", code: "ai_disabled", message: m) }
    public static func upstream(_ m: String) -> ProtocolFailure { .init(status: 502, type: "upstream_error", code: "upstream_unavailable", message: m) }
    public static func upstreamTimeout(_ m: String) -> ProtocolFailure { .init(status: 504, type: "upstream_error", code: "upstream_timeout", message: m) }
    /// The conversation's vault is full (`max_session_values`, `--max-session-bytes`): fail closed.
    public static func sessionFull(_ m: String) -> ProtocolFailure { .init(status: 413, type: "invalid_request_error", code: "session_full", message: m) }
    /// A conversation sealed in another region: this instance serves one region and never restores another's data.
    public static func wrongRegion(_ m: String) -> ProtocolFailure { .init(status: 421, type: "invalid_request_error", code: "wrong_region", message: m) }
    /// The upstream answered something the gateway cannot inspect (not JSON, not SSE): never forwarded.
    public static func unreadable(_ m: String) -> ProtocolFailure { .init(status: 502, type: "upstream_error", code: "upstream_unreadable", message: m) }
    public static func internalError(_ m: String) -> ProtocolFailure { .init(status: 500, type: "server_error", code: "filter_error", message: m) }

    /// Maps an engine error: input the engine refuses is the client's fault (4xx), the rest is ours.
    public static func from(_ e: SFError) -> ProtocolFailure {
        switch e.code {
        case .invalidUTF8, .invalidArgument: return .badRequest("request text rejected by the filter: \(e.code.description)")
        case .tooLarge: return .tooLarge("request text exceeds the filter's max_input_bytes")
        case .disabled: return .disabled("AI features are switched off (kill switch)")
        case .blocked: return .blocked("request blocked by policy", code: "policy_block")
        case .sessionFull: return .sessionFull("the conversation holds max_session_values values; start a new session")
        case .region: return .wrongRegion("the conversation belongs to another region; send it to that region's endpoint")
        default: return .internalError("the filter failed (\(e.code.description)); nothing was forwarded")
        }
    }

    /// The failure as the events that end a stream: for the Responses API its `error` event (whose
    /// `error` member makes clients raise as for chat), else a `data:` error object and `[DONE]`.
    public func sseFrames(responses: Bool) -> [UInt8] {
        if responses {
            var out = Array("event: error\ndata: ".utf8)
            JSON.write(.object([JSONMember("type", .string("error")), JSONMember("code", .string(code)),
                                JSONMember("message", .string(message)), JSONMember("param", .null),
                                JSONMember("error", .object([JSONMember("message", .string(message)), JSONMember("type", .string(type)),
                                                            JSONMember("code", .string(code))]))]), into: &out)
            return out + Array("\n\n".utf8)
        }
        return Array("data: ".utf8) + json() + Array("\n\ndata: [DONE]\n\n".utf8)
    }

    public func json() -> [UInt8] {
        var out: [UInt8] = Array(#"{"error":{"message":"#.utf8)
        JSON.writeString(message, into: &out)
        out += Array(#","type":"#.utf8)
        JSON.writeString(type, into: &out)
        out += Array(#","code":"#.utf8)
        JSON.writeString(code, into: &out)
        out += Array(#","param":null}}"#.utf8)
        return out
    }
}
