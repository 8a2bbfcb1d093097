"""Order-number schemes and hard-negative generators for structured-v9 (typed by hand)."""
from values import rs, DIG, UP, LO, HEX, B62, luhn_ok, luhn_risky, only_digits, luhn_complete
from secrets_tab import uuid4, PLACEHOLDERS, public_key, certificate

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]}


def _order_raw(R, scheme):
    if scheme == "magento_default":
        return "000" + rs(R, DIG, 6)
    if scheme == "magento_store_prefix":
        return R.choice(["1", "2", "3", "4"]) + "000" + rs(R, "123456789", 1) + rs(R, DIG, 4)
    if scheme == "magento_sequence_prefix":
        return R.choice(["WEB-DE-", "B2B-", "ORD", "FR-2026-", "CH-", "AT", "UK-"]) + rs(R, DIG, R.choice([6, 7, 8]))
    if scheme == "shopify_default":
        return "#" + str(R.randint(1001, 48999))
    if scheme == "shopify_prefix":
        return "#" + R.choice(["EU", "DE-", "FR", "UK", "SHOP", "MX-", "NL"]) + str(R.randint(1001, 29999))
    if scheme == "shopify_suffix":
        return "#" + str(R.randint(1001, 29999)) + R.choice(["-B2B", "-DE", "FR", "-X", "-WHL", "-AT"])
    if scheme == "shopify_prefix_suffix":
        return "#" + R.choice(["KS", "LM-", "GB"]) + str(R.randint(1001, 9999)) + R.choice(["-R", "-EU", "Z"])
    if scheme == "woocommerce_default":
        return "#" + str(R.randint(120, 98000))
    if scheme == "woo_sequential":
        return R.choice(["WC-2026-", "ORD-", "BN2026-", "WOO", "SO-", "CMD-WEB-"]) + rs(R, DIG, R.choice([4, 5, 6]))
    if scheme == "shopware_default":
        return str(R.randint(10000, 99999))
    if scheme == "shopware_prefix":
        return R.choice(["SW", "AB-", "SWO", "B-"]) + str(R.randint(10000, 299999))
    if scheme == "prestashop_reference":
        return rs(R, UP, 9)
    if scheme == "prestashop_id":
        return str(R.randint(12, 99999))
    if scheme == "amazon_3_7_7":
        return R.choice(["028", "171", "302", "303", "304", "305", "306", "111", "112", "113", "114", "402", "403", "404", "405", "406", "407", "408"]) + "-" + rs(R, DIG, 7) + "-" + rs(R, DIG, 7)
    if scheme == "amazon_digital":
        return "D01-" + rs(R, DIG, 7) + "-" + rs(R, DIG, 7)
    if scheme == "ebay_2_5_5":
        return rs(R, DIG, 2) + "-" + rs(R, DIG, 5) + "-" + rs(R, DIG, 5)
    if scheme == "ebay_12digit":
        return R.choice("123") + rs(R, DIG, 11)
    if scheme == "etsy_receipt":
        return R.choice(["", "#"]) + R.choice("123") + rs(R, DIG, 9)
    if scheme == "zalando":
        return "10" + rs(R, DIG, 12)
    if scheme == "otto_market":
        return rs(R, UP + DIG, 8)
    if scheme == "bol":
        return R.choice(["A000" + rs(R, UP + DIG, 6), "1" + rs(R, DIG, 9)])
    if scheme == "cdiscount":
        return "%02d%02d%02d%02d%02d" % (R.randint(24, 26), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)) + rs(R, UP + DIG, 4)
    if scheme == "kaufland":
        return rs(R, UP + DIG, 7)
    if scheme == "letter_prefixed":
        return R.choice(["A-", "BE", "R", "CMD-", "BST-", "AUF-", "CO", "PO-", "VK-", "K"]) + R.choice(["", "2026-", "26"]) + rs(R, DIG, R.choice([4, 5, 6]))
    if scheme == "year_prefixed":
        return R.choice(["2026-", "2025-", "26/", "2026", "25-"]) + rs(R, DIG, R.choice([4, 5, 6]))
    if scheme == "context_generic":
        return R.choice([rs(R, DIG, 4) + "-" + rs(R, DIG, 2), rs(R, DIG, 5) + R.choice(UP), rs(R, LO, 2) + "-" + rs(R, DIG, 4),
                         rs(R, UP, 2) + rs(R, DIG, 1) + "/" + rs(R, DIG, 4), rs(R, DIG, 3) + "." + rs(R, DIG, 3), "n" + rs(R, DIG, 6)])
    raise ValueError(scheme)


