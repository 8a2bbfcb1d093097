"""XML documents (UBL/XRechnung, ZUGFeRD CII), EDIFACT ORDERS/DESADV, SOAP."""
import values as V
from common import P, NL

CMT = {"en": ["<!-- exported from ERP, do not edit -->", "<!-- test resend after validation error -->", ""],
       "de": ["<!-- Export aus WaWi, nicht manuell bearbeiten -->", "<!-- erneut gesendet nach Validierungsfehler BR-DE-15 -->", ""],
       "fr": ["<!-- export ERP, ne pas modifier -->", "<!-- renvoi après rejet Chorus Pro -->", ""]}


def ubl(g):
    R = g.R
    g.t('<?xml version="1.0" encoding="UTF-8"?>\n', g.ch(CMT[g.lang]), "\n<ubl:Invoice xmlns:ubl=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n")
    g.t("  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>\n")
    g.t("  <cbc:ID>", g.N("INVOICE", V.n_invoice), "</cbc:ID>\n  <cbc:IssueDate>", NL("DATE", V.iso_date(R)), "</cbc:IssueDate>\n  <cbc:DueDate>", NL("DATE", V.iso_date(R)), "</cbc:DueDate>\n")
    g.t("  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n")
    if R.random() < .5:
        g.t("  <cbc:Note>", g.L(["Thank you for your order ", "Ref. order "], ["Vielen Dank für Ihre Bestellung ", "Bezug: Auftrag "], ["Merci pour votre commande ", "Réf. commande "]), g.order(nohash=True), "</cbc:Note>\n")
    g.t("  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n  <cbc:BuyerReference>", g.N("LEITWEG_ID", lambda R: "%02d-%s-%02d" % (R.randint(1, 16), V.rs(R, V.DIG, R.randint(3, 9)), R.randint(10, 99))) if R.random() < .5 else g.N("CUSTOMER_ID", V.n_customer), "</cbc:BuyerReference>\n")
    g.t("  <cac:OrderReference>\n    <cbc:ID>", g.order(nohash=True), "</cbc:ID>\n", ("    <cbc:SalesOrderID>", g.order(nohash=True), "</cbc:SalesOrderID>\n") if R.random() < .4 else "", "  </cac:OrderReference>\n")
    for role in ("AccountingSupplierParty", "AccountingCustomerParty"):
        g.t("  <cac:", role, ">\n    <cac:Party>\n      <cbc:EndpointID schemeID=\"", g.ch(["EM", "0088"]), "\">")
        if R.random() < .5:
            g.t(g.email())
        else:
            g.t(g.N("GLN", V.gln))
        g.t("</cbc:EndpointID>\n      <cac:PostalAddress>\n        <cbc:StreetName>", g.street(), "</cbc:StreetName>\n        <cbc:CityName>", g.city(), "</cbc:CityName>\n        <cbc:PostalZone>", g.N("POSTCODE", V.n_postcode, g.lang), "</cbc:PostalZone>\n      </cac:PostalAddress>\n")
        g.t("      <cac:PartyTaxScheme>\n        <cbc:CompanyID>", g.N("VAT_ID", V.n_vat, g.lang), "</cbc:CompanyID>\n      </cac:PartyTaxScheme>\n")
        g.t("      <cac:Contact>\n        <cbc:Name>", g.name(), "</cbc:Name>\n        <cbc:Telephone>", g.phone(), "</cbc:Telephone>\n        <cbc:ElectronicMail>", g.email(kind=g.ch(["work", "role"])), "</cbc:ElectronicMail>\n      </cac:Contact>\n    </cac:Party>\n  </cac:", role, ">\n")
    g.t("  <cac:PaymentMeans>\n    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>\n    <cbc:PaymentID>", g.N("INVOICE", V.n_invoice), "</cbc:PaymentID>\n    <cac:PayeeFinancialAccount>\n      <cbc:ID>", g.iban(g.ch(["compact", "compact", "compact", "grouped"])), "</cbc:ID>\n")
    g.t("      <cac:FinancialInstitutionBranch><cbc:ID>", g.N("BIC", V.n_bic, g.ch(["DE", "FR", "AT", "BE"])), "</cbc:ID></cac:FinancialInstitutionBranch>\n    </cac:PayeeFinancialAccount>\n  </cac:PaymentMeans>\n")
    for _ in range(R.randint(1, 3)):
        g.t("  <cac:InvoiceLine>\n    <cbc:ID>", str(R.randint(1, 9)), "</cbc:ID>\n    <cbc:InvoicedQuantity unitCode=\"H87\">", str(R.randint(1, 20)), "</cbc:InvoicedQuantity>\n    <cbc:LineExtensionAmount currencyID=\"EUR\">", g.N("AMOUNT", lambda R: "%.2f" % (R.randint(100, 90000) / 100)), "</cbc:LineExtensionAmount>\n")
        g.t("    <cac:Item>\n      <cbc:Name>", g.ch(["Bürostuhl Ergo", "Toner black", "Papier A4 80g", "Câble USB-C 2m", "Lampe de bureau"]), "</cbc:Name>\n      <cac:SellersItemIdentification><cbc:ID>", g.N("SKU", V.n_sku), "</cbc:ID></cac:SellersItemIdentification>\n      <cac:StandardItemIdentification><cbc:ID schemeID=\"0160\">", g.N("EAN", V.ean13), "</cbc:ID></cac:StandardItemIdentification>\n    </cac:Item>\n  </cac:InvoiceLine>\n")
    g.t("</ubl:Invoice>")


