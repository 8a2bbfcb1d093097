#!/usr/bin/env bash
# CI performance gate: figures that do not depend on the machine's speed. Instructions per KB of scanned
# text (valgrind --tool=callgrind, counting only the scan loop) and heap allocations per scan call must stay
# under benchmarks/thresholds.json, so a regression fails `make test`.
set -euo pipefail
BENCH=${1:-.build-release/release/sovereign-bench}
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
python3 benchmarks/make_gate_input.py "$dir/gate.txt"
bytes=$(wc -c < "$dir/gate.txt")
# valgrind 3.19 cannot read the DWARF 5 that Swift emits: count on a copy without debug info.
cp "$BENCH" "$dir/bench"; strip --strip-debug "$dir/bench"
json=$("$dir/bench" --gate "$dir/gate.txt")
valgrind --tool=callgrind --callgrind-out-file="$dir/cg.out" --collect-atstart=no --toggle-collect='*scanAll*' \
  "$dir/bench" --gate "$dir/gate.txt" >/dev/null 2>"$dir/vg.log"
ir=$(grep -E '^summary:|^totals:' "$dir/cg.out" | head -1 | awk '{print $2}')
python3 - "$json" "$ir" "$bytes" <<'PY'
import json, sys
g = json.loads(sys.argv[1]); ir = int(sys.argv[2]); nbytes = int(sys.argv[3])
t = json.load(open("benchmarks/thresholds.json"))
# The gate binary scans the input twice (first and steady pass): both are inside scanAll.
per_kb = ir / (2 * nbytes / 1024)
allocs = g["allocations_steady_pass"] / g["texts"]
print(f"gate: {g['texts']} texts, {nbytes} bytes, {g['findings']} findings")
print(f"gate: {per_kb:,.0f} instructions per KB (threshold {t['instructions_per_kb']:,}), "
      f"{allocs:.2f} allocations per scan call (threshold {t['allocations_per_scan']})")
fails = []
if per_kb > t["instructions_per_kb"]: fails.append("instructions per KB")
if allocs > t["allocations_per_scan"]: fails.append("allocations per scan call")
if g["findings"] != t["gate_findings"]: fails.append(f"findings {g['findings']} != {t['gate_findings']} (detection changed: update thresholds.json)")
print("gate: " + ("0 failed" if not fails else "FAILED: " + ", ".join(fails)))
print(f"gate: {3 - len(fails)} passed, {len(fails)} failed")
sys.exit(1 if fails else 0)
PY
