"""Platform webhooks and API payloads (JSON)."""
import values as V
from common import P, NL, jdump, Raw

NOTE = {
    "en": ["Please leave the parcel with the neighbour at no. 14", "Gift - please no invoice in the box", "Call me before delivery",
           "Ring twice, the bell is broken", "Deliver after 5pm please", "", "", "Can you combine with my other order {O}?", "Contact: {E}"],
    "de": ["Bitte beim Nachbarn abgeben", "Geschenk, bitte keine Rechnung beilegen", "Bitte vorher anrufen: {T}", "Hinterhaus, 2. OG",
           "Lieferung bitte erst ab 17 Uhr", "", "", "Bitte mit Bestellung {O} zusammen versenden", "Rückfragen an {E}"],
    "fr": ["Merci de laisser le colis chez la gardienne", "C'est un cadeau, pas de facture dans le colis svp", "Appelez-moi avant : {T}",
           "Digicode 4821B, 3e étage", "Livraison après 18h svp", "", "", "À regrouper avec ma commande {O} svp", "Contact : {E}"],
}


def note(g, enc="json"):
    s = g.ch(NOTE[g.lang])
    parts = []
    import re
    for i, seg in enumerate(re.split(r"\{(\w)\}", s)):
        if i % 2 == 0:
            if seg:
                parts.append(seg)
        else:
            parts.append({"O": lambda: g.order(nohash=False), "E": lambda: g.email(enc), "T": lambda: g.phone()}[seg]())
    return parts


class Str:
    """a JSON string made of several pieces (text + labels)."""
    def __init__(self, parts):
        self.parts = parts


def jd(g, obj, **kw):
    # extend jdump with Str support
    import json as _j
    if isinstance(obj, Str):
        g.t('"', *obj.parts, '"')
        return
    if isinstance(obj, dict) or isinstance(obj, list):
        compact = kw.get("compact", False)
        indent = kw.get("indent", 2)
        lvl = kw.get("lvl", 0)
        sp = "" if compact else "\n" + " " * (indent * (lvl + 1))
        end = "" if compact else "\n" + " " * (indent * lvl)
        sep = ", " if compact else ","
        items = list(obj.items()) if isinstance(obj, dict) else list(enumerate(obj))
        if not items:
            g.t("{}" if isinstance(obj, dict) else "[]"); return
        g.t("{" if isinstance(obj, dict) else "[")
        for i, (k, v) in enumerate(items):
            g.t((sep if i else "") + sp + (_j.dumps(k) + ": " if isinstance(obj, dict) else ""))
            jd(g, v, compact=compact, indent=indent, lvl=lvl + 1)
        g.t(end + ("}" if isinstance(obj, dict) else "]"))
        return
    jdump(g, obj)


def headers(g, pairs):
    for k, v in pairs:
        g.t(k + ": ", v, "\n")


def addr(g, enc="json", phone=True):
    a = {"first_name": g.first(), "last_name": g.last(), "address1": g.street(), "city": g.city(),
         "zip": g.N("POSTCODE", V.n_postcode, g.lang), "country_code": g.ch(["DE", "FR", "GB", "AT", "BE", "CH", "IE"])}
    if phone:
        a["phone"] = g.phone(g.ch(["e164", "intl", "national", "intl"]))
    return a


def shopify(g):
    R = g.R
    topic = g.ch(["orders/create", "orders/paid", "orders/updated", "orders/fulfilled", "refunds/create"])
    g.t("POST /webhooks/shopify HTTP/1.1\nHost: erp.", g.ch(V.SHOPDOM[g.lang]), "\nContent-Type: application/json\n")
    headers(g, [("X-Shopify-Topic", topic), ("X-Shopify-Hmac-Sha256", g.N("HASH", lambda R: V.rs(R, V.B64, 43) + "=")),
                ("X-Shopify-Shop-Domain", g.ch(["northwind-outdoor", "waldhaus-moebel", "maison-lumiere", "copperkettle"]) + ".myshopify.com"),
                ("X-Shopify-Webhook-Id", g.N("UUID", V.n_uuid)), ("X-Shopify-Triggered-At", g.N("DATETIME", V.iso_dt))])
    g.t("\n")
    scheme = g.ch(["shopify_default", "shopify_prefix", "shopify_suffix"])
    name = g.order(scheme)
    digits = "".join(c for c in name[3] if c.isdigit())
    o = {"name": name, "order_number": Raw(P("ORDER_NUMBER", "shopify_order_number_int", digits)) if R.random() < .6 else None,
         "email": g.email("json"), "created_at": g.N("DATETIME", V.iso_dt), "currency": "EUR",
         "total_price": g.N("AMOUNT", lambda R: "%.2f" % (R.randint(500, 60000) / 100)),
         "browser_ip": g.ip(), "phone": g.phone("e164") if R.random() < .5 else None,
         "note": Str(note(g)), "customer": {"email": g.email("json"), "first_name": g.first(), "phone": g.phone(g.ch(["e164", "intl"])) if R.random() < .6 else None,
                                            "tags": g.ch(["VIP", "", "wholesale", "newsletter"])},
         "billing_address": addr(g), "line_items": [{"sku": g.N("SKU", V.n_sku), "quantity": R.randint(1, 4), "price": g.N("AMOUNT", lambda R: "%.2f" % (R.randint(300, 9000) / 100))} for _ in range(R.randint(1, 3))],
         "fulfillments": [{"tracking_number": g.N("TRACKING", V.n_tracking), "tracking_company": g.ch(["DHL", "UPS", "Colissimo", "DPD", "Royal Mail"])}] if R.random() < .5 else []}
    o = {k: v for k, v in o.items() if v is not None}
    jd(g, o)


