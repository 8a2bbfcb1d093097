import Crypto

/// The one operator dispatch: what replaces a value, for each `OperatorKind`. `Engine.redact` and the
/// output check (`OutputAnalysis.cleaned`) both call it.
///
/// An operator that needs what the caller did not give falls back to `redact`: `pseudonymize` without a
/// session (no vault to restore from, so a pseudonym would be an unrecoverable redaction anyway), `hash`
/// without a key. The output check passes neither, so a leak in a model reply is masked or `[TYPE]`.
/// `block` and `off` never reach here from `Engine.redact` (a block stops the call first; an `off` type
/// is never found) and write `[TYPE]`.
enum Operators {
    /// Appends the replacement of `original` (the value's bytes as written) to `out`. `canonical` is
    /// evaluated only by `hash` and `pseudonymize`.
    @inline(__always)
    static func apply(_ kind: OperatorKind, _ type: EntityType, original: UnsafeBufferPointer<UInt8>,
                      canonical: @autoclosure () -> String, session: Session?, key: SymmetricKey?,
                      into out: inout [UInt8]) {
        switch kind {
        case .redact, .off, .block:
            RedactOperator.apply(type, into: &out)
        case .mask:
            MaskOperator.apply(type, original: original, into: &out)
        case .hash:
            if let key {
                HashOperator.apply(type, canonical: canonical(), key: key, into: &out)
            } else {
                RedactOperator.apply(type, into: &out)
            }
        case .pseudonymize:
            if let session {
                PseudonymizeOperator.apply(type, canonical: canonical(), original: original, session: session, into: &out)
            } else {
                RedactOperator.apply(type, into: &out)
            }
        }
    }
}
