#!/usr/bin/env python3
"""Validate names-addresses-v7/set.jsonl and print counts. Exit 1 on any error."""
import collections
import json
import sys

FN = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
GOLD = {"PERSON", "ADDRESS", "EMAIL", "PHONE", "ORDER_NUMBER"}
errors = []
C = collections.Counter()
by = collections.defaultdict(collections.Counter)
origins = collections.Counter()
recs = 0
ids = set()


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


with open(FN, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(ln, "bad json line: %s" % e)
            continue
        recs += 1
        rid = r.get("id")
        if rid in ids:
            err(rid, "duplicate id")
        ids.add(rid)
        for k in ("id", "lang", "register", "kind", "frame", "text", "spans", "negatives"):
            if k not in r:
                err(rid, "missing key " + k)
        t = r["text"]
        bt = t.encode("utf-8")
        if r["register"] == "json":
            try:
                json.loads(t)
            except Exception as e:
                err(rid, "json text not valid JSON: %s" % e)
        if r["register"] == "json" and "\\u" in t:
            C["json_with_u_escape"] += 1
        all_spans = [("gold", s) for s in r["spans"]] + [("neg", s) for s in r["negatives"]]
        for kind, s in all_spans:
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(bt)):
                err(rid, "bad offsets %r" % s)
                continue
            try:
                v = bt[st:en].decode("utf-8")
            except UnicodeDecodeError:
                err(rid, "offsets split a UTF-8 char %r" % s)
                continue
            if v != s.get("value"):
                err(rid, "value mismatch %r vs %r" % (v, s.get("value")))
            if v != v.strip():
                err(rid, "outer whitespace in %r" % v)
            if kind == "gold" and s["type"] not in GOLD:
                err(rid, "unknown gold type " + s["type"])
        g = sorted(r["spans"], key=lambda s: s["start"])
        for a, b in zip(g, g[1:]):
            if a["end"] > b["start"]:
                err(rid, "overlapping gold %r %r" % (a["value"], b["value"]))
        for n in r["negatives"]:
            for s in g:
                if n["start"] < s["end"] and s["start"] < n["end"]:
                    err(rid, "negative overlaps gold %r / %r" % (n["value"], s["value"]))
        lang = r["lang"]
        C["lang:" + lang] += 1
        C["register:" + r["register"]] += 1
        C["kind:" + r["kind"]] += 1
        types = {s["type"] for s in r["spans"]}
        if "ADDRESS" in types:
            C["records_with_ADDRESS"] += 1
        if "PERSON" in types:
            C["records_with_PERSON"] += 1
        if not types & {"PERSON", "ADDRESS"}:
            C["records_without_PERSON_ADDRESS"] += 1
        if r["negatives"]:
            C["records_with_negative"] += 1
        for s in r["spans"]:
            by["gold_type"][s["type"]] += 1
            by["gold_type_lang"][(s["type"], lang)] += 1
            by["variant"][(s["type"], s["variant"])] += 1
            by["variant_lang"][(s["type"], s["variant"], lang)] += 1
            m = s.get("meta", {})
            if s["type"] == "PERSON":
                for o in m["origin"].split("+"):
                    origins[o] += 1
                by["person_cue"][m["cue"]] += 1
                by["person_shape"][m["shape"]] += 1
                by["person_in_quote"][m["in_quote"]] += 1
                by["person_nonwestern"][m["nonwestern"]] += 1
            if s["type"] == "ADDRESS":
                by["addr_country"][m["country"]] += 1
                by["addr_cue"][m["cue"]] += 1
                by["addr_in_quote"][m["in_quote"]] += 1
                for fm in m["forms"]:
                    by["addr_forms"][fm] += 1
        for n in r["negatives"]:
            by["negative_type"][n["type"]] += 1
            by["negative_lang"][lang] += 1

print("records:", recs)
for k in sorted(C):
    print("  %-34s %d" % (k, C[k]))
for sec in ("gold_type", "gold_type_lang", "variant", "variant_lang", "person_cue", "person_shape", "person_in_quote",
            "person_nonwestern", "addr_country", "addr_cue", "addr_in_quote", "addr_forms", "negative_type", "negative_lang"):
    print("\n[%s] total=%d" % (sec, sum(by[sec].values())))
    for k, v in sorted(by[sec].items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("  %-44s %d" % (" / ".join(map(str, k)) if isinstance(k, tuple) else str(k), v))
print("\n[person origins] %d origins" % len(origins))
for k, v in sorted(origins.items(), key=lambda kv: (-kv[1], kv[0])):
    print("  %-14s %d" % (k, v))
print("\nerrors:", len(errors))
for e in errors[:50]:
    print("  " + e)
sys.exit(1 if errors else 0)
