/// The kind of a finding: one of the built-in entity types or a name from the policy
/// (a custom pattern's name, `CONFIDENTIAL` for deny-list terms).
public struct EntityType: Hashable, Sendable, CustomStringConvertible, Comparable {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }
    public static func < (a: EntityType, b: EntityType) -> Bool { a.name < b.name }

    public static let email = EntityType("EMAIL")
    public static let creditCard = EntityType("CREDIT_CARD")
    public static let iban = EntityType("IBAN")
    public static let phone = EntityType("PHONE")
    public static let ipAddress = EntityType("IP_ADDRESS")
    public static let orderNumber = EntityType("ORDER_NUMBER")
    public static let trackingNumber = EntityType("TRACKING_NUMBER")
    public static let secret = EntityType("SECRET")
    public static let usSSN = EntityType("US_SSN")
    public static let person = EntityType("PERSON")
    public static let address = EntityType("ADDRESS")
    public static let confidential = EntityType("CONFIDENTIAL")

    /// Every built-in type, in the order the policy documents them.
    public static let builtIn: [EntityType] = [
        .email, .creditCard, .iban, .phone, .ipAddress, .orderNumber, .trackingNumber, .secret, .usSSN, .person, .address, .confidential,
    ]
}

/// One detected entity. `start..<end` are UTF-8 byte offsets into the ORIGINAL text, always on
/// character boundaries.
public struct Finding: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var type: EntityType
    public var score: Double
    public init(start: Int, end: Int, type: EntityType, score: Double) {
        self.start = start
        self.end = end
        self.type = type
        self.score = score
    }
}

/// The findings of one call as the `{"spans":[...]}` JSON object that the CLI prints and the C ABI returns.
public enum FindingsJSON {
    public static func write(_ findings: [Finding], into out: inout [UInt8]) {
        out.append(contentsOf: "{\"spans\": ".utf8)
        writeSpans(findings, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    public static func writeSpans(_ findings: [Finding], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (k, f) in findings.enumerated() {
            if k > 0 { out.append(contentsOf: ", ".utf8) }
            writeSpan(f, into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// One span object, `{"start": …, "end": …, "type": …, "score": …}`, written without building strings
    /// (a scan of a large file writes hundreds of thousands).
    public static func writeSpan(_ f: Finding, into out: inout [UInt8]) {
        out.append(contentsOf: "{\"start\": ".utf8)
        writeInt(f.start, into: &out)
        out.append(contentsOf: ", \"end\": ".utf8)
        writeInt(f.end, into: &out)
        out.append(contentsOf: ", \"type\": ".utf8)
        JSON.writeString(f.type.name, into: &out)
        out.append(contentsOf: ", \"score\": ".utf8)
        writeScore(f.score, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// A score with two decimals, "1.0" from 0.995 up: "0.07", "0.95", "1.0".
    static func writeScore(_ s: Double, into out: inout [UInt8]) {
        let v = Int((s * 100).rounded())
        if v >= 100 {
            out.append(contentsOf: "1.0".utf8)
        } else {
            let c = max(0, v)
            out.append(contentsOf: "0.".utf8)
            out.append(UInt8(ascii: "0") + UInt8(c / 10))
            out.append(UInt8(ascii: "0") + UInt8(c % 10))
        }
    }

    static func writeInt(_ n: Int, into out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        // The digits least significant first, then turned around in place.
        let start = out.count
        var m = n.magnitude
        repeat { out.append(UInt8(ascii: "0") + UInt8(m % 10)); m /= 10 } while m > 0
        out[start...].reverse()
    }

    static func formatScore(_ s: Double) -> String {
        var b: [UInt8] = []
        writeScore(s, into: &b)
        return String(decoding: b, as: UTF8.self)
    }
}
