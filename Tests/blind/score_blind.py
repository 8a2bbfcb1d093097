#!/usr/bin/env python3
"""Scores a blind set (Tests/blind/<name>/set.jsonl) with the CLI, at the end of a detection round.

  score_blind.py CLI SET.jsonl [--shared ../shared] [--policy FILE] [--by-variant]

The nine entity types go through shared/corpus/score.py (overlap P/R per type, hard negatives);
CONFIDENTIAL (deny-list hits), which score.py does not know, is scored here the same way: a predicted
span is right when it overlaps a gold one, a gold span is found when a prediction overlaps it, and
near-misses (negatives of type NEGATIVE_CONFIDENTIAL) must not be hit. Prints figures; asserts nothing:
blind sets are measured, never tuned to.
"""
import argparse, json, os, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("cli")
ap.add_argument("set")
ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
ap.add_argument("--policy", default=None)
ap.add_argument("--by-variant", action="store_true")
a = ap.parse_args()

gold = [json.loads(l) for l in open(a.set, encoding="utf-8") if l.strip()]
with tempfile.TemporaryDirectory() as d:
    pred = os.path.join(d, "pred.jsonl")
    cmd = [a.cli, "scan", "--jsonl", "-"] + (["--policy", a.policy] if a.policy else [])
    with open(a.set, "rb") as fin, open(pred, "wb") as fout:
        subprocess.run(cmd, stdin=fin, stdout=fout, check=True)
    preds = [json.loads(l) for l in open(pred, encoding="utf-8") if l.strip()]
    args = [sys.executable, os.path.join(a.shared, "corpus", "score.py"), a.set, pred] + (["--by-variant"] if a.by_variant else [])
    print(subprocess.run(args, check=True, capture_output=True, text=True).stdout)

def ov(x, y):
    return x["start"] < y["end"] and y["start"] < x["end"]

tp_p = n_p = tp_g = n_g = neg_hit = neg_n = 0
for g, p in zip(gold, preds):
    gs = [s for s in g.get("spans", []) if s["type"] == "CONFIDENTIAL"]
    ps = [s for s in p.get("spans", []) if s["type"] == "CONFIDENTIAL"]
    n_p += len(ps); tp_p += sum(1 for s in ps if any(ov(s, t) for t in gs))
    n_g += len(gs); tp_g += sum(1 for t in gs if any(ov(s, t) for s in ps))
    for ng in g.get("negatives", []):
        if ng["type"] == "NEGATIVE_CONFIDENTIAL":
            neg_n += 1; neg_hit += any(ov(s, ng) for s in p.get("spans", []))
if n_g:
    print(f"CONFIDENTIAL  P={tp_p / max(n_p, 1):.3f}  R={tp_g / n_g:.3f}  (gold {n_g}, pred {n_p}); near-misses hit {neg_hit}/{neg_n}")
