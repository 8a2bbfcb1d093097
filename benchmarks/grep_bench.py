#!/usr/bin/env python3
"""The CLI's `scan` of a ~50 MB dense file against `grep -cP` with one e-mail regex over the same file
(issue 19's done-when: the CLI at least as fast as grep). The file is the corpus' texts, one per line,
repeated to --mb MB; runs alternate (grep, scan, grep, scan, …) so both see the same machine load, and the
best wall-clock time of each counts. Writes {"grep_mbs", "cli_scan_mbs", "cli_vs_grep", ...}.

    grep_bench.py --cli CLI --corpus dev.jsonl --mb 50 --out grep.json
"""
import argparse, json, os, subprocess, tempfile, time

# A typical e-mail regex as people write it for grep: what one PCRE2-JIT pattern costs per byte.
EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"

ap = argparse.ArgumentParser()
ap.add_argument("--cli", required=True)
ap.add_argument("--corpus", required=True)
ap.add_argument("--mb", type=int, default=50)
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--out", required=True)
a = ap.parse_args()

texts = [json.loads(l)["text"].replace("\n", " ") for l in open(a.corpus, encoding="utf-8")]
tmp = tempfile.mkdtemp(prefix="sf-grep-bench-")
path = os.path.join(tmp, "dense.txt")
target = a.mb * 1_000_000
n = 0
with open(path, "wb") as f:
    while n < target:
        for t in texts:
            b = t.encode() + b"\n"
            f.write(b)
            n += len(b)
            if n >= target:
                break

out_path = os.path.join(tmp, "out")

# One locale for both (it changes grep -P's speed): UTF-8 text, C collation.
ENV = dict(os.environ, LC_ALL="C.UTF-8")

def timed(cmd, ok=(0,)):
    # Output to a file, not /dev/null: GNU grep stops at the first match when its output is /dev/null.
    with open(out_path, "wb") as out:
        t = time.perf_counter()
        r = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, env=ENV)
        dt = time.perf_counter() - t
    # grep -c exits 1 when nothing matched; the CLI must exit 0 (a failed run would look fast).
    assert r.returncode in ok, (cmd, r.returncode, r.stderr.decode())
    return dt

grep_t, scan_t = [], []
try:
    for _ in range(a.runs):
        grep_t.append(timed(["grep", "-cP", EMAIL, path], ok=(0, 1)))
        scan_t.append(timed([a.cli, "scan", path]))
finally:
    for f in (path, out_path):
        if os.path.exists(f):
            os.remove(f)
    os.rmdir(tmp)
mb = n / 1e6
res = {"file_mb": round(mb, 1), "grep_regex": EMAIL, "runs": a.runs,
       "grep_mbs": round(mb / min(grep_t), 1), "cli_scan_mbs": round(mb / min(scan_t), 1)}
res["cli_vs_grep"] = round(res["cli_scan_mbs"] / res["grep_mbs"], 3)
json.dump(res, open(a.out, "w"), indent=1)
print(json.dumps(res))
