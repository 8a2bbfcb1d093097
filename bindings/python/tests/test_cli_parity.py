"""The binding finds exactly what the CLI finds, on every text of the shared corpus (both settings of
json_escapes), and audit's counts equal the binding's on the same texts."""
from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from sovereign_filter import Engine


@pytest.mark.parametrize("escapes", [False, True], ids=["plain", "json_escapes"])
def test_scan_equals_cli_on_corpus(cli, corpus, tmp_path: Path, escapes: bool):
    texts = [json.loads(l)["text"] for l in corpus.read_text().splitlines()]
    policy = {"json_escapes": escapes}
    pol = tmp_path / "policy.json"
    pol.write_text(json.dumps(policy))
    data = "".join(json.dumps({"text": t}) + "\n" for t in texts)
    p = subprocess.run([cli, "scan", "--jsonl", "--policy", str(pol), "-"], input=data.encode(), capture_output=True, check=True)
    want = [[(s["start"], s["end"], s["type"], s["score"]) for s in json.loads(l)["spans"]] for l in p.stdout.decode().splitlines()]
    e = Engine(policy)
    got = [[(f.start, f.end, f.type, f.score) for f in e.scan(t)] for t in texts]
    assert len(got) == len(want) == len(texts)
    diffs = [(i, g, w) for i, (g, w) in enumerate(zip(got, want)) if g != w]
    assert not diffs, f"{len(diffs)} texts differ, first: {diffs[0]}"
    assert sum(map(len, got)) > 1000  # the corpus is full of findings: the comparison means something


def test_audit_counts_equal_binding(cli, corpus, tmp_path: Path):
    texts = [json.loads(l)["text"] for l in corpus.read_text().splitlines()][:1500]
    ds = tmp_path / "prompts.jsonl"
    ds.write_text("".join(json.dumps({"prompt": texts[i], "completion": texts[i + 1]}) + "\n" for i in range(0, len(texts), 2)))
    rep = tmp_path / "r.json"
    subprocess.run([cli, "audit", "--report", str(rep), str(ds)], capture_output=True)
    r = json.loads(rep.read_text())["datasets"][0]
    e = Engine({"json_escapes": True})  # audit sees through JSON escapes, as scan --jsonl
    counts: Counter = Counter()
    dirty = 0
    for i in range(0, len(texts), 2):
        fs = e.scan(texts[i]) + e.scan(texts[i + 1])
        counts.update(f.type for f in fs)
        dirty += bool(fs)
    assert r["findings"] == dict(counts)
    assert r["records_with_findings"] == dirty and r["records"] == len(texts) // 2
