/// The one error type of the library. Its `code` mirrors the C ABI's `sf_status`, so every surface
/// (Swift, C, PHP, CLI) reports the same family for the same failure.
public struct SFError: Error, Equatable, Sendable, CustomStringConvertible {
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// The call's verdict is "block": a policy operator asked for it. Not a malfunction.
        public static let blocked = Code(rawValue: 1)
        /// A caller error: NULL pointer, bad handle, tampered sealed session, unknown option.
        public static let invalidArgument = Code(rawValue: 2)
        /// The input text is not valid UTF-8.
        public static let invalidUTF8 = Code(rawValue: 3)
        /// The policy document is malformed or names something that does not exist.
        public static let policy = Code(rawValue: 4)
        /// A pattern hit its match, depth or heap limit: the text was NOT fully scanned.
        public static let limit = Code(rawValue: 5)
        /// The input exceeds the policy's `max_input_bytes`.
        public static let tooLarge = Code(rawValue: 6)
        /// The kill switch is on for this feature.
        public static let disabled = Code(rawValue: 7)
        /// Memory could not be allocated.
        public static let noMemory = Code(rawValue: 8)
        /// A bug or an unexpected library failure (ICU, PCRE2).
        public static let `internal` = Code(rawValue: 9)
        /// A session's vault would grow past the policy's `max_session_values`: nothing was pseudonymized
        /// and the vault is unchanged (or a sealed session holds more values than the cap).
        public static let sessionFull = Code(rawValue: 10)
        /// A sealed session of another region (or of none, to an engine that serves one): refused even
        /// when it opens under this engine's key, so one region's data never restores in another.
        public static let region = Code(rawValue: 11)

        public var description: String {
            switch self {
            case .blocked: return "SF_BLOCKED"
            case .invalidArgument: return "SF_E_INVALID_ARGUMENT"
            case .invalidUTF8: return "SF_E_INVALID_UTF8"
            case .policy: return "SF_E_POLICY"
            case .limit: return "SF_E_LIMIT"
            case .tooLarge: return "SF_E_TOO_LARGE"
            case .disabled: return "SF_E_DISABLED"
            case .noMemory: return "SF_E_NOMEM"
            case .sessionFull: return "SF_E_SESSION_FULL"
            case .region: return "SF_E_REGION"
            default: return "SF_E_INTERNAL"
            }
        }
    }

    public let code: Code
    public let message: String
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
    public var description: String { "\(code): \(message)" }

    static func invalidUTF8(at offset: Int) -> SFError {
        SFError(.invalidUTF8, "invalid UTF-8 at byte \(offset)")
    }
    static func policy(_ field: String, _ why: String) -> SFError {
        SFError(.policy, "policy: \(field): \(why)")
    }
}
