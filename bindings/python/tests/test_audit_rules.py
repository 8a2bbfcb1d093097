"""sovereign_filter.audit (the rules the Spark audit runs on executors) gives what `sovereign-filter
audit` gives: the same texts, field names, offsets and counts, the same redacted records, the same
errors for malformed records."""
from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from sovereign_filter.audit import RecordError, audit_record, parse_path, report, shared_engine


def chat_records(texts: list[str]) -> list[dict]:
    out = []
    for n, i in enumerate(range(0, len(texts) - 1, 2), 1):
        if n % 4 == 0:
            out.append({"prompt": texts[i], "completion": texts[i + 1], "n": 7})
            continue
        user = [{"type": "text", "text": texts[i]}] if n % 4 == 1 else texts[i]
        msgs = [{"role": "user", "content": user}]
        if n % 4 == 2:
            msgs.append({"role": "assistant", "content": None, "tool_calls": [
                {"id": "c", "type": "function", "function": {"name": "f", "arguments": json.dumps({"q": texts[i + 1]})}}]})
        else:
            msgs.append({"role": "assistant", "content": texts[i + 1]})
        out.append({"messages": msgs, "weight": 1.5})
    return out


def cli_audit(cli: str, path: Path, *extra: str) -> tuple[int, dict | None, str]:
    rep = path.with_suffix(".report.json")
    p = subprocess.run([cli, "audit", "--examples", "100000000", "--report", str(rep), *extra, str(path)], capture_output=True)
    return p.returncode, (json.loads(rep.read_text()) if p.returncode in (0, 1) else None), p.stderr.decode()


def test_python_rules_equal_cli(cli, corpus, tmp_path: Path):
    texts = [json.loads(l)["text"] for l in corpus.read_text().splitlines()][:2000]
    recs = chat_records(texts)
    ds = tmp_path / "train.jsonl"
    ds.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
    code, rep, err = cli_audit(cli, ds)
    assert code == 1, err
    want = rep["datasets"][0]

    engine = shared_engine(None)
    assert shared_engine(None) is engine  # one per process and policy
    counts: Counter = Counter()
    examples, dirty = [], 0
    for n, line in enumerate(ds.read_text().splitlines(), 1):
        a = audit_record(engine, line)
        dirty += bool(a.findings)
        for field, f in a.findings:
            counts[f.type] += 1
            examples.append({"record": n, "field": field, "type": f.type, "start": f.start, "end": f.end})
    got = {"path": str(ds), "records": len(recs), "bytes": ds.stat().st_size, "records_with_findings": dirty,
           "findings": dict(sorted(counts.items())), "examples": examples}
    assert report([got]) == rep


def test_python_redaction_equals_cli(cli, corpus, tmp_path: Path):
    texts = [json.loads(l)["text"] for l in corpus.read_text().splitlines()][2000:2600]
    ds = tmp_path / "train.jsonl"
    ds.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chat_records(texts)))
    red = tmp_path / "red.jsonl"
    cli_audit(cli, ds, "--redact-to", str(red))
    engine = shared_engine(None)
    for line, cli_line in zip(ds.read_text().splitlines(), red.read_text().splitlines()):
        a = audit_record(engine, line, redact=True)
        assert json.loads(a.redacted or line) == json.loads(cli_line)


def test_fields_numbers_and_errors_like_cli(cli, tmp_path: Path):
    engine = shared_engine(None)
    line = json.dumps({"meta": {"notes": "call +49 151 23456789"}, "card": 4111111111111111, "text": "x"})
    a = audit_record(engine, line, ["meta.notes", "card"])  # a number is scanned as its digits
    assert [(f, x.type) for f, x in a.findings] == [("meta.notes", "PHONE"), ("card", "CREDIT_CARD")]
    bad = {
        '["a list"]': "an array, not a JSON object",
        '{"messages": {"role": "user"}}': "messages is an object, not an array",
        '{"messages": [{"role": "user", "content": {"a": 1}}]}': "messages[0].content is an object, not a text",
        '{"messages": [{"content": [{"type": "text", "text": 5}]}]}': "messages[0].content[0].text is a number, not a string",
        '{"id": 1}': 'none of "messages", "prompt"/"completion", "text"',
    }
    for i, (rec, msg) in enumerate(bad.items()):
        with pytest.raises(RecordError) as e:
            audit_record(engine, rec)
        assert msg in str(e.value)
        ds = tmp_path / f"bad{i}.jsonl"
        ds.write_text(rec + "\n")
        code, _, err = cli_audit(cli, ds)
        assert code == 65 and msg in err, err
    with pytest.raises(ValueError):
        parse_path("a[b]")
    assert parse_path("messages[].tool_calls[].function.arguments") == ["messages", None, "tool_calls", None, "function", "arguments"]
