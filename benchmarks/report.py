#!/usr/bin/env python3
"""Merges the benchmark results (Swift harness, PHP FFI latency, Presidio) into one table on stdout and
benchmarks/results/latest.json, with the targets of the benchmarks issue and the Presidio ratios."""
import json, os, sys

res = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/results"
def load(name):
    p = os.path.join(res, name)
    return json.load(open(p)) if os.path.exists(p) else None

sw, php, pr, au = load("swift.json"), load("php.json"), load("presidio.json"), load("audit.json")
ks = load("killswitch.json")
gr = load("grep.json")
rows = []
def row(name, value, target=None, ok=None):
    rows.append((name, value, target or "", "" if ok is None else ("met" if ok else "MISSED")))

if sw:
    row("scan, dev corpus (MB/s)", sw["scan_dev_mbs"], ">= 300", sw["scan_dev_mbs"] >= 300)
    row("redact, dev corpus (MB/s)", sw["redact_dev_mbs"])
    row("scan, PII-free shop text (MB/s)", sw["scan_clean_mbs"], ">= 1000", sw["scan_clean_mbs"] >= 1000)
    row(f"scan, {sw['mixed_mb']} MB mixed stream (MB/s)", sw["scan_mixed_mbs"])
    row("memchr lower bound (MB/s)", sw["memchr_mbs"])
    row("latency ~1 KB, in-process p50 (µs)", sw["latency_p50_us"])
    row("latency ~1 KB, in-process p99 (µs)", sw["latency_p99_us"], "<= 10", sw["latency_p99_us"] <= 10)
    row("latency ~1 KB, in-process p99.9 (µs)", sw["latency_p999_us"])
    if "check_prompt_dev_mbs" in sw:
        ratio = sw["check_prompt_vs_scan"]
        row("check-prompt, dev corpus (MB/s)", sw["check_prompt_dev_mbs"])
        row("check-prompt / scan throughput, same texts", ratio, ">= 0.5", ratio >= 0.5)
        row("check-prompt latency ~1 KB p50 / p99 (µs)", f"{sw['check_prompt_p50_us']} / {sw['check_prompt_p99_us']}")
        row("check-prompt: dev corpus texts blocked", sw["check_prompt_dev_blocked"], "0", sw["check_prompt_dev_blocked"] == 0)
    if "round_trip_p99_us" in sw:
        row("guarded round trip ~1 KB prompt + reply, in-process p50 (µs)", sw["round_trip_p50_us"])
        row("guarded round trip ~1 KB prompt + reply, in-process p99 (µs)", sw["round_trip_p99_us"], "<= 30", sw["round_trip_p99_us"] <= 30)
    row("engine build (ms)", sw["engine_build_ms"])
    row("engine heap (KiB)", sw["engine_heap_kib"], "<= 8192", sw["engine_heap_kib"] <= 8192)
    row("peak RSS streaming the mixed corpus (MiB)", sw["peak_rss_mib"], "<= 64", sw["peak_rss_mib"] <= 64)
    row("allocations per scan, PII-free", sw["allocs_per_scan_clean"], "0", sw["allocs_per_scan_clean"] < 0.05)
    row("allocations per scan, dev corpus", sw["allocs_per_scan_dev"])
    row("1 thread / 2 threads (MB/s)", f"{sw['threads1_mbs']} / {sw['threads2_mbs']}")
    row("input size → MB/s", ", ".join(f"{int(k)//1024} KB: {v}" for k, v in sw["size_mbs"].items()))
if php:
    for call in ("scan", "redact"):
        c = php.get(call) or php.get("results", {}).get(call)
        if c:
            p99 = c.get("p99_us")
            row(f"latency ~1 KB through PHP FFI, {call} p50/p99 (µs)", f"{c.get('p50_us')} / {p99}", "p99 <= 15", p99 is not None and p99 <= 15)
    g = php.get("guarded_round_trip")
    if g:
        row("guarded round trip ~1 KB through PHP FFI, p50/p99 (µs)", f"{g['p50_us']} / {g['p99_us']}", "p99 <= 45", g["p99_us"] <= 45)
    h = php.get("http_middleware")
    if h:
        row("guarded chat call ~1 KB through PHP Guzzle middleware, p50/p99 (µs)", f"{h['filtered']['p50_us']} / {h['filtered']['p99_us']}")
        row("  overhead vs plain Guzzle, p50/p99 (µs)", f"{h['overhead_p50_us']} / {h['overhead_p99_us']}")
        row("  of which the prompt check, p50/p99 (µs)", f"{h['prompt_check']['p50_us']} / {h['prompt_check']['p99_us']}")
        row("  with a caller-bound vault (state dir), p50/p99 (µs)", f"{h['vault']['p50_us']} / {h['vault']['p99_us']}")
if gr:
    row(f"CLI scan of a {gr['file_mb']} MB dense file / grep -cP one e-mail regex (MB/s)", f"{gr['cli_scan_mbs']} / {gr['grep_mbs']}")
    row("CLI scan / grep -cP throughput, same file", gr["cli_vs_grep"], ">= 1.0", gr["cli_vs_grep"] >= 1.0)
if au:
    row(f"CLI scan --lines, {au['text_mb']} MB of corpus text (MB/s)", au["cli_scan_mbs"])
    row("CLI audit, the same texts as chat JSONL (MB/s of text)", au["cli_audit_mbs"])
    row("audit / scan throughput", au["audit_vs_scan"], ">= 0.8", au["audit_vs_scan"] >= 0.8)
if ks:
    row("kill-switch check, state directory (ns/call)", ks["file_ns"], "< 1000", ks["file_ns"] < 1000)
    if "redis_ns" in ks:
        row("kill-switch check, Redis, recheck 1 s (ns/call)", ks["redis_ns"], "< 1000", ks["redis_ns"] < 1000)
        row("kill-switch check, Redis, recheck 10 ms (ns/call)", ks["redis_recheck10_ns"])
if pr and sw:
    ours = sw["scan_sample_mbs"]
    for mode, target in (("regex_only", 5000), ("full", 10000)):
        m = pr.get(mode)
        if m and m.get("mbs"):
            ratio = ours / m["mbs"]
            row(f"Presidio {mode} (MB/s)", m["mbs"])
            row(f"ratio vs Presidio {mode} (same texts)", f"{ratio:,.0f}x", f">= {target:,}x", ratio >= target)
        else:
            row(f"Presidio {mode}", "n/a: " + "; ".join(pr.get("notes", []))[:80])

w = max(len(r[0]) for r in rows) if rows else 10
print(f"{'measure':<{w}}  {'value':>14}  {'target':>14}  status")
for name, value, target, status in rows:
    print(f"{name:<{w}}  {str(value):>14}  {target:>14}  {status}")
json.dump({"swift": sw, "php": php, "presidio": pr, "audit": au, "table": rows}, open(os.path.join(res, "latest.json"), "w"), indent=1, default=str)
