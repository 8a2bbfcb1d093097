/// TRACKING_NUMBER: UPS `1Z…` with its check digit and UPU S10 (`LX123456785DE`) with its mod-11
/// check. Off in the default policy: a parcel number alone is not personal data.
final class TrackingNumberRecognizer: PositionRecognizer {
    static let entityTypes: [EntityType] = [.trackingNumber]
    /// UPS `1Z…` at a number start (before the number parse), S10 at a word start.
    static let triggers: [Trigger] = [.numberStart, .wordStart]
    let ups: Pattern
    let s10: Pattern

    init() throws {
        ups = try Pattern(name: "TRACKING_UPS", #"1Z[0-9A-Z]{16}(?![0-9A-Za-z])"#, caseless: true)
        s10 = try Pattern(name: "TRACKING_S10", #"[A-Z]{2}\d{9}[A-Z]{2}(?![0-9A-Za-z])"#)
    }

    func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? { try recognize(&s, i) }

    func recognize(_ s: inout ScanState, _ i: Int) throws -> Int? {
        let c = s.t[i]
        let p: Pattern
        if c == UInt8(ascii: "1") && ByteClass.upper(s.at(i + 1)) == UInt8(ascii: "Z") { p = ups }
        else if ByteClass.isUpper(c) && ByteClass.isUpper(s.at(i + 1)) && ByteClass.isDigit(s.at(i + 2)) { p = s10 }
        else { return nil }
        guard let (a, b) = try p.match(s.t, from: i, s.ms) else { return nil }
        let chars = Array(s.t[a..<b].map { ByteClass.upper($0) })
        guard p === ups ? ParcelCheck.ups(chars[...]) : ParcelCheck.s10(chars[...]) else { return nil }
        s.out.append(Candidate(start: a, end: b, type: .trackingNumber, score: 0.85))
        return b
    }
}
