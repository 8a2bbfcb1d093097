#!/usr/bin/env python3
"""Deterministic generator for names-addresses-v3.  python3 gen.py  -> set.jsonl"""
import json
import random
import sys

from engine import Render, USED_GIVEN, USED_SUR
import frames_en, frames_de, frames_fr

SEED = 20261205 + 3
PER_LANG = 560


def main():
    rng = random.Random(SEED)
    out = []
    for lang, mod in (("en", frames_en), ("de", frames_de), ("fr", frames_fr)):
        frames = mod.FRAMES
        order = []
        while len(order) < PER_LANG:
            block = list(range(len(frames)))
            rng.shuffle(block)
            order.extend(block)
        order = order[:PER_LANG]
        for n, fi in enumerate(order):
            kind, reg, tpl = frames[fi]
            rd = Render(rng, lang, reg, kind)
            rd.run(tpl)
            rec = rd.record(f"v3-{lang}-{n:04d}")
            rec["frame"] = f"{lang}{fi:02d}"
            out.append(rec)
    rng.shuffle(out)
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    given, sur = set(), set()
    print(len(out), "records written")
    print("distinct given names in PERSON spans:", len(USED_GIVEN), " distinct surnames:", len(USED_SUR))


if __name__ == "__main__":
    main()