def magento(g):
    R = g.R
    g.t(g.ch(["GET", "GET", "POST"]), " /rest/", g.ch(["V1", "default/V1", "all/V1"]), "/orders/", str(R.randint(1000, 99999)), " HTTP/1.1\n")
    g.t("Authorization: Bearer ", g.secret("magento_integration", "auth_bearer_magento"), "\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n")
    o = {"base_currency_code": "EUR", "created_at": g.N("DATETIME", lambda R: V.iso_dt(R)[:19].replace("T", " ")),
         "customer_email": g.email("json"), "customer_firstname": g.first(), "customer_lastname": g.last(),
         "increment_id": g.order(g.ch(["magento_default", "magento_store_prefix", "magento_prefix"])),
         "grand_total": R.randint(10, 900) + .5, "remote_ip": g.ip(), "x_forwarded_for": Str([g.ip4(), ", ", g.ip4("priv")]) if R.random() < .5 else None,
         "quote_id": R.randint(1000, 99999), "status": g.ch(["processing", "pending", "complete", "holded"]),
         "items": [{"sku": g.N("SKU", V.n_sku), "name": g.ch(["Tischlampe Eiche", "Mug 350ml", "Coussin lin", "Rain jacket M"]), "qty_ordered": R.randint(1, 3)}],
         "billing_address": {"email": g.email("json"), "telephone": g.phone(), "postcode": g.N("POSTCODE", V.n_postcode, g.lang), "street": [g.street()], "vat_id": g.N("VAT_ID", V.n_vat, g.lang)},
         "payment": {"method": g.ch(["checkmo", "banktransfer", "stripe_payments", "paypal_express"]), "cc_last4": g.N("MASKED_CARD", lambda R: V.rs(R, V.DIG, 4)),
                     "additional_information": [Str(["IBAN: ", g.iban(g.ch(["compact", "grouped"]))])] if R.random() < .4 else ([Str(["cc_number: ", g.card(g.ch(["plain", "space", "dash"])), " (validation failed)"])] if R.random() < .4 else [])},
         "extension_attributes": {"shipping_assignments": [{"shipping": {"address": {"telephone": g.phone()}}}]}}
    o = {k: v for k, v in o.items() if v is not None}
    jd(g, o, indent=4)


def woo(g):
    R = g.R
    g.t("[", g.N("DATETIME", V.iso_dt), "] woocommerce-webhook-delivery ", g.ch(["order.created", "order.updated"]), " -> ", g.ch(["https://hooks.", "https://n8n."]), g.ch(V.SHOPDOM[g.lang]), "/wc\n")
    headers(g, [("X-WC-Webhook-Signature", g.N("HASH", lambda R: V.rs(R, V.B64, 43) + "=")), ("X-WC-Webhook-ID", str(R.randint(1, 40))),
                ("X-WC-Webhook-Delivery-ID", g.N("HASH", lambda R: V.rs(R, V.HEX, 32)))])
    g.t("\n")
    seq = R.random() < .5
    num = g.order("woo_sequential") if seq else None
    idv = R.randint(100, 99999)
    o = {"id": Raw(P("ORDER_NUMBER", "woo_id_int", str(idv))), "number": num if seq else Str([P("ORDER_NUMBER", "woo_number", str(idv))]),
         "order_key": g.N("ORDER_KEY", lambda R: "wc_order_" + V.rs(R, V.AN, 13)), "status": "processing",
         "date_created": g.N("DATETIME", lambda R: V.iso_dt(R)[:19]), "total": g.N("AMOUNT", lambda R: "%.2f" % (R.randint(500, 40000) / 100)),
         "customer_ip_address": g.ip(), "customer_user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
         "customer_note": Str(note(g)), "billing": {"first_name": g.first(), "last_name": g.last(), "email": g.email("json"), "phone": g.phone(),
                                                     "postcode": g.N("POSTCODE", V.n_postcode, g.lang)},
         "meta_data": [{"key": "_wc_stripe_customer", "value": g.N("CUSTOMER_ID", lambda R: "cus_" + V.rs(R, V.AN, 14))},
                       {"key": "_billing_vat", "value": g.N("VAT_ID", V.n_vat, g.lang)}],
         "line_items": [{"sku": g.N("SKU", V.n_sku), "quantity": 1, "total": "%.2f" % (R.randint(500, 9000) / 100)}]}
    jd(g, o, indent=R.choice([2, 4]))


