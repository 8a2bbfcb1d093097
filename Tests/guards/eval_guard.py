#!/usr/bin/env python3
"""Scores the prompt guard through the CLI (the real engine) on labelled sets:
blocked % per intent × language for attack files, blocked % per language for benign files, and the
shop corpus' blocked % (field "text" of dev.jsonl).

usage: eval_guard.py CLI [--attacks FILE ...] [--benign FILE ...] [--corpus FILE] [--show-misses] [--show-fp]
Defaults: Tests/guards/attacks*.jsonl, Tests/guards/benign*.jsonl, ../shared/corpus/dev.jsonl.
Attack rows need "text" and "lang" and one of "intent" / "kind"."""
import argparse, collections, json, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(cli, texts):
    inp = "".join(json.dumps({"text": t}) + "\n" for t in texts)
    out = subprocess.run([cli, "check-prompt", "--jsonl", "-"], input=inp, capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines()]


def load(p):
    return [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("--attacks", nargs="*", default=None)
    ap.add_argument("--benign", nargs="*", default=None)
    ap.add_argument("--corpus", default=str(HERE.parents[2] / "../shared/corpus/dev.jsonl"))
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--show-fp", action="store_true")
    a = ap.parse_args()
    attacks = a.attacks if a.attacks is not None else sorted(str(p) for p in HERE.glob("attacks*.jsonl"))
    benign = a.benign if a.benign is not None else sorted(str(p) for p in HERE.glob("benign*.jsonl"))
    for f in attacks:
        rows = load(f)
        res = run(a.cli, [r["text"] for r in rows])
        tab = collections.defaultdict(lambda: [0, 0])
        for r, x in zip(rows, res):
            key = (r.get("intent") or r.get("kind") or "?", r.get("lang", "?"))
            tab[key][0] += x["verdict"] == "block"
            tab[key][1] += 1
            if a.show_misses and x["verdict"] != "block":
                print(f"  MISS {key[0]}/{key[1]} {x['risk']:.2f} {x['rules']} :: {r['text'][:200]!r}")
        tot = sum(v[0] for v in tab.values()), sum(v[1] for v in tab.values())
        print(f"{f}: blocked {tot[0]}/{tot[1]} ({100 * tot[0] / tot[1]:.1f} %)")
        intents = sorted({k[0] for k in tab})
        langs = sorted({k[1] for k in tab})
        print("  " + "intent".ljust(14) + "".join(l.rjust(12) for l in langs) + "       all")
        for i in intents:
            cells, s0, s1 = [], 0, 0
            for l in langs:
                v = tab.get((i, l))
                cells.append(f"{v[0]}/{v[1]}".rjust(12) if v else "-".rjust(12))
                if v: s0 += v[0]; s1 += v[1]
            print("  " + i.ljust(14) + "".join(cells) + f"{100 * s0 / s1:9.1f} %")
    for f in benign:
        rows = load(f)
        res = run(a.cli, [r["text"] for r in rows])
        tab = collections.defaultdict(lambda: [0, 0])
        for r, x in zip(rows, res):
            tab[r.get("lang", "?")][0] += x["verdict"] == "block"
            tab[r.get("lang", "?")][1] += 1
            if a.show_fp and x["verdict"] == "block":
                print(f"  FP {r.get('lang')} {x['risk']:.2f} {x['rules']} :: {r['text'][:200]!r}")
        tot = sum(v[0] for v in tab.values()), sum(v[1] for v in tab.values())
        print(f"{f}: benign blocked {tot[0]}/{tot[1]} ({100 * tot[0] / tot[1]:.2f} %)  " +
              ", ".join(f"{l} {v[0]}/{v[1]}" for l, v in sorted(tab.items())))
    if a.corpus and Path(a.corpus).exists():
        rows = load(a.corpus)
        res = run(a.cli, [r["text"] for r in rows])
        bad = [(r, x) for r, x in zip(rows, res) if x["verdict"] == "block"]
        print(f"{a.corpus}: shop texts blocked {len(bad)}/{len(rows)} ({100 * len(bad) / len(rows):.2f} %)")
        if a.show_fp:
            for r, x in bad[:40]:
                print(f"  FP {x['risk']:.2f} {x['rules']} :: {r['text'][:200]!r}")


if __name__ == "__main__":
    main()
