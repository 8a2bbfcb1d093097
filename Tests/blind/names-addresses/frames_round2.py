# -*- coding: utf-8 -*-
"""Hand-written message frames for gen_round2.py (round 2).  One frame a line:
"register | template".  See gen_round2.py for the slot syntax."""

USES = 5  # each frame is rendered this many times (different fillers)

EN = r"""
chat | Hi ⟨G:greeting_given⟩, thanks for getting back to me so fast. The tracking still shows "label created" though.
chat | Hi ⟨Gf:greeting_given⟩! Yes, that's the right address: ⟨A⟩
chat | hey ⟨G:lowercase⟩ its me again lol, the courier left it at the wrong house
chat | Hello ⟨G:greeting_given⟩, I can see two accounts under your email. Which one should we keep?
chat | Morning ⟨G:greeting_given⟩ - quick one: can I change the delivery address to ⟨A⟩ before it ships?
email | Dear ⟨G:greeting_given⟩,\n\nyour replacement blender has been dispatched and should arrive within 3 working days.\n\nKind regards,\n⟨F:signoff⟩\nCustomer Care
email | Hi ⟨G:greeting_given⟩,\n\nattached is the corrected invoice.\n\nBest regards,\n⟨F:signoff⟩\n+44 20 7946 0958
email | Thanks for your patience.\n\nBest,\n⟨F:signoff⟩\nReturns Team | support@example.co.uk
email | That works for me. Speak Thursday.\n\nCheers,\n-- \n⟨G:signoff⟩\nSent from my phone
email | Please find the signed return form attached.\n\nMany thanks,\n⟨I:signoff⟩\nTel: 0161 496 0754
email | Warm regards,\n\n⟨M:signoff⟩\nProcurement, Northwind Schools Trust\nm.: +1 312 555 0187
email | Regards\n⟨SF:signoff⟩\n(please quote order 55-1180 in any reply)
chat | The parcel was signed for by ⟨I:initial_surname⟩ at 14:03, that's not anyone in our household.
chat | Tracking says "delivered, signed: ⟨I:initial_surname⟩". Who is that??
form | Name: ⟨M:middle_initial⟩\nEmail: on file\nShipping address: ⟨A⟩
chat | The invoice has to be made out to ⟨Mf:middle_initial⟩, not to me, she's paying.
form | Passenger: ⟨SU:surname_upper⟩\nSeat 14C\nFrequent flyer no. withheld
chat | On my passport it's written ⟨SU:surname_upper⟩, can the delivery name match that?
chat | can you put the order under ⟨SF:surname_first⟩ please, that's how the bank has it
csv | order_id,name,city\n88213,"⟨SF:csv⟩",⟨N.CITY⟩\n88214,"⟨SF:csv⟩",⟨N.CITY⟩
chat | ok so my sister ⟨Gf:cue_relation⟩ will collect it from the locker, is that fine
chat | My son ⟨Gm:cue_relation⟩ ordered this on my card without asking, I want to cancel.
chat | My husband ⟨Fm:cue_relation⟩ is the account holder but I'm the one calling.
chat | it's a gift for my mum, ⟨Ff:cue_relation⟩, so please no invoice in the box
chat | My neighbour ⟨Ff:cue_relation⟩ at number 14 took the parcel in, she says it's damaged.
chat | my flatmate ⟨G:lowercase⟩ opened the door but the driver wouldnt hand it over
chat | Our nanny ⟨NWf:cue_relation⟩ will be home between 9 and 5 to receive it.
form | Cardholder: ⟨F:cue_role⟩\nCard ending 4417\nBilling address: ⟨A⟩
form | Account holder: ⟨NW:cue_role⟩\nSort code: 20-00-00\nReason: refund to original method
chat | Caller verified as ⟨F:cue_role⟩ (DOB and postcode matched). Proceeding with the address change.
chat | The recipient is ⟨PT:cue_role⟩ - please make sure the label says exactly that.
delivery_note | Attn: ⟨F:cue_role⟩, Goods In\n⟨AML⟩
delivery_note | FAO ⟨I:cue_role⟩ - fragile, this way up.
delivery_note | Deliver to: ⟨F:cue_role⟩\nc/o ⟨F:cue_role⟩\n⟨A:co_line⟩
form | Customer: ⟨F:form_label⟩\nCustomer since: 2019\nTier: Gold
form | First name: ⟨G:form_label⟩\nLast name: ⟨S:form_label⟩\nPostcode: ⟨N.PC⟩
form | Full name ⟨HG:form_label⟩\nStreet address ⟨A⟩\nPhone (optional)
marketplace | Seller: ⟨F:form_label⟩ (98% positive)\nShips from: ⟨N.CITY⟩\nItem: vintage Olympus OM-1, body only
delivery_note | Doorbell says ⟨S:resident⟩, ring twice. ⟨A⟩
delivery_note | If no answer leave with ⟨Sf:resident⟩ at number 9 (blue door).
delivery_note | Letterbox is marked ⟨SU:resident⟩ / ⟨S:resident⟩ - small parcels fit through.
delivery_note | Please don't leave it in the porch, ⟨F:resident⟩ next door will take it in.
delivery_note | Side gate code 1479. The flat above is ⟨S:resident⟩'s, not ours - ring the bottom bell.
chat | I spoke to Mrs ⟨Sf:title_surname⟩ on the phone yesterday and she promised a callback.
chat | Can Mr ⟨Sm:title_surname⟩ from your billing team ring me back? He knows the case.
email | Dear Dr ⟨S:title_surname⟩,\n\nthank you for your order. Your lab supplies will ship from our ⟨N.CITY⟩ warehouse on ⟨N.DAY⟩.
chat | Ms ⟨PTs:title_surname⟩ said the refund would be processed by Friday. It hasn't been.
chat | Prof. ⟨S:title_surname⟩'s books arrived at the department, thanks.
chat | The order is for ⟨F:plain⟩, 3 items, paid by PayPal.
chat | I'm writing on behalf of ⟨F:plain⟩, who is in hospital and can't use the app.
chat | ⟨F:plain⟩ and ⟨F:plain⟩ both live at ⟨A⟩, so either can sign.
chat | Please ship to ⟨NW:plain⟩, ⟨A⟩
chat | is this the right address?? ⟨ALC⟩
chat | pls send to ⟨F:lowercase⟩, ⟨ALC⟩ thx
chat | I live at ⟨AST⟩, it's the house with the green fence.
chat | Could the driver use the back entrance at ⟨AST⟩? The front is scaffolded.
form | Ship to:\n⟨F:cue_role⟩\n⟨AML⟩
email | Hi ⟨G:greeting_given⟩,\n\nmy new address from 1 March is:\n⟨AML⟩\n\nThanks,\n⟨G:signoff⟩
email | Return address for the faulty unit:\n\n⟨F:cue_role⟩\n⟨AML⟩\n\nRegards,\n⟨F:signoff⟩
chat | Can you send the replacement to my office instead: ⟨A@uk⟩
chat | New delivery address: ⟨A@us⟩. Gate code is 2291.
chat | Shipping to Canada ok? It's ⟨A@ca⟩
chat | We've moved to Ireland, the new address is ⟨A@ie⟩
chat | I'm in the Netherlands for the summer, please use ⟨A@nl⟩
chat | Please deliver to our holiday flat: ⟨A@es⟩
chat | Could you redirect it to my partner's place in Denmark: ⟨A@dk⟩
chat | My billing address is in Italy: ⟨A@it⟩, but ship to the UK one.
form | Billing address: ⟨APO⟩\nShipping address: same as billing
chat | I'd rather use a PO box: ⟨APO⟩
json_tool | {"customer":{"name":"⟨F:json_name⟩","email":"redacted"},"shipping":{"line1":"⟪json_field|⟨a.street@uk⟩","city":"⟨a.city⟩","postcode":"⟨a.zip⟩⟫"}}
json_tool | {"order_id":"A-77120","recipient":{"first_name":"⟨G:json_name⟩","last_name":"⟨S:json_name⟩"},"address":"⟨A⟩"}
json_tool | {"result":[{"id":1,"name":"⟨NW:json_name⟩","address":{"street":"⟪json_field|⟨a.street@us⟩","city":"⟨a.city⟩","state":"⟨a.state⟩","zip":"⟨a.zip⟩⟫"}}],"count":1}
json_tool | {"tool":"crm.lookup","output":{"contact":"⟨SF:json_name⟩","notes":"prefers delivery after 6pm","ship_to":"⟨AML⟩"}}
json_tool | {"ticket":{"requester":"⟨F:json_name⟩","body":"Hi, my parcel for ⟨AST⟩ never arrived"}}
csv | customer;street;postcode;city\n⟨F:csv⟩;⟪csv|⟨a.street@uk⟩;⟨a.zip⟩;⟨a.city⟩⟫
csv | id,contact,address\n301,⟨I:csv⟩,"⟨A:csv⟩"\n302,⟨F:csv⟩,"⟨A:csv⟩"
marketplace | Collection only from ⟨AST⟩ - ask for ⟨G:plain⟩. Cash on pickup.
marketplace | Buyer ⟨F:plain⟩ left feedback: "arrived quickly, well packed".
chat | Hi, it's ⟨G:plain⟩ from flat 3 - did you get my message about the broken seal?
chat | Yes please, address it to ⟨HS:plain⟩. Double-barrelled, with the hyphen.
chat | Hi ⟨HGg:hyphen_given⟩, thanks, the refund has landed.
email | Best wishes,\n⟨M:middle_initial⟩\nRegional Sales\n+1 617 555 0104
chat | Ship to ⟨PT:particle⟩, ⟨A⟩.
chat | Please send it to our place in Spain: ⟨A@es⟩ - the concierge has a key.
chat | Summer address (Italy): ⟨A@it⟩
chat | Could you deliver to my parents in Portugal, ⟨A@pt⟩?
form | Surname, first name: ⟨SF:surname_first⟩\nAddress: ⟨A@uk⟩
chat | ⟨HG:plain⟩ here, I placed order 66-4431 yesterday.
chat | the name on the card is ⟨PT:particle⟩, all lowercase "van" is correct
chat | shipping name: ⟨NW:non_western⟩ (please keep the accents if your system can)
email | Hello,\n\nI am writing regarding the damaged lamp.\n\nYours sincerely,\n\n⟨NW:signoff⟩\n⟨AML⟩
email | Thanks ⟨G:greeting_given⟩ - that's sorted then.\n\nAll the best,\n⟨G:signoff⟩ & ⟨G:signoff⟩
# ---- hard negatives only (en)
chat | ⟨N.GREETING⟩, has anyone seen the ⟦Mont Blanc|BRAND⟧ pen I returned? It's not on my account.
chat | ⟦Hi there|GREETING⟧! Do you still sell the ⟨N.BRAND⟩ gift sets?
chat | Hello everyone, quick question: does the ⟦Marie Claire|BRAND⟧ subscription include the print issue?
chat | Do you ship to ⟨N.CITY⟩? And how long does it take to ⟨N.CITY⟩?
chat | The parcel went from ⟨N.CITY⟩ to ⟨N.CITY⟩ and back again. Three weeks!
chat | Is the ⟨N.COLOUR⟩ colour darker than the ⟨N.COLOUR⟩ one? The photos look the same.
chat | I ordered the dress in ⟨N.COLOUR⟩ but got ⟨N.COLOUR⟩.
chat | Is there a ⟦grace|WORD⟧ period for returns after 30 days?
chat | ⟦Will|WORD⟧ the refund go back to my card automatically?
chat | My ⟦Sky|BRAND⟧ router keeps dropping, is that your app or them?
chat | Can you ⟦mark|WORD⟧ the order as a gift? ⟦Bill|WORD⟧ me separately for the wrapping.
chat | Delivery on ⟨N.DAY⟩ or ⟨N.DAY⟩ is fine, just not in ⟨N.MONTH⟩ - I'm away.
chat | The ⟦May|DATE⟧ bank holiday delayed everything, I understand.
chat | Does the ⟨N.PRODUCT⟩ fit in a standard estate car?
chat | Is the ⟦Monopoly Mayfair|PRODUCT⟧ edition back in stock? My son wants the ⟦Old Kent Road|PRODUCT⟧ card framed, ha.
chat | Looking for the ⟨N.PRODUCT⟩, is it back in stock?
chat | Is postcode ⟨N.PC⟩ inside your same-day zone?
chat | I sent it with ⟨N.SERVICE⟩ but the return label says ⟨N.SERVICE⟩. Which one do I use?
chat | ⟨N.SERVICE⟩ tried to deliver while I was in. No card, nothing.
chat | Your ⟨N.JOB⟩ promised me a callback. Can someone senior (⟨N.JOB⟩?) look at this?
chat | The invoice is from ⟨N.COMPANY⟩, not from you. Is that right?
chat | I bought it in ⟨N.STORE⟩ but want to return it online.
chat | ⟦She|PRONOUN⟧ said ⟦they|PRONOUN⟧ would call back. Nobody did.
chat | Do you have ⟨N.BRAND⟩ and ⟨N.BRAND⟩ gift cards?
email | Dear Sir or Madam,\n\nI would like to return the ⟨N.BRAND⟩ watch bought in ⟨N.MONTH⟩.\n\nRegards
email | ⟦Hi all|GREETING⟧,\n\nthe ⟨N.CITY⟩ depot is closed on ⟨N.DAY⟩. Please reroute via ⟨N.CITY⟩.\n\nThanks
email | ⟦Hello team|GREETING⟧,\n\n⟨N.COMPANY⟩ will collect the pallets on ⟨N.DAY⟩.\n\nOps
marketplace | ⟦Penny Lane|PRODUCT⟧ print, framed, 40x50. Ships from ⟨N.CITY⟩. ⟦Frank|WORD⟧ description: small scratch on the glass.
marketplace | Jacket by ⟨N.BRAND⟩, size M, colour ⟦Hazel|WORD⟧. Postage via ⟨N.SERVICE⟩ only.
marketplace | ⟦Victoria|CITY⟧ sponge tin, ⟦Jack Daniel's|BRAND⟧ glasses x4, ⟦Lady Grey|PRODUCT⟧ tea - job lot.
form | Preferred carrier: ⟨N.SERVICE⟩\nDelivery window: ⟨N.DAY⟩ morning\nNotes: none
json_tool | {"warehouse":"⟨N.CITY⟩","carrier":"⟨N.SERVICE⟩","eta":"⟨N.DAY⟩","status":"in transit"}
json_tool | {"product":"⟨N.BRAND⟩ Eau de Parfum 50 ml","colour":"⟦Jasmin|WORD⟧","stock":12}
"""

