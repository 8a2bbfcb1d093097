#!/usr/bin/env python3
"""Validate set.jsonl and print counts. Standard library only."""
import collections
import hashlib
import json
import re
import sys

FN = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
errors = []
C = collections.Counter
rec_reg, rec_lang, rec_kind = C(), C(), C()
reg_lang = C()
typ, typ_lang, var, cue, shape, region, origin = C(), C(), C(), C(), C(), C(), C()
flags, acc, aforms, acue, negt = C(), C(), C(), C(), C()
ids = set()
n = 0
pers_nw = pers_nw_nordic = pers_total = 0
EIR = re.compile(r"\b[AC-FHKNPRTVWXY]\d{2}|D6W ?[0-9AC-FHKNPRTV-Y]{4}\b")
with open(FN, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append("line %d: bad JSON %s" % (ln, e)); continue
        n += 1
        for k in ("id", "lang", "register", "kind", "frame", "text", "spans", "negatives"):
            if k not in r:
                errors.append("%d: missing %s" % (ln, k))
        if r["id"] in ids:
            errors.append("dup id " + r["id"])
        ids.add(r["id"])
        b = r["text"].encode("utf-8")
        rec_reg[r["register"]] += 1; rec_lang[r["lang"]] += 1; rec_kind[r["kind"]] += 1; reg_lang[(r["register"], r["lang"])] += 1
        if r["kind"] == "neg" and r["spans"]:
            errors.append("%s: neg record with spans" % r["id"])
        if r["kind"] == "pii" and not r["spans"]:
            errors.append("%s: pii record without spans" % r["id"])
        allsp = []
        for s in r["spans"] + r["negatives"]:
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(b)):
                errors.append("%s: bad offsets %s" % (r["id"], s)); continue
            try:
                v = b[st:en].decode("utf-8")
            except UnicodeDecodeError:
                errors.append("%s: offsets split a UTF-8 char %s" % (r["id"], s)); continue
            if v != s["value"]:
                errors.append("%s: value mismatch %r != %r" % (r["id"], v, s["value"]))
            if v != v.strip():
                errors.append("%s: outer whitespace %r" % (r["id"], v))
            allsp.append((st, en, s["type"]))
        allsp.sort()
        for a, c in zip(allsp, allsp[1:]):
            if c[0] < a[1]:
                errors.append("%s: overlap %s %s" % (r["id"], a, c))
        for s in r["spans"]:
            t = s["type"]
            typ[t] += 1; typ_lang[(t, r["lang"])] += 1; var[(t, s["variant"])] += 1
            m = s.get("meta", {})
            if t == "PERSON":
                pers_total += 1
                cue[m["cue"]] += 1; shape[m["shape"]] += 1; region[m["region"]] += 1; origin[m["origin"]] += 1
                for fl in ("repeat", "in_quote", "hyph_given", "particle_surname", "nonwestern"):
                    if m.get(fl):
                        flags[fl] += 1
                if m["nonwestern"]:
                    pers_nw += 1
                if m["region"] not in ("west",):
                    pers_nw_nordic += 1
                if not s["value"][:1].isalpha():
                    errors.append("%s: odd PERSON %r" % (r["id"], s["value"]))
            elif t == "ADDRESS":
                acc[m["country"]] += 1; acue[m["cue"]] += 1
                for fm in m["forms"]:
                    aforms[fm] += 1
                if m["country"] == "ie" and not re.search(r"[AC-FHKNPRTVWXY]\d{2} [0-9AC-FHKNPRTV-Y]{4}", s["value"], re.I) and "street_only" not in m["forms"]:
                    errors.append("%s: Irish address without Eircode %r" % (r["id"], s["value"]))
            elif t in ("EMAIL",):
                if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", s["value"], re.I):
                    errors.append("%s: bad email %r" % (r["id"], s["value"]))
        for s in r["negatives"]:
            negt[s["type"]] += 1

# No checksum-bearing value types (cards, IBANs) are present; assert that.
for t in typ:
    if t in ("CREDIT_CARD", "IBAN"):
        errors.append("unexpected checksum type %s" % t)

negtotal = sum(negt.values())
targets = [("messages >= 1500", n >= 1500), ("PERSON >= 3500", typ["PERSON"] >= 3500), ("ADDRESS >= 1000", typ["ADDRESS"] >= 1000),
           ("hard negatives >= 2000", negtotal >= 2000), ("non-Western-European PERSON >= 60 % (nordic counted western)", pers_nw / max(1, pers_total) >= 0.60),
           ("languages even", len(set(rec_lang.values())) == 1)]


def dump(title, c, k=None):
    print("## " + title)
    for key, v in sorted(c.items(), key=lambda x: (-x[1], str(x[0]))):
        print("  %-40s %d" % (key if isinstance(key, str) else "/".join(map(str, key)), v))


print("file:", FN, "md5:", hashlib.md5(open(FN, "rb").read()).hexdigest())
print("records:", n)
print("errors:", len(errors))
for e in errors[:50]:
    print("  ERR", e)
print("## targets")
for t, ok in targets:
    print("  %-70s %s" % (t, "OK" if ok else "FAIL"))
print("  PERSON non-Western-European share: %.1f %% (nordic counted non-western: %.1f %%)" % (100 * pers_nw / max(1, pers_total), 100 * pers_nw_nordic / max(1, pers_total)))
dump("records by language", rec_lang)
dump("records by kind", rec_kind)
dump("records by register", rec_reg)
dump("records by register/lang", reg_lang)
dump("gold spans by type", typ)
dump("gold spans by type/lang", typ_lang)
dump("gold spans by type/variant", var)
dump("PERSON cue", cue)
dump("PERSON shape", shape)
dump("PERSON flags", flags)
dump("PERSON region", region)
print("  PERSON origins:", len(origin))
dump("ADDRESS country", acc)
dump("ADDRESS forms", aforms)
dump("ADDRESS cue", acue)
print("## hard negatives total:", negtotal)
dump("hard negatives by type", negt)
sys.exit(1 if errors or not all(ok for _, ok in targets) else 0)
