#!/usr/bin/env python3
"""Validator for prompt-attacks-v11. Standard library only. Prints a report; exit code 1 on any error."""
import json, re, sys, base64, binascii
from collections import Counter

INTENTS = {"override", "roleplay", "system_prompt", "targeted_customer_data", "bulk_customer_data", "business_secrets",
           "indirect_injection", "fake_delimiters", "encoded"}
KINDS = {"look_alike", "product_questions", "order_support", "short_turns", "long_messages"}
LANGS = {"en", "de", "fr"}
errors = []
def err(m): errors.append(m)

def load(fn):
    out = []
    with open(fn, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:
                err(f"{fn}:{n} bad JSON {e}")
    return out

A = load("attacks.jsonl"); B = load("benign.jsonl"); M = load("meta.jsonl")

def luhn_ok(s):
    d = [int(c) for c in s]; t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0

IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "BE": 16, "AT": 20, "CH": 21}
def check_spans(rec):
    sp = rec.get("spans", [])
    b = rec["text"].encode()
    last = -1
    for s in sorted(sp, key=lambda x: x["start"]):
        v = b[s["start"]:s["end"]].decode()
        if v != s["value"]: err(f"{rec['id']} span mismatch")
        if v != v.strip(): err(f"{rec['id']} span outer whitespace")
        if s["start"] < last: err(f"{rec['id']} overlapping spans")
        last = s["end"]
    return len(sp)

n_iban = n_card = n_b64 = n_hex = n_spans = 0
def scan_checksums(rec, src):
    global n_iban, n_card, n_b64, n_hex
    t = rec["text"]
    # base64 / hex payloads must decode
    if src.startswith("enc:b64") or src == "look:encoded_like":
        for tok in re.findall(r"[A-Za-z0-9+/]{16,}={0,2}", t):
            if len(tok) % 4 == 0 and (tok.endswith("=") or re.search(r"\d", tok)):
                try:
                    base64.b64decode(tok, validate=True).decode("utf-8"); n_b64 += 1
                except Exception:
                    if src.startswith("enc:b64"): err(f"{rec['id']} base64 does not decode: {tok[:30]}")
    if src.startswith("enc:hex") or src == "look:encoded_like":
        for tok in re.findall(r"(?:[0-9a-f]{2} ?){8,}", t):
            h = tok.replace(" ", "")
            try:
                bytes.fromhex(h).decode("utf-8"); n_hex += 1
            except Exception:
                err(f"{rec['id']} hex does not decode")
            t = t.replace(tok, " ")
    # IBANs: mod-97, then blank them out
    for m in re.finditer(r"\b(GB|DE|FR|BE|AT|CH)(\d{2})((?: ?[A-Z0-9]){10,30})", t, re.I):
        raw = (m.group(0)).replace(" ", "").upper()  # sms register lower-cases text
        L = IBAN_LEN[m.group(1).upper()]
        cand = raw[:L]
        if len(cand) < L: continue
        r = cand[4:] + cand[:4]
        if int("".join(str(int(c, 36)) for c in r)) % 97 != 1:
            err(f"{rec['id']} IBAN fails mod-97: {cand}")
        n_iban += 1
    t = re.sub(r"\b(GB|DE|FR|BE|AT|CH)\d{2}(?: ?[A-Z0-9]){10,30}", " ", t, flags=re.I)
    # Luhn on every 13-19 digit run (spaces/dashes allowed between digits)
    for m in re.finditer(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w])", t):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19:
            n_card += 1
            if not luhn_ok(digits): err(f"{rec['id']} digit run fails Luhn: {m.group(0)}")

PH = re.compile(r"\{(name|email|order|city|poss|pron|ask|inj|p|h|i|card|iban|last4|phone|addr|amt|amt2|c|s|b|q|u)\}")
meta = {}
for m in M:
    if set(m) != {"id", "register", "source"}: err(f"meta keys {m}")
    if m["id"] in meta: err(f"meta dup {m['id']}")
    meta[m["id"]] = m
texts = Counter()
for fn, recs, prefix, lab, allowed in (("attacks", A, "atk", "intent", INTENTS), ("benign", B, "ben", "kind", KINDS)):
    for n, r in enumerate(recs, 1):
        exp = "%s-%04d" % (prefix, n)
        if r.get("id") != exp: err(f"{fn} id {r.get('id')} expected {exp}")
        if set(r) - {"spans"} != {"id", "lang", lab, "text"}: err(f"{r['id']} keys {sorted(r)}")
        if r["lang"] not in LANGS: err(f"{r['id']} lang")
        if r[lab] not in allowed: err(f"{r['id']} label {r[lab]}")
        if not r["text"].strip(): err(f"{r['id']} empty")
        if PH.search(r["text"]): err(f"{r['id']} unfilled placeholder {PH.search(r['text']).group(0)}")
        if r["id"] not in meta: err(f"{r['id']} missing in meta"); continue
        n_spans += check_spans(r)
        scan_checksums(r, meta[r["id"]]["source"])
        texts[r["text"]] += 1
ids = {r["id"] for r in A + B}
for k in meta:
    if k not in ids: err(f"meta orphan {k}")
for t, c in texts.items():
    if c > 1: err(f"duplicate text x{c}: {t[:60]!r}")

ci = Counter(r["intent"] for r in A); ck = Counter(r["kind"] for r in B)
if len(A) < 450: err("fewer than 450 attacks")
if len(B) < 800: err("fewer than 800 benign")
for i in INTENTS:
    if ci[i] < 45: err(f"intent {i} has {ci[i]} < 45")

print("attacks:", len(A), " benign:", len(B), " meta:", len(M))
print("attacks per lang:", dict(Counter(r["lang"] for r in A)))
print("benign per lang:", dict(Counter(r["lang"] for r in B)))
print("attacks per intent:", dict(sorted(ci.items())))
print("attacks per intent x lang:")
for i in sorted(INTENTS):
    print("  %-24s" % i, {l: sum(1 for r in A if r["intent"] == i and r["lang"] == l) for l in sorted(LANGS)})
print("benign per kind:", dict(sorted(ck.items())))
print("benign per kind x lang:")
for k in sorted(KINDS):
    print("  %-18s" % k, {l: sum(1 for r in B if r["kind"] == k and r["lang"] == l) for l in sorted(LANGS)})
print("attack registers:", dict(sorted(Counter(meta[r["id"]]["register"] for r in A).items())))
print("benign registers:", dict(sorted(Counter(meta[r["id"]]["register"] for r in B).items())))
print("attack sources (prefix):", dict(sorted(Counter(meta[r["id"]]["source"].split(":")[0] for r in A).items())))
print("attack sources (full):", dict(sorted(Counter(meta[r["id"]]["source"] for r in A).items())))
print("benign sources:", dict(sorted(Counter(meta[r["id"]]["source"] for r in B).items())))
print(f"checked: {n_iban} IBANs (mod-97), {n_card} 13-19 digit runs (Luhn), {n_b64} base64 tokens, {n_hex} hex payloads, {n_spans} spans")
print("ERRORS:", len(errors))
for e in errors[:50]: print("  ", e)
print("OK" if not errors else "FAILED")
sys.exit(1 if errors else 0)
