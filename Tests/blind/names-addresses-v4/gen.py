#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes set.jsonl (fixed seed). Python standard library only."""
import json
import random
import collections
import re

import engine
from frames import FRAMES

SEED = 20261205
REPS_PII, REPS_NEG = 11, 13


def main():
    rng = random.Random(SEED)
    recs = []
    for lang in ("en", "de", "fr"):
        items = []
        for fr in FRAMES[lang]:
            fid, kind, reg, tpl, esc = fr
            reps = REPS_NEG if kind.startswith("neg_") else REPS_PII
            for r in range(reps):
                items.append(fr)
        rng.shuffle(items)
        for fid, kind, reg, tpl, esc in items:
            b = engine.Builder(rng, lang, esc)
            for slot, shape in re.findall(r"\{P (\w+) (\w+)", tpl):
                b.persona(slot, shape)  # first use decides the persona kind (nw, part, hyph)
            engine.render(b, tpl)
            text = b.result()
            if esc:
                json.loads(text)
            recs.append({"lang": lang, "register": reg, "kind": kind, "frame": fid, "text": text,
                         "spans": b.spans, "negatives": b.negs})
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            r = {"id": f"nav4-{i:05d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    giv, sur = set(), set()
    for r in recs:
        for s in r["spans"]:
            if s["type"] == "PERSON":
                giv.add(s["value"].split(" ")[0].strip(",").lower())
    print("records", len(recs), "distinct first tokens in PERSON spans", len(giv))


if __name__ == "__main__":
    main()