ORDER_SCHEMES = ["magento_default", "magento_store_prefix", "magento_sequence_prefix", "shopify_default", "shopify_prefix",
                 "shopify_suffix", "shopify_prefix_suffix", "woocommerce_default", "woo_sequential", "shopware_default",
                 "shopware_prefix", "prestashop_reference", "prestashop_id", "amazon_3_7_7", "amazon_digital", "ebay_2_5_5",
                 "ebay_12digit", "etsy_receipt", "zalando", "otto_market", "bol", "cdiscount", "kaufland", "letter_prefixed",
                 "year_prefixed", "context_generic"]
PLATFORM_NAME = {"amazon_3_7_7": "Amazon", "amazon_digital": "Amazon", "ebay_2_5_5": "eBay", "ebay_12digit": "eBay",
                 "etsy_receipt": "Etsy", "zalando": "Zalando", "otto_market": "OTTO Market", "bol": "bol.com",
                 "cdiscount": "Cdiscount", "kaufland": "Kaufland", "shopify_default": "Shopify", "shopify_prefix": "Shopify",
                 "shopify_suffix": "Shopify", "shopify_prefix_suffix": "Shopify", "woocommerce_default": "WooCommerce",
                 "woo_sequential": "WooCommerce", "magento_default": "Magento", "magento_store_prefix": "Magento",
                 "magento_sequence_prefix": "Magento", "shopware_default": "Shopware", "shopware_prefix": "Shopware",
                 "prestashop_reference": "PrestaShop", "prestashop_id": "PrestaShop"}


def order_make(R, scheme):
    while True:
        o = _order_raw(R, scheme)
        d = only_digits(o)
        if 12 <= len(d) <= 19 and luhn_ok(d):
            continue
        if not any(c.isdigit() for c in o) and scheme != "prestashop_reference":
            continue
        return o


# ------------------------------------------------------------------ negatives
def _nl(R, f):
    """redraw until the digits are not a Luhn-valid 12-19 run."""
    while True:
        x = f()
        if not luhn_risky(x):
            return x


