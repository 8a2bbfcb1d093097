/// The recognizers one engine runs, built once from its policy: only those whose entity types the
/// policy enables, sorted by call shape and trigger (see `Recognizer.swift`). The candidate pass asks
/// it which recognizers run at a trigger; nothing here changes after `init`.
///
/// To add a recognizer: its file in `Recognizers/` (conforming to one or more call shapes, its context
/// words next to it) and one `add` line below. The order of the lines is the order in which
/// recognizers run where their triggers meet.
struct RecognizerRegistry: Sendable {
    /// Every registered recognizer and its call objects: owns them. The lists below refer to them
    /// without retaining (`Unmanaged`), so the per-trigger calls do no reference counting; they live as long as this.
    let all: [any Recognizer]
    private let calls: [any Sendable & AnyObject]
    /// Number recognizers in order, each with its `digitCounts` and `decisiveScore`.
    let number: [NumberSlot]
    /// Run at a number start before the `NumberRun` parse.
    let numberStart: [PositionSlot]
    let wordStart: [PositionSlot]
    /// Byte-triggered recognizers grouped by byte: those for `b` are `byByte[byteFrom[b]..<byteFrom[b + 1]]`.
    let byByte: [PositionSlot]
    let byteFrom: [Int]
    let text: [any TextRecognizer]
    let tokens: [any TokenRecognizer]

    struct NumberSlot: @unchecked Sendable {
        let call: Unmanaged<NumberCall>
        let minDigits: Int, maxDigits: Int
        let decisive: Double
        let pauseAfter: Bool
        @inline(__always) func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate? {
            try call._withUnsafeGuaranteedRef { try $0.recognize(&s, run, at: i) }
        }
    }

    struct PositionSlot: @unchecked Sendable {
        let call: Unmanaged<PositionCall>
        @inline(__always) func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? {
            try call._withUnsafeGuaranteedRef { try $0.recognize(&s, sc, at: i) }
        }
    }

    /// Why call objects: a call through `any PositionRecognizer` copies the existential out to open it,
    /// a retain and a release around every call (~40 instructions), and a `NumberRun` argument was copied
    /// for each (264 bytes): together ~4 % of the scan. A method of a non-generic base class called
    /// through `Unmanaged._withUnsafeGuaranteedRef` runs at +0, and its generic subclass calls the concrete
    /// recognizer at +0 too.
    /// Immutable after init (an unretained reference to an immutable recognizer): `@unchecked Sendable`.
    class PositionCall: @unchecked Sendable {
        func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? { nil }
    }
    final class PositionCallOf<R: PositionRecognizer>: PositionCall {
        let r: Unmanaged<R>
        init(_ r: R) { self.r = .passUnretained(r) }
        override func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? {
            try r._withUnsafeGuaranteedRef { try $0.recognize(&s, sc, at: i) }
        }
    }
    class NumberCall: @unchecked Sendable {
        func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate? { nil }
    }
    final class NumberCallOf<R: NumberRecognizer>: NumberCall {
        let r: Unmanaged<R>
        init(_ r: R) { self.r = .passUnretained(r) }
        override func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate? {
            try r._withUnsafeGuaranteedRef { try $0.recognize(&s, run, at: i) }
        }
    }

