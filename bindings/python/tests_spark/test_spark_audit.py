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


# Small local runs: a few shuffle partitions instead of 200, no web UI.
LOCAL = ["--master", "local[2]", "--conf", "spark.sql.shuffle.partitions=4", "--conf", "spark.ui.enabled=false"]


def spark(args: list[str]) -> subprocess.CompletedProcess:
    t = time.monotonic()
    p = subprocess.run([sys.executable, str(EXAMPLE), *LOCAL, *args], capture_output=True, text=True,
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

    # Parquet of the same kind of records (content strings only: one Parquet type per column)
    recs2 = records(texts, parts=False)
    pl = tmp_path / "train.parquet"
    pq.write_table(pa.Table.from_pylist(recs2), pl)
    jl2 = tmp_path / "train2.jsonl"
    # the CLI audits the same records as JSONL (the nulls a Parquet struct fills in are no texts)
    jl2.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs2))
    want2 = cli_report(cli, jl2, tmp_path)

    # one Spark run over both datasets (a JVM start is most of the time)
    rep, red = tmp_path / "spark.json", tmp_path / "redacted"
    p = spark([str(jl), str(pl), "--report", str(rep), "--redact-to", str(red)])
    assert p.returncode == 1, p.stderr[-3000:]
    doc = json.loads(rep.read_text())
    assert doc["verdict"] == "findings"
    got, got2 = doc["datasets"]
    same(got, want)
    assert got["bytes"] == want["bytes"] == jl.stat().st_size
    same(got2, want2)

    copy = tmp_path / "redacted.jsonl"
    copy.write_text("".join(f.read_text() for f in sorted((red / jl.name).glob("part-*"))))
    assert len(copy.read_text().splitlines()) == len(lines)
    again = cli_report(cli, copy, tmp_path)
    assert again["records"] == len(recs) and again["records_with_findings"] == 0, again["findings"]

    back = pq.read_table(red / pl.name).to_pylist()
    assert len(back) == len(recs2) and [r["id"] for r in back] == [r["id"] for r in recs2]
    jl3 = tmp_path / "redacted2.jsonl"
    jl3.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in back))
    again = cli_report(cli, jl3, tmp_path)
    assert again["records_with_findings"] == 0, again["findings"]


def test_spark_submit_with_shipped_library_names_a_malformed_record(tmp_path: Path):
    """spark-submit as on a cluster: the shared object shipped with --files (no SOVEREIGN_FILTER_LIB, not
    next to the package, not on the library path): the executors load it, and a malformed record stops
    the job naming it."""
    ok, bad = tmp_path / "ok.jsonl", tmp_path / "bad.jsonl"
    ok.write_text('{"text": "mail anna@example.com"}\n{"text": "fine"}\n')
    bad.write_text('{"text": "mail anna@example.com"}\n{"text": "fine"}\n{"text": oops}\n')
    lib = os.environ["SOVEREIGN_FILTER_LIB"]
    env = {k: v for k, v in os.environ.items() if k not in ("SOVEREIGN_FILTER_LIB", "LD_LIBRARY_PATH")}
    env.update(PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    submit = Path(sys.executable).parent / "spark-submit"
    p = subprocess.run([str(submit), "--master", "local[2]", "--conf", "spark.sql.shuffle.partitions=4",
                        "--conf", "spark.ui.enabled=false", "--files", lib, str(EXAMPLE), str(ok), str(bad)],
                       capture_output=True, text=True, env=env)
    # spark-submit passes the Python driver's stderr on to its own stdout
    out = [l for l in (p.stdout + p.stderr).splitlines() if l.startswith(("spark_audit:", str(ok)))]
    assert p.returncode == 65, out or p.stderr[-3000:]
    assert out[0] == f"{ok}: 2 records, 1 with findings: EMAIL 1", out  # the executors loaded the shipped object
    assert "record 3: invalid JSON" in out[1], out