DE = r"""
chat | Hallo ⟨G:greeting_given⟩, danke für die schnelle Antwort! Die Sendungsverfolgung zeigt aber immer noch nichts an.
chat | Hallo ⟨G:greeting_given⟩, ja genau, die Adresse lautet ⟨A⟩.
chat | Liebe ⟨Gf:greeting_given⟩, vielen Dank, das Paket ist heute angekommen.
chat | Lieber ⟨Gm:greeting_given⟩, können Sie mir sagen, wann die Gutschrift kommt?
chat | Servus ⟨G:greeting_given⟩, passt, dann warte ich bis Montag.
chat | Moin ⟨G:greeting_given⟩, kurze Frage: kann ich die Lieferadresse noch auf ⟨A⟩ ändern?
chat | hi ⟨G:lowercase⟩, sorry nochmal ich, der bote war wieder nicht da
chat | Grüezi ⟨G:greeting_given⟩, die Rechnung stimmt so, merci.
email | Hallo ⟨G:greeting_given⟩,\n\nanbei die korrigierte Rechnung.\n\nViele Grüße\n⟨F:signoff⟩\nTel. 030 901820
email | Sehr geehrte Frau ⟨Sf:title_surname⟩,\n\nIhre Rücksendung ist bei uns eingegangen.\n\nMit freundlichen Grüßen\n⟨F:signoff⟩\nKundenservice
email | Danke dir, bis morgen!\n\nLG\n⟨G:signoff⟩
email | Vielen Dank für Ihre Geduld.\n\nBeste Grüße\n-- \n⟨F:signoff⟩\nE-Mail: service@example.de
email | Mit freundlichen Grüßen\n\n⟨I:signoff⟩\nEinkauf / Disposition\nFon +49 89 12345-0
email | Freundliche Grüsse\n⟨F:signoff⟩\n⟨AML@ch⟩
email | Liebe Grüße aus Graz\n⟨G:signoff⟩ & ⟨G:signoff⟩
email | Guten Tag Herr ⟨Sm:title_surname⟩,\n\nwir bestätigen den Termin am ⟨N.DAY⟩.\n\nMfG\n⟨SF:signoff⟩
chat | Laut Sendungsverfolgung hat ⟨I:initial_surname⟩ unterschrieben, die Person kenne ich nicht.
chat | Zugestellt an: ⟨I:initial_surname⟩ (Nachbar). Bei welchem Nachbarn soll das sein??
form | Vorname/Nachname: ⟨F:form_label⟩\nGeburtsdatum: **.**.1984\nAnschrift: ⟨A⟩
form | Vorname: ⟨G:form_label⟩\nNachname: ⟨S:form_label⟩\nGeburtsort: ⟨N.CITY⟩
form | Name: ⟨SU:surname_upper⟩\nStraße: ⟪form_fields|⟨a.street@de⟩\nPLZ Ort: ⟨a.zip⟩ ⟨a.city⟩⟫
form | Kunde: ⟨F:form_label⟩\nKundennummer: 40021877\nZahlart: Rechnung
form | Auftraggeber: ⟨SU:surname_upper⟩\nLieferanschrift: ⟨A⟩
chat | Auf meinem Ausweis steht ⟨SU:surname_upper⟩, bitte genau so auf das Etikett.
chat | Bitte die Bestellung auf ⟨SF:surname_first⟩ umschreiben, so steht es auch auf der Karte.
csv | Nachname;Vorname;Wohnort\n⟨S:csv⟩;⟨G:csv⟩;⟨N.CITY⟩\n⟨SU:csv⟩;⟨G:csv⟩;⟨N.CITY⟩
chat | Meine Tochter ⟨Gf:cue_relation⟩ holt das Paket ab, sie hat den Abholcode.
chat | Mein Mann ⟨Fm:cue_relation⟩ hat auf seinem Handy bestellt, das Konto läuft aber auf mich.
chat | Meine Frau ⟨Gf:cue_relation⟩ ist ab 15 Uhr zu Hause und kann unterschreiben.
chat | mein sohn ⟨Gm:lowercase⟩ hat das ohne zu fragen bestellt, kann ich das stornieren?
chat | Meine Nachbarin ⟨Ff:cue_relation⟩ hat das Paket angenommen, der Karton ist aber kaputt.
chat | Das ist ein Geschenk für meine Oma ⟨Ff:cue_relation⟩, bitte keine Rechnung beilegen.
chat | Mein Schwager ⟨NWm:cue_relation⟩ wohnt im Erdgeschoss, bei ihm kann abgegeben werden.
form | Karteninhaberin: ⟨Ff:cue_role⟩\nKarte endet auf 0387\nRechnungsadresse: ⟨A⟩
form | Kontoinhaber: ⟨F:cue_role⟩\nIBAN: siehe Anlage\nVerwendungszweck: Erstattung 77-1132
delivery_note | z. Hd. ⟨F:cue_role⟩\n⟨AML⟩
delivery_note | Empfänger: ⟨F:cue_role⟩\nc/o ⟨F:cue_role⟩\n⟨A:co_line⟩
delivery_note | Zu Händen ⟨I:cue_role⟩, Wareneingang Tor 3.
chat | Der Empfänger ist ⟨PT:cue_role⟩ – bitte mit "von" klein schreiben.
chat | Anrufer verifiziert als ⟨F:cue_role⟩ (Geburtsdatum und PLZ stimmen). Adressänderung durchgeführt.
delivery_note | Bitte bei ⟨S:resident⟩ klingeln, 3. Stock, kein Aufzug.
delivery_note | Klingelschild: ⟨SU:resident⟩. Falls niemand da ist, bei ⟨S:resident⟩ im EG abgeben.
delivery_note | Briefkasten ⟨S:resident⟩/⟨S:resident⟩, Päckchen passen durch den Schlitz.
delivery_note | Abstellgenehmigung: Garage. Nachbar ⟨F:resident⟩ (Nr. 12) weiß Bescheid.
delivery_note | Lieferung an Hinterhaus, bei ⟨F:resident⟩ klingeln. ⟨A@de⟩
chat | Ich habe gestern mit Frau ⟨Sf:title_surname⟩ telefoniert, sie wollte sich melden.
chat | Herr ⟨Sm:title_surname⟩ aus Ihrer Buchhaltung kennt den Fall schon.
chat | Können Sie Frau Dr. ⟨S:title_surname⟩ bitte ausrichten, dass die Unterlagen unterwegs sind?
chat | herr ⟨Sm:lowercase⟩ vom lager hat gesagt das geht heute noch raus
chat | Herr ⟨PTs:title_surname⟩ hat die Lieferung quittiert.
chat | Die Bestellung ist für ⟨F:plain⟩, bezahlt wurde per Vorkasse.
chat | Ich schreibe im Auftrag von ⟨Ff:plain⟩, die gerade im Krankenhaus liegt.
chat | ⟨Ff:plain⟩ und ⟨Fm:plain⟩ wohnen beide unter ⟨A⟩, jeder von beiden darf unterschreiben.
chat | Bitte an ⟨NW:plain⟩ schicken, ⟨A⟩.
chat | Das Paket soll an ⟨HG:plain⟩ gehen, Bindestrich im Vornamen bitte beachten.
chat | Nachname ist ⟨HS:plain⟩, mit Bindestrich.
chat | Hallo ⟨HGg:hyphen_given⟩, vielen Dank, die Gutschrift ist da.
email | Viele Grüße\n⟨M:middle_initial⟩\nVertrieb Süd\nTel. 0711 5550190
chat | Auf der Rechnung soll ⟨M:middle_initial⟩ stehen, mit dem Mittelinitial.
chat | Lieferung an ⟨PT:particle⟩, ⟨A⟩.
chat | Bitte an ⟨APK⟩, Empfänger ⟨F:cue_role⟩.
form | Name, Vorname: ⟨SF:surname_first⟩\nAnschrift: ⟨A@de⟩
chat | ich wohne in der ⟨ASTf:lowercase⟩, das haus mit dem grünen tor
chat | Ich wohne in der ⟨ASTf⟩, Eingang ist im Hof.
chat | Die Lieferung ging fälschlich an die ⟨ASTf⟩ statt an meine Adresse.
chat | bitte an ⟨F:lowercase⟩ schicken, ⟨ALC⟩ danke
chat | ist das die richtige adresse? ⟨ALC⟩
chat | Bitte an ⟨APK⟩ liefern, meine Postnummer steht im Kundenkonto.
form | Lieferadresse: ⟨APK⟩\nPostnummer: 7410038812\nName: ⟨F:form_label⟩
chat | Kann ich an eine Postfiliale liefern lassen? ⟨APK⟩ wäre ideal.
form | Rechnungsanschrift: ⟨APO⟩\nLieferanschrift: abweichend, siehe unten
chat | Neue Adresse ab 1. April: ⟨A@at⟩
chat | Bitte nach Österreich liefern: ⟨A@at⟩, der Hausmeister nimmt an.
chat | Lieferung in die Schweiz möglich? ⟨A@ch⟩
chat | Meine Adresse in Luxemburg: ⟨A@lu⟩
chat | Wir sind in die Niederlande umgezogen: ⟨A@nl⟩
chat | Bitte an meine Tochter in Dänemark: ⟨A@dk⟩
form | Lieferanschrift:\n⟨F:cue_role⟩\n⟨AML⟩
email | Hallo ⟨G:greeting_given⟩,\n\nab nächster Woche bitte an diese Adresse:\n⟨AML⟩\n\nDanke und Gruß\n⟨G:signoff⟩
email | Guten Tag,\n\nbitte holen Sie das defekte Gerät hier ab:\n\n⟨F:cue_role⟩\n⟨AML⟩\n\nMit freundlichen Grüßen\n⟨F:signoff⟩
json_tool | {"kunde":{"vorname":"⟨G:json_name⟩","nachname":"⟨S:json_name⟩"},"lieferadresse":{"strasse":"⟪json_field|⟨a.street@de⟩","plz":"⟨a.zip⟩","ort":"⟨a.city⟩⟫"}}
json_tool | {"auftrag":"DE-20931","empfaenger":"⟨F:json_name⟩","anschrift":"⟨A⟩","status":"zugestellt"}
json_tool | {"result":{"name":"⟨NW:json_name⟩","adresse":"⟨AML⟩","hinweis":"bei Nachbarn abgeben"}}
json_tool | {"tool":"crm.suche","treffer":[{"firstname":"⟨G:json_name⟩","lastname":"⟨S:json_name⟩","zip":"⟨N.PC⟩"}]}
csv | Kunde;Straße;PLZ;Ort\n⟨F:csv⟩;⟪csv|⟨a.street@de⟩;⟨a.zip⟩;⟨a.city⟩⟫
csv | Nr;Name;Adresse\n1;⟨SF:csv⟩;"⟨A:csv⟩"\n2;⟨F:csv⟩;"⟨A:csv⟩"
marketplace | Nur Abholung in der ⟨ASTf⟩, nach ⟨G:plain⟩ fragen. Barzahlung.
marketplace | Verkäufer: ⟨F:form_label⟩ (Privatverkauf, keine Rücknahme). Versand aus ⟨N.CITY⟩.
email | Servus,\n\ndie Ware ist angekommen, passt alles.\n\nPfiat di\n⟨G:signoff⟩
chat | Bin die ⟨Gf:plain⟩ aus dem 2. Stock, haben Sie meine Nachricht wegen der Dichtung bekommen?
chat | Der Name auf der Karte ist ⟨PT:particle⟩, so bitte auch auf die Rechnung.
chat | Lieferung an: ⟨NW:non_western⟩ (bitte mit den Sonderzeichen, wenn das System das kann)
email | Guten Tag,\n\nanbei das Rücksendeformular.\n\nHochachtungsvoll\n\n⟨NW:signoff⟩\n⟨AML⟩
# ---- hard negatives only (de)
chat | ⟨N.GREETING⟩, weiß jemand, ob der ⟦Mont Blanc|BRAND⟧ Füller noch lieferbar ist?
chat | ⟦Moin zusammen|GREETING⟧! Liefert ihr auch nach ⟨N.CITY⟩?
chat | ⟦Liebes Team|GREETING⟧, das Paket ist von ⟨N.CITY⟩ nach ⟨N.CITY⟩ und wieder zurück gereist.
chat | ⟨N.NOUN⟩ und ⟨N.NOUN⟩ fehlen, ich hab alles durchgesehen. ⟦Karton|NOUN⟧ war offen.
chat | ⟦Lieferung|NOUN⟧ kam beschädigt an. ⟦Rücksendung|NOUN⟧ ist schon angemeldet.
chat | ⟦Kundin|NOUN⟧ seit Jahren, aber so etwas ist mir noch nie passiert.
chat | ⟦Paket|NOUN⟧ liegt in der Filiale, ⟦Abholung|NOUN⟧ geht erst ab ⟨N.DAY⟩.
chat | Gibt es das Kleid auch in ⟨N.COLOUR⟩ oder ⟨N.COLOUR⟩?
chat | ⟦Max|WORD⟧. 2 kg pro Paket, steht so auf der Seite. Stimmt das noch?
chat | Lieferung am ⟨N.DAY⟩ oder ⟨N.DAY⟩ wäre gut, im ⟨N.MONTH⟩ bin ich weg.
chat | Ist „⟨N.PRODUCT⟩“ wieder lieferbar?
chat | Mein Sohn will die ⟦Schlossallee|PRODUCT⟧-Karte aus dem Monopoly nachkaufen, geht das?
chat | Liefert ihr in die PLZ ⟨N.PC⟩ am selben Tag?
chat | Versand mit ⟨N.SERVICE⟩ oder ⟨N.SERVICE⟩? Beim letzten Mal kam ⟦Hermes|SERVICE⟧ dreimal nicht.
chat | Jemand aus dem Team (⟨N.JOB⟩) hat einen Rückruf versprochen. Kann sich jemand anderes (⟨N.JOB⟩) das ansehen?
chat | Die Rechnung kommt von ⟨N.COMPANY⟩, nicht von Ihnen. Ist das korrekt?
chat | Gekauft bei ⟨N.STORE⟩, Rückgabe online möglich?
chat | ⟦Er|PRONOUN⟧ meinte, ⟦Sie|PRONOUN⟧ rufen zurück. Passiert ist nichts.
chat | Habt ihr Gutscheine von ⟨N.BRAND⟩ oder ⟨N.BRAND⟩?
chat | Der ⟦Koch|WORD⟧ im Restaurant hat die Lieferung angenommen, nicht ich. Der ⟦Bauer|WORD⟧ nebenan war auch nicht da.
email | ⟦Sehr geehrte Damen und Herren|GREETING⟧,\n\nich möchte die ⟨N.BRAND⟩ Uhr aus dem ⟨N.MONTH⟩-Angebot zurückgeben.\n\nMit freundlichen Grüßen
email | ⟦Hallo ihr Lieben|GREETING⟧,\n\ndas Lager in ⟨N.CITY⟩ hat am ⟨N.DAY⟩ geschlossen.\n\nGruß, Versand
email | ⟦Guten Tag|GREETING⟧,\n\n⟨N.COMPANY⟩ holt die Paletten am ⟨N.DAY⟩ ab.\n\nDisposition
marketplace | ⟦Bobby-Car|PRODUCT⟧ rot, gebraucht, Abholung in ⟨N.CITY⟩. ⟦Versand|NOUN⟧ nur mit ⟨N.SERVICE⟩.
marketplace | Jacke von ⟨N.BRAND⟩, Größe M, Farbe ⟦Erika|WORD⟧. Tierfreier Nichtraucherhaushalt.
form | Versanddienstleister: ⟨N.SERVICE⟩\nZustellfenster: ⟨N.DAY⟩ vormittags\nBemerkung: keine
json_tool | {"lager":"⟨N.CITY⟩","versender":"⟨N.SERVICE⟩","eta":"⟨N.DAY⟩","status":"unterwegs"}
json_tool | {"artikel":"⟨N.BRAND⟩ Eau de Toilette 100 ml","farbe":"⟦Rose|WORD⟧","bestand":4}
chat | ⟦Frau|NOUN⟧ am Telefon war sehr nett, ⟦Problem|NOUN⟧ ist aber nicht gelöst.
chat | ⟦Guten Morgen zusammen|GREETING⟧, ⟦Bestellung|NOUN⟧ 55-2291 fehlt noch.
"""

