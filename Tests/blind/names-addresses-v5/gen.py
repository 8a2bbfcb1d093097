#!/usr/bin/env python3
"""Writes set.jsonl for names-addresses-v5 (seed 20261206)."""
import json
import random
from engine import render
from frames import EN, DE, FR

SEED = 20261206
REPS = 16


def main():
    rng = random.Random(SEED)
    out = []
    for lang, frames in (("en", EN), ("de", DE), ("fr", FR)):
        recs = []
        for fr in frames:
            for i in range(REPS):
                m = render(rng, fr, lang)
                recs.append(dict(lang=lang, register=fr[1], kind=fr[2], frame=fr[0], text=m.text(),
                                 spans=m.spans, negatives=m.negs))
        rng.shuffle(recs)
        out.extend(recs)
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(out):
            r = dict(id=f"nav5-{i:05d}", **r)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "records")


if __name__ == "__main__":
    main()
