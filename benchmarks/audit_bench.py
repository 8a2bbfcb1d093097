#!/usr/bin/env python3
"""`sovereign-filter audit` against `sovereign-filter scan` on the same texts (issue 22): the corpus'
texts as a chat-format JSONL dataset for audit, the same texts one per line for `scan --lines`; best
of --runs wall-clock times, reported as MB/s of text (the texts' UTF-8 bytes, not the JSON around them).

    audit_bench.py --cli CLI --corpus dev.jsonl --repeat 20 --out audit.json
"""
import argparse, json, os, subprocess, tempfile, time

ap = argparse.ArgumentParser()
ap.add_argument("--cli", required=True)
ap.add_argument("--corpus", required=True)
ap.add_argument("--repeat", type=int, default=20)
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--out", required=True)
a = ap.parse_args()

texts = [json.loads(l)["text"].replace("\n", " ") for l in open(a.corpus, encoding="utf-8")]
tmp = tempfile.mkdtemp(prefix="sf-audit-bench-")
chat, plain = os.path.join(tmp, "chat.jsonl"), os.path.join(tmp, "texts.txt")
with open(chat, "w", encoding="utf-8") as c, open(plain, "w", encoding="utf-8") as p:
    for _ in range(a.repeat):
        for i in range(0, len(texts) - 1, 2):
            c.write(json.dumps({"messages": [{"role": "user", "content": texts[i]},
                                             {"role": "assistant", "content": texts[i + 1]}]}) + "\n")
            p.write(texts[i] + "\n" + texts[i + 1] + "\n")
text_bytes = a.repeat * sum(len(t.encode()) for t in texts[: len(texts) // 2 * 2])

def best(cmd):
    ts = []
    for _ in range(a.runs):
        t = time.perf_counter()
        r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        ts.append(time.perf_counter() - t)
        assert r.returncode in (0, 1), r.stderr.decode()
    return min(ts)

scan_s = best([a.cli, "scan", "--lines", plain])
audit_s = best([a.cli, "audit", chat])
mb = text_bytes / 1e6
out = {"text_mb": round(mb, 2), "dataset_mb": round(os.path.getsize(chat) / 1e6, 2),
       "cli_scan_mbs": round(mb / scan_s, 1), "cli_audit_mbs": round(mb / audit_s, 1),
       "audit_vs_scan": round(scan_s / audit_s, 2)}
json.dump(out, open(a.out, "w"), indent=1)
for f in (chat, plain):
    os.unlink(f)
os.rmdir(tmp)
print(json.dumps(out))
