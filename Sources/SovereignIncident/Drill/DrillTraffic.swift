import Foundation

/// The drill's shop: customers who ask about their orders (their own e-mail and IBAN in some prompts,
/// as real support chats have — the outflow detector's baseline), a model that answers normally, and,
/// once the leak starts, a model that pastes other customers' records and secrets into its replies.
/// All values are synthetic but valid (IBAN check digits, Luhn), so the real recognizers judge them.
struct DrillTraffic {
    static let first = ["anna", "jonas", "marie", "lukas", "sophie", "felix", "emma", "paul", "lea", "noah", "clara", "elias"]
    static let last = ["schmidt", "weber", "meyer", "wagner", "becker", "hoffmann", "schulz", "koch", "richter", "wolf"]

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// A valid German IBAN for a 10-digit account number.
    static func iban(_ account: Int) -> String {
        let bban = "37040044" + pad(account % 10_000_000_000, 10)
        // Check digits: BBAN + "DE00" as digits (D=13, E=14), mod 97.
        var rem = 0
        for c in (bban + "131400") { rem = (rem * 10 + Int(String(c))!) % 97 }
        let check = pad(98 - rem, 2)
        let raw = "DE" + check + bban
        // Printed in groups of four, as customers write it.
        return stride(from: 0, to: raw.count, by: 4).map { i -> String in
            let a = raw.index(raw.startIndex, offsetBy: i)
            return String(raw[a..<raw.index(a, offsetBy: min(4, raw.count - i))])
        }.joined(separator: " ")
    }

    /// A Visa-shaped card number with a valid Luhn digit.
    static func card(_ n: Int) -> String {
        var digits = [4] + pad((n &* 7_919 &+ 12_345_678_901) % 100_000_000_000_000, 14).map { Int(String($0))! }
        var sum = 0
        for (k, d) in digits.reversed().enumerated() {
            let v = k % 2 == 0 ? d * 2 : d
            sum += v > 9 ? v - 9 : v
        }
        digits.append((10 - sum % 10) % 10)
        let s = digits.map(String.init).joined()
        return stride(from: 0, to: 16, by: 4).map { i in String(s.dropFirst(i).prefix(4)) }.joined(separator: " ")
    }

    static func name(_ n: Int) -> (String, String) { (first[n % first.count], last[(n / first.count) % last.count]) }
    static func email(_ n: Int) -> String { let (f, l) = name(n); return "\(f).\(l)\(n)@shopper-mail.de" }

    static func secret(_ n: Int) -> String {
        let alnum = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
        var x = UInt64(n) &* 0x9E37_79B9_7F4A_7C15 &+ 0xD1B5_4A32_D192_ED03
        var s = "sk_live_"
        for _ in 0..<24 { x = x &* 6364136223846793005 &+ 1442695040888963407; s.append(alnum[Int(x >> 33) % alnum.count]) }
        return s
    }

    /// The customer's message for request `i` (customer ids start at 1000; the leak pool at 1).
    static func prompt(_ i: Int) -> String {
        let c = 1000 + i % 500
        let (f, l) = name(c)
        switch i % 6 {
        case 0: return "Hi, this is \(f.capitalized) \(l.capitalized), my e-mail is \(email(c)). Where is my order 40\(1000 + i % 9000)?"
        case 3: return "Please refund order 40\(1000 + i % 9000) to my account \(iban(c)), and confirm to \(email(c)). Thanks!"
        case 1: return "Do you have the trail running shoes in size 42, and are they waterproof?"
        case 2: return "Which of your espresso machines works with pods and grinds beans?"
        case 4: return "Can I still change the delivery date of my last order to next Friday?"
        default: return "What is your return policy for opened electronics?"
        }
    }

    static let normalReplies = [
        "Your order is packed and ships tomorrow; you will receive a tracking link by e-mail.",
        "Yes, the Trail Pro 2 comes in size 42 and has a waterproof membrane.",
        "The Barista Duo takes pods and has a built-in grinder for beans.",
        "You can change the delivery date in your account under Orders until the parcel is handed over.",
        "Opened electronics can be returned within 30 days if all accessories are included.",
    ]

    /// One leaked value the model pasted into a reply, by type (the value itself stays in this process).
    struct Leak { var type: String; var value: String }

    /// The model's reply: normal, or (with `leak`) one that dumps another customer's record — three
    /// addresses from an order list, an IBAN, a card and, every fourth time, an API key from the prompt.
    static func reply(_ i: Int, leak: Bool) -> (String, [Leak]) {
        guard leak else { return (normalReplies[i % normalReplies.count], []) }
        let others = [(i * 7) % 40 + 1, (i * 7 + 13) % 40 + 1, (i * 7 + 29) % 40 + 1]
        var leaks = others.map { Leak(type: "EMAIL", value: email($0)) }
        leaks.append(Leak(type: "IBAN", value: iban(others[0])))
        leaks.append(Leak(type: "CREDIT_CARD", value: card(others[0])))
        var text = "Here are the recent orders: \(leaks[0].value), \(leaks[1].value) and \(leaks[2].value). "
            + "Refund goes to \(leaks[3].value), card on file \(leaks[4].value)."
        if i % 4 == 0 {
            let s = Leak(type: "SECRET", value: secret(i % 10))
            leaks.append(s)
            text += " Payment API key: \(s.value)"
        }
        return (text, leaks)
    }
}
