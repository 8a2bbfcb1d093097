"""Shared fixtures for the binding's tests.

Environment (set by `make test-python`): SOVEREIGN_FILTER_LIB (dist/lib/libsovereign_filter.so),
SOVEREIGN_FILTER_CLI (the release CLI, the known answer for parity tests), SOVEREIGN_FILTER_SHARED
(the shared corpus directory).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def cli() -> str:
    p = os.environ.get("SOVEREIGN_FILTER_CLI") or str(REPO / ".build-release" / "release" / "sovereign-filter")
    if not os.access(p, os.X_OK):
        pytest.fail(f"the CLI is needed as the known answer: {p} (make cli)")
    return p


@pytest.fixture(scope="session")
def corpus() -> Path:
    p = Path(os.environ.get("SOVEREIGN_FILTER_SHARED") or REPO.parent / "shared") / "corpus" / "dev.jsonl"
    if not p.exists():
        pytest.fail(f"the shared corpus is needed: {p}")
    return p


@pytest.fixture
def state_policy(tmp_path: Path) -> dict:
    """A policy whose kill switch lives in this test's own state directory."""
    return {"state_dir": str(tmp_path / "state")}
