#!/usr/bin/env python3
"""Corpus test: scans the labelled dev corpus with the CLI, scores it with shared/corpus/score.py and
fails when the overlap micro-F1 over the core engine's entity types drops below the threshold,
or when any of those types, or the hard negatives, regress past their own floors."""
import argparse, json, os, subprocess, sys, tempfile

CORE = ["EMAIL", "CREDIT_CARD", "IBAN", "PHONE", "IP_ADDRESS", "ORDER_NUMBER", "SECRET"]

ap = argparse.ArgumentParser()
ap.add_argument("--cli", required=True)
ap.add_argument("--shared", required=True)
ap.add_argument("--min-micro-f1", type=float, default=0.95)
ap.add_argument("--min-type-f1", type=float, default=0.90)
ap.add_argument("--max-negative-rate", type=float, default=0.01)
ap.add_argument("--min-person-f1", type=float, default=0.90)
ap.add_argument("--min-address-f1", type=float, default=0.85)
a = ap.parse_args()

corpus = os.path.join(a.shared, "corpus", "dev.jsonl")
scorer = os.path.join(a.shared, "corpus", "score.py")
if not os.path.exists(corpus):
    print(f"corpus test: {corpus} not found (shared/ must sit beside the checkout)")
    sys.exit(1)

with tempfile.TemporaryDirectory() as d:
    pred, metrics = os.path.join(d, "pred.jsonl"), os.path.join(d, "metrics.json")
    with open(corpus, "rb") as fin, open(pred, "wb") as fout:
        subprocess.run([a.cli, "scan", "--jsonl", "-"], stdin=fin, stdout=fout, check=True)
    out = subprocess.run([sys.executable, scorer, corpus, pred, "--json", metrics, "--any-all"],
                         check=True, capture_output=True, text=True).stdout
    print(out)
    m = json.load(open(metrics))

tp_p = tp_g = n_p = n_g = 0
failed = []
for t in CORE:
    x = m["types"][t]
    tp_p += x["p_ovl"] * x["pred"]; n_p += x["pred"]
    tp_g += x["r_ovl"] * x["gold"]; n_g += x["gold"]
    if x["f1_ovl"] < a.min_type_f1:
        failed.append(f"{t} F1 {x['f1_ovl']:.3f} < {a.min_type_f1}")
for t, floor in (("PERSON", a.min_person_f1), ("ADDRESS", a.min_address_f1)):
    if m["types"][t]["f1_ovl"] < floor:
        failed.append(f"{t} F1 {m['types'][t]['f1_ovl']:.3f} < {floor}")
p, r = tp_p / max(n_p, 1), tp_g / max(n_g, 1)
f1 = 2 * p * r / (p + r) if p + r else 0.0
hits = sum(v[0] for v in m["neg_hits"].values())
total = sum(v[1] for v in m["neg_hits"].values())
rate = hits / max(total, 1)
print(f"core types micro: P={p:.4f} R={r:.4f} F1={f1:.4f}; hard negatives flagged {hits}/{total} ({rate:.2%})")
if f1 < a.min_micro_f1:
    failed.append(f"micro F1 {f1:.4f} < {a.min_micro_f1}")
if rate > a.max_negative_rate:
    failed.append(f"hard negatives flagged {rate:.2%} > {a.max_negative_rate:.0%}")
if failed:
    print("corpus test FAILED: " + "; ".join(failed))
    sys.exit(1)
print("corpus test: 1 passed, 0 failed")