FR_ = r"""
chat | Bonjour ⟨G:greeting_given⟩, merci pour votre retour rapide ! Le suivi indique toujours « en préparation ».
chat | Bonjour ⟨G:greeting_given⟩, oui c'est bien l'adresse : ⟨A⟩
chat | Coucou ⟨G:greeting_given⟩, le colis est arrivé, merci encore !
chat | Salut ⟨G:greeting_given⟩, c'est bon pour lundi alors.
chat | Bonsoir ⟨G:greeting_given⟩, est-ce que je peux encore changer l'adresse pour ⟨A⟩ ?
chat | slt ⟨G:lowercase⟩ c encore moi, le livreur est passé chez le voisin
chat | Chère ⟨Gf:greeting_given⟩, merci pour le geste commercial, c'est très apprécié.
chat | Cher ⟨Gm:greeting_given⟩, pouvez-vous me dire quand le remboursement arrivera ?
email | Bonjour ⟨G:greeting_given⟩,\n\nvous trouverez ci-joint la facture corrigée.\n\nCordialement,\n⟨F:signoff⟩\nService client\n01 84 88 12 30
email | Madame ⟨Sf:title_surname⟩,\n\nnous avons bien reçu votre retour.\n\nBien cordialement,\n⟨F:signoff⟩
email | Merci beaucoup, à demain !\n\nBisous\n⟨G:signoff⟩
email | Merci de votre patience.\n\nBien à vous,\n-- \n⟨F:signoff⟩\nservice.client@example.fr
email | Cordialement\n\n⟨I:signoff⟩\nAchats / Approvisionnement\nTél. +33 4 72 10 55 90
email | Meilleures salutations\n⟨F:signoff⟩\n⟨AML@ch_fr⟩
email | Bises de Lyon\n⟨G:signoff⟩ et ⟨G:signoff⟩
email | Monsieur ⟨Sm:title_surname⟩,\n\nnous confirmons le rendez-vous de ⟨N.DAY⟩.\n\nSalutations distinguées,\n⟨SU:signoff⟩
chat | D'après le suivi, c'est ⟨I:initial_surname⟩ qui a signé, je ne connais pas cette personne.
chat | Livré à : ⟨I:initial_surname⟩ (voisin). Quel voisin ??
form | Nom : ⟨SU:surname_upper⟩\nPrénom : ⟨G:form_label⟩\nAdresse : ⟨A⟩
form | Nom : ⟨S:form_label⟩\nPrénom : ⟨G:form_label⟩\nVille de naissance : ⟨N.CITY⟩
form | NOM Prénom : ⟨SU:surname_upper⟩\nAdresse de livraison : ⟪form_fields|⟨a.street@fr⟩\nCP / Ville : ⟨a.zip⟩ ⟨a.city⟩⟫
form | Client : ⟨F:form_label⟩\nN° client : 0048812\nMode de paiement : CB
form | Titulaire : ⟨SU:surname_upper⟩\nAdresse de facturation : ⟨A⟩
chat | Sur ma carte d'identité c'est écrit ⟨SU:surname_upper⟩, merci de mettre pareil sur l'étiquette.
chat | Pouvez-vous mettre la commande au nom de ⟨SF:surname_first⟩ ? C'est comme sur la carte.
csv | nom;prenom;ville\n⟨S:csv⟩;⟨G:csv⟩;⟨N.CITY⟩\n⟨S:csv⟩;⟨G:csv⟩;⟨N.CITY⟩
chat | Ma fille ⟨Gf:cue_relation⟩ passera récupérer le colis, elle a le code de retrait.
chat | Mon mari ⟨Fm:cue_relation⟩ a passé la commande sur son téléphone, mais le compte est à mon nom.
chat | Ma femme ⟨Gf:cue_relation⟩ sera là à partir de 15 h pour signer.
chat | mon fils ⟨Gm:lowercase⟩ a commandé sans demander, je peux annuler ?
chat | Ma voisine ⟨Ff:cue_relation⟩ a réceptionné le colis mais le carton est abîmé.
chat | C'est un cadeau pour ma grand-mère, ⟨Ff:cue_relation⟩, donc pas de facture dans le colis svp.
chat | Mon beau-frère ⟨NWm:cue_relation⟩ habite au rez-de-chaussée, vous pouvez le déposer chez lui.
form | Titulaire de la carte : ⟨F:cue_role⟩\nCarte se terminant par 2290\nAdresse de facturation : ⟨A⟩
form | Titulaire du compte : ⟨F:cue_role⟩\nIBAN : voir pièce jointe\nMotif : remboursement 77-4410
delivery_note | À l'attention de ⟨F:cue_role⟩\n⟨AML⟩
delivery_note | Destinataire : ⟨F:cue_role⟩\nc/o ⟨F:cue_role⟩\n⟨A:co_line⟩
delivery_note | À l'att. de ⟨I:cue_role⟩, réception marchandises, quai 2.
chat | Le destinataire est ⟨PT:cue_role⟩, avec la particule en minuscule svp.
chat | Appelant vérifié : ⟨F:cue_role⟩ (date de naissance et code postal OK). Changement d'adresse effectué.
delivery_note | Sonner chez ⟨S:resident⟩, 3e étage sans ascenseur.
delivery_note | Interphone : ⟨SU:resident⟩. Si absent, déposer chez ⟨S:resident⟩ au rez-de-chaussée.
delivery_note | Boîte aux lettres ⟨S:resident⟩-⟨S:resident⟩, les petits colis passent.
delivery_note | Laisser chez le voisin, M. ⟨Sm:resident⟩ (n° 12), il est prévenu.
delivery_note | Livrer au fond de la cour, chez ⟨F:resident⟩. ⟨A@fr⟩
chat | J'ai eu Mme ⟨Sf:title_surname⟩ au téléphone hier, elle devait me rappeler.
chat | M. ⟨Sm:title_surname⟩ de votre service comptable connaît déjà le dossier.
chat | Pouvez-vous transmettre à Maître ⟨S:title_surname⟩ que les documents sont partis ?
chat | mme ⟨Sf:lowercase⟩ de l'entrepôt m'a dit que ça partait aujourd'hui
chat | M. ⟨PTs:title_surname⟩ a signé le bon de livraison.
chat | La commande est pour ⟨F:plain⟩, payée par virement.
chat | J'écris de la part de ⟨Ff:plain⟩, qui est hospitalisée en ce moment.
chat | ⟨Ff:plain⟩ et ⟨Fm:plain⟩ habitent tous les deux au ⟨A⟩, l'un ou l'autre peut signer.
chat | Merci d'envoyer à ⟨NW:plain⟩, ⟨A⟩.
chat | Le colis doit aller à ⟨HG:plain⟩, avec le trait d'union dans le prénom.
chat | Le nom de famille c'est ⟨HS:plain⟩, avec un tiret.
chat | Bonjour ⟨HGg:hyphen_given⟩, merci, le remboursement est bien arrivé.
email | Bien à vous,\n⟨M:middle_initial⟩\nDirection commerciale\nTél. 03 88 55 01 90
chat | La facture doit être au nom de ⟨M:middle_initial⟩, avec l'initiale du deuxième prénom.
chat | Livraison pour ⟨PT:particle⟩, ⟨A⟩.
form | Nom, prénom : ⟨SF:surname_first⟩\nAdresse : ⟨A@fr⟩
chat | j'habite au ⟨AST@fr:lowercase⟩, la maison avec le portail vert
chat | J'habite ⟨AST⟩, l'entrée est dans la cour.
chat | Le colis est parti au ⟨AST@fr⟩ au lieu de chez moi.
chat | envoyez à ⟨F:lowercase⟩, ⟨ALC⟩ merci
chat | c bien la bonne adresse ? ⟨ALC⟩
chat | Livraison en point relais impossible ? Sinon ma boîte postale : ⟨APO⟩
form | Adresse de facturation : ⟨APO⟩\nAdresse de livraison : différente, voir ci-dessous
chat | Nouvelle adresse à partir du 1er avril : ⟨A@be⟩
chat | Livraison en Suisse possible ? ⟨A@ch_fr⟩
chat | Mon adresse au Luxembourg : ⟨A@lu⟩
chat | On a déménagé au Québec : ⟨A@ca⟩
chat | Pour ma fille en Belgique : ⟨A@be⟩
form | Adresse de livraison :\n⟨F:cue_role⟩\n⟨AML⟩
email | Bonjour ⟨G:greeting_given⟩,\n\nà partir de la semaine prochaine, merci d'utiliser cette adresse :\n⟨AML⟩\n\nMerci et bonne journée,\n⟨G:signoff⟩
email | Bonjour,\n\nmerci de venir récupérer l'appareil défectueux ici :\n\n⟨F:cue_role⟩\n⟨AML⟩\n\nCordialement,\n⟨F:signoff⟩
json_tool | {"client":{"prenom":"⟨G:json_name⟩","nom":"⟨S:json_name⟩"},"livraison":{"adresse":"⟪json_field|⟨a.street@fr⟩","cp":"⟨a.zip⟩","ville":"⟨a.city⟩⟫"}}
json_tool | {"commande":"FR-33019","destinataire":"⟨F:json_name⟩","adresse":"⟨A⟩","statut":"livré"}
json_tool | {"resultat":{"nom":"⟨NW:json_name⟩","adresse":"⟨AML⟩","note":"laisser chez le gardien"}}
json_tool | {"outil":"crm.recherche","resultats":[{"firstname":"⟨G:json_name⟩","lastname":"⟨S:json_name⟩","cp":"⟨N.PC⟩"}]}
csv | client;adresse;cp;ville\n⟨F:csv⟩;⟪csv|⟨a.street@fr⟩;⟨a.zip⟩;⟨a.city⟩⟫
csv | n°;nom;adresse\n1;⟨SF:csv⟩;"⟨A:csv⟩"\n2;⟨F:csv⟩;"⟨A:csv⟩"
marketplace | Remise en main propre uniquement, ⟨AST@fr⟩, demander ⟨G:plain⟩. Paiement en espèces.
marketplace | Vendeur : ⟨F:form_label⟩ (particulier). Expédition depuis ⟨N.CITY⟩.
chat | C'est ⟨G:plain⟩ du 2e étage, vous avez eu mon message pour le joint ?
chat | Le nom sur la carte est ⟨PT:particle⟩, merci de l'écrire pareil sur la facture.
chat | Livraison à : ⟨NW:non_western⟩ (avec les accents si votre système le permet)
email | Bonjour,\n\nci-joint le bon de retour.\n\nVeuillez agréer mes salutations distinguées,\n\n⟨NW:signoff⟩\n⟨AML⟩
# ---- hard negatives only (fr)
chat | ⟨N.GREETING⟩, quelqu'un sait si le stylo ⟦Mont Blanc|BRAND⟧ est encore disponible ?
chat | ⟦Salut tout le monde|GREETING⟧ ! Vous livrez à ⟨N.CITY⟩ ?
chat | ⟦Chère équipe|GREETING⟧, le colis est allé de ⟨N.CITY⟩ à ⟨N.CITY⟩ et retour.
chat | Je suis abonnée à ⟦Marie Claire|BRAND⟧ et ⟦Elle|BRAND⟧, le numéro de ⟨N.MONTH⟩ n'est pas arrivé.
chat | La robe existe en ⟨N.COLOUR⟩ ou en ⟨N.COLOUR⟩ ?
chat | Livraison ⟨N.DAY⟩ ou ⟨N.DAY⟩, mais pas en ⟨N.MONTH⟩ svp.
chat | Vous avez encore « ⟨N.PRODUCT⟩ » en stock ?
chat | Mon fils voudrait la carte ⟦Rue de la Paix|PRODUCT⟧ du Monopoly, vous la vendez à part ?
chat | Vous livrez le code postal ⟨N.PC⟩ le jour même ?
chat | Envoi par ⟨N.SERVICE⟩ ou ⟨N.SERVICE⟩ ? La dernière fois ⟦Chronopost|SERVICE⟧ n'est jamais passé.
chat | Votre ⟨N.JOB⟩ m'a promis un rappel. Quelqu'un d'autre (⟨N.JOB⟩) peut regarder ?
chat | La facture vient de ⟨N.COMPANY⟩, pas de chez vous. C'est normal ?
chat | Acheté chez ⟨N.STORE⟩, je peux retourner en ligne ?
chat | ⟦Il|PRONOUN⟧ m'a dit qu'⟦elle|PRONOUN⟧ rappellerait. Rien.
chat | Vous avez des cartes cadeaux ⟨N.BRAND⟩ ou ⟨N.BRAND⟩ ?
chat | Le parfum ⟦La Vie est Belle|PRODUCT⟧ en 50 ml, il reste du stock ?
chat | Il me faut de l'eau ⟦claire|WORD⟧, pas pétillante, pour la machine — c'est bien la cartouche ⟦Jasmin|WORD⟧ ?
email | ⟦Madame, Monsieur|GREETING⟧,\n\nje souhaite retourner la montre ⟨N.BRAND⟩ achetée en ⟨N.MONTH⟩.\n\nCordialement
email | ⟦Bonjour à toutes et à tous|GREETING⟧,\n\nl'entrepôt de ⟨N.CITY⟩ sera fermé ⟨N.DAY⟩.\n\nLa logistique
email | ⟦Bonjour|GREETING⟧,\n\n⟨N.COMPANY⟩ passera prendre les palettes ⟨N.DAY⟩.\n\nL'équipe transport
marketplace | Draisienne rouge, occasion, à retirer à ⟨N.CITY⟩. Envoi uniquement par ⟨N.SERVICE⟩.
marketplace | Veste ⟨N.BRAND⟩, taille M, coloris ⟦Prune|WORD⟧. Maison non-fumeur.
form | Transporteur : ⟨N.SERVICE⟩\nCréneau : ⟨N.DAY⟩ matin\nRemarque : aucune
json_tool | {"entrepot":"⟨N.CITY⟩","transporteur":"⟨N.SERVICE⟩","eta":"⟨N.DAY⟩","statut":"en transit"}
json_tool | {"article":"⟨N.BRAND⟩ Eau de Parfum 50 ml","coloris":"⟦Violette|WORD⟧","stock":7}
chat | Vous vendez encore le sac ⟦Jules|STORE⟧ ? Et chez ⟦Boulanger|STORE⟧ ils n'ont plus le grille-pain.
chat | ⟦Coucou tout le monde|GREETING⟧, la commande 55-8812 manque encore.
chat | La couleur ⟨N.COLOUR⟩ est-elle plus foncée que ⟨N.COLOUR⟩ ?
"""

