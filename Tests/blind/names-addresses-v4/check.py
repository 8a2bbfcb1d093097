#!/usr/bin/env python3
"""Validates set.jsonl: byte offsets/values, labels, variants, no overlaps, JSON validity; prints counts. Exit 1 on error."""
import collections
import json
import sys

TYPES = {"PERSON", "ADDRESS", "EMAIL", "PHONE", "ORDER_NUMBER", "IBAN"}
NEGS = {"NEGATIVE_BRAND", "NEGATIVE_STORE", "NEGATIVE_COMPANY", "NEGATIVE_SHOP", "NEGATIVE_PRODUCT", "NEGATIVE_PLACE",
        "NEGATIVE_TITLE", "NEGATIVE_PUBLIC_FIGURE", "NEGATIVE_CITY", "NEGATIVE_POSTCODE", "NEGATIVE_GREETING",
        "NEGATIVE_SIGNOFF", "NEGATIVE_WORD", "NEGATIVE_DE_NOUN", "NEGATIVE_CARRIER"}
PV = {"greeting", "signoff", "initial_surname", "middle_initial", "surname_first", "surname_upper", "lowercase", "hyphenated",
      "particle", "non_western", "relation", "role", "form_label", "delivery_note", "json", "title_surname", "quote_header",
      "address_block", "plain"}
AV = {"num_after", "num_before", "no_suffix", "unit", "multiline", "lowercase", "street_only", "street_name", "packstation",
      "postfiliale", "pobox", "range_number", "json", "form_fields", "country_prefix"}

err = []
recs = [json.loads(l) for l in open("set.jsonl", encoding="utf-8")]
ids = set()
var = collections.Counter()
neg = collections.Counter()
kinds = collections.Counter()
langs = collections.Counter()
regs = collections.Counter()
orig = collections.Counter()
ctry = collections.Counter()
for r in recs:
    if r["id"] in ids:
        err.append(("dup id", r["id"]))
    ids.add(r["id"])
    langs[r["lang"]] += 1
    regs[r["register"]] += 1
    kinds[(r["kind"], r["lang"])] += 1
    bt = r["text"].encode("utf-8")
    if r["register"] == "json":
        try:
            json.loads(r["text"])
        except Exception as e:
            err.append(("bad json", r["id"], str(e)))
    allsp = []
    for s in r["spans"]:
        if s["type"] not in TYPES:
            err.append(("type", r["id"], s["type"]))
        if bt[s["start"]:s["end"]].decode("utf-8", "replace") != s["value"] or s["start"] >= s["end"]:
            err.append(("offset", r["id"], s))
        if s["value"] != s["value"].strip():
            err.append(("whitespace", r["id"], s["value"]))
        if s["type"] == "PERSON":
            if s["variant"] not in PV or "origin" not in s:
                err.append(("pvariant", r["id"], s))
            orig[s["origin"]] += 1
        if s["type"] == "ADDRESS":
            if s["variant"] not in AV or "country" not in s:
                err.append(("avariant", r["id"], s))
            ctry[s["country"]] += 1
        var[(s["type"], s["variant"], r["lang"])] += 1
        allsp.append(s)
    for n in r["negatives"]:
        if n["type"] not in NEGS:
            err.append(("negtype", r["id"], n["type"]))
        if bt[n["start"]:n["end"]].decode("utf-8", "replace") != n["value"]:
            err.append(("negoffset", r["id"], n))
        neg[(n["type"], r["lang"])] += 1
        allsp.append(n)
    allsp.sort(key=lambda x: x["start"])
    for a, b in zip(allsp, allsp[1:]):
        if b["start"] < a["end"]:
            err.append(("overlap", r["id"], a["value"], b["value"]))


def table(c, title):
    print(title)
    keys = sorted({k[:-1] for k in c})
    print(f"  {'':<44}{'total':>6}{'en':>6}{'de':>6}{'fr':>6}")
    for k in keys:
        row = [c[k + (l,)] for l in ("en", "de", "fr")]
        print(f"  {' '.join(k):<44}{sum(row):>6}{row[0]:>6}{row[1]:>6}{row[2]:>6}")


print("records", len(recs), dict(langs))
print("registers", dict(regs.most_common()))
print("records without PERSON/ADDRESS:", sum(1 for r in recs if not any(s["type"] in ("PERSON", "ADDRESS") for s in r["spans"])))
print("records with >=1 negative:", sum(1 for r in recs if r["negatives"]))
table(var, "span variants (type, variant):")
tot = collections.Counter()
for (t, v, l), n in var.items():
    tot[t] += n
print("span totals", dict(tot))
table(neg, "hard negatives:")
print("hard negatives total", sum(neg.values()))
table(kinds, "record kinds:")
print("PERSON origins:", dict(orig.most_common()))
print("ADDRESS countries:", dict(ctry.most_common()))
if len(recs) < 1500:
    err.append(("too few records", len(recs)))
if sum(neg.values()) < 2000:
    err.append(("too few negatives", sum(neg.values())))
print("ERRORS:", len(err))
for e in err[:30]:
    print(" ", e)
sys.exit(1 if err else 0)
