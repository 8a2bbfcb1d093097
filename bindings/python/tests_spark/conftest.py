"""The binding's fixtures (tests/conftest.py: cli, corpus), loaded under another module name."""
import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("binding_fixtures", Path(__file__).resolve().parents[1] / "tests" / "conftest.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)  # type: ignore[union-attr]
cli, corpus = _mod.cli, _mod.corpus