EN2 = r"""
chat | Hiya ⟨G:greeting_given⟩, the address on the label is wrong - it should be ⟨A@uk⟩ not the old one.
chat | The courier's app says the drop-off was at ⟨A@uk⟩. That's three streets away from us.
email | Hi ⟨G:greeting_given⟩,\n\nplease invoice:\n⟨F:cue_role⟩\n⟨AML@uk⟩\nVAT no. to follow.\n\nThanks,\n⟨G:signoff⟩
form | Delivery address\nLine 1: ⟪form_fields|⟨a.street@uk⟩\nTown: ⟨a.city⟩\nPostcode: ⟨a.zip⟩⟫\nContact: ⟨F:form_label⟩
chat | sorry typo, it's ⟨ALC⟩ not what i wrote before
chat | Returns go to our warehouse: ⟨A@uk⟩. Please don't send them to the shop.
chat | I'm staying with my aunt ⟨Ff:cue_relation⟩ until the 20th, ship to ⟨A@us⟩.
chat | We ship from ⟨A@us⟩ - pickup is possible Mon-Fri.
form | Name: ⟨F:form_label⟩\nAddress: ⟨AML@us⟩\nPhone: +1 512 555 0133
chat | Can you update my profile to ⟨A@ca⟩? The old one in Toronto is gone.
email | Hello,\n\nplease send the warranty replacement to\n\n⟨AML@ie⟩\n\nThank you,\n⟨F:signoff⟩
chat | address for the invoice: ⟨A@de⟩ (our German office)
marketplace | Item located at ⟨A⟩. Viewing by appointment, ask for ⟨Gm:plain⟩.
delivery_note | Recipient: ⟨NW:cue_role⟩\n⟨AML⟩\nLeave in the safe place (shed).
chat | Yes, ⟨SF:surname_first⟩ at ⟨A⟩ - same as last time.
chat | Hi, ⟨F:plain⟩ here - my address changed to ⟨A⟩, could you update the subscription?
json_tool | {"shipment":{"to":{"name":"⟨F:json_name⟩","address_lines":"⟨AML⟩"},"carrier":"⟨N.SERVICE⟩"}}
chat | our new office is at ⟨AST⟩, 2nd floor
chat | Rather than my flat, send it to my work: ⟨A⟩, reception will sign.
email | Kind regards\n\n⟨F:signoff⟩\nHead of Facilities\n⟨AML@uk⟩
chat | ⟨N.GREETING⟩ - the ⟨N.COLOUR⟩ cushion covers arrived faded.
chat | Is ⟨N.CITY⟩ in your next-day area or only ⟨N.CITY⟩?
chat | ⟨N.SERVICE⟩ says the parcel is at the ⟨N.CITY⟩ hub since ⟨N.DAY⟩.
chat | The ⟨N.BRAND⟩ scarf came in a ⟨N.BRAND⟩ box, is it genuine?
chat | Can I return the ⟨N.PRODUCT⟩ I got as a gift?
"""

