#!/usr/bin/env python3
"""Validator + counts for names-addresses-v8/set.jsonl (standard library only)."""
import collections
import json
import sys

C = collections.Counter
err = []
recs = [json.loads(l) for l in open("set.jsonl", encoding="utf-8") if l.strip()]
ids = set()
lang, reg, kind = C(), C(), C()
typ, pvar, avar, ncount = C(), C(), C(), C()
pcue, pshape, porig, preg, aforms, actry, alang, plang = C(), C(), C(), C(), C(), C(), C(), C()
nw = nw_excl_nordic = rep = inq = hyph = part = 0
TYPES = {"PERSON", "ADDRESS", "EMAIL", "PHONE", "ORDER_NUMBER"}
for r in recs:
    if r["id"] in ids:
        err.append(("dup id", r["id"]))
    ids.add(r["id"])
    for k in ("id", "lang", "register", "kind", "frame", "text", "spans", "negatives"):
        if k not in r:
            err.append(("missing", k, r["id"]))
    b = r["text"].encode("utf-8")
    lang[r["lang"]] += 1
    reg[r["register"]] += 1
    kind[r["kind"]] += 1
    if r["kind"] == "neg" and r["spans"]:
        err.append(("neg with spans", r["id"]))
    if r["kind"] == "pii" and not r["spans"]:
        err.append(("pii without spans", r["id"]))
    if r["register"] == "json":
        try:
            json.loads(r["text"])
        except Exception as e:
            err.append(("invalid json", r["id"], str(e)))
    allsp = []
    for s in r["spans"]:
        v = b[s["start"]:s["end"]].decode("utf-8")
        if v != s["value"]:
            err.append(("value mismatch", r["id"], s))
        if v != v.strip() or not v:
            err.append(("outer whitespace", r["id"], v))
        if s["type"] not in TYPES:
            err.append(("bad type", r["id"], s["type"]))
        allsp.append((s["start"], s["end"], "S"))
        typ[s["type"]] += 1
        if s["type"] == "PERSON":
            m = s["meta"]
            plang[r["lang"]] += 1
            pvar[s["variant"]] += 1
            pcue[m["cue"]] += 1
            pshape[m["shape"]] += 1
            porig[m["origin"]] += 1
            preg[m["region"]] += 1
            nw += m["nonwestern"]
            nw_excl_nordic += m["nonwestern"] and m["region"] != "nordic"
            rep += m["repeat"]
            inq += m["in_quote"]
            hyph += m["hyph_given"]
            part += m["particle_surname"]
        elif s["type"] == "ADDRESS":
            alang[r["lang"]] += 1
            avar[s["variant"]] += 1
            actry[s["meta"]["country"]] += 1
            for f in s["meta"]["forms"]:
                aforms[f] += 1
    for n in r["negatives"]:
        v = b[n["start"]:n["end"]].decode("utf-8")
        if v != n["value"]:
            err.append(("neg value mismatch", r["id"], n))
        if v != v.strip() or not v:
            err.append(("neg outer whitespace", r["id"], v))
        allsp.append((n["start"], n["end"], "N"))
        ncount[n["type"]] += 1
    allsp.sort()
    for x, y in zip(allsp, allsp[1:]):
        if y[0] < x[1]:
            err.append(("overlap", r["id"], x, y))

def show(title, c):
    print(f"{title}:")
    for k, v in c.most_common():
        print(f"  {k:<28}{v:>6}")

print("records", len(recs))
show("lang", lang); show("kind", kind); show("register", reg)
show("gold span types", typ)
print("hard negatives total", sum(ncount.values()))
show("negative types", ncount)
np_ = typ["PERSON"]
print(f"PERSON {np_}: nonwestern (non-West-European, Nordic counted non-West) {nw} = {nw / np_:.1%}; "
      f"excluding Nordic {nw_excl_nordic} = {nw_excl_nordic / np_:.1%}")
print(f"PERSON repeat {rep}, in_quote {inq}, hyph_given {hyph}, particle_surname {part}")
show("PERSON per lang", plang); show("PERSON variant", pvar); show("PERSON cue", pcue); show("PERSON shape", pshape)
show("PERSON region", preg)
print(f"PERSON origins: {len(porig)} distinct (incl. a+b hyphen pairs)")
single = C({k: v for k, v in porig.items() if "+" not in k})
show("PERSON origin (single)", single)
show("ADDRESS per lang", alang); show("ADDRESS variant", avar); show("ADDRESS country", actry); show("ADDRESS forms", aforms)
ok = (len(recs) >= 1500 and typ["PERSON"] >= 3500 and typ["ADDRESS"] >= 1000 and sum(ncount.values()) >= 2000
      and nw_excl_nordic / np_ >= 0.60)
print("targets met:", ok)
print("errors:", len(err))
for e in err[:30]:
    print("  ", e)
sys.exit(1 if err or not ok else 0)
