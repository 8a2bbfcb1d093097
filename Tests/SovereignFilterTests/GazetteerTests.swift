import Testing
@testable import SovereignFilter

/// The generated name lists (`NER/Data/FirstNames.swift`, `Surnames.swift`): same entries as the
/// generation described in PROVENANCE.md, and look-ups through `Gazetteer` behave as before.
struct GazetteerTests {
    /// FNV-1a 64 of a list's UTF-8: pins the exact content (entries, order, separators).
    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }

    /// name, list, entries, UTF-8 bytes, FNV-1a 64 (taken from the one-entry-per-line generation
    /// before the lists became one-line literals: the string values are identical).
    static let lists: [(String, String, Int, Int, UInt64)] = [
        ("firstNames", GazetteerData.firstNames, 51_089, 385_553, 0x60A9_50BE_2189_B16A),
        ("ambiguousFirstNames", GazetteerData.ambiguousFirstNames, 917, 5_154, 0x9E79_0705_EA93_90D9),
        ("surnames", GazetteerData.surnames, 46_326, 357_105, 0x8DEA_F7AF_936F_3261),
        ("ambiguousSurnames", GazetteerData.ambiguousSurnames, 1_797, 10_884, 0x8CFF_3C67_5297_678C),
    ]

    @Test func listsKeepTheirEntries() {
        for (name, data, count, bytes, fingerprint) in Self.lists {
            let entries = data.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(entries.count == count, "\(name)")
            #expect(Set(entries).count == count, "\(name): duplicates")
            let empty = entries.filter(\.isEmpty).count
            #expect(empty == 0, "\(name): empty entry")
            #expect(data.utf8.count == bytes, "\(name)")
            #expect(Self.fnv1a(data) == fingerprint, "\(name): content changed")
            // sorted by code point, already lower case (the loader's lowercasing is a no-op)
            let sorted = zip(entries, entries.dropFirst()).allSatisfy { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let lower = entries.allSatisfy { String($0).lowercased() == String($0) }
            #expect(sorted, "\(name)")
            #expect(lower, "\(name)")
        }
        let plain = Set(GazetteerData.firstNames.split(separator: "\n"))
        #expect(plain.isDisjoint(with: GazetteerData.ambiguousFirstNames.split(separator: "\n")))
        let sur = Set(GazetteerData.surnames.split(separator: "\n"))
        #expect(sur.isDisjoint(with: GazetteerData.ambiguousSurnames.split(separator: "\n")))
    }

    @Test func knownNamesAreFound() {
        let g = Gazetteer.shared
        for w in ["kreszenz", "tassilo", "songül", "élodie", "elodie", "sükrü", "şükrü", "anna", "jean"] {
            #expect(g.firstNames.contains(w), "\(w)")
        }
        for w in ["will", "may", "rose", "mark", "paris"] { #expect(g.ambiguousFirstNames.contains(w), "\(w)") }
        for w in ["müller", "koch", "smith", "anna", "jean"] { #expect(g.surnames.contains(w), "\(w)") }
        for w in ["black", "kunde", "haus", "will"] { #expect(g.ambiguousSurnames.contains(w), "\(w)") }
        // keys are lower case: capitalised and upper-case spellings hash to the same key
        for w in ["Élodie", "TASSILO", "Songül", "ŞÜKRÜ"] { #expect(g.firstNames.contains(w), "\(w)") }
        for w in ["Müller", "MÜLLER", "Koch"] { #expect(g.surnames.contains(w), "\(w)") }
        // plain and ambiguous lists are disjoint; function words are in none of them
        for w in ["will", "may", "paris"] { #expect(!g.firstNames.contains(w), "\(w)") }
        for w in ["black", "haus"] { #expect(!g.surnames.contains(w), "\(w)") }
        for w in ["the", "bestellung", "xqzv", ""] {
            #expect(!g.firstNames.contains(w) && !g.ambiguousFirstNames.contains(w), "\(w)")
            #expect(!g.surnames.contains(w) && !g.ambiguousSurnames.contains(w), "\(w)")
        }
    }

    /// Every entry of every list is found through its set (the loader drops nothing).
    @Test func everyEntryIsFound() {
        let g = Gazetteer.shared
        let sets = [g.firstNames, g.ambiguousFirstNames, g.surnames, g.ambiguousSurnames]
        for ((name, data, _, _, _), set) in zip(Self.lists, sets) {
            let missing = data.split(separator: "\n").filter { !set.contains(String($0)) }
            #expect(missing.isEmpty, "\(name): \(missing.prefix(5))")
        }
    }

    /// First-use cost of the four name lists (the bulk of `Gazetteer.shared`), printed for the record.
    @Test func loadTime() {
        let clock = ContinuousClock()
        var found = 0
        let t = clock.measure {
            for (_, data, _, _, _) in Self.lists where Gazetteer.nameSet(data).contains("anna") { found += 1 }
        }
        print("gazetteer: 4 name lists loaded in \(t)")
        #expect(found == 2)
    }
}
