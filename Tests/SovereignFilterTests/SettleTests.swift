import Testing
@testable import SovereignFilter

/// Settling (Sources/SovereignFilter/Settle.swift): what a second pass over the redacted text would find
/// is found on the first, so redacting twice equals redacting once.
struct SettleTests {
    /// `\]-\d{4}` can only match once an e-mail glued to `-1234` has become `[EMAIL]`: settling must widen
    /// that match over the whole token and report one finding over the original bytes.
    @Test func aMatchThatNeedsTheTokenIsFoundOnTheFirstPass() throws {
        let engine = try Engine(policyJSON: Array(#"{"patterns": [{"name": "TAG", "regex": "\\]-\\d{4}"}]}"#.utf8))
        let text = "Mail a@b.de-1234 now"
        let fs = try found(text, engine)
        #expect(fs.map(\.0) == ["TAG"])
        #expect(fs.first?.1 == "a@b.de-1234")
        let once = try redacted(text, engine)
        #expect(once == "Mail [TAG] now")
        #expect(try redacted(once, engine) == once)
    }

    /// Findings between spaces or ordinary punctuation are not rescanned (no cost on ordinary text), and a
    /// pattern that matches a token itself (`[EMAIL]`) is not a new finding.
    @Test func ordinaryTextAndTokenMatches() throws {
        let spaced = "Mail a@b.de, call +49 30 1234567."
        let bytes = Array(spaced.utf8)
        let fs = try defaultEngine.scan(bytes)
        #expect(fs.count == 2)
        #expect(bytes.withUnsafeBufferPointer { b in fs.allSatisfy { !Engine.isGlued($0, b) } })
        let glued = Array("Mail a@b.de#1234".utf8)
        #expect(glued.withUnsafeBufferPointer { Engine.isGlued(Finding(start: 5, end: 11, type: .email, score: 1), $0) })

        let tokenEater = try Engine(policyJSON: Array(#"{"patterns": [{"name": "TOKEN", "regex": "\\[[A-Z]+\\]"}]}"#.utf8))
        let text = "Mail a@b.de-x"
        #expect(try found(text, tokenEater).map(\.0) == ["EMAIL"])
    }

    /// A custom pattern that grows by one word per rescan never settles: that is `SF_E_LIMIT` (fail
    /// closed), not a half-redacted answer; two words settle within the bound.
    @Test func notSettlingIsALimitError() throws {
        let engine = try Engine(policyJSON: Array(#"{"patterns": [{"name": "TAG", "regex": "\\]#[a-z]"}]}"#.utf8))
        #expect(try redacted("mail a@b.dex#y#z now", engine) == "mail [TAG] now")
        #expect { try engine.redact("mail a@b.dex#y#z#w#v#u#t") } throws: { ($0 as? SFError)?.code == .limit }
        #expect { try engine.scan("mail a@b.dex#y#z#w#v#u#t") } throws: { ($0 as? SFError)?.code == .limit }
    }

    /// Offsets map back through several tokens of different lengths, and a match spanning two tokens
    /// joins them.
    @Test func mappingAcrossSeveralTokens() throws {
        let engine = try Engine(policyJSON: Array(#"{"patterns": [{"name": "PAIR", "regex": "L\\]~\\[E"}]}"#.utf8))
        let text = "x 10.0.0.1 y a@b.de~c@d.fr z"
        let fs = try found(text, engine)
        #expect(fs.map(\.0) == ["IP_ADDRESS", "PAIR"])
        #expect(fs.last?.1 == "a@b.de~c@d.fr")
        let once = try redacted(text, engine)
        #expect(once == "x [IP_ADDRESS] y [PAIR] z")
        #expect(try redacted(once, engine) == once)
    }

    /// A long chat log of many short transcripts, each a customer and "Support" (a spent blind set's turns, as a
    /// document): redacting a speaker's label hid it from the transcript check, so in the redacted text the other
    /// turns counted as fewer distinct speakers and one more name was confirmed per rescan; the document was
    /// refused after four ("did not settle"). A stand-in in a label's place now counts as a speaker of its own.
    @Test func aChatLogOfManySpeakersSettles() throws {
        let text = """
Merci, Babacar Ndiaye
[13:29] Nuka : merci d'envoyer le remplacement chez Maarja Pärn, Boulevard d'Avroy 84, B-1050 Ixelles
[16:24] Support : noté. On met « à l'attention de Nuka Motzfeldt » sur l'étiquette ?
[17:51] Nuka : oui, et si personne ne répond, sonnez chez Somby
[13:01] Uchenna : merci d'envoyer le remplacement chez Beata Mazur, 123 Botanic Avenue, Belfast BT7 4ZN
[09:09] Support : noté. On met « à l'attention de Uchenna Obiora » sur l'étiquette ?
[16:20] Uchenna : oui, et si personne ne répond, sonnez chez Kuznetsov

PS : je ne suis pas à Differdange avant le 20.
[18:34] Ville : merci d'envoyer le remplacement chez Grégoire Guillot, 4, rue des Jardiniers, 9492 Wiltz
[20:29] Support : noté. On met « à l'attention de Ville Järvinen » sur l'étiquette ?
[10:38] Ville : oui, et si personne ne répond, sonnez chez Fifita
[14:34] Íñigo : merci d'envoyer le remplacement chez Hamza Akhtar, 129 ter rue de Siam, 29200 Brest
[13:46] Support : noté. On met « à l'attention de Íñigo Iglesias » sur l'étiquette ?
[07:08] Íñigo : oui, et si personne ne répond, sonnez chez Zürcher
[10:32] Valentin : oui, et si personne ne répond, sonnez chez ben Haim
[18:09] Marleny : oui, et si personne ne répond, sonnez chez ter Horst
[19:31] Pui-Shan : merci d'envoyer le remplacement chez Anouk van der Meulen, Rua do Almada, n.º 61, 9000-798 Funchal
[20:24] Pui-Shan : oui, et si personne ne répond, sonnez chez Whitaker
[08:29] Tharindu : merci d'envoyer le remplacement chez Ralitsa Koleva, 390 cours Julien, 33000 Bordeaux
[16:24] Support : noté. On met « à l'attention de Tharindu Dissanayake » sur l'étiquette ?
[21:31] Tharindu : oui, et si personne ne répond, sonnez chez Lombardi
[19:16] Aleksei : merci d'envoyer le remplacement chez Máhtte Valkeapää, Calle Elcano, 73b, 28004 Madrid
[09:16] Support : noté. On met « à l'attention de Aleksei Kuznetsov » sur l'étiquette ?
[20:18] Aleksei : oui, et si personne ne répond, sonnez chez Mayfield
[07:08] Gennaro : merci d'envoyer le remplacement chez Jelena Nikolić, ul. Floriańska 1c lok. 6, 81-690 Gdynia
[14:06] Support : noté. On met « à l'attention de Gennaro Gallo » sur l'étiquette ?
[12:06] Gennaro : oui, et si personne ne répond, sonnez chez Iwuchukwu
[08:33] Zofia : merci d'envoyer le remplacement chez Rosalinda dela Paz, 427 bis rue Nationale, 13006 Marseille
[07:04] Support : noté. On met « à l'attention de Zofia Kowalska » sur l'étiquette ?
[17:09] Zofia : oui, et si personne ne répond, sonnez chez Yılmaz
[17:39] Gemma : merci d'envoyer le remplacement chez Abdikarim Farah, 10 ter rue de l'Alzette, L-3010 Dudelange
[08:08] Support : noté. On met « à l'attention de Gemma McAllister » sur l'étiquette ?
[20:13] Gemma : oui, et si personne ne répond, sonnez chez du Plessis
[14:34] Babacar : merci d'envoyer le remplacement chez Salome Abashidze, The Old Forge, 321-325 Chapel Walk, Sheffield S1 6BE
[09:49] Support : noté. On met « à l'attention de Babacar Fall » sur l'étiquette ?
[11:12] Babacar : oui, et si personne ne répond, sonnez chez Ortega
PS : je pars de Humboldt-Universität lundi.
[08:29] Jovnna : merci d'envoyer le remplacement chez Tomáš Novák, 140-142 avenue Pasteur, L-8392 Strassen
[12:56] Support : noté. On met « à l'attention de Jovnna Eira » sur l'étiquette ?
[07:43] Jovnna : oui, et si personne ne répond, sonnez chez Restrepo
[15:05] Imane : merci d'envoyer le remplacement chez Yael Mizrahi, Chaussée d'Ixelles 37, 1180 Uccle
[18:29] Support : noté. On met « à l'attention de Imane Belkacem » sur l'étiquette ?
[12:24] Imane : oui, et si personne ne répond, sonnez chez Colombo

PS : je pars de Tycho Brahe Planetarium lundi.
[12:23] Haya : merci d'envoyer le remplacement chez Annelies van 't Hof, 87 ter boulevard Voltaire, 34000 Montpellier
[15:20] Support : noté. On met « à l'attention de Haya Al-Otaibi » sur l'étiquette ?
[09:32] Haya : oui, et si personne ne répond, sonnez chez Nwachukwu
[10:16] Grzegorz : merci d'envoyer le remplacement chez Leonor Puig, 3998 Whyte Avenue, Unit 23, Edmonton, AB T6E 2M1
[17:20] Support : noté. On met « à l'attention de Grzegorz Kowalski » sur l'étiquette ?
"""
        let once = try redacted(text, defaultEngine)
        #expect(try redacted(once, defaultEngine) == once)
        #expect(!once.contains("Uchenna Obiora") && !once.contains("Maarja Pärn"))
    }
}

/// Name echoes (NER/PersonEchoes.swift): a part counts again within `reach` tokens of its latest mention, each echo
/// renews it, and a full table's oldest part gives way once out of reach (a long document names more people).
struct NameEchoesTests {
    @Test func reachRenewalAndEviction() {
        var e = NameEchoes()
        e.add(11, at: 0)
        let a = e.echo(11, at: 150)
        let b = e.echo(11, at: 150 + Int(NameEchoes.reach))        // renewed at 150
        let c = e.echo(11, at: 151 + 2 * Int(NameEchoes.reach))    // out of reach of the last mention
        let d = e.echo(12, at: 10)
        #expect(a && b && !c && !d)
        var f = NameEchoes()
        for h in 1...16 { f.add(UInt64(h) << 8, at: h) }
        f.add(99 << 8, at: 20)                       // full, and the oldest is within reach: dropped
        #expect(f.slot(99 << 8) == nil && f.count == 16)
        f.add(99 << 8, at: 1 + Int(NameEchoes.reach) + 1)  // the oldest (part 1) is out of reach: replaced
        #expect(f.slot(99 << 8) != nil && f.slot(1 << 8) == nil)
        let g = f.echo(2 << 8, at: 2 + Int(NameEchoes.reach))
        #expect(f.mayContain(2 << 8) && g)
    }
}