def stripe(g):
    R = g.R
    t = R.randint(1760000000, 1790000000)
    g.t("Stripe-Signature: t=", NL("TIMESTAMP", str(t)), ",v1=", g.N("HASH", lambda R: V.rs(R, V.HEX, 64)), "\n\n")
    kind = g.ch(["payment_intent.succeeded", "charge.failed", "checkout.session.completed", "charge.refunded"])
    o = {"id": g.N("PAYMENT_ID", lambda R: "evt_" + V.rs(R, V.AN, 24)), "object": "event", "type": kind, "created": Raw(NL("TIMESTAMP", str(t))),
         "livemode": True, "data": {"object": {"id": g.N("PAYMENT_ID", lambda R: R.choice(["pi_", "ch_", "cs_live_"]) + V.rs(R, V.AN, 24)),
                                               "amount": R.randint(500, 90000), "currency": "eur", "customer": g.N("CUSTOMER_ID", lambda R: "cus_" + V.rs(R, V.AN, 14)),
                                               "receipt_email": g.email("json"), "description": Str([g.L(["Order ", "Order #"], ["Bestellung ", "Bestellung Nr. "], ["Commande ", "Commande n° "]), g.order(nohash=True)]),
                                               "metadata": {g.ch(["order_id", "order_number", "shop_order", "commande_id", "bestellnummer"]): g.order(nohash=True), "customer_ip": g.ip()},
                                               "billing_details": {"email": g.email("json"), "phone": g.phone("e164"), "name": g.name()},
                                               "payment_method_details": {"card": {"brand": g.ch(["visa", "mastercard", "amex"]), "last4": g.N("MASKED_CARD", lambda R: V.rs(R, V.DIG, 4)), "exp_month": R.randint(1, 12), "exp_year": R.randint(2026, 2031)}}
                                               if R.random() < .6 else {"sepa_debit": {"last4": g.N("MASKED_CARD", lambda R: V.rs(R, V.DIG, 4)), "bank_code": g.N("BANK_CODE", lambda R: V.rs(R, V.DIG, 8))}}}},
         "request": {"id": g.N("REQUEST_ID", lambda R: "req_" + V.rs(R, V.AN, 14)), "idempotency_key": g.N("UUID", V.n_uuid)}}
    jd(g, o)
    if R.random() < .4:
        g.t("\n# ", g.L(["signing secret used: ", "endpoint secret: "], ["Signing-Secret: ", "Webhook-Secret lokal: "], ["secret de signature : ", "clé webhook : "]), g.secret("stripe_webhook_secret"))


def paypal(g):
    R = g.R
    g.t("PAYPAL-TRANSMISSION-ID: ", g.N("UUID", V.n_uuid), "\nPAYPAL-TRANSMISSION-SIG: ", g.N("HASH", lambda R: V.rs(R, V.B64, 172)), "\nPAYPAL-CERT-URL: https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-", V.rs(R, V.HEX, 8), "\n\n")
    o = {"id": g.N("PAYMENT_ID", lambda R: "WH-" + V.rs(R, V.ANU, 17) + "-" + V.rs(R, V.ANU, 17)), "event_type": g.ch(["PAYMENT.CAPTURE.COMPLETED", "CHECKOUT.ORDER.APPROVED", "PAYMENT.CAPTURE.REFUNDED"]),
         "create_time": g.N("DATETIME", V.iso_dt), "resource": {"id": g.N("PAYMENT_ID", lambda R: V.rs(R, V.ANU, 17)), "invoice_id": g.N("INVOICE", V.n_invoice),
                                                              "custom_id": g.order(nohash=True), "amount": {"currency_code": "EUR", "value": "%.2f" % (R.randint(500, 50000) / 100)},
                                                              "payer": {"email_address": g.email("json"), "payer_id": g.N("CUSTOMER_ID", lambda R: V.rs(R, V.ANU, 13)),
                                                                        "phone": {"phone_number": {"national_number": g.phone("national_compact")}}},
                                                              "supplementary_data": {"related_ids": {"order_id": g.N("PAYMENT_ID", lambda R: V.rs(R, V.ANU, 17))}}}}
    jd(g, o)
    g.t("\n")