    /// `normalized` puts deny-list terms through the normalization the text goes through.
    init(policy: Policy, normalized: (String) throws -> [UInt8]) throws {
        // The shared tables are built here, once, not inside the first scan.
        _ = (Engine.anyThird, Engine.interestingPairs, Engine.triples, TokenFormat.index.byPair.count,
             Placeholder.markersByFirst.count, OrderNumberRecognizer.lists.other.byFirst.count, Normalizer.noop.count,
             SecretRecognizer.componentNames.byFirst.count, SecretRecognizer.providerKeys.byFirst.count)
        var r = Builder(policy: policy)
        // At a number start: IPv4 first (a sure address ends the trigger), then card, phone, order, SSN;
        // a UPS `1Z…` (tracking) before the parse. At a word start: IBAN, order, tracking, secret prefixes,
        // obfuscated e-mail. At `:`: IPv6, then a secret assignment.
        try r.add(IPAddressRecognizer.init)
        try r.add(CreditCardRecognizer.init)
        try r.add(PhoneRecognizer.init)
        // IBAN before the order number at a word start: an order word before an IBAN ("refund for order …
        // to FR76…") must not make the account an order id, and a valid IBAN is the surer reading.
        try r.add(IBANRecognizer.init)
        try r.add(OrderNumberRecognizer.init)
        // Numbers read aloud in a call transcript, in groups with pauses between (cards, phones, orders).
        try r.add { SpokenNumberRecognizer(policy: policy) }
        try r.add(SSNRecognizer.init)
        // As before the registry: a letter-start parcel number (S10) is looked for only where an IBAN
        // is (it ran behind the IBAN check), so with IBAN off it is not looked for at word starts.
        try r.add(TrackingNumberRecognizer.init, except: policy.isEnabled(.iban) ? [] : [.wordStart])
        try r.add { try SecretRecognizer(examples: policy.secretExamples) }
        try r.add(EmailRecognizer.init)
        // The whole view: custom patterns (whatever the operators say, in the policy's order), then the deny list.
        if !policy.patterns.isEmpty { try r.add { try CustomPatternRecognizer(policy: policy) } }
        if !policy.deny.isEmpty {
            try r.add { try DenyList(terms: policy.deny.map { String(decoding: try normalized($0), as: UTF8.self) }) }
        }
        // Tokens: addresses, then names.
        try r.add(AddressRecognizer.init)
        try r.add(PersonRecognizer.init)

        all = r.all
        calls = r.calls
        number = r.number
        numberStart = r.numberStart
        wordStart = r.wordStart
        // Stable by byte, so recognizers sharing a byte keep their registration order.
        let sorted = r.bytes.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
        byByte = sorted.map(\.1)
        var from = [Int](repeating: 0, count: 257)
        for (b, _) in sorted { from[Int(b) + 1] += 1 }
        for k in 1...256 { from[k] += from[k - 1] }
        byteFrom = from
        text = r.text
        tokens = r.tokens
    }

    var hasTokenRecognizers: Bool { !tokens.isEmpty }

    private struct Builder {
        let policy: Policy
        var all: [any Recognizer] = []
        var calls: [any Sendable & AnyObject] = []
        var number: [NumberSlot] = []
        var numberStart: [PositionSlot] = []
        var wordStart: [PositionSlot] = []
        var bytes: [(UInt8, PositionSlot)] = []
        var text: [any TextRecognizer] = []
        var tokens: [any TokenRecognizer] = []

        /// Builds the recognizer when the policy enables one of its types (a recognizer without
        /// built-in types, custom patterns, always) and files it under each of its call shapes.
        mutating func add<R: Recognizer>(_ make: () throws -> R, except: [Trigger] = []) throws {
            guard R.entityTypes.isEmpty || R.entityTypes.contains(where: policy.isEnabled) else { return }
            let r = try make()
            all.append(r)
            if let n = r as? any NumberRecognizer {
                let t = type(of: n)
                let c = Self.numberCall(n)
                calls.append(c)
                number.append(NumberSlot(call: .passUnretained(c), minDigits: t.digitCounts.lowerBound, maxDigits: t.digitCounts.upperBound, decisive: t.decisiveScore, pauseAfter: t.pauseAfter))
            }
            if let p = r as? any PositionRecognizer {
                let c = Self.positionCall(p)
                calls.append(c)
                let slot = PositionSlot(call: .passUnretained(c))
                for t in type(of: p).triggers where !except.contains(t) {
                    switch t {
                    case .numberStart: numberStart.append(slot)
                    case .wordStart: wordStart.append(slot)
                    case .byte(let b):
                        precondition(ByteClass.table[Int(b)] & ByteClass.trigger != 0, "trigger byte \(b) is not in ByteClass's trigger set")
                        bytes.append((b, slot))
                    }
                }
            }
            if let x = r as? any TextRecognizer { text.append(x) }
            if let x = r as? any TokenRecognizer { tokens.append(x) }
        }

        // The existential is opened here, once, so each call object knows its recognizer's concrete type.
        static func numberCall<N: NumberRecognizer>(_ n: N) -> NumberCall { NumberCallOf(n) }
        static func positionCall<P: PositionRecognizer>(_ p: P) -> PositionCall { PositionCallOf(p) }
    }
}
