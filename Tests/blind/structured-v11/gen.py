#!/usr/bin/env python3
"""Blind structured-PII set v11 generator. Deterministic: python3 gen.py -> set.jsonl + gen_stats.txt"""
import json, random
import common
from common import G
import regs_api, regs_doc, regs_http, regs_ops, regs_text, regs_extra

SEED = 16_1206_2334
PER = 51
EXTRA = {"chat": 60, "email": 60, "voice_transcript": 60, "tsv_spreadsheet": 60, "payment_desk_chat": 60}


def main():
    R = random.Random(SEED)
    regs = {}
    for m in (regs_api, regs_doc, regs_http, regs_ops, regs_text, regs_extra):
        regs.update(m.REGS)
    recs = []
    for name, fn in regs.items():
        n = EXTRA.get(name, PER)
        for i in range(n):
            lang = ("en", "de", "fr")[i % 3]
            g = G(R, lang)
            fn(g)
            text, spans, negs = g.d.build()
            recs.append({"lang": lang, "register": name, "text": text, "spans": spans, "negatives": negs})
    R.shuffle(recs)
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            r = {"id": "sv11-%05d" % i, **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open("gen_stats.txt", "w") as f:
        for k in sorted(common.STATS):
            f.write("== %s (%d distinct)\n" % (k, len(common.STATS[k])))
            for kk, v in sorted(common.STATS[k].items(), key=lambda x: (-x[1], x[0])):
                f.write("  %-28s %d\n" % (kk, v))
    print(len(recs), "records")


if __name__ == "__main__":
    main()
