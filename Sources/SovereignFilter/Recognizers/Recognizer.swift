/// What every recognizer declares: the entity types it can report. The registry
/// (`RecognizerRegistry`) builds a recognizer and registers it only when the policy enables one of them.
/// A recognizer then takes one or more of the call shapes below, each named after what triggers it;
/// its context words live in its own file (`static let context…`). Recognizers are immutable final
/// classes: the candidate pass calls them through unretained references (`RecognizerRegistry`), so a
/// call costs an indirect jump and no reference counting.
protocol Recognizer: AnyObject, Sendable {
    static var entityTypes: [EntityType] { get }
}

/// Where a `PositionRecognizer` runs. The candidate pass decides that a trigger holds; the recognizer
/// checks the rest itself (its own cheap preconditions first, then its pattern).
enum Trigger: Equatable {
    /// A letter at a word start that passes the two-letter filter (`Engine.interestingStart` in `Candidates/CandidatePass.swift`)
    /// or has a digit third. A recognizer whose words do not pass that filter must extend it.
    case wordStart
    /// A number start (a digit at a word start, a `+` or `(` before one), before `NumberRun` is parsed:
    /// a match here ends the trigger and the number recognizers do not run (UPS `1Z…`).
    case numberStart
    /// One byte outside words; it must be in `ByteClass`'s trigger set (`@#+([{<:=-_~`). A `(` before
    /// a digit or `+` is a number start instead, and its byte recognizers do not run.
    case byte(UInt8)
}

/// Runs at a position: appends its own candidates to `s.out` and returns where the scan resumes, or
/// nil when it finds nothing here. Where several share a trigger they run in registration order and
/// the first non-nil answer ends the trigger (at `:`, IPv6 before a secret assignment).
protocol PositionRecognizer: Recognizer {
    static var triggers: [Trigger] { get }
    func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int?
}

/// Judges the one `NumberRun` parsed at a number start (card, phone, order, SSN, IPv4): returns a
/// candidate and lets the candidate pass keep the best one (higher score, then longer span; an equal
/// one found later does not replace it). They run in registration order.
protocol NumberRecognizer: Recognizer {
    /// After this recognizer, a best candidate scoring at least this ends the trigger: the later
    /// number recognizers do not run (an IPv4 address at 0.9 is not also read as a phone). Default: never.
    static var decisiveScore: Double { get }
    /// The run's digit counts it can accept: outside them it returns nil, and the pass does not call it.
    static var digitCounts: ClosedRange<Int> { get }
    /// True for a recognizer of numbers read out in pieces: the pass calls it only where a pause can
    /// follow the run (`SpokenPause.mayStart`), a byte test instead of a call at every number start.
    static var pauseAfter: Bool { get }
    func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate?
}

extension NumberRecognizer {
    static var decisiveScore: Double { .infinity }
    static var digitCounts: ClosedRange<Int> { 1...Int.max }
    static var pauseAfter: Bool { false }
}

/// Scans the whole normalized view once per call (custom patterns, the deny list), after the
/// candidate pass; appends to `s.out`.
protocol TextRecognizer: Recognizer {
    func scan(_ s: inout ScanState) throws
}

/// Works on tokens (names, addresses): runs over each segment of the normalized view
/// (`NER/Segments.swift`) with the segment's tokens; offsets in `out` are relative to the segment.
protocol TokenRecognizer: Recognizer {
    func run(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ gz: Gazetteer, into out: inout [Candidate])
}