def cii(g):
    R = g.R
    g.t('<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n')
    g.t("  <rsm:ExchangedDocumentContext>\n    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:", g.ch(["basic", "en16931", "extended"]), "</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>\n  </rsm:ExchangedDocumentContext>\n")
    g.t("  <rsm:ExchangedDocument>\n    <ram:ID>", g.N("INVOICE", V.n_invoice), "</ram:ID>\n    <ram:TypeCode>380</ram:TypeCode>\n    <ram:IssueDateTime><udt:DateTimeString format=\"102\">", NL("DATE", V.iso_date(R).replace("-", "")), "</udt:DateTimeString></ram:IssueDateTime>\n")
    g.t("    <ram:IncludedNote><ram:Content>", g.L(["Payment by transfer to ", "Please pay to "], ["Zahlbar ohne Abzug auf ", "Bitte überweisen auf "], ["Paiement par virement sur ", "À régler sur "]), g.iban(g.ch(["grouped", "compact", "ccspace"])), "</ram:Content></ram:IncludedNote>\n  </rsm:ExchangedDocument>\n")
    g.t("  <rsm:SupplyChainTradeTransaction>\n")
    for _ in range(R.randint(1, 2)):
        g.t("    <ram:IncludedSupplyChainTradeLineItem>\n      <ram:SpecifiedTradeProduct>\n        <ram:GlobalID schemeID=\"0160\">", g.N("GTIN", V.gtin14) if R.random() < .5 else g.N("EAN", V.ean13), "</ram:GlobalID>\n        <ram:SellerAssignedID>", g.N("SKU", V.n_sku), "</ram:SellerAssignedID>\n        <ram:Name>", g.ch(["Kaffeebohnen 1kg", "Thé vert Sencha", "Bike light set", "Gartenschere"]), "</ram:Name>\n      </ram:SpecifiedTradeProduct>\n    </ram:IncludedSupplyChainTradeLineItem>\n")
    g.t("    <ram:ApplicableHeaderTradeAgreement>\n      <ram:BuyerReference>", g.N("CUSTOMER_ID", V.n_customer), "</ram:BuyerReference>\n      <ram:SellerTradeParty>\n        <ram:Name>", g.ch(["Waldhaus Möbel GmbH", "Maison Lumière SAS", "Northwind Outdoor Ltd"]), "</ram:Name>\n")
    g.t("        <ram:DefinedTradeContact>\n          <ram:PersonName>", g.name(), "</ram:PersonName>\n          <ram:TelephoneUniversalCommunication><ram:CompleteNumber>", g.phone(), "</ram:CompleteNumber></ram:TelephoneUniversalCommunication>\n          <ram:EmailURIUniversalCommunication><ram:URIID>", g.email(kind="role"), "</ram:URIID></ram:EmailURIUniversalCommunication>\n        </ram:DefinedTradeContact>\n")
    g.t("        <ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">", g.N("VAT_ID", V.n_vat, g.lang), "</ram:ID></ram:SpecifiedTaxRegistration>\n      </ram:SellerTradeParty>\n")
    g.t("      <ram:BuyerTradeParty>\n        <ram:Name>", g.name(), "</ram:Name>\n        <ram:URIUniversalCommunication><ram:URIID schemeID=\"EM\">", g.email(), "</ram:URIID></ram:URIUniversalCommunication>\n      </ram:BuyerTradeParty>\n")
    g.t("      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>", g.order(nohash=True), "</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>\n    </ram:ApplicableHeaderTradeAgreement>\n")
    g.t("    <ram:ApplicableHeaderTradeDelivery>\n      <ram:DespatchAdviceReferencedDocument><ram:IssuerAssignedID>", g.N("DELIVERY_NOTE", lambda R: "LS-" + V.rs(R, V.DIG, 6)), "</ram:IssuerAssignedID></ram:DespatchAdviceReferencedDocument>\n    </ram:ApplicableHeaderTradeDelivery>\n")
    g.t("    <ram:ApplicableHeaderTradeSettlement>\n      <ram:PaymentReference>", g.N("INVOICE", V.n_invoice), "</ram:PaymentReference>\n      <ram:SpecifiedTradeSettlementPaymentMeans>\n        <ram:TypeCode>", g.ch(["58", "59"]), "</ram:TypeCode>\n        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>", g.iban("compact"), "</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>\n")
    if R.random() < .4:
        g.t("        <ram:PayerPartyDebtorFinancialAccount><ram:IBANID>", g.iban("compact"), "</ram:IBANID></ram:PayerPartyDebtorFinancialAccount>\n")
    g.t("      </ram:SpecifiedTradeSettlementPaymentMeans>\n      <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:GrandTotalAmount>", g.N("AMOUNT", lambda R: "%.2f" % (R.randint(100, 90000) / 100)), "</ram:GrandTotalAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n    </ram:ApplicableHeaderTradeSettlement>\n  </rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>")


def edi_phone(g):
    # EDIFACT release char ? escapes + : ' ; keep phones without '+' or with ?+
    lab = g.phone(g.ch(["national_compact", "national", "intl00", "e164"]))
    v = lab[3]
    if v.startswith("+"):
        from common import P as _P
        return _P("PHONE", "edifact_release_plus", "?" + v)
    return lab


def edi_email(g):
    lab = g.email(kind=g.ch(["role", "work", "personal"]))
    # '@' is fine in UNOC; EDIFACT often keeps it
    return lab


def edifact(g):
    R = g.R
    kind = g.ch(["ORDERS", "DESADV", "ORDRSP", "INVOIC"])
    seg = "'" + g.ch(["\n", "\n", ""])
    sender = g.N("GLN", V.gln)
    g.t("UNA:+.? ", seg, "UNB+UNOC:3+", sender, ":14+", g.N("GLN", V.gln), ":14+", NL("DATE", "%02d%02d%02d" % (R.randint(24, 26), R.randint(1, 12), R.randint(1, 28))), ":", NL("TIME", "%02d%02d" % (R.randint(0, 23), R.randint(0, 59))), "+", str(R.randint(1000, 99999)), seg)
    g.t("UNH+1+", kind, ":D:96A:UN:EAN008", seg)
    if kind in ("ORDERS", "ORDRSP"):
        g.t("BGM+220+", g.order(nohash=True, scheme=g.ch(["generic_digits", "letter_prefixed", "year_prefixed", "generic_alnum"])), "+9", seg)
    elif kind == "DESADV":
        g.t("BGM+351+", g.N("DELIVERY_NOTE", lambda R: V.rs(R, V.DIG, 8)), "+9", seg, "RFF+ON:", g.order(nohash=True, scheme=g.ch(["generic_digits", "letter_prefixed", "year_prefixed"])), seg)
    else:
        g.t("BGM+380+", g.N("INVOICE", V.n_invoice), "+9", seg, "RFF+ON:", g.order(nohash=True, scheme=g.ch(["generic_digits", "letter_prefixed"])), seg)
    g.t("DTM+137:", NL("DATE", V.iso_date(R).replace("-", "")), ":102", seg, "DTM+2:", NL("DATE", V.iso_date(R).replace("-", "")), ":102", seg)
    if R.random() < .5:
        g.t("FTX+AAI+++", g.L(["PLEASE CALL BEFORE DELIVERY", "RAMP 4 ONLY"], ["ANLIEFERUNG NUR MO-FR", "BITTE VORHER ANRUFEN"], ["LIVRAISON QUAI 2", "PRENDRE RDV AVANT LIVRAISON"]), seg)
    for q in ("BY", "SU", "DP"):
        g.t("NAD+", q, "+", g.N("GLN", V.gln), "::9++", g.ch(["WALDHAUS MOEBEL GMBH", "MAISON LUMIERE SAS", "NORTHWIND OUTDOOR LTD", "FAHRRADKONTOR KG"]), "+", g.street().upper().replace("'", " "), "+", g.city().upper(), "++", g.N("POSTCODE", V.n_postcode, g.lang), "+", g.ch(["DE", "FR", "GB", "AT", "BE"]), seg)
        if R.random() < .6:
            g.t("CTA+", g.ch(["IC", "OC", "PD"]), "+:", g.name().upper().replace("'", " "), seg, "COM+", edi_phone(g), ":TE", seg)
            if R.random() < .7:
                g.t("COM+", edi_email(g), ":EM", seg)
    if kind == "INVOIC" or R.random() < .2:
        g.t("FII+RB+", g.iban("compact"), "+", g.N("BIC", V.n_bic, g.ch(["DE", "FR", "NL"])), ":25:5", seg)
    n = R.randint(1, 4)
    for i in range(n):
        g.t("LIN+", str(i + 1), "++", g.N("EAN", V.ean13), ":EN", seg, "PIA+1+", g.N("SKU", V.n_sku), ":SA", seg, "QTY+", g.ch(["21", "12", "113"]), ":", str(R.randint(1, 200)), seg)
        if kind == "DESADV" and R.random() < .5:
            g.t("GIN+BJ+", g.N("SSCC", lambda R: "00" + V.rs(R, V.DIG, 18)) if False else g.N("SSCC", lambda R: "3" + V.rs(R, V.DIG, 17)), seg)
    g.t("UNS+S", seg, "CNT+2:", str(n), seg, "UNT+", str(R.randint(12, 40)), "+1", seg, "UNZ+1+", str(R.randint(1000, 99999)), "'")


def soap(g):
    R = g.R
    g.t("POST /", g.ch(["ws/OrderService", "services/ShipmentService", "soap/v2/OrderImport", "axis2/services/Fulfilment"]), " HTTP/1.1\nHost: ", g.ch(["erp", "wms", "b2b"]), ".", g.ch(V.SHOPDOM[g.lang]), "\nContent-Type: text/xml; charset=utf-8\nSOAPAction: \"", g.ch(["urn:createOrder", "urn:getOrderStatus", "urn:updateShipment"]), "\"\n\n")
    g.t('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ord="http://', g.ch(["erp.example-intern.local", "schemas.waldhaus.de", "b2b.lumiere.fr"]), '/order/v1">\n  <soapenv:Header>\n')
    if R.random() < .7:
        g.t('    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">\n      <wsse:UsernameToken>\n        <wsse:Username>', g.ch(["shop_api", "erp-sync", "ws_magento", "soapuser"]), "</wsse:Username>\n        <wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">")
        if R.random() < .15:
            g.t(g.ph())
        else:
            g.t(g.secret("password", "soap_wsse_password"))
        g.t("</wsse:Password>\n      </wsse:UsernameToken>\n    </wsse:Security>\n")
    else:
        g.t("    <ord:AuthHeader><ord:ApiKey>", g.secret(g.ch(["generic_hex", "generic_b64", "prestashop_ws_key"])), "</ord:ApiKey></ord:AuthHeader>\n")
    op = g.ch(["createOrder", "OrderRequest", "getOrderStatus"])
    g.t("  </soapenv:Header>\n  <soapenv:Body>\n    <ord:", op, ">\n      <ord:orderNumber>", g.order(nohash=True), "</ord:orderNumber>\n")
    g.t("      <ord:orderDate>", NL("DATE", V.iso_date(R)), "</ord:orderDate>\n      <ord:customer>\n        <ord:customerNo>", g.N("CUSTOMER_ID", V.n_customer), "</ord:customerNo>\n        <ord:name>", g.name(), "</ord:name>\n        <ord:email>", g.email(), "</ord:email>\n        <ord:phone>", g.phone(), "</ord:phone>\n")
    if R.random() < .4:
        g.t("        <ord:bankAccount><ord:iban>", g.iban(g.ch(["compact", "grouped"])), "</ord:iban><ord:bic>", g.N("BIC", V.n_bic, g.ch(["DE", "FR", "AT", "BE"])), "</ord:bic></ord:bankAccount>\n")
    if R.random() < .45:
        g.t("        <ord:payment><ord:cardNumber>", g.card(g.ch(["plain", "plain", "space", "dash"])), "</ord:cardNumber><ord:expiry>", g.N("DATE", lambda R: "%02d%02d" % (R.randint(1, 12), R.randint(26, 31))), "</ord:expiry></ord:payment>\n")
    g.t("      </ord:customer>\n      <ord:clientIp>", g.ip(), "</ord:clientIp>\n")
    for _ in range(R.randint(1, 2)):
        g.t("      <ord:line><ord:sku>", g.N("SKU", V.n_sku), "</ord:sku><ord:ean>", g.N("EAN", V.ean13), "</ord:ean><ord:qty>", str(R.randint(1, 9)), "</ord:qty></ord:line>\n")
    g.t("    </ord:", op, ">\n  </soapenv:Body>\n</soapenv:Envelope>")
    if R.random() < .5:
        g.t("\n\nHTTP/1.1 500 Internal Server Error\n\n<soapenv:Envelope><soapenv:Body><soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>",
            g.L(["Order ", "Duplicate order "], ["Auftrag ", "Doppelte Bestellung "], ["Commande ", "Commande en double "]), g.order(nohash=True), " ",
            g.L(["already exists", "rejected"], ["existiert bereits", "abgelehnt"], ["existe déjà", "refusée"]), "</faultstring><detail><requestId>", g.N("REQUEST_ID", V.n_request_id), "</requestId></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>")


REGS = {"xml_ubl_xrechnung": ubl, "xml_zugferd_cii": cii, "edifact": edifact, "soap": soap}