def adyen(g):
    R = g.R
    items = []
    for _ in range(R.randint(1, 2)):
        ad = {"hmacSignature": g.N("HASH", lambda R: V.rs(R, V.B64, 43) + "="), "shopperEmail": g.email("json"), "shopperIP": g.ip(),
              "cardSummary": g.N("MASKED_CARD", lambda R: V.rs(R, V.DIG, 4)), "expiryDate": g.N("DATE", lambda R: "%d/%d" % (R.randint(1, 12), R.randint(2026, 2031))),
              "shopperTelephone": g.phone()}
        if R.random() < .4:
            ad["iban"] = g.iban(g.ch(["compact", "compact", "grouped"]))
            ad["bankAccount.ownerName"] = g.name()
        items.append({"NotificationRequestItem": {"additionalData": ad, "amount": {"currency": "EUR", "value": R.randint(500, 90000)},
                                                  "eventCode": g.ch(["AUTHORISATION", "REFUND", "CAPTURE", "CHARGEBACK"]), "eventDate": g.N("DATETIME", V.iso_dt),
                                                  "merchantAccountCode": g.ch(["NorthwindECOM", "WaldhausDE", "MaisonLumiereFR"]),
                                                  "merchantReference": g.order(nohash=True), "pspReference": g.N("PAYMENT_ID", lambda R: V.rs(R, V.ANU, 16)), "success": "true"}})
    jd(g, {"live": "true", "notificationItems": items})


def klarna(g):
    R = g.R
    g.t("GET /ordermanagement/v1/orders/", g.N("UUID", V.n_uuid), " HTTP/1.1\nHost: api.klarna.com\nAuthorization: Basic ", g.secret("basic_auth", "auth_basic"), "\n\n")
    o = {"order_id": g.N("UUID", V.n_uuid), "status": "AUTHORIZED", "purchase_country": g.ch(["DE", "AT", "FR", "GB", "NL"]),
         "order_amount": R.randint(1000, 90000), "merchant_reference1": g.order(nohash=True), "merchant_reference2": g.N("CUSTOMER_ID", V.n_customer),
         "billing_address": {"given_name": g.first(), "family_name": g.last(), "email": g.email("json"), "phone": g.phone(g.ch(["e164", "intl", "national_compact"])),
                             "street_address": g.street(), "postal_code": g.N("POSTCODE", V.n_postcode, g.lang), "city": g.city()},
         "klarna_reference": g.N("PAYMENT_ID", lambda R: V.rs(R, V.ANU, 8)), "expires_at": g.N("DATETIME", V.iso_dt),
         "initial_payment_method": {"type": g.ch(["INVOICE", "FIXED_AMOUNT", "PAY_LATER_IN_PARTS"]), "description": "Pay later"}}
    jd(g, o)


def mollie(g):
    R = g.R
    g.t("POST ", g.ch(["/payment/webhook", "/mollie/hook", "/?wc-api=mollie_return"]), " id=", g.N("PAYMENT_ID", lambda R: "tr_" + V.rs(R, V.AN, 10)), "\n")
    g.t("GET https://api.mollie.com/v2/payments/tr_", V.rs(R, V.AN, 10), "\nAuthorization: Bearer ", g.secret("mollie", "auth_bearer_mollie"), "\n\n")
    o = {"resource": "payment", "mode": "live", "status": g.ch(["paid", "open", "failed", "expired"]),
         "amount": {"value": "%.2f" % (R.randint(500, 40000) / 100), "currency": "EUR"},
         "description": Str([g.L(["Order ", "order "], ["Bestellung ", "Bestellnr. "], ["Commande ", "commande n°"]), g.order(nohash=True)]),
         "method": g.ch(["ideal", "bancontact", "banktransfer", "creditcard", "directdebit"]),
         "metadata": {g.ch(["order_id", "orderNumber", "order"]): g.order(nohash=True)},
         "details": {"consumerName": g.name(), "consumerAccount": g.iban(g.ch(["compact", "compact", "grouped"])), "consumerBic": g.N("BIC", V.n_bic, g.ch(["NL", "BE", "DE", "FR"]))},
         "redirectUrl": Str(["https://", g.ch(V.SHOPDOM[g.lang]), "/checkout/success?order_id=", g.order("generic_digits", var="url_order_id")]),
         "webhookUrl": "https://" + g.ch(V.SHOPDOM[g.lang]) + "/payment/webhook", "createdAt": g.N("DATETIME", V.iso_dt),
         "settlementId": g.N("PAYMENT_ID", lambda R: "stl_" + V.rs(R, V.AN, 10))}
    if R.random() < .3:
        o["billingEmail"] = g.email("json")
    jd(g, o)


REGS = {"api_shopify_webhook": shopify, "api_magento_rest": magento, "api_woocommerce_webhook": woo, "api_stripe_event": stripe,
        "api_paypal_webhook": paypal, "api_adyen_notification": adyen, "api_klarna_order": klarna, "api_mollie_payment": mollie}
