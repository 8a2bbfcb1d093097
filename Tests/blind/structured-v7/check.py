#!/usr/bin/env python3
"""Validate set.jsonl (UTF-8 byte offsets) and print counts."""
import json, sys, collections, re
sys.path.insert(0, __file__.rsplit("/", 1)[0] or ".")
from values import luhn_ok, mod97, IBAN_LEN
TYPES = {"EMAIL", "CREDIT_CARD", "IBAN", "PHONE", "IP_ADDRESS", "ORDER_NUMBER", "SECRET"}
fn = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
C = collections.Counter; cnt = {k: C() for k in ["lang", "reg", "type", "var", "neg", "tl"]}
ids = set(); err = 0; withneg = 0; n = 0
def bad(m):
    global err; err += 1
    if err < 30: print("ERR", m)
for line in open(fn, encoding="utf-8"):
    r = json.loads(line); n += 1
    for k in ("id", "lang", "register", "text", "spans", "negatives"):
        if k not in r: bad(f"missing {k}")
    if r["id"] in ids: bad("dup id")
    ids.add(r["id"])
    b = r["text"].encode("utf-8")
    cnt["lang"][r["lang"]] += 1; cnt["reg"][r["register"].split("+")[0]] += 1
    if r["negatives"]: withneg += 1
    for s in r["spans"]:
        if not (0 <= s["start"] < s["end"] <= len(b)): bad(f"{r['id']} range")
        if b[s["start"]:s["end"]].decode("utf-8") != s["value"]: bad(f"{r['id']} value {s}")
        if s["type"] not in TYPES or not s.get("variant"): bad(f"{r['id']} type/variant")
        cnt["type"][s["type"]] += 1; cnt["var"][(s["type"], s["variant"])] += 1; cnt["tl"][(s["type"], r["lang"])] += 1
        v = s["value"]
        if s["type"] == "CREDIT_CARD":
            d = re.sub(r"\D", "", v)
            if not (12 <= len(d) <= 19 and luhn_ok(d)): bad(f"{r['id']} card {v!r}")
        if s["type"] == "IBAN":
            c = re.sub(r"[^A-Za-z0-9]", "", v).upper()
            if IBAN_LEN.get(c[:2]) != len(c) or mod97(c) != 1: bad(f"{r['id']} iban {v!r}")
        if v != v.strip(): bad(f"{r['id']} whitespace edge {v!r}")
    for s in r["negatives"]:
        if b[s["start"]:s["end"]].decode("utf-8") != s["value"]: bad(f"{r['id']} neg value")
        if not s["type"].startswith("NEGATIVE_"): bad("neg type")
        cnt["neg"][s["type"]] += 1
        for p in r["spans"]:
            if s["start"] < p["end"] and p["start"] < s["end"]: bad(f"{r['id']} neg overlaps pos")
        if s["type"] == "NEGATIVE_CARD_LUHN" and luhn_ok(re.sub(r"\D", "", s["value"])): bad("luhn-valid negative")
        if s["type"] == "NEGATIVE_IBAN_CHECKSUM" and mod97(re.sub(r"\W", "", s["value"])) == 1: bad("valid iban negative")
        d = re.sub(r"\D", "", s["value"])
        if 12 <= len(d) <= 19 and re.fullmatch(r"[\d \-.]+", s["value"]) and luhn_ok(d): bad(f"{r['id']} Luhn-valid digit-run negative {s['value']}")
    sp = sorted(r["spans"], key=lambda x: x["start"])
    for a, c in zip(sp, sp[1:]):
        if a["end"] > c["start"]: bad(f"{r['id']} overlapping spans")
print(f"records {n}, errors {err}, with negatives {withneg} ({withneg / n:.1%}), positives {sum(cnt['type'].values())}, negatives {sum(cnt['neg'].values())}")
for k in ["lang", "reg", "type", "neg"]:
    print(k, dict(sorted(cnt[k].items())))
print("type x lang", {f"{a}/{b}": v for (a, b), v in sorted(cnt["tl"].items())})
by = collections.defaultdict(C)
for (t, v), c in cnt["var"].items():
    by[t][v] += c
    if t in ("CREDIT_CARD", "IBAN", "PHONE") and "/" in v:
        a, f = v.split("/", 1)
        by[t + ":issuer/country"][a] += c; by[t + ":form"][f] += c
for t in sorted(by):
    if t in ("CREDIT_CARD", "IBAN", "PHONE"): continue
    print(f"{t} ({sum(by[t].values())}, {len(by[t])} kinds):", dict(sorted(by[t].items())))
sys.exit(1 if err else 0)
