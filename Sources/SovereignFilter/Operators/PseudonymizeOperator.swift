/// `pseudonymize`: `<EMAIL_1>`, the same token for the same value within a session, reversed by
/// `Session.restore` when the model's reply comes back.
enum PseudonymizeOperator {
    static func apply(_ type: EntityType, canonical: String, original: UnsafeBufferPointer<UInt8>,
                      session: Session, into out: inout [UInt8]) {
        out.append(contentsOf: session.token(for: type, canonical: canonical, original: Array(original)).utf8)
    }
}
