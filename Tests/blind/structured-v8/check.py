#!/usr/bin/env python3
"""Validate set.jsonl and print counts. Exit 1 on any error.  python3 check.py set.jsonl"""
import collections
import json
import re
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__) or ".")
from values import luhn_ok, iban_valid

fn = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
errors = []
C = collections.Counter()
TV = collections.Counter()
NT = collections.Counter()
LANG = collections.Counter()
REG = collections.Counter()
REG_T = collections.defaultdict(collections.Counter)
LANG_T = collections.defaultdict(collections.Counter)
ids = set()
n_rec = n_withneg = n_nopos = 0
WS = " \t\r\n\u00a0\u202f\u200b\u200c\u200d\u2060\ufeff\x00"
with open(fn, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append("line %d: bad json %s" % (ln, e))
            continue
        n_rec += 1
        for k in ("id", "lang", "register", "text", "spans", "negatives"):
            if k not in r:
                errors.append("%d: missing %s" % (ln, k))
        if r["id"] in ids:
            errors.append("dup id " + r["id"])
        ids.add(r["id"])
        LANG[r["lang"]] += 1
        REG[r["register"]] += 1
        b = r["text"].encode()
        allsp = []
        for kind, lst in (("gold", r["spans"]), ("neg", r["negatives"])):
            for s in lst:
                try:
                    v = b[s["start"]:s["end"]].decode()
                except UnicodeDecodeError:
                    errors.append("%s: span not on char boundary %s" % (r["id"], s))
                    continue
                if v != s["value"]:
                    errors.append("%s: value mismatch %r vs %r" % (r["id"], v, s["value"]))
                if not v or v[0] in WS or v[-1] in WS:
                    errors.append("%s: outer whitespace/empty %r" % (r["id"], v))
                allsp.append((s["start"], s["end"], kind, s["type"]))
                if kind == "gold":
                    C[s["type"]] += 1
                    TV[(s["type"], s.get("variant", "-"))] += 1
                    REG_T[r["register"]][s["type"]] += 1
                    LANG_T[r["lang"]][s["type"]] += 1
                    d = re.sub(r"\D", "", re.sub(r"&#?\w+;", "", v))
                    if s["type"] == "CREDIT_CARD" and not (12 <= len(d) <= 19 and luhn_ok(d)):
                        errors.append("%s: card not luhn/len %r" % (r["id"], v))
                    if s["type"] in ("ORDER_NUMBER", "PHONE") and 12 <= len(d) <= 19 and luhn_ok(d):
                        errors.append("%s: %s digits pass luhn %r" % (r["id"], s["type"], v))
                    if s["type"] == "IBAN":
                        comp = re.sub(r"[^0-9A-Za-z]", "", v).upper()
                        if not iban_valid(comp):
                            errors.append("%s: iban invalid %r" % (r["id"], v))
                    if s.get("variant") == "v4_start" and s["start"] != 0:
                        errors.append("%s: v4_start not at start" % r["id"])
                    if s.get("variant") == "v4_end" and s["end"] != len(b):
                        errors.append("%s: v4_end not at end" % r["id"])
                else:
                    NT[s["type"]] += 1
                    d = re.sub(r"\D", "", v)
                    if s["type"] == "NEGATIVE_CARD_LUHN" and luhn_ok(d):
                        errors.append("%s: CARD_LUHN negative passes luhn %r" % (r["id"], v))
                    if s["type"] not in ("NEGATIVE_SIRET", "NEGATIVE_TAX_NUMBER", "NEGATIVE_HASH", "NEGATIVE_UUID", "NEGATIVE_PUBLIC_KEY", "NEGATIVE_CERTIFICATE", "NEGATIVE_PLACEHOLDER", "NEGATIVE_DATETIME") \
                            and re.fullmatch(r"[\d \-.\u00a0]+", v) and 12 <= len(d) <= 19 and luhn_ok(d):
                        errors.append("%s: negative digit run passes luhn %r" % (r["id"], v))
        allsp.sort()
        for a, c in zip(allsp, allsp[1:]):
            if c[0] < a[1] and (a[2] == "gold" or c[2] == "gold"):
                errors.append("%s: overlap %s %s" % (r["id"], a, c))
        if r["negatives"]:
            n_withneg += 1
        if not r["spans"]:
            n_nopos += 1

print("file:", fn)
print("records: %d  with negatives: %d  without positive span: %d" % (n_rec, n_withneg, n_nopos))
print("positive spans: %d  negative spans: %d" % (sum(C.values()), sum(NT.values())))
print("\nlanguages:", dict(sorted(LANG.items())))
print("\nregisters:")
for k, v in sorted(REG.items(), key=lambda x: -x[1]):
    print("  %-18s %5d  %s" % (k, v, dict(REG_T[k])))
print("\npositives by type:")
for k, v in sorted(C.items(), key=lambda x: -x[1]):
    print("  %-14s %5d   by lang %s" % (k, v, {l: LANG_T[l][k] for l in sorted(LANG_T)}))
print("\nnegatives by type:")
for k, v in sorted(NT.items(), key=lambda x: -x[1]):
    print("  %-28s %5d" % (k, v))
print("\nper-axis totals (variant split on '/'):")
for t in ("CREDIT_CARD", "PHONE", "IBAN"):
    a0, a1 = collections.Counter(), collections.Counter()
    for (tt, v), n in TV.items():
        if tt == t and "/" in v:
            x, y = v.split("/", 1)
            a0[x] += n
            a1[y] += n
    print("  %s by %s: %s" % (t, "issuer" if t == "CREDIT_CARD" else "country", dict(sorted(a0.items()))))
    print("  %s by form: %s" % (t, dict(sorted(a1.items()))))
print("\nvariants:")
last = None
for (t, v), n in sorted(TV.items()):
    if t != last:
        print(" ", t)
        last = t
    print("    %-40s %4d" % (v, n))
print("\nerrors: %d" % len(errors))
for e in errors[:50]:
    print("  ", e)
sys.exit(1 if errors else 0)
