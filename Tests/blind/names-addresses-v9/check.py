#!/usr/bin/env python3
"""Validate set.jsonl of names-addresses-v9 and print counts. Exit code 1 on any error."""
import collections
import hashlib
import json
import sys

FN = "set.jsonl"
errors = []
recs = []
with open(FN, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:  # noqa
            errors.append(f"line {ln}: bad JSON {e}")

C = collections.Counter
by = collections.defaultdict(C)
ids = set()
for d in recs:
    for k in ("id", "lang", "register", "kind", "frame", "text", "spans", "negatives"):
        if k not in d:
            errors.append(f"{d.get('id')}: missing {k}")
    if d["id"] in ids:
        errors.append(f"duplicate id {d['id']}")
    ids.add(d["id"])
    b = d["text"].encode("utf-8")
    allsp = []
    for s in d["spans"]:
        allsp.append(("gold", s))
    for n in d["negatives"]:
        allsp.append(("neg", n))
    for kind, s in allsp:
        st, en = s["start"], s["end"]
        if not (0 <= st < en <= len(b)):
            errors.append(f"{d['id']}: bad offsets {s}")
            continue
        try:
            v = b[st:en].decode("utf-8")
        except UnicodeDecodeError:
            errors.append(f"{d['id']}: span not on char boundary {s}")
            continue
        if v != s["value"]:
            errors.append(f"{d['id']}: value mismatch {v!r} != {s['value']!r}")
        if v != v.strip():
            errors.append(f"{d['id']}: outer whitespace {v!r}")
    srt = sorted((s["start"], s["end"], s.get("type")) for _, s in allsp)
    for a, c in zip(srt, srt[1:]):
        if c[0] < a[1]:
            errors.append(f"{d['id']}: overlap {a} {c}")
    if d["kind"] == "neg" and d["spans"]:
        errors.append(f"{d['id']}: neg record with gold spans")
    if d["kind"] == "pii" and not d["spans"]:
        errors.append(f"{d['id']}: pii record without spans")
    if d["register"] == "json":
        try:
            json.loads(d["text"])
        except Exception as e:  # noqa
            errors.append(f"{d['id']}: json text does not parse: {e}")
    # checksum-bearing values: none of EMAIL/PHONE/ORDER_NUMBER/PERSON/ADDRESS carry a checksum; assert no
    # CREDIT_CARD / IBAN types slipped in
    for s in d["spans"]:
        if s["type"] not in ("PERSON", "ADDRESS", "EMAIL", "PHONE", "ORDER_NUMBER"):
            errors.append(f"{d['id']}: unexpected gold type {s['type']}")
    by["records"]["total"] += 1
    by["lang"][d["lang"]] += 1
    by["register"][d["register"]] += 1
    by["kind"][d["kind"]] += 1
    by["register x lang"][(d["register"], d["lang"])] += 1
    for s in d["spans"]:
        by["gold type"][s["type"]] += 1
        by["gold type x lang"][(s["type"], d["lang"])] += 1
        by["variant"][(s["type"], s["variant"])] += 1
        m = s["meta"]
        if s["type"] == "PERSON":
            by["PERSON shape"][m["shape"]] += 1
            by["PERSON cue"][m["cue"]] += 1
            by["PERSON region"][m["region"]] += 1
            by["PERSON origin (first)"][m["origin"].split("+")[0]] += 1
            by["PERSON flags"]["nonwestern" if m["nonwestern"] else "western"] += 1
            for fl in ("repeat", "in_quote", "hyph_given", "particle_surname", "u_escape"):
                if m.get(fl):
                    by["PERSON flags"][fl] += 1
            if s["value"] == s["value"].lower() and s["value"] != s["value"].upper():
                by["PERSON case"]["all lower"] += 1
            if s["value"] == s["value"].upper() and s["value"] != s["value"].lower():
                by["PERSON case"]["all upper"] += 1
        elif s["type"] == "ADDRESS":
            by["ADDRESS country"][m["country"]] += 1
            by["ADDRESS cue"][m["cue"]] += 1
            for fo in m["forms"]:
                by["ADDRESS forms"][fo] += 1
            if m.get("in_quote"):
                by["ADDRESS forms"]["(in_quote)"] += 1
    for n in d["negatives"]:
        by["negative type"][n["type"]] += 1
        by["negative type x lang"][(n["type"], d["lang"])] += 1

out = []
out.append(f"file {FN}: {len(recs)} records, md5 {hashlib.md5(open(FN, 'rb').read()).hexdigest()}")
out.append(f"errors: {len(errors)}")
out += ["  " + e for e in errors[:50]]
for k in by:
    tot = sum(by[k].values())
    out.append(f"\n[{k}] total {tot}")
    for kk, v in sorted(by[k].items(), key=lambda x: (-x[1], str(x[0]))):
        out.append(f"  {kk}: {v}")
P = by["gold type"]["PERSON"]
nw = by["PERSON flags"]["nonwestern"]
nordic = by["PERSON region"]["nordic"]
negtot = sum(by["negative type"].values())
targets = [("messages >= 1500", len(recs) >= 1500), ("PERSON >= 3500", P >= 3500), ("ADDRESS >= 1000", by["gold type"]["ADDRESS"] >= 1000),
           ("hard negatives >= 2000", negtot >= 2000), ("non-Western-European PERSON share >= 60 %", P and nw / P >= 0.60),
           ("non-Western share even with Nordic counted as Western >= 60 %", P and (nw - nordic) / P >= 0.60)]
out.append("\n[targets]")
for name, ok in targets:
    out.append(f"  {'OK  ' if ok else 'FAIL'} {name}")
out.append(f"  non-Western-European share: {nw / P:.3f} (without Nordic: {(nw - nordic) / P:.3f})")
langs = by["lang"]
out.append(f"  languages: {dict(langs)}")
print("\n".join(out))
sys.exit(1 if errors or not all(ok for _, ok in targets) else 0)
