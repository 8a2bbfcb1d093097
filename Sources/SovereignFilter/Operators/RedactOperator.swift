/// `redact`: the value is replaced by its type in brackets, `[EMAIL]`.
enum RedactOperator {
    static func apply(_ type: EntityType, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        out.append(contentsOf: type.name.utf8)
        out.append(UInt8(ascii: "]"))
    }
}