def ean13(R):
    b = R.choice(["400", "401", "402", "300", "301", "376", "540", "541", "871", "872", "500", "590", "760", "800", "840"]) + rs(R, DIG, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def ean8(R):
    b = rs(R, DIG, 7)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def neg_value(R, kind, lang):
    if kind == "SKU":
        return R.choice([rs(R, UP, 3) + "-" + rs(R, DIG, 4) + R.choice(["-XL", "-M", "-BLK", "-42", ""]),
                         "ART-" + rs(R, DIG, 6), rs(R, DIG, 3) + "." + rs(R, DIG, 3) + "." + rs(R, DIG, 2),
                         "SW" + rs(R, DIG, 5) + "." + rs(R, DIG, 1), rs(R, UP + DIG, 10), "B0" + rs(R, UP + DIG, 8)])
    if kind == "TRACKING":
        return _nl(R, lambda: R.choice(["1Z" + rs(R, UP + DIG, 6) + rs(R, DIG, 10), "JJD" + rs(R, DIG, 18), "00340434" + rs(R, DIG, 12),
                                        R.choice(["6A", "8K", "8L", "8R"]) + rs(R, DIG, 11), "RR" + rs(R, DIG, 9) + "FR",
                                        "CB" + rs(R, DIG, 9) + "DE", "3S" + rs(R, UP, 4) + rs(R, DIG, 7), rs(R, DIG, 12),
                                        "H" + rs(R, DIG, 19), rs(R, DIG, 4) + " " + rs(R, DIG, 4) + " " + rs(R, DIG, 4) + " " + rs(R, DIG, 2)]))
    if kind == "EAN":
        return _nl(R, lambda: R.choice([ean13(R), ean13(R), ean8(R)]))
    if kind == "DATE":
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026, 2027])
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y),
                         "%d %s %d" % (d, MONTHS[lang][m - 1], y), "%02d/%02d" % (m, y % 100)])
    if kind == "DATETIME":
        return "%d-%02d-%02dT%02d:%02d:%02d%s" % (2026, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.choice(["Z", "+01:00", ".%03dZ" % R.randint(0, 999)]))
    if kind == "TIME":
        return "%02d:%02d" % (R.randint(7, 21), R.choice([0, 15, 30, 45, 5, 50]))
    if kind == "POSTCODE":
        return R.choice([rs(R, "123456789", 1) + rs(R, DIG, 4), rs(R, "123456789", 1) + rs(R, DIG, 3),
                         "%s%d %d%s" % (R.choice(["SW", "EC", "M", "B", "EH", "LS"]), R.randint(1, 19), R.randint(1, 9), rs(R, "ABDEFGHJLNPQRSTUWXYZ", 2)),
                         "L-" + rs(R, "123456789", 1) + rs(R, DIG, 3), "D0" + rs(R, "12345678", 1) + " " + rs(R, "ACDEFHKNPRTVWXY", 1) + rs(R, DIG, 1) + rs(R, "ACDEFHKNPRTVWXY", 2)])
    if kind == "VAT_ID":
        return R.choice(["DE" + rs(R, "123456789", 1) + rs(R, DIG, 8), "ATU" + rs(R, DIG, 8), "FR" + rs(R, DIG, 2) + rs(R, DIG, 9),
                         "BE0" + rs(R, DIG, 9), "NL" + rs(R, DIG, 9) + "B01", "CHE-%s.%s.%s MWST" % (rs(R, DIG, 3), rs(R, DIG, 3), rs(R, DIG, 3)),
                         "LU" + rs(R, DIG, 8), "IE" + rs(R, DIG, 7) + rs(R, UP, 1), "GB" + rs(R, DIG, 9)])
    if kind == "INVOICE":
        return R.choice(["RE-2026-" + rs(R, DIG, 5), "INV-" + rs(R, DIG, 6), "FA" + rs(R, DIG, 7), "R" + rs(R, DIG, 8),
                         "F-2026-" + rs(R, DIG, 4), "2026/RG/" + rs(R, DIG, 4)])
    if kind == "CREDIT_NOTE":
        return R.choice(["GS-2026-" + rs(R, DIG, 4), "CN-" + rs(R, DIG, 6), "AV-" + rs(R, DIG, 5)])
    if kind == "DELIVERY_NOTE":
        return R.choice(["LS-" + rs(R, DIG, 7), "BL" + rs(R, DIG, 8), "DN-" + rs(R, DIG, 6)])
    if kind == "TICKET":
        return R.choice(["#" + rs(R, "123456789", 1) + rs(R, DIG, 4), "TCK-" + rs(R, DIG, 6), "ZD-" + rs(R, DIG, 5), "SR-" + rs(R, DIG, 7),
                         "INC" + rs(R, DIG, 7), "[#" + rs(R, DIG, 6) + "]"])
    if kind == "AMOUNT":
        v = R.randint(3, 2400) + R.randint(0, 99) / 100
        return R.choice(["%.2f €" % v, "€%.2f" % v, "%s EUR" % ("%.2f" % v).replace(".", ","), "CHF %.2f" % v, "£%.2f" % v,
                         "%s €" % ("%.2f" % v).replace(".", ","), "$%.2f" % v])
    if kind == "MODEL":
        return R.choice(["WH-1000XM5", "SM-S928B", "KG39NAIBT", "iPhone 15 Pro", "TS-453D", "EOS R50", "DCD796N",
                         "WM14N2G1", "A2337", "XPS 9530", "MQ8P3ZD/A", "HR2000/90", "RTX 4070"])
    if kind == "CUSTOMER_NUMBER":
        return R.choice(["KD-" + rs(R, DIG, 6), rs(R, "123456789", 1) + rs(R, DIG, 6), "C" + rs(R, DIG, 7), "CLI-" + rs(R, DIG, 5)])
    if kind == "UUID":
        return uuid4(R)
    if kind == "HASH":
        return R.choice([rs(R, HEX, 40), rs(R, HEX, 64), "sha256:" + rs(R, HEX, 64), rs(R, HEX, 7), "sha512-" + rs(R, B62 + "+/", 86) + "=="])
    if kind == "VERSION":
        return R.choice(["v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 40)), "%d.%d.%d" % (R.randint(1, 20), R.randint(0, 12), R.randint(0, 30))])
    if kind == "VERSION_IPLIKE":
        return "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 40), R.randint(0, 99), R.randint(100, 9999))
    if kind == "CARD_LUHN":
        while True:
            d = R.choice(["4", "5", "6"]) + rs(R, DIG, R.choice([15, 18]))
            if not luhn_ok(d):
                return " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    if kind == "MASKED_CARD":
        return R.choice(["**** **** **** " + rs(R, DIG, 4), "XXXX-XXXX-XXXX-" + rs(R, DIG, 4), "•••• " + rs(R, DIG, 4),
                         rs(R, DIG, 6) + "******" + rs(R, DIG, 4), "ending in " + rs(R, DIG, 4)])
    if kind == "RMA":
        return R.choice(["RMA-" + rs(R, DIG, 6), "RET" + rs(R, DIG, 7), "RT-2026-" + rs(R, DIG, 4)])
    if kind == "TAX_NUMBER":
        return R.choice(["%s/%s/%s" % (rs(R, DIG, 2), rs(R, DIG, 3), rs(R, DIG, 5)), "%s %s %s %s" % (rs(R, DIG, 2), rs(R, DIG, 3), rs(R, DIG, 3), rs(R, DIG, 3))])
    if kind == "BIC":
        return R.choice(["COBADEFFXXX", "DEUTDEDB", "BNPAFRPPXXX", "GEBABEBB", "BCEELULL", "INGDDEFFXXX", "SOGEFRPP", "RABONL2U",
                         "UBSWCHZH80A", "BKAUATWW", "AIBKIE2D", "NWBKGB2L", "GENODEF1S04", "CCBPFRPPMTG"])
    if kind == "SIRET":
        while True:
            b = rs(R, "123456789", 1) + rs(R, DIG, 12)
            x = luhn_complete(b)
            return "%s %s %s %s" % (x[:3], x[3:6], x[6:9], x[9:])
    if kind == "PLACEHOLDER":
        return R.choice(PLACEHOLDERS)
    if kind == "PUBLIC_KEY":
        return public_key(R, R.choice(["ssh_ed25519", "ssh_rsa", "stripe_pk", "stripe_pk", "mapbox_pk", "age_pub", "pem_pub"]))
    if kind == "CERTIFICATE":
        return certificate(R)
    if kind == "PAYMENT_ID":
        return R.choice(["pi_3" + rs(R, B62, 23), "ch_3" + rs(R, B62, 23), "cus_" + rs(R, B62, 14), "txn_" + rs(R, B62, 24),
                         rs(R, UP + DIG, 17), "tr_" + rs(R, B62, 10), "PAYID-" + rs(R, UP + DIG, 24)])
    if kind == "COUPON":
        return R.choice(["SOMMER25", "BLACKFRIDAY30", "WELCOME10", "NOEL2026", "FREESHIP", "RENTREE15", "XMAS-20-OFF", "NEUKUNDE5"])
    if kind == "REQUEST_ID":
        return R.choice(["req_" + rs(R, B62, 14), rs(R, HEX, 16), "X-" + rs(R, UP + DIG, 12)])
    if kind == "BLZ":
        return rs(R, "1234567", 1) + rs(R, DIG, 2) + " " + rs(R, DIG, 3) + " " + rs(R, DIG, 2)
    if kind == "PHONE_SHORT":
        return R.choice(["110", "112", "116 117", "3631", "3939", "0800 123 456"[:0] + "15", "17", "18"])
    if kind == "PORT":
        return str(R.choice([443, 8080, 5432, 3306, 6379, 9200, 8443, 22, 25, 587]))
    raise ValueError(kind)


NEG_LABELS = {
    "SKU": {"en": ["SKU", "item no.", "article"], "de": ["Artikelnr.", "Art.-Nr.", "SKU"], "fr": ["réf. article", "SKU", "code article"]},
    "TRACKING": {"en": ["tracking number", "tracking", "parcel"], "de": ["Sendungsnummer", "Sendungsverfolgung", "Paketnummer"], "fr": ["n° de suivi", "numéro de colis", "suivi"]},
    "EAN": {"en": ["EAN", "barcode", "GTIN"], "de": ["EAN", "Barcode", "GTIN"], "fr": ["EAN", "code-barres", "GTIN"]},
    "DATE": {"en": ["date", "delivered on", "shipped"], "de": ["Datum", "geliefert am", "Versanddatum"], "fr": ["date", "livré le", "expédié le"]},
    "DATETIME": {"en": ["created_at", "timestamp"], "de": ["Zeitstempel", "erstellt"], "fr": ["horodatage", "créé le"]},
    "TIME": {"en": ["at", "slot"], "de": ["um", "Zeitfenster ab"], "fr": ["à", "créneau"]},
    "POSTCODE": {"en": ["postcode", "ZIP"], "de": ["PLZ", "Postleitzahl"], "fr": ["code postal", "CP"]},
    "VAT_ID": {"en": ["VAT no.", "VAT ID"], "de": ["USt-IdNr.", "UID"], "fr": ["n° TVA", "TVA intracom."]},
    "INVOICE": {"en": ["invoice", "invoice no."], "de": ["Rechnung", "Rechnungsnr."], "fr": ["facture", "n° de facture"]},
    "CREDIT_NOTE": {"en": ["credit note"], "de": ["Gutschrift"], "fr": ["avoir"]},
    "DELIVERY_NOTE": {"en": ["delivery note"], "de": ["Lieferschein"], "fr": ["bon de livraison"]},
    "TICKET": {"en": ["ticket", "case"], "de": ["Ticket", "Vorgang"], "fr": ["ticket", "dossier"]},
    "AMOUNT": {"en": ["total", "amount"], "de": ["Summe", "Betrag"], "fr": ["total", "montant"]},
    "MODEL": {"en": ["model"], "de": ["Modell"], "fr": ["modèle"]},
    "CUSTOMER_NUMBER": {"en": ["customer no.", "account"], "de": ["Kundennr.", "Kundennummer"], "fr": ["n° client", "compte client"]},
    "UUID": {"en": ["id", "event id"], "de": ["ID", "Event-ID"], "fr": ["id", "identifiant"]},
    "HASH": {"en": ["commit", "checksum"], "de": ["Commit", "Prüfsumme"], "fr": ["commit", "empreinte"]},
    "VERSION": {"en": ["version"], "de": ["Version"], "fr": ["version"]},
    "VERSION_IPLIKE": {"en": ["firmware", "build"], "de": ["Firmware", "Build"], "fr": ["firmware", "version"]},
    "CARD_LUHN": {"en": ["gift card", "loyalty card"], "de": ["Gutscheinkarte", "Kundenkarte"], "fr": ["carte cadeau", "carte fidélité"]},
    "MASKED_CARD": {"en": ["card"], "de": ["Karte"], "fr": ["carte"]},
    "RMA": {"en": ["RMA", "return"], "de": ["Retoure", "RMA"], "fr": ["retour", "RMA"]},
    "TAX_NUMBER": {"en": ["tax no."], "de": ["Steuernummer", "St.-Nr."], "fr": ["n° fiscal"]},
    "BIC": {"en": ["BIC", "SWIFT"], "de": ["BIC"], "fr": ["BIC"]},
    "SIRET": {"en": ["SIRET"], "de": ["SIRET"], "fr": ["SIRET"]},
    "PLACEHOLDER": {"en": ["token", "key"], "de": ["Token", "Schlüssel"], "fr": ["jeton", "clé"]},
    "PUBLIC_KEY": {"en": ["public key", "publishable key"], "de": ["Public Key", "öffentlicher Schlüssel"], "fr": ["clé publique"]},
    "CERTIFICATE": {"en": ["certificate"], "de": ["Zertifikat"], "fr": ["certificat"]},
    "PAYMENT_ID": {"en": ["payment id", "transaction"], "de": ["Zahlungs-ID", "Transaktion"], "fr": ["id paiement", "transaction"]},
    "COUPON": {"en": ["code", "voucher"], "de": ["Gutscheincode", "Code"], "fr": ["code promo"]},
    "REQUEST_ID": {"en": ["request id"], "de": ["Request-ID"], "fr": ["request id"]},
    "BLZ": {"en": ["sort code"], "de": ["BLZ"], "fr": ["code banque"]},
}
NEG_JKEY = {"SKU": ["sku", "artikelnummer", "ref_article"], "TRACKING": ["tracking_number", "sendungsnummer", "numero_suivi"],
            "EAN": ["ean", "gtin", "barcode"], "DATE": ["date", "datum", "delivery_date"], "DATETIME": ["created_at", "updated_at", "timestamp"],
            "TIME": ["slot", "uhrzeit"], "POSTCODE": ["zip", "plz", "code_postal", "postcode"], "VAT_ID": ["vat_id", "ust_id", "tva"],
            "INVOICE": ["invoice_number", "rechnungsnummer", "numero_facture"], "CREDIT_NOTE": ["credit_note"], "DELIVERY_NOTE": ["delivery_note", "lieferschein"],
            "TICKET": ["ticket_id", "ticket"], "AMOUNT": ["total", "betrag", "montant"], "MODEL": ["model", "modell"],
            "CUSTOMER_NUMBER": ["customer_number", "kundennummer", "num_client"], "UUID": ["id", "event_id", "uuid"],
            "HASH": ["sha", "commit", "checksum"], "VERSION": ["version", "app_version"], "VERSION_IPLIKE": ["firmware", "build"],
            "CARD_LUHN": ["gift_card", "kundenkarte", "carte_fidelite"], "MASKED_CARD": ["card_masked", "last4_display"], "RMA": ["rma", "retoure"],
            "TAX_NUMBER": ["steuernummer", "tax_no"], "BIC": ["bic", "swift"], "SIRET": ["siret"], "PLACEHOLDER": ["api_key", "token", "secret"],
            "PUBLIC_KEY": ["publishable_key", "public_key"], "CERTIFICATE": ["certificate"], "PAYMENT_ID": ["payment_intent", "transaction_id", "payment_id"],
            "COUPON": ["coupon", "discount_code"], "REQUEST_ID": ["request_id"], "BLZ": ["blz"]}
NEG_KINDS = list(NEG_LABELS)
MULTILINE_NEG = {"CERTIFICATE"}
