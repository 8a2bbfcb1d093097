#!/usr/bin/env python3
"""Generate blind set structured-v4 -> set.jsonl (reproducible: `python3 gen.py`).

Template syntax used in frames_en.py / frames_de.py / frames_fr.py (all hand-written for v4):
  ⟪O:scheme⟫            ORDER_NUMBER (variant = scheme; `*` = any)
  ⟪S:kind⟫              SECRET (variant = kind)
  ⟪C:issuer:sep⟫        CREDIT_CARD (variant = issuer_sep; `*` = random)
  ⟪I:CC:fmt⟫            IBAN (variant = CC_fmt)
  ⟪P:CC:form⟫           PHONE (variant = CC_form; CC `*` = a country fitting the language)
  ⟪IP:kind⟫             IP_ADDRESS
  ⟪E:kind⟫              EMAIL
  ⟪N:KIND⟫              hard negative NEGATIVE_KIND
  ⟪f:name⟫              unlabelled filler (name, shop, city, product, host)
  ⟪~a|b|c⟫              literal alternative
  ⟪X:...=k⟫ / ⟪=k⟫      store a value under k / repeat it (repeat gets the same label)
Frames whose register starts with `neg_` are negative-only (no positive expected); the prefix is stripped.
"""
import collections
import json
import os
import random
import re

import values as V
from frames_en import FRAMES as FEN
from frames_de import FRAMES as FDE
from frames_fr import FRAMES as FFR

SEED = 4_2026_1205
TARGET = {"en": 680, "de": 510, "fr": 510}
NEG_SHARE = 0.21
ORDER_FREE_WEIGHT = 3.0
SECRET_ONLY_WEIGHT = 1.3
HERE = os.path.dirname(os.path.abspath(__file__))
TOK = re.compile(r"⟪([^⟫]*)⟫")


def render(tpl, lang):
    out = b""
    spans, negs, store = [], [], {}
    pos = 0
    for m in TOK.finditer(tpl):
        out += tpl[pos:m.start()].encode()
        pos = m.end()
        body = m.group(1)
        key = None
        if body.startswith("~"):
            out += V.pick(body[1:].split("|")).encode()
            continue
        if body.startswith("="):
            val, lab = store[body[1:]]
        else:
            if "=" in body and not body.startswith("~"):
                body, key = body.rsplit("=", 1)
            a = body.split(":")
            t = a[0]
            if t == "O":
                v, var = V.order(a[1]); lab = ("ORDER_NUMBER", var)
            elif t == "S":
                v, var = V.secret(a[1]); lab = ("SECRET", var)
            elif t == "C":
                v, var = V.card(a[1], a[2]); lab = ("CREDIT_CARD", var)
            elif t == "I":
                v, var = V.iban(a[1], a[2]); lab = ("IBAN", var)
            elif t == "P":
                v, var = V.phone(a[1], a[2], lang); lab = ("PHONE", var)
            elif t == "IP":
                v, var = V.ip(a[1]); lab = ("IP_ADDRESS", var)
            elif t == "E":
                v, var = V.email(a[1], lang); lab = ("EMAIL", var)
            elif t == "N":
                v = V.neg(a[1], lang); lab = ("NEG", "NEGATIVE_" + a[1])
            elif t == "f":
                v = V.fill(a[1], lang); lab = None
            else:
                raise ValueError(f"bad token {body!r} in {tpl[:60]!r}")
            val = v
            if key:
                store[key] = (val, lab)
        b = val.encode()
        st = len(out)
        out += b
        if lab is None:
            continue
        if lab[0] == "NEG":
            negs.append({"start": st, "end": st + len(b), "type": lab[1], "value": val})
        else:
            spans.append({"start": st, "end": st + len(b), "type": lab[0], "variant": lab[1], "value": val})
    out += tpl[pos:].encode()
    return out.decode(), spans, negs


def main():
    V.R.seed(SEED)
    rng = random.Random(SEED + 1)
    recs = []
    for lang, frames in (("en", FEN), ("de", FDE), ("fr", FFR)):
        neg = [(i, f) for i, f in enumerate(frames) if f[0].startswith("neg_")]
        pos = [(i, f) for i, f in enumerate(frames) if not f[0].startswith("neg_")]
        n_neg = int(round(TARGET[lang] * NEG_SHARE))
        plan = []
        for pool, n in ((neg, n_neg), (pos, TARGET[lang] - n_neg)):
            seq = pool[:]  # every frame at least once
            rng.shuffle(seq)
            # then weighted draws: frames without an order number are drawn more often so that
            # ORDER_NUMBER and SECRET each stay near a quarter of the positives
            w = [1.0 if "⟪O:" in f[1] else SECRET_ONLY_WEIGHT if "⟪S:" in f[1] else ORDER_FREE_WEIGHT for _, f in pool]
            while len(seq) < n:
                seq.append(rng.choices(pool, weights=w)[0])
            plan += seq[:n]
        for k, (i, (reg, tpl)) in enumerate(plan):
            text, spans, negs = render(tpl, lang)
            if reg.startswith("neg_"):
                assert not spans, (lang, i)
                reg = reg[4:]
            recs.append({"id": None, "lang": lang, "register": reg, "frame": f"{lang}{i:03d}", "text": text,
                         "spans": spans, "negatives": negs})
    rng.shuffle(recs)
    for n, r in enumerate(recs):
        r["id"] = f"sv4-{n:05d}"
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = collections.Counter(s["type"] for r in recs for s in r["spans"])
    print(len(recs), dict(c), sum(len(r["negatives"]) for r in recs))


if __name__ == "__main__":
    main()