DE2 = r"""
chat | Die Adresse auf dem Etikett stimmt nicht, richtig ist ⟨A@de⟩.
chat | Laut App wurde bei ⟨A@de⟩ abgestellt. Das ist drei Straßen weiter!
email | Hallo ⟨G:greeting_given⟩,\n\nbitte die Rechnung an:\n⟨F:cue_role⟩\n⟨AML@de⟩\n\nDanke!\n⟨G:signoff⟩
chat | sorry vertippt, es ist ⟨ALC⟩
chat | Retouren bitte an unser Lager: ⟨A@de⟩, nicht an die Filiale.
chat | Ich bin bis zum 20. bei meiner Tante ⟨Ff:cue_relation⟩, bitte an ⟨A⟩ liefern.
form | Name: ⟨F:form_label⟩\nAnschrift: ⟨AML⟩\nTelefon: 0171 5550123
chat | Können Sie mein Profil auf ⟨A@at⟩ ändern? Die alte Adresse in Linz gilt nicht mehr.
email | Grüß Gott,\n\nbitte den Garantieersatz an\n\n⟨AML@at⟩\n\nDanke,\n⟨F:signoff⟩
chat | Rechnungsadresse: ⟨A@ch⟩ (unser Büro in der Schweiz)
marketplace | Artikel steht in ⟨A⟩. Besichtigung nach Absprache, ⟨Gm:plain⟩ verlangen.
delivery_note | Empfängerin: ⟨NWf:cue_role⟩\n⟨AML⟩\nAblageort: Gartenhaus.
chat | Ja, ⟨SF:surname_first⟩, ⟨A⟩ – wie beim letzten Mal.
chat | Hallo, hier ist ⟨F:plain⟩ – meine Adresse hat sich geändert: ⟨A⟩. Bitte Abo anpassen.
json_tool | {"sendung":{"an":{"name":"⟨F:json_name⟩","adresszeilen":"⟨AML⟩"},"dienst":"⟨N.SERVICE⟩"}}
chat | unser neues Büro ist in der ⟨ASTf⟩, 2. OG
chat | Statt nach Hause lieber ins Büro: ⟨A⟩, der Empfang nimmt an.
email | Beste Grüße\n\n⟨F:signoff⟩\nLeitung Facility Management\n⟨AML@de⟩
form | Anschrift (Österreich):\n⟨AML@at⟩\nStiegenhaus rechts, Lift vorhanden.
chat | Bitte an die Adresse meiner Mutter, Frau ⟨Sf:title_surname⟩: ⟨A⟩.
chat | ⟨N.GREETING⟩, die Kissenbezüge in ⟨N.COLOUR⟩ sind ausgeblichen angekommen.
chat | Liefert ihr nach ⟨N.CITY⟩ auch am nächsten Tag oder nur nach ⟨N.CITY⟩?
chat | Laut ⟨N.SERVICE⟩ liegt das Paket seit ⟨N.DAY⟩ im Verteilzentrum ⟨N.CITY⟩.
chat | ⟨N.NOUN⟩ ist angekommen, ⟨N.NOUN⟩ fehlt noch.
chat | Kann ich den Artikel „⟨N.PRODUCT⟩“ zurückgeben, wenn er ein Geschenk war?
"""

