#!/usr/bin/env python3
"""Validate set.jsonl (UTF-8 byte offsets) and print counts. Exit 1 on any error."""
import collections, json, sys

fn = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
err = 0
C = collections.Counter
n_lang, n_reg, n_kind = C(), C(), C()
sp_t, var, neg_t, ctry, orig, per_lang_var = C(), C(), C(), C(), C(), C()
n_addr = n_neg = n_none = 0
ids = set()
KNOWN = {"PERSON", "ADDRESS", "EMAIL", "PHONE", "ORDER_NUMBER", "IBAN"}
for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
    r = json.loads(line)
    t = r["text"]; b = t.encode("utf-8")
    def bad(m):
        global err
        err += 1
        print(f"line {ln} {r['id']}: {m}")
    if r["id"] in ids: bad("dup id")
    ids.add(r["id"])
    for k in ("id", "lang", "register", "kind", "frame", "text", "spans", "negatives"):
        if k not in r: bad("missing " + k)
    if r["register"] == "json":
        try: json.loads(t)
        except Exception as e: bad(f"invalid JSON text: {e}")
    allsp = [(s, "g") for s in r["spans"]] + [(s, "n") for s in r["negatives"]]
    for s, kind in allsp:
        try:
            v = b[s["start"]:s["end"]].decode("utf-8")
        except UnicodeDecodeError:
            bad(f"span cuts a UTF-8 sequence {s}"); continue
        if v != s["value"]: bad(f"value mismatch {v!r} != {s['value']!r}")
        if s["start"] >= s["end"]: bad("empty span")
        if v != v.strip(): bad(f"span has outer whitespace {v!r}")
        if kind == "g":
            if s["type"] not in KNOWN: bad("unknown type " + s["type"])
            if "variant" not in s: bad("no variant")
        elif not s["type"].startswith("NEGATIVE_"): bad("negative type " + s["type"])
    gs = r["spans"]
    for i in range(len(gs)):
        for j in range(i + 1, len(gs)):
            if gs[i]["start"] < gs[j]["end"] and gs[j]["start"] < gs[i]["end"]: bad(f"overlapping gold {gs[i]['value']!r} {gs[j]['value']!r}")
    for n in r["negatives"]:
        for g in gs:
            if n["start"] < g["end"] and g["start"] < n["end"]: bad(f"negative overlaps gold {n['value']!r}")
    n_lang[r["lang"]] += 1; n_reg[r["register"]] += 1; n_kind[r["kind"]] += 1
    if any(s["type"] == "ADDRESS" for s in gs): n_addr += 1
    if r["negatives"]: n_neg += 1
    if not any(s["type"] in ("PERSON", "ADDRESS") for s in gs): n_none += 1
    for s in gs:
        sp_t[s["type"]] += 1
        if s["type"] in ("PERSON", "ADDRESS"):
            var[(s["type"], s["variant"])] += 1
            per_lang_var[(s["type"], s["variant"], r["lang"])] += 1
        if s["type"] == "ADDRESS": ctry[s.get("country") or "none"] += 1
        if s["type"] == "PERSON": orig[s["origin"].split("+")[0]] += 1
    for n in r["negatives"]: neg_t[n["type"]] += 1
N = len(ids)
print(f"records {N}  by lang {dict(n_lang)}")
print(f"records with ADDRESS {n_addr} ({n_addr/N:.1%}); with hard negatives {n_neg} ({n_neg/N:.1%}); without PERSON/ADDRESS {n_none}")
print("by register:", dict(n_reg.most_common()))
print("gold spans:", dict(sp_t.most_common()))
print("hard negatives:", sum(neg_t.values()), dict(neg_t.most_common()))
for T in ("PERSON", "ADDRESS"):
    print(f"{T} variants (total  en/de/fr):")
    for (t, v), c in sorted(var.items(), key=lambda x: -x[1]):
        if t == T:
            print(f"  {v:<18}{c:>5}   {per_lang_var[(t, v, 'en')]}/{per_lang_var[(t, v, 'de')]}/{per_lang_var[(t, v, 'fr')]}")
print("ADDRESS by country:", dict(ctry.most_common()))
print("PERSON by origin:", dict(orig.most_common()))
print("by kind:", dict(n_kind.most_common()))
print("ERRORS:", err)
sys.exit(1 if err else 0)
