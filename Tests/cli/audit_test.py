#!/usr/bin/env python3
"""`sovereign-filter audit` from outside (issue 22), against `scan` as the known answer.

Datasets are built from the shared corpus' texts in every supported shape (chat with string content,
content parts and tool-call arguments; prompt/completion; --field paths; CSV), then:
- the report's record count, records with findings, per-type counts and every location equal what
  `scan --jsonl` finds in the same texts, one text at a time;
- the redacted copy has the same records and structure, is valid JSON/CSV, and audits clean;
- .gz input gives the same report; memory stays flat in dataset size;
- malformed records are errors naming the record (65), unreadable files 66, bad policies 64, the kill
  switch 69; no partial redacted copy is left behind.
Prints 'N passed, N failed'.

    audit_test.py CLI SHARED_DIR
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

CLI = sys.argv[1] if len(sys.argv) > 1 else ".build-release/release/sovereign-filter"
SHARED = Path(sys.argv[2] if len(sys.argv) > 2 else "../shared")
TMP = Path(tempfile.mkdtemp(prefix="sf-audit-"))
passed = failed = 0


def check(name: str, ok: bool, detail: str = "") -> None:
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}" + (f"\n  {detail}" if detail else ""))


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], input=stdin, capture_output=True)


def audit(path: Path, *extra: str) -> tuple[int, dict | None, subprocess.CompletedProcess]:
    rep = TMP / (path.name + ".report.json")
    if rep.exists():
        rep.unlink()
    p = run("audit", "--examples", "10000000", "--report", str(rep), *extra, str(path))
    return p.returncode, (json.loads(rep.read_text()) if rep.exists() else None), p


def scan_texts(texts: list[str], extra: list[str] | None = None) -> list[list[dict]]:
    """`scan --jsonl` on each text: the known answer, one spans list per text."""
    data = "".join(json.dumps({"text": t}) + "\n" for t in texts).encode()
    p = run("scan", "--jsonl", *(extra or []), "-", stdin=data)
    assert p.returncode == 0, p.stderr.decode()
    return [json.loads(l)["spans"] for l in p.stdout.decode().splitlines()]


def expected(located: list[tuple[int, str, str]], extra: list[str] | None = None) -> dict:
    """located: (record, field, text) for every text the audit should scan, in order."""
    spans = scan_texts([t for _, _, t in located], extra)
    counts: Counter = Counter()
    dirty: set[int] = set()
    examples = []
    for (rec, field, _), ss in zip(located, spans):
        for s in ss:
            counts[s["type"]] += 1
            dirty.add(rec)
            examples.append({"record": rec, "field": field, "type": s["type"], "start": s["start"], "end": s["end"]})
    return {"records_with_findings": len(dirty), "findings": dict(sorted(counts.items())), "examples": examples}


def compare(name: str, got: dict | None, want: dict, records: int) -> None:
    if got is None:
        check(name + ": report written", False)
        return
    d = got["datasets"][0]
    check(name + ": records", d["records"] == records, f"{d['records']} != {records}")
    check(name + ": records with findings", d["records_with_findings"] == want["records_with_findings"],
          f"{d['records_with_findings']} != {want['records_with_findings']}")
    check(name + ": per-type counts", d["findings"] == want["findings"], f"{d['findings']} != {want['findings']}")
    check(name + ": every location", d["examples"] == want["examples"],
          f"first difference: {next(((a, b) for a, b in zip(d['examples'], want['examples']) if a != b), None)}")
    check(name + ": verdict", got["verdict"] == ("findings" if want["records_with_findings"] else "clean"))
    check(name + ": no values in the report", all(set(e) == {"record", "field", "type", "start", "end"} for e in d["examples"]))


texts = [json.loads(l)["text"] for l in (SHARED / "corpus" / "dev.jsonl").read_text().splitlines()]
assert len(texts) >= 1000

# ---- 1. chat JSONL: string content, content parts, tool-call arguments, system prompts without findings
chat_lines, located, i, rec = [], [], 0, 0
while i < len(texts):
    rec += 1
    k = rec % 4
    msgs: list[dict] = [{"role": "system", "content": "You are the support assistant of a web shop."}]
    if k == 0:
        msgs.append({"role": "user", "content": texts[i]}); i += 1
        if i < len(texts):
            msgs.append({"role": "assistant", "content": texts[i]}); i += 1
    elif k == 1:
        msgs.append({"role": "user", "content": [{"type": "text", "text": texts[i]},
                                                 {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]}); i += 1
    elif k == 2:
        msgs.append({"role": "user", "content": "Please look up my order."})
        msgs.append({"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": json.dumps({"note": texts[i]})}}]}); i += 1
        msgs.append({"role": "tool", "tool_call_id": "call_1", "content": "{\"status\": \"shipped\"}"})
    else:
        msgs.append({"role": "user", "content": texts[i]}); i += 1
    for m_i, m in enumerate(msgs):
        c = m.get("content")
        if isinstance(c, str):
            located.append((rec, f"messages[{m_i}].content", c))
        elif isinstance(c, list):
            for p_i, part in enumerate(c):
                if "text" in part:
                    located.append((rec, f"messages[{m_i}].content[{p_i}].text", part["text"]))
        for t_i, tc in enumerate(m.get("tool_calls") or []):
            located.append((rec, f"messages[{m_i}].tool_calls[{t_i}].function.arguments", tc["function"]["arguments"]))
    chat_lines.append(json.dumps({"messages": msgs}))
chat = TMP / "chat.jsonl"
chat.write_text("\n".join(chat_lines) + "\n")
want_chat = expected(located)
code, rep, p = audit(chat)
check("chat: exit 1 with findings", code == 1, p.stderr.decode())
compare("chat", rep, want_chat, rec)
check("chat: human summary on stdout", p.stdout.decode().startswith(f"{chat}: {rec} records"), p.stdout.decode())

# the redacted copy: same records and structure, valid JSON, audits clean
red = TMP / "chat.redacted.jsonl"
code, rep, p = audit(chat, "--redact-to", str(red))
lines = red.read_text().splitlines()
check("chat redacted: same record count", len(lines) == len(chat_lines), f"{len(lines)} != {len(chat_lines)}")

def shape(v):
    if isinstance(v, dict):
        return {k: shape(x) for k, x in v.items()}
    if isinstance(v, list):
        return [shape(x) for x in v]
    return type(v).__name__

same = all(shape(json.loads(a)) == shape(json.loads(b)) for a, b in zip(lines, chat_lines))
check("chat redacted: same structure, valid JSON", same)
check("chat redacted: changed", lines != chat_lines)
code, rep2, p = audit(red)
check("chat redacted: audits clean (exit 0)", code == 0 and rep2 and rep2["verdict"] == "clean",
      f"exit {code}: {rep2 and rep2['datasets'][0]['findings']}")

# gzip input: the same report; gzip output
gz = TMP / "chat.jsonl.gz"
gz.write_bytes(gzip.compress(chat.read_bytes()))
code, rep_gz, p = audit(gz)
check("gzip: exit 1", code == 1, p.stderr.decode())
compare("gzip", rep_gz, want_chat, rec)
check("gzip: bytes are the uncompressed size", rep_gz and rep_gz["datasets"][0]["bytes"] == chat.stat().st_size)
redgz = TMP / "chat.redacted.jsonl.gz"
audit(gz, "--redact-to", str(redgz))
check("gzip: redacted copy is gzip of the same copy", redgz.exists() and gzip.decompress(redgz.read_bytes()) == red.read_bytes())
trunc = TMP / "truncated.jsonl.gz"
trunc.write_bytes(gz.read_bytes()[: gz.stat().st_size // 2])
code, _, p = audit(trunc, "--redact-to", str(TMP / "t.out"))
check("truncated gzip: exit 65", code == 65, f"exit {code}: {p.stderr.decode()}")
check("truncated gzip: no redacted copy", not (TMP / "t.out").exists() and not list(TMP.glob("t.out.partial*")))

# ---- 2. prompt/completion and --field paths
pc_lines, pc_loc = [], []
for r, j in enumerate(range(0, 600, 2), 1):
    pc_lines.append(json.dumps({"prompt": texts[j], "completion": texts[j + 1]}))
    pc_loc += [(r, "prompt", texts[j]), (r, "completion", texts[j + 1])]
pc = TMP / "pc.jsonl"
pc.write_text("\n".join(pc_lines) + "\n")
code, rep, p = audit(pc)
compare("prompt/completion", rep, expected(pc_loc), len(pc_lines))

fl_lines, fl_loc = [], []
for r, j in enumerate(range(600, 1200, 2), 1):
    fl_lines.append(json.dumps({"id": r, "body": texts[j], "meta": {"notes": texts[j + 1], "n": 3}, "phone": 4915123456789}))
    fl_loc += [(r, "body", texts[j]), (r, "meta.notes", texts[j + 1]), (r, "phone", "4915123456789")]
fl = TMP / "fields.jsonl"
fl.write_text("\n".join(fl_lines) + "\n")
code, rep, p = audit(fl, "--field", "body", "--field", "meta.notes", "--field", "phone")
compare("--field paths", rep, expected(fl_loc), len(fl_lines))
code, _, p = audit(fl)
check("no known field without --field: exit 65 naming record 1", code == 65 and b"record 1" in p.stderr, p.stderr.decode())

# ---- 3. CSV: every column by default, --field columns, quoted cells with commas, quotes, line breaks
rows, csv_loc = [], []
for r, j in enumerate(range(1200, 2400, 2), 1):
    note = texts[j + 1] + ("\nsecond line, with \"quotes\"" if r % 5 == 0 else "")
    rows.append([str(r), texts[j], note, f"{r * 3}.50"])
header = ["order_id", "customer message", "note", "amount"]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(header)
w.writerows(rows)
csvf = TMP / "orders.csv"
csvf.write_text(buf.getvalue(), newline="")
for r, row in enumerate(rows, 1):
    for c, name in enumerate(header):
        if row[c]:
            csv_loc.append((r, name, row[c]))
code, rep, p = audit(csvf)
compare("csv all columns", rep, expected(csv_loc), len(rows))
sel = [(r, f, t) for r, f, t in csv_loc if f in ("note",)]
code, rep, p = audit(csvf, "--field", "note")
compare("csv --field note", rep, expected(sel), len(rows))
redcsv = TMP / "orders.redacted.csv"
code, _, p = audit(csvf, "--redact-to", str(redcsv))
got = list(csv.reader(io.StringIO(redcsv.read_text(), newline="")))
check("csv redacted: header and record count", got[0] == header and len(got) == len(rows) + 1, f"{len(got)}")
check("csv redacted: same cell count per row", all(len(g) == len(header) for g in got))
check("csv redacted: untouched cells kept", all(g[0] == r[0] and g[3] == r[3] for g, r in zip(got[1:], rows)))
code, rep, p = audit(redcsv)
check("csv redacted: audits clean", code == 0, f"exit {code}: {rep and rep['datasets'][0]['findings']}")

# ---- 4. policy: deny list as CONFIDENTIAL, custom patterns by name
pol = TMP / "policy.json"
pol.write_text(json.dumps({"deny": ["Project Falcon", "Acme Supplies"],
                           "patterns": [{"name": "ORDER_REF", "regex": "ORD-[0-9]{6}", "score": 0.9}]}))
conf = TMP / "conf.jsonl"
conf.write_text(json.dumps({"text": "Launch of Project Falcon, margin from Acme Supplies, ref ORD-123456"}) + "\n"
                + json.dumps({"text": "nothing to see"}) + "\n")
code, rep, p = audit(conf, "--policy", str(pol))
f = rep["datasets"][0]["findings"] if rep else {}
check("deny list counts as CONFIDENTIAL, custom pattern by name", f == {"CONFIDENTIAL": 2, "ORDER_REF": 1}, f"{f} {p.stderr.decode()}")
check("deny list: one record of two", rep and rep["datasets"][0]["records_with_findings"] == 1)
code, rep, p = audit(conf, "--policy", str(pol), "--redact-to", str(TMP / "conf.red.jsonl"))
code, rep, p = audit(TMP / "conf.red.jsonl", "--policy", str(pol))
check("deny list redacted copy audits clean", code == 0, str(rep))

# ---- 5. clean dataset, several datasets
clean = TMP / "clean.jsonl"
clean.write_text(json.dumps({"messages": [{"role": "user", "content": "What sizes does the blue shirt come in?"}]}) + "\n")
code, rep, p = audit(clean)
check("clean: exit 0, verdict clean", code == 0 and rep["verdict"] == "clean", p.stderr.decode())
rep_all = TMP / "all.json"
p = run("audit", "--report", str(rep_all), str(clean), str(pc))
r_all = json.loads(rep_all.read_text())
check("two datasets: exit 1, both reported", p.returncode == 1 and [d["path"] for d in r_all["datasets"]] == [str(clean), str(pc)]
      and r_all["verdict"] == "findings")

bom = TMP / "bom.jsonl"
bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "mail anna@example.com"}).encode() + b"\n")
code, rep, p = audit(bom, "--redact-to", str(TMP / "bom.red.jsonl"))
check("UTF-8 BOM before the first record: read, kept in the copy", code == 1 and rep["datasets"][0]["findings"] == {"EMAIL": 1}
      and (TMP / "bom.red.jsonl").read_bytes() == b'\xef\xbb\xbf{"text": "mail [EMAIL]"}\n', p.stderr.decode())

# ---- 6. errors name the record; nothing half-written
def bad(name: str, content: bytes, want: int, needle: str, *extra: str, suffix: str = ".jsonl") -> None:
    path = TMP / f"bad{suffix}"
    path.write_bytes(content)
    out = TMP / ("bad.out" + suffix)
    if out.exists():
        out.unlink()
    p = run("audit", *extra, "--redact-to", str(out), str(path))
    err = p.stderr.decode()
    check(f"{name}: exit {want}", p.returncode == want, f"exit {p.returncode}: {err}")
    check(f"{name}: message names it", needle in err, err)
    check(f"{name}: no redacted copy", not out.exists() and not list(TMP.glob(out.name + ".partial*")))

good = json.dumps({"text": "mail anna@example.com"}).encode() + b"\n"
bad("invalid JSON", good * 3 + b'{"text": "unterminated\n' + good, 65, "record 4: invalid JSON")
bad("not an object", good + b'["a list"]\n', 65, "record 2: an array, not a JSON object")
bad("invalid UTF-8", good + b'{"text": "caf\xe9"}\n', 65, "record 2: invalid UTF-8")
bad("messages not an array", good + b'{"messages": {"role": "user"}}\n', 65, "record 2")
bad("content is a number", b'{"messages": [{"role": "user", "content": {"a": 1}}]}\n', 65, "record 1: messages[0].content is an object")
bad("csv wrong cell count", b"a,b\n1,2\n3\n", 65, "record 2: 1 cells, the header has 2", suffix=".csv")
bad("csv open quote", b'a,b\n1,"2\n', 65, "record 1: a quoted cell is still open", suffix=".csv")
bad("csv stray quote", b'a,b\n1,x"y\n', 65, "record 1: a quote inside an unquoted cell", suffix=".csv")
bad("csv unknown column", b"a,b\n1,2\n", 64, 'no column "c"', "--field", "c", suffix=".csv")
p = run("audit", str(TMP / "does-not-exist.jsonl"))
check("missing file: exit 66", p.returncode == 66 and b"cannot open" in p.stderr, p.stderr.decode())
(TMP / "badpolicy.json").write_text('{"patterns": [{"name": "X", "regex": "("}]}')
p = run("audit", "--policy", str(TMP / "badpolicy.json"), str(clean))
check("bad policy: exit 64", p.returncode == 64, p.stderr.decode())
p = run("audit", "--field", "a[b]", str(clean))
check("bad --field: exit 64", p.returncode == 64, p.stderr.decode())
state = TMP / "state"
subprocess.run([CLI, "kill-switch", "on", "--state-dir", str(state), "--reason", "test"], capture_output=True, check=True)
p = run("audit", "--state-dir", str(state), str(clean))
check("kill switch on: exit 69", p.returncode == 69, p.stderr.decode())

# ---- 7. memory flat in dataset size
def peak_kb(path: Path) -> int:
    p = subprocess.run(["/bin/sh", "-c", f'exec "$0" audit "$1" >/dev/null', CLI, str(path)])
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss

small = TMP / "small.jsonl"
small.write_text("\n".join(chat_lines[:200]) + "\n")
big = TMP / "big.jsonl"
with big.open("w") as fh:
    for _ in range(12):
        fh.write("\n".join(chat_lines) + "\n")
# ru_maxrss of children is the largest so far: measure the small one first.
base = peak_kb(small)
after = peak_kb(big)
check("memory flat: 30+ MB dataset within 16 MB of a tiny one", after - base < 16 * 1024,
      f"{base} KB -> {after} KB for {big.stat().st_size >> 20} MB")

print(f"audit: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
