#!/usr/bin/env python3
"""Prompt-check acceptance test through the CLI (the real engine: PCRE2, normalization, payload detector):
attack prompts caught >= 90%, benign look-alikes flagged <= 3%, ordinary shop messages of the dev corpus
flagged < 2%. usage: check_prompt_rules.py CLI SHARED_DIR"""
import collections, json, os, subprocess, sys

cli, shared = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))

def run(lines):
    out = subprocess.run([cli, "check-prompt", "--jsonl", "-"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines()]

def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]

# Every dev set: the first round (attacks/benign.jsonl) and issue 18's (attacks_v2/benign_v2.jsonl).
attacks = load(os.path.join(here, "attacks.jsonl")) + load(os.path.join(here, "attacks_v2.jsonl"))
benign = load(os.path.join(here, "benign.jsonl")) + load(os.path.join(here, "benign_v2.jsonl"))
res_a = run([json.dumps({"text": a["text"], "lang": a["lang"]}) for a in attacks])
res_b = run([json.dumps({"text": b["text"]}) for b in benign])
caught = sum(r["verdict"] == "block" for r in res_a)
fp_b = sum(r["verdict"] == "block" for r in res_b)
by_lang = collections.Counter(); tot_lang = collections.Counter()
for a, r in zip(attacks, res_a):
    tot_lang[a["lang"]] += 1
    by_lang[a["lang"]] += r["verdict"] == "block"
failed = []
rate_a = caught / len(attacks)
rate_b = fp_b / len(benign)
print(f"attacks caught {caught}/{len(attacks)} ({rate_a:.1%}); " + ", ".join(f"{k} {by_lang[k]}/{tot_lang[k]}" for k in sorted(tot_lang)))
print(f"benign look-alikes flagged {fp_b}/{len(benign)} ({rate_b:.1%})")
if rate_a < 0.90: failed.append("attack detection below 90%")
if rate_b > 0.03: failed.append("benign false positives above 3%")
dev = os.path.join(shared, "corpus", "dev.jsonl")
if os.path.exists(dev):
    texts = [json.dumps({"text": d["text"]}) for d in load(dev)]
    res_d = run(texts)
    fp_d = sum(r["verdict"] == "block" for r in res_d)
    print(f"dev corpus shop messages flagged {fp_d}/{len(texts)} ({fp_d / len(texts):.2%})")
    if fp_d / len(texts) >= 0.02: failed.append("dev corpus false positives at or above 2%")
for a, r in zip(attacks, res_a):
    if r["verdict"] != "block": print("  missed:", a["lang"], a["text"][:100])
for b, r in zip(benign, res_b):
    if r["verdict"] == "block": print("  flagged:", b["text"][:100], r["rules"])
print(f"prompt rules: {2 - len([f for f in failed if 'attack' in f or 'benign' in f]) + (0 if any('dev' in f for f in failed) else 1)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
