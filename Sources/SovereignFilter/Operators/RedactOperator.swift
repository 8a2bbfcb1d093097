/// `redact`: the value is replaced by its type in brackets, `[EMAIL]` (`ReplacementToken.writeRedaction`).
enum RedactOperator {
    @inline(__always)
    static func apply(_ type: EntityType, into out: inout [UInt8]) {
        ReplacementToken.writeRedaction(type, into: &out)
    }
}
