#!/usr/bin/env python3
"""Scores the CLI against the peers' known answers (Tests/peers/cases.jsonl).

  run.py --cli PATH/TO/sovereign-filter [--min-pass 0.97] [--show-fails] [--suite S] [--type T]

All cases go through one `sovereign-filter scan --jsonl` process. A "match" case passes when, for
each expected span, a finding of the case's type overlaps it (any finding of the type when the peer
states no positions); a "no_match" case passes when no finding of that type is reported. Findings of
other types are ignored. Prints the pass rate per suite, per type and per suite/type; exits 1 when
the overall rate is below --min-pass (default 0: report only).
"""
import argparse, collections, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]

def judge(case, found):
    mine = [f for f in found if f.get("type") == case["type"]]
    if case["expect"] == "no_match":
        return not mine
    if case.get("spans"):
        return all(any(overlaps(s, f) for f in mine) for s in case["spans"])
    return bool(mine)

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="path to the sovereign-filter binary")
    ap.add_argument("--cases", default=os.path.join(HERE, "cases.jsonl"))
    ap.add_argument("--policy", default=None, help="policy JSON passed to scan (default: built-in)")
    ap.add_argument("--min-pass", type=float, default=0.0, help="exit 1 when the overall pass rate is below this (0..1)")
    ap.add_argument("--show-fails", action="store_true", help="list every failing case")
    ap.add_argument("--suite", action="append", help="only this suite (repeatable)")
    ap.add_argument("--type", action="append", help="only this type (repeatable)")
    a = ap.parse_args()

    cases = [json.loads(l) for l in open(a.cases, encoding="utf-8") if l.strip()]
    if a.suite: cases = [c for c in cases if c["suite"] in a.suite]
    if a.type: cases = [c for c in cases if c["type"] in a.type]
    if not cases:
        sys.exit("no cases selected")

    payload = "".join(json.dumps({"id": c["id"], "text": c["text"]}, ensure_ascii=False) + "\n" for c in cases)
    cmd = [a.cli, "scan", "--jsonl", "-"] + (["--policy", a.policy] if a.policy else [])
    try:
        p = subprocess.run(cmd, input=payload.encode(), capture_output=True)
    except OSError as e:
        sys.exit(f"cannot run {a.cli}: {e} (build it with `make cli`)")
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode(errors="replace"))
        sys.exit(f"scan --jsonl exited with {p.returncode}")
    out = [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]
    by_id = {o.get("id"): o.get("spans", []) for o in out}
    missing = [c["id"] for c in cases if c["id"] not in by_id]
    if missing:
        sys.exit(f"the CLI returned no result for {len(missing)} cases, e.g. {missing[:5]}")

    tally = collections.defaultdict(lambda: [0, 0])  # key -> [passed, total]
    fails = []
    for c in cases:
        ok = judge(c, by_id[c["id"]])
        for key in ("all", "suite " + c["suite"], "type " + c["type"], f'{c["suite"]}/{c["type"]}/{c["expect"]}'):
            tally[key][0] += ok; tally[key][1] += 1
        if not ok:
            fails.append((c, by_id[c["id"]]))

    def line(key):
        ok, n = tally[key]
        return f"  {key:<34} {ok:>5}/{n:<5} {100.0 * ok / n:6.1f}%"
    print(f"peer known answers: {len(cases)} cases from {a.cases}")
    for prefix in ("suite ", "type "):
        print(prefix.strip() + ":")
        for key in sorted(k for k in tally if k.startswith(prefix)): print(line(key))
    print("suite/type/expect:")
    for key in sorted(k for k in tally if "/" in k): print(line(key))
    print(line("all"))

    if a.show_fails:
        print(f"\nfailures ({len(fails)}):")
        for c, found in fails:
            got = [f'{f["type"]}[{f["start"]},{f["end"]})' for f in found] or ["nothing"]
            want = c["expect"] + (" " + ",".join(f'[{s["start"]},{s["end"]})' for s in c["spans"]) if c.get("spans") else "")
            print(f'- {c["id"]} {c["type"]} want {want}; got {" ".join(got)}')
            print(f'    text: {json.dumps(c["text"], ensure_ascii=False)[:160]}')
            print(f'    from: {c["source"]}' + (f' — {c["note"]}' if c.get("note") else ""))

    ok, n = tally["all"]
    if ok / n < a.min_pass:
        print(f"FAIL: pass rate {ok / n:.4f} below --min-pass {a.min_pass}")
        sys.exit(1)

if __name__ == "__main__":
    main()
