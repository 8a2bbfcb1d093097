#!/usr/bin/env python3
"""Assemble attacks.jsonl and benign.jsonl from the hand-written sources.

src/atk_{en,de,fr}.txt and src/ben_{en,de,fr}.txt: one message per line under
"## <intent>" / "## <kind>" header lines (lower-case label only); the two characters backslash-n inside a line
stand for a real newline. The `encoded` attacks come from make_encoded.py.
Records are shuffled with a fixed seed so that ids do not reveal the label order.
"""
import json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, field):
    out, label = [], None
    lang = os.path.basename(path)[4:6]
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        if re.fullmatch(r"## [a-z_]+", line):
            label = line[3:].strip()
            continue
        out.append({"lang": lang, field: label, "text": line.replace("\\n", "\n")})
    return out


def main():
    atk, ben = [], []
    for lang in ("en", "de", "fr"):
        atk += read(os.path.join(HERE, "src", f"atk_{lang}.txt"), "intent")
        ben += read(os.path.join(HERE, "src", f"ben_{lang}.txt"), "kind")
    enc = subprocess.run([sys.executable, os.path.join(HERE, "make_encoded.py")],
                         capture_output=True, text=True, check=True).stdout
    for line in enc.splitlines():
        d = json.loads(line)
        atk.append({"lang": d["lang"], "intent": "encoded", "text": d["text"]})
    rnd = random.Random(20261204)
    rnd.shuffle(atk)
    rnd.shuffle(ben)
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(atk, 1):
            f.write(json.dumps({"id": f"atk-{i:04d}", "lang": r["lang"], "intent": r["intent"],
                                "text": r["text"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "benign.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(ben, 1):
            f.write(json.dumps({"id": f"ben-{i:04d}", "lang": r["lang"], "kind": r["kind"],
                                "text": r["text"]}, ensure_ascii=False) + "\n")
    print(f"attacks: {len(atk)}  benign: {len(ben)}")


if __name__ == "__main__":
    main()