FR2 = r"""
chat | L'adresse sur l'étiquette est fausse, la bonne c'est ⟨A@fr⟩.
chat | Selon l'appli, le colis a été déposé au ⟨A@fr⟩. C'est à trois rues de chez nous !
email | Bonjour ⟨G:greeting_given⟩,\n\nmerci de facturer :\n⟨F:cue_role⟩\n⟨AML@fr⟩\n\nMerci,\n⟨G:signoff⟩
chat | pardon faute de frappe, c'est ⟨ALC⟩
chat | Les retours vont à notre entrepôt : ⟨A@fr⟩, pas au magasin.
chat | Je suis chez ma tante ⟨Ff:cue_relation⟩ jusqu'au 20, merci de livrer au ⟨A⟩.
form | Nom : ⟨F:form_label⟩\nAdresse : ⟨AML⟩\nTéléphone : 06 12 34 56 78
chat | Pouvez-vous mettre à jour mon profil avec ⟨A@be⟩ ? L'ancienne adresse à Namur n'est plus valable.
email | Bonjour,\n\nmerci d'envoyer le produit de remplacement à\n\n⟨AML@be⟩\n\nMerci,\n⟨F:signoff⟩
chat | Adresse de facturation : ⟨A@lu⟩ (notre bureau au Luxembourg)
marketplace | Objet visible au ⟨A@fr⟩, sur rendez-vous, demander ⟨Gm:plain⟩.
delivery_note | Destinataire : ⟨NWf:cue_role⟩\n⟨AML⟩\nDépôt autorisé : abri de jardin.
chat | Oui, ⟨SF:surname_first⟩, ⟨A⟩ – comme la dernière fois.
chat | Bonjour, c'est ⟨F:plain⟩ – j'ai changé d'adresse : ⟨A⟩. Pouvez-vous mettre l'abonnement à jour ?
json_tool | {"expedition":{"a":{"nom":"⟨F:json_name⟩","lignes_adresse":"⟨AML⟩"},"transporteur":"⟨N.SERVICE⟩"}}
chat | notre nouveau bureau est au ⟨AST@fr⟩, 2e étage
chat | Plutôt qu'à la maison, envoyez au bureau : ⟨A⟩, l'accueil signera.
email | Bien cordialement,\n\n⟨F:signoff⟩\nResponsable des services généraux\n⟨AML@fr⟩
form | Adresse (Suisse romande) :\n⟨AML@ch_fr⟩\nCode d'entrée : 4512B
chat | À l'adresse de ma mère, Mme ⟨Sf:title_surname⟩ : ⟨A⟩.
chat | ⟨N.GREETING⟩, les housses ⟨N.COLOUR⟩ sont arrivées délavées.
chat | Vous livrez ⟨N.CITY⟩ en 24 h ou seulement ⟨N.CITY⟩ ?
chat | D'après ⟨N.SERVICE⟩, le colis est à la plateforme de ⟨N.CITY⟩ depuis ⟨N.DAY⟩.
chat | Le foulard ⟨N.BRAND⟩ est arrivé dans une boîte ⟨N.BRAND⟩, c'est normal ?
chat | Je peux retourner l'article « ⟨N.PRODUCT⟩ » reçu en cadeau ?
"""

FRAMES = [("en", EN), ("de", DE), ("fr", FR_), ("en", EN2), ("de", DE2), ("fr", FR2)]
