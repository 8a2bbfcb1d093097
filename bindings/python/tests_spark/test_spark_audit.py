"""examples/spark_audit.py on Spark local[2] over a few thousand records: its report equals the CLI's
audit of the same records (JSONL and Parquet), and its redacted copies audit clean with the CLI."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "spark_audit.py"


def records(texts: list[str], parts: bool) -> list[dict]:
    """Chat records: string content, (JSONL only) content parts, tool-call arguments."""
    out, i, n = [], 0, 0
    while i + 1 < len(texts):
        n += 1
        msgs = [{"role": "system", "content": "You are the assistant of a web shop."}]
        if n % 3 == 0:
            msgs.append({"role": "user", "content": "Please look up my order."})
            msgs.append({"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": json.dumps({"note": texts[i]})}}]})
        elif n % 3 == 1 and parts:
            msgs.append({"role": "user", "content": [{"type": "text", "text": texts[i]}]})
        else:
            msgs.append({"role": "user", "content": texts[i]})
        msgs.append({"role": "assistant", "content": texts[i + 1]})
        out.append({"id": n, "messages": msgs})
        i += 2
    return out


def cli_report(cli: str, path: Path, tmp: Path) -> dict:
    rep = tmp / (path.name + ".cli.json")
    p = subprocess.run([cli, "audit", "--report", str(rep), str(path)], capture_output=True)
    assert p.returncode in (0, 1), p.stderr.decode()
    return json.loads(rep.read_text())["datasets"][0]


def spark(args: list[str]) -> subprocess.CompletedProcess:
    t = time.monotonic()
    p = subprocess.run([sys.executable, str(EXAMPLE), "--master", "local[2]", *args], capture_output=True, text=True,
                       env={**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable})
    print(f"spark_audit {' '.join(args[:1])}: {time.monotonic() - t:.1f} s")
    return p


def same(spark_d: dict, cli_d: dict) -> None:
    for k in ("records", "records_with_findings", "findings", "examples"):
        assert spark_d[k] == cli_d[k], f"{k}: spark {spark_d[k]!r:.300} != cli {cli_d[k]!r:.300}"


def test_spark_audit_equals_cli(cli, corpus, tmp_path: Path):
    texts = [json.loads(l)["text"] for l in corpus.read_text().splitlines()]
    # JSONL, every shape the CLI reads, one blank line (no record, as in the CLI)
    recs = records(texts, parts=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    lines.insert(100, "")
    jl = tmp_path / "train.jsonl"
    jl.write_text("\n".join(lines) + "\n")
    want = cli_report(cli, jl, tmp_path)
    assert want["records"] == len(recs) >= 2000 and want["records_with_findings"] > 1000

    rep, red = tmp_path / "spark.json", tmp_path / "redacted-jsonl"
    p = spark([str(jl), "--report", str(rep), "--redact-to", str(red)])
    assert p.returncode == 1, p.stderr[-3000:]
    doc = json.loads(rep.read_text())
    assert doc["verdict"] == "findings"
    got = doc["datasets"][0]
    same(got, want)
    assert got["bytes"] == want["bytes"] == jl.stat().st_size
    copy = tmp_path / "redacted.jsonl"
    copy.write_text("".join(f.read_text() for f in sorted(red.glob("part-*"))))
    assert len(copy.read_text().splitlines()) == len(lines)
    again = cli_report(cli, copy, tmp_path)
    assert again["records"] == len(recs) and again["records_with_findings"] == 0, again["findings"]

    # Parquet of the same kind of records (content strings only: one Parquet type per column)
    recs = records(texts, parts=False)
    pl = tmp_path / "train.parquet"
    pq.write_table(pa.Table.from_pylist(recs), pl)
    jl2 = tmp_path / "train2.jsonl"
    # the CLI audits the same records as JSONL (the nulls a Parquet struct fills in are no texts)
    jl2.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
    want = cli_report(cli, jl2, tmp_path)
    rep2, red2 = tmp_path / "spark2.json", tmp_path / "redacted-parquet"
    p = spark([str(pl), "--report", str(rep2), "--redact-to", str(red2)])
    assert p.returncode == 1, p.stderr[-3000:]
    same(json.loads(rep2.read_text())["datasets"][0], want)
    back = pq.read_table(red2).to_pylist()
    assert len(back) == len(recs) and [r["id"] for r in back] == [r["id"] for r in recs]
    jl3 = tmp_path / "redacted2.jsonl"
    jl3.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in back))
    again = cli_report(cli, jl3, tmp_path)
    assert again["records_with_findings"] == 0, again["findings"]


def test_spark_submit_with_shipped_library_names_a_malformed_record(tmp_path: Path):
    """spark-submit as on a cluster: the shared object shipped with --files (no SOVEREIGN_FILTER_LIB, not
    next to the package, not on the library path): the executors load it, and a malformed record stops
    the job naming it."""
    jl = tmp_path / "bad.jsonl"
    jl.write_text('{"text": "mail anna@example.com"}\n{"text": "fine"}\n{"text": oops}\n')
    lib = os.environ["SOVEREIGN_FILTER_LIB"]
    env = {k: v for k, v in os.environ.items() if k not in ("SOVEREIGN_FILTER_LIB", "LD_LIBRARY_PATH")}
    env.update(PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    submit = Path(sys.executable).parent / "spark-submit"
    run = lambda path: subprocess.run([str(submit), "--master", "local[2]", "--files", lib, str(EXAMPLE), "--report",
                                       str(tmp_path / "r.json"), str(path)], capture_output=True, text=True, env=env)
    p = run(jl)
    # spark-submit passes the Python driver's stderr on to its own stdout
    msg = [l for l in (p.stdout + p.stderr).splitlines() if l.startswith("spark_audit:")]
    assert p.returncode == 65 and msg and "record 3: invalid JSON" in msg[0], msg or p.stderr[-3000:]
    jl.write_text('{"text": "mail anna@example.com"}\n{"text": "fine"}\n')
    p = run(jl)
    assert p.returncode == 1, p.stderr[-3000:]
    assert json.loads((tmp_path / "r.json").read_text())["datasets"][0]["findings"] == {"EMAIL": 1}
