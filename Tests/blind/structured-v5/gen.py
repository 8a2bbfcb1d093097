#!/usr/bin/env python3
"""Generator for blind set structured-v5.   python3 gen.py  -> set.jsonl (deterministic, SEED below)

Template syntax used in frames_en.py / frames_de.py / frames_fr.py / wrappers.py:
  ⟦O:scheme⟧        ORDER_NUMBER of a scheme (values.ORDER_SCHEMES, * = random)
  ⟦S:kind⟧          SECRET (values.SECRET_KINDS; * = any, selfid = provider-prefixed, webhook, pem, pemjson, ctx = key-name-only kinds)
  ⟦C:issuer:sep⟧    CREDIT_CARD (values.ISSUERS, values.CARD_SEPS; * = random)
  ⟦I:CC:fmt⟧        IBAN (country from the registry table, eu = EU/EEA, * = any; values.IBAN_FMTS)
  ⟦P:CC:form⟧       PHONE (values.PH countries; values.PHONE_FORMS)
  ⟦IP:kind⟧         IP_ADDRESS (values.IP_KINDS)
  ⟦E:kind⟧          EMAIL
  ⟦N:KIND⟧          hard negative NEGATIVE_<KIND> (values.NEG)
  ⟦f:name⟧          unlabelled filler (shop, city, product, carrier, day, n)
  ⟦~a|b|c⟧          literal alternative (no nested tokens)
  a trailing >k on any labelled token stores the pieces under k; ⟦=k⟧ repeats them (same labels).
  ⟦BODY⟧ / ⟦QBODY⟧  (wrappers only) the inner frame, plain or '> '-quoted.
Offsets are computed on characters while rendering and converted to UTF-8 byte offsets at the end.
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values as V  # noqa: E402
import frames_en, frames_de, frames_fr, wrappers, extra  # noqa: E402

SEED = 5_16_2026_1205
R = random.Random(SEED)
V.R = R

FILL = {
    "shop": ["Nordlicht Textil", "Maison Rivage", "Bergwerk Outdoor", "Kaffeerei Zürich", "Vélo Atelier", "Papeterie Lumen",
             "Hofladen Ahrweiler", "Lampenmanufaktur", "Teeraum", "Ski-Depot", "Herbier d'Argile", "Kleinkram", "Céramiques du Lot",
             "Brotzeitbox", "Ölmühle am Bach", "La Petite Quincaillerie", "Strickwerk", "Atelier Boréal"],
    "city": ["Lüneburg", "Gent", "Annecy", "Winterthur", "Graz", "Bremen", "Nantes", "Liège", "Freiburg", "Colmar", "Utrecht",
             "Linz", "Clermont-Ferrand", "Kassel", "Namur", "Esch-sur-Alzette", "Bielefeld", "Rouen"],
    "product": ["Wollmütze", "Espressomühle", "Fahrradschloss", "lampe de chevet", "carnet A5", "tea tin", "rain jacket",
                "Steingutbecher", "bougie parfumée", "ski wax", "Leinenschürze", "gourde inox", "Brotkasten", "desk lamp",
                "Kinderrucksack", "théière en fonte", "merino socks", "Schneidebrett"],
    "carrier": ["DHL", "DPD", "GLS", "Hermes", "UPS", "Colissimo", "Chronopost", "PostNL", "bpost", "Mondial Relay", "La Poste", "Swiss Post"],
    "day": ["Monday", "Tuesday", "Friday", "Montag", "Donnerstag", "lundi", "mercredi", "samedi"],
    "n": ["2", "3", "4", "5", "7", "10", "12"],
}

TOK = re.compile(r"⟦([^⟧]*)⟧")


def pick_secret(k):
    if k == "*":
        return R.choice(V.SECRET_KINDS)
    if k == "selfid":
        return R.choice(V.SELF_ID_SECRETS)
    if k == "webhook":
        return R.choice(V.WEBHOOKS)
    if k == "pem":
        return R.choice(V.PEMS)
    if k == "ctx":
        return R.choice(["generic_hex", "generic_b64", "generic_b64url", "generic_b62", "password", "twilio_auth_token",
                         "cloudflare_api_token", "datadog_api_key", "aws_secret_key", "mailgun_key", "okta"])
    if k == "conn":
        return R.choice(["conn_url", "url_password", "jdbc", "ado_conn", "azure_storage_conn", "azure_sas"])
    return k


def gen_token(body):
    kind, _, arg = body.partition(":")
    if kind == "O":
        return V.gen_order(arg or "*")
    if kind == "S":
        if arg == "pemjson":
            p = V.pem(R.choice(["pem_rsa", "pem_pkcs8", "pem_ec", "pem_openssh"]))
            return [(p.replace("\n", "\\n"), "SECRET", "pem_jsonesc")]
        return V.gen_secret(pick_secret(arg or "*"))
    if kind == "C":
        return V.gen_card(arg or "*")
    if kind == "I":
        return V.gen_iban(arg or "*")
    if kind == "P":
        return V.gen_phone(arg or "*")
    if kind == "IP":
        return V.gen_ip(arg or "*")
    if kind == "E":
        return V.gen_email(arg or "*")
    if kind == "N":
        return V.gen_neg(arg or "*")
    if kind == "f":
        return [(R.choice(FILL[arg]), None, None)]
    raise ValueError(body)


def render(tpl, store=None, lower_values=False):
    """returns (text, spans) with character offsets; spans = [(start, end, label, variant)]"""
    store = {} if store is None else store
    out, spans, pos = [], [], 0
    i = 0
    for m in TOK.finditer(tpl):
        lit = tpl[i:m.start()]
        out.append(lit)
        pos += len(lit)
        body = m.group(1)
        if body.startswith("~"):
            pieces = [(R.choice(body[1:].split("|")), None, None)]
        elif body.startswith("="):
            pieces = store[body[1:]]
        else:
            key = None
            if ">" in body:
                body, key = body.split(">")
            pieces = gen_token(body)
            if key:
                store[key] = pieces
        for txt, lab, var in pieces:
            if lab:
                spans.append((pos, pos + len(txt), lab, var))
            out.append(txt)
            pos += len(txt)
        i = m.end()
    out.append(tpl[i:])
    return "".join(out), spans


def quote(text, spans):
    """prefix every line with '> ' and shift spans (spans must not contain a newline)."""
    lines = text.split("\n")
    starts, p = [], 0
    for ln in lines:
        starts.append(p)
        p += len(ln) + 1
    newtext = "\n".join("> " + ln for ln in lines)

    def shift(x):
        k = sum(1 for s in starts if s <= x)
        return x + 2 * k
    return newtext, [(shift(s), shift(s) + (e - s), l, v) for s, e, l, v in spans]


def render_with_wrapper(inner_tpl, wrap_tpl):
    itext, ispans = render(inner_tpl)
    use_quote = "⟦QBODY⟧" in wrap_tpl
    if use_quote:
        if any("\n" in itext[s:e] for s, e, _, _ in ispans):
            return None
        itext, ispans = quote(itext, ispans)
        marker = "⟦QBODY⟧"
    else:
        marker = "⟦BODY⟧"
    before, after = wrap_tpl.split(marker)
    btext, bspans = render(before)
    atext, aspans = render(after)
    off = len(btext)
    off2 = off + len(itext)
    spans = bspans + [(s + off, e + off, l, v) for s, e, l, v in ispans] + [(s + off2, e + off2, l, v) for s, e, l, v in aspans]
    return btext + itext + atext, spans


def to_record(rid, lang, register, frame, text, spans):
    # char -> byte offsets
    cum = [0]
    for ch in text:
        cum.append(cum[-1] + len(ch.encode("utf-8")))
    enc = text.encode("utf-8")
    pos, neg = [], []
    for s, e, lab, var in sorted(spans):
        bs, be = cum[s], cum[e]
        val = enc[bs:be].decode("utf-8")
        if lab.startswith("NEGATIVE_"):
            neg.append({"start": bs, "end": be, "type": lab, "value": val})
        else:
            pos.append({"start": bs, "end": be, "type": lab, "variant": var, "value": val})
    return {"id": rid, "lang": lang, "register": register, "frame": frame, "text": text, "spans": pos, "negatives": neg}


def main():
    out_fn = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl")
    targets = {"en": 560, "de": 400, "fr": 400}
    scales = {"en": 1.0, "de": 0.85, "fr": 0.85}
    frames = {"en": frames_en.FRAMES, "de": frames_de.FRAMES, "fr": frames_fr.FRAMES}
    wraps = {"en": wrappers.EN, "de": wrappers.DE, "fr": wrappers.FR}
    recs = []
    for lang in ("en", "de", "fr"):
        V.LANG = lang
        fl = frames[lang]
        order = list(range(len(fl)))
        plan = order[:]  # every frame at least once
        weights = [1.0 + 0.6 * tpl.count("⟦") ** 0.5 for _, tpl in fl]
        while len(plan) < targets[lang]:
            plan.append(R.choices(order, weights=weights)[0])
        ex = extra.build(lang, scales[lang])
        plan = [("f", i) for i in plan] + [("x", i) for i in range(len(ex))]
        R.shuffle(plan)
        for src, fi in plan:
            reg, tpl = fl[fi] if src == "f" else ex[fi]
            fid = f"{lang}{fi:03d}" if src == "f" else f"{lang}x{fi:03d}"
            res = None
            if reg in ("chat", "note", "sloppy", "sms") and R.random() < 0.3:
                wreg, wtpl = R.choice(wraps[lang])
                res = render_with_wrapper(tpl, wtpl)
                if res is not None:
                    reg2 = wreg + "+" + reg
                    fid2 = fid + "+" + wreg
            if res is None:
                res = render(tpl)
                reg2, fid2 = reg, fid
            text, spans = res
            recs.append((lang, reg2, fid2, text, spans))
    with open(out_fn, "w", encoding="utf-8") as f:
        for n, (lang, reg, fid, text, spans) in enumerate(recs):
            rec = to_record(f"sv5-{n:05d}", lang, reg.replace("neg_", ""), fid, text, spans)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "records to", out_fn)


if __name__ == "__main__":
    main()
