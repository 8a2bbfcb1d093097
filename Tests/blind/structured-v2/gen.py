#!/usr/bin/env python3
"""Generate Tests/blind/structured-v2/set.jsonl (seeded, reproducible, standard library only).

  python3 gen.py            # rewrites set.jsonl next to this file

Frames (frames.py) are hand-written texts with placeholders:
  ⟦O[:scheme]⟧            ORDER_NUMBER (variant = scheme)
  ⟦S:kind[/ctx]⟧          SECRET; kind = provider name from values.secret, or
                           tok (any provider token), pw / pwu (password, URL-safe password),
                           pem, pem_json (JSON-escaped PEM), hook (webhook URL), basic (Basic-auth b64),
                           k8s (base64 data value of a Kubernetes Secret)
  ⟦C[:issuer[:sep]]⟧      CREDIT_CARD       ⟦I[:cc[:fmt]]⟧  IBAN
  ⟦P[:cc[:form[:ext]]]⟧   PHONE             ⟦IP[:kind]⟧     IP_ADDRESS      ⟦E[:kind]⟧  EMAIL
  ⟦N:KIND⟧                hard negative NEGATIVE_KIND
  ⟦...#a⟧ names a value, ⟦=a⟧ repeats it (same label); ⟦~x|y|z⟧ picks literal text;
  ⟦first⟧ ⟦last⟧ ⟦name⟧ ⟦shop⟧ ⟦city⟧ ⟦street⟧ ⟦dom⟧ ⟦user⟧ ⟦host⟧ ⟦d⟧ (unlabelled fillers).
A "/ctx" suffix is appended to the variant (e.g. ⟦E/mailto⟧ -> plain_mailto).
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import values as V  # noqa: E402
from frames import FRAMES  # noqa: E402

SEED = 20261204
TARGET = {"en": 680, "de": 510, "fr": 510}

SHOPS = {"en": ["Harbor Goods", "Northwind Supply", "Copper Kettle Co.", "Foxglove Prints", "Tidewater Outfitters"],
         "de": ["Velo-Kontor", "Teeladen Ostwind", "Bergschuh Haas", "Ladenzeile Kranich", "Papierwerk Lindner"],
         "fr": ["Atelier Roux", "Maison Lumen", "Kiosque Bleu", "Papeterie Sable", "La Droguerie du Port"]}
CITIES = {"en": ["Leeds", "Bristol", "Portland", "Galway", "Austin"], "de": ["Kassel", "Regensburg", "Lüneburg", "Graz", "Winterthur"],
          "fr": ["Nantes", "Lyon", "Rennes", "Annecy", "Liège"]}
STREETS = {"en": ["14 Mill Lane", "221 Harbour Road", "7 Elm Terrace", "58 Quarry Street"],
           "de": ["Lindenstraße 12", "Am Mühlbach 3a", "Kranichweg 41", "Hafenstraße 7"],
           "fr": ["12 rue des Tanneurs", "4 allée des Cerisiers", "37 quai de la Fosse", "9 impasse du Moulin"]}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]}

PLACEHOLDERS = ["your_api_key", "YOUR_API_KEY", "<token>", "<your-token-here>", "xxxxxxxxxxxxxxxx", "********", "****",
                "${API_KEY}", "${DB_PASSWORD}", "${{ secrets.SHOP_TOKEN }}", "{{ .Values.db.password }}", "%env(APP_SECRET)%",
                "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
                "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "<password>", "CHANGE_ME", "REPLACE_WITH_YOUR_KEY", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "xoxb-your-token", "process.env.STRIPE_SECRET", "os.environ['API_KEY']", "<redacted>", "[REDACTED]", "sk-...", "••••••••"]


def neg(r, kind, lang):
    d = lambda n: V.rs(r, V.DG, n)
    if kind == "SKU":
        return r.choice([f"SKU-{d(5)}-{r.choice(['BLK', 'WHT', 'NVY', 'RED'])}", f"ART-{d(5)}-{r.choice(['S', 'M', 'XL', '42'])}",
                         f"{r.choice(['TS', 'BK', 'HO', 'LMP'])}-{d(4)}-{d(2)}", f"{d(4)}-{r.choice(['ROT', 'BLAU', 'GRIS'])}-{d(2)}",
                         f"{V.rs(r, V.UP, 3)}{d(4)}{r.choice(V.UP)}"])
    if kind == "MODEL":
        return r.choice([f"WH-{d(4)}XM{r.randint(3, 6)}", f"KD-{r.choice(['55', '65'])}X{d(2)}{r.choice('KLJ')}", f"SM-A{d(3)}B",
                         f"GT-{d(4)}", f"RX-{d(3)}{r.choice(V.UP)}", f"{r.choice(['EX', 'MK', 'TR'])}{d(3)}-{r.choice(V.UP)}{d(1)}"])
    if kind == "TICKET":
        return r.choice([f"#{d(5)}", f"TCK-{r.randint(2022, 2026)}-{d(4)}", f"INC{d(7)}", f"SUP-{d(4)}", f"CS-{d(5)}", f"{d(6)}", f"ZD-{d(6)}"])
    if kind == "INVOICE":
        return r.choice([f"RE-{r.randint(2022, 2026)}-{d(5)}", f"INV-{d(5)}", f"FA-{r.randint(2022, 2026)}-{d(4)}", f"F{r.randint(2022, 2026)}-{d(5)}",
                         f"R{r.randint(22, 26)}-{d(6)}", f"{r.randint(2022, 2026)}{d(5)}"])
    if kind == "CUSTOMER_NUMBER":
        return r.choice([f"KD-{d(7)}", f"{d(6)}", f"CLI-{d(6)}", f"C-{d(5)}", f"K{d(8)}", f"MANDAT-{d(8)}"])
    if kind == "TRACKING":
        return r.choice([
            lambda: "00340434" + d(12),
            lambda: "JJD00" + d(18),
            lambda: "1Z" + V.rs(r, V.UP + V.DG, 6) + d(2) + d(8),
            lambda: " ".join([("9400" + d(18))[i:i + 4] for i in range(0, 22, 4)]),
            lambda: r.choice(["6A", "8L", "8R", "6C"]) + d(11),
            lambda: r.choice(["LA", "CB", "RR", "CP"]) + d(9) + "FR",
            lambda: V.no_luhn(r, lambda: d(14)),
            lambda: "H" + d(19),
        ])()
    if kind == "PRICE":
        a = r.randint(3, 1900); c = r.randint(0, 99)
        if lang == "en":
            return r.choice([f"${a}.{c:02d}", f"£{a}.{c:02d}", f"€{a:,}.{c:02d}", f"{a}.{c:02d} USD"])
        if lang == "de":
            return r.choice([f"{a:,}".replace(",", ".") + f",{c:02d} €", f"{a},{c:02d} EUR", f"EUR {a},{c:02d}", f"CHF {a}.{c:02d}"])
        return r.choice([f"{a:,}".replace(",", " ") + f",{c:02d} €", f"{a},{c:02d} EUR", f"{a} €"])
    if kind == "DATE":
        y, m, dd = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
        if lang == "en":
            return r.choice([f"{V.__dict__ and MONTHS['en'][m-1]} {dd}, {y}", f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS['en'][m-1][:3]} {y}"])
        if lang == "de":
            return r.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}. {MONTHS['de'][m-1]} {y}", f"{dd:02d}.{m:02d}.{str(y)[2:]}"])
        return r.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS['fr'][m-1]} {y}", f"{dd:02d}.{m:02d}.{y}"])
    if kind == "TIME":
        h, mi = r.randint(0, 23), r.randint(0, 59)
        return r.choice([f"{h:02d}:{mi:02d}", f"{h:02d}:{mi:02d}:{r.randint(0, 59):02d}"] + ([f"{h}h{mi:02d}"] if lang == "fr" else [f"{(h % 12) or 12}:{mi:02d} pm"] if lang == "en" else [f"{h}.{mi:02d} Uhr"]))
    if kind == "POSTCODE":
        if lang == "en":
            return r.choice([f"{r.choice(['SW1A', 'LS6', 'BS8', 'M14', 'EH3'])} {d(1)}{V.rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}", d(5), f"D0{d(1)} {V.rs(r, 'ACDEFHKNPRTVWXY', 1)}{d(1)}{V.rs(r, 'ACDEFHKNPRTVWXY', 2)}"])
        if lang == "de":
            return r.choice([d(5), str(r.randint(1000, 9999))])
        return r.choice([r.choice(["75", "69", "44", "35", "13", "33"]) + d(3), str(r.randint(1000, 9999))])
    if kind == "VERSION":
        return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"6.{r.randint(4, 6)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
                         f"2.4.{r.randint(3, 7)}-p{r.randint(1, 9)}", f"{r.randint(1, 20)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}",
                         f"8.{r.randint(1, 3)}.{r.randint(0, 30)}"])
    if kind == "HASH":
        return r.choice([V.rs(r, V.HEX, 7), V.rs(r, V.HEX, 40), V.rs(r, V.HEX, 64), V.rs(r, V.HEX, 32), "sha256:" + V.rs(r, V.HEX, 64)])
    if kind == "UUID":
        return str(V.uuid.UUID(int=r.getrandbits(128), version=4))
    if kind == "PLACEHOLDER":
        return r.choice(PLACEHOLDERS)
    if kind == "PUBLISHABLE_KEY":
        return r.choice(["pk_live_", "pk_live_", "pk_test_"]) + V.rs(r, V.AN, r.choice([24, 99]))
    if kind == "CARD_LUHN":
        while True:
            v, var = V.card(r, sep=r.choice(["spaced", "dashed", "plain"]))
            digits = [c for c in v]
            idx = [i for i, c in enumerate(digits) if c.isdigit()][-1]
            digits[idx] = str((int(digits[idx]) + r.randint(1, 9)) % 10)
            v = "".join(digits)
            if not V.luhn_ok("".join(c for c in v if c.isdigit())):
                return v
    if kind == "IBAN_MOD97":
        return V.bad_iban(r)
    if kind == "PHONE_LIKE_CODE":
        return r.choice([f"0 {d(3)} {d(3)} {d(3)}", f"1 {d(3)} {d(3)} {d(3)}", f"A {d(3)} {d(3)} {d(2)} {d(2)}",
                         f"{d(2)} {d(3)} {d(3)}", f"{d(3)}-{d(3)}-{d(4)}-{r.choice(V.UP)}", f"{d(4)} {d(3)} {d(3)}", f"{d(3)}.{d(3)}.{d(2)}"])
    if kind == "EAN":
        while True:
            body = r.choice(["400", "401", "426", "300", "376", "500", "871", "541", "0"]) 
            n = 12 if len(body) > 1 else 11
            body = body + d(n - len(body))
            s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body[::-1][::-1])) if False else None
            w = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) if n == 12 else sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
            v = body + str((10 - w % 10) % 10)
            if not V.luhn_ok(v):
                return v
    if kind == "QUANTITY":
        return str(r.choice([2, 3, 4, 5, 6, 10, 12, 20, 24, 25, 50, 100, 250]))
    if kind == "IBAN_PARTIAL":
        return r.choice(["DE", "FR", "AT"]) + d(2) + " **** **** " + d(4)
    raise KeyError(kind)


def filler(r, name, lang):
    if name == "first":
        return r.choice(V.FIRST).capitalize()
    if name == "last":
        return r.choice(V.LAST).capitalize().replace("Oconnor", "O'Connor")
    if name == "name":
        return filler(r, "first", lang) + " " + filler(r, "last", lang)
    if name == "shop":
        return r.choice(SHOPS[lang])
    if name == "city":
        return r.choice(CITIES[lang])
    if name == "street":
        return r.choice(STREETS[lang])
    if name == "dom":
        return r.choice(V.SHOP_DOMAINS)
    if name == "user":
        return r.choice(["deploy", "shopadm", "app", "svc_orders", "jenkins", "www-data", "admin", "etl"])
    if name == "host":
        return r.choice(["db01", "web-3", "shop-prod-2", "mx1", "cache-a", "worker-7", "fra1-lb", "par-edge-2"])
    if name == "d":
        return neg(r, "DATE", lang)
    raise KeyError(name)


TYPE = {"O": "ORDER_NUMBER", "S": "SECRET", "C": "CREDIT_CARD", "I": "IBAN", "P": "PHONE", "IP": "IP_ADDRESS", "E": "EMAIL"}


def make_value(r, kind, arg, lang):
    a = arg.split(":") if arg else []
    g = lambda i: (a[i] if len(a) > i and a[i] not in ("", "*") else None)
    if kind == "O":
        return V.order(r, g(0))
    if kind == "S":
        k = g(0) or "tok"
        if k == "tok":
            return V.secret(r, r.choice(V.TOKEN_KINDS))
        if k == "pw":
            return V.pw(r), "password"
        if k == "pwu":
            return V.pw_url(r), "password"
        if k == "pem":
            return V.pem(r, g(1))
        if k == "pem_json":
            v, var = V.pem(r, g(1) or r.choice(["rsa", "pkcs8", "ec"]))
            return v.replace("\n", "\\n"), var + "_json_escaped"
        if k == "hook":
            return V.hook(r, g(1))
        if k == "basic":
            user = r.choice(["shop", "api", "admin", "K" + V.rs(r, V.DG, 6) + "_" + V.rs(r, V.HEX, 12), "deploy"])
            return V.base64.b64encode(f"{user}:{V.pw_url(r)}".encode()).decode(), "basic_auth"
        if k == "k8s":
            return V.base64.b64encode(V.pw(r).encode()).decode(), "k8s_secret_b64"
        return V.secret(r, k)
    if kind == "C":
        return V.card(r, g(0), g(1))
    if kind == "I":
        return V.iban(r, g(0), g(1))
    if kind == "P":
        return V.phone(r, g(0), g(1), ext=(g(2) == "ext"))
    if kind == "IP":
        return V.ip(r, g(0))
    if kind == "E":
        return V.email(r, g(0))
    raise KeyError(kind)


PH = re.compile(r"⟦([^⟧]*)⟧")


def render(r, frame, lang):
    out, spans, negs, named = [], [], [], {}
    pos = 0  # byte position
    last = 0

    def emit(s):
        nonlocal pos
        out.append(s)
        pos += len(s.encode("utf-8"))

    for m in PH.finditer(frame):
        emit(frame[last:m.start()])
        last = m.end()
        tok = m.group(1)
        if tok.startswith("~"):
            emit(r.choice(tok[1:].split("|")))
            continue
        if tok.startswith("="):
            lab = named[tok[1:]]
            st = pos; emit(lab["value"])
            (spans if lab["kind"] == "pos" else negs).append(dict(lab, start=st, end=pos))
            continue
        name = None
        if "#" in tok:
            tok, name = tok.split("#", 1)
        suffix = None
        if "/" in tok and not tok.startswith("N:"):
            tok, suffix = tok.split("/", 1)
        kind, _, arg = tok.partition(":")
        if kind == "N":
            v = neg(r, arg, lang)
            st = pos; emit(v)
            lab = {"kind": "neg", "type": "NEGATIVE_" + arg, "value": v}
            negs.append(dict(lab, start=st, end=pos))
        elif kind in TYPE:
            v, var = make_value(r, kind, arg, lang)
            if suffix:
                var = f"{var}_{suffix}"
            st = pos; emit(v)
            lab = {"kind": "pos", "type": TYPE[kind], "variant": var, "value": v}
            spans.append(dict(lab, start=st, end=pos))
        else:
            emit(filler(r, kind, lang))
            continue
        if name:
            named[name] = lab
    emit(frame[last:])
    text = "".join(out)
    clean = lambda L, pos_: [{k: x[k] for k in (("start", "end", "type", "variant", "value") if pos_ else ("start", "end", "type", "value"))} for x in L]
    return text, clean(spans, True), clean(negs, False)


def main():
    r = random.Random(SEED)
    by_lang = {}
    for i, (lang, reg, fr) in enumerate(FRAMES):
        by_lang.setdefault(lang, []).append((i, reg, fr))
    recs = []
    for lang, fl in by_lang.items():
        n = TARGET[lang]
        for k in range(n):
            fi, reg, fr = fl[k % len(fl)]
            text, spans, negs = render(r, fr, lang)
            recs.append({"lang": lang, "register": reg, "frame": fi, "text": text, "spans": spans, "negatives": negs})
    r.shuffle(recs)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for j, rec in enumerate(recs):
            rec = {"id": f"bs2-{j:04d}", "lang": rec["lang"], "register": rec["register"], "text": rec["text"],
                   "spans": rec["spans"], "negatives": rec["negatives"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records from {len(FRAMES)} frames")


if __name__ == "__main__":
    main()
