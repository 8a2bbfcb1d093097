"""Record-level dataset audit, the same rules as `sovereign-filter audit` (Sources/sovereign-filter/Audit):
which texts of a JSON record are scanned, how their places are named, how a redacted record is made.
Used by examples/spark_audit.py on executors; usable from any pipeline (one Engine per process).

Texts of a record without explicit fields: OpenAI's chat format if it has "messages" (each message's
content — a string or content parts — and its tool calls' arguments), else "prompt"/"completion", else
"text". A field path is names joined by "." with "[]" for every element ("messages[].content"). A path
ending on a string or number is one text, on an array its strings and content parts' "text"; null,
booleans and missing keys are no text; any other shape is an error naming the place.
"""
from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Optional, Union

from .engine import Engine, Finding

CHAT = ("messages[].content", "messages[].tool_calls[].function.arguments", "messages[].function_call.arguments")
PROMPT_COMPLETION = ("prompt", "completion")
TEXT = ("text",)
_STEP = re.compile(r"^([^.\[\]]+)((?:\[\])*)$")


class RecordError(ValueError):
    """A record that does not fit the format or its fields (the CLI's exit 65)."""


class _RawInt(int):
    raw: str


class _RawFloat(float):
    raw: str


def _raw_int(s: str) -> int:
    v = _RawInt(s)
    v.raw = s
    return v


def _raw_float(s: str) -> float:
    v = _RawFloat(s)
    v.raw = s
    return v


def parse_path(path: str) -> list[Union[str, None]]:
    """"messages[].content" -> ["messages", None, "content"] (None: every element)."""
    steps: list[Union[str, None]] = []
    for part in path.split("."):
        m = _STEP.match(part)
        if not m:
            raise ValueError(f"--field {path}: expected names joined by '.', each optionally followed by []")
        steps.append(m.group(1))
        steps.extend([None] * (len(m.group(2)) // 2))
    return steps


def default_fields(record: Mapping[str, Any]) -> Optional[tuple[str, ...]]:
    if "messages" in record:
        return CHAT
    if "prompt" in record or "completion" in record:
        return PROMPT_COMPLETION
    if "text" in record:
        return TEXT
    return None


Visit = Callable[[str, str], Optional[str]]


def _type_name(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "a boolean"
    if isinstance(v, (int, float)):
        return "a number"
    if isinstance(v, str):
        return "a string"
    if isinstance(v, list):
        return "an array"
    return "an object"


def walk(value: Any, steps: list, here: str, path: str, visit: Visit) -> Any:
    """Visits the texts `steps` selects; returns the value with replacements (or the same object)."""
    if not steps:
        return _leaf(value, here, path, visit)
    step, rest = steps[0], steps[1:]
    if value is None:
        return value
    if step is not None:
        if not isinstance(value, dict):
            raise RecordError(f"{here or 'the record'} is {_type_name(value)}, not an object with \"{step}\" (--field {path})")
        if step not in value:
            return value
        new = walk(value[step], rest, f"{here}.{step}" if here else step, path, visit)
        if new is not value[step]:
            value = dict(value)
            value[step] = new
        return value
    if not isinstance(value, list):
        raise RecordError(f"{here} is {_type_name(value)}, not an array (--field {path})")
    out, changed = [], False
    for i, x in enumerate(value):
        y = walk(x, rest, f"{here}[{i}]", path, visit)
        changed |= y is not x
        out.append(y)
    return out if changed else value


def _leaf(value: Any, here: str, path: str, visit: Visit) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        r = visit(here, value)
        return value if r is None else r
    if isinstance(value, (int, float)):
        r = visit(here, getattr(value, "raw", json.dumps(value)))
        return value if r is None else r
    if isinstance(value, list):
        out, changed = [], False
        for i, x in enumerate(value):
            name = f"{here}[{i}]"
            if isinstance(x, str):
                r = visit(name, x)
                if r is not None:
                    x, changed = r, True
            elif isinstance(x, dict):
                if "text" in x:
                    t = x["text"]
                    if not isinstance(t, str):
                        raise RecordError(f"{name}.text is {_type_name(t)}, not a string (--field {path})")
                    r = visit(name + ".text", t)
                    if r is not None:
                        x, changed = dict(x, text=r), True
            elif x is not None:
                raise RecordError(f"{name} is {_type_name(x)}, not a string or a content part (--field {path})")
            out.append(x)
        return out if changed else value
    raise RecordError(f"{here} is an object, not a text: name a string inside it (--field {path}.NAME)")


def audit_engine(policy: Union[None, Mapping[str, Any], str] = None) -> Engine:
    """An Engine as `sovereign-filter audit` builds it: JSON escapes seen through (dataset texts are
    often JSON themselves) unless the policy sets "json_escapes"."""
    p: dict = {} if policy is None else dict(json.loads(policy) if isinstance(policy, str) else policy)
    p.setdefault("json_escapes", True)
    return Engine(p)


_ENGINES: dict[Optional[str], Engine] = {}
_ENGINES_LOCK = threading.Lock()


def shared_engine(policy_json: Optional[str] = None) -> Engine:
    """One audit engine per process and policy: what a Spark executor's Python worker keeps between
    batches and tasks (this module is imported, not pickled, so its cache lives as long as the worker)."""
    e = _ENGINES.get(policy_json)
    if e is None:
        with _ENGINES_LOCK:
            e = _ENGINES.get(policy_json)
            if e is None:
                e = _ENGINES[policy_json] = audit_engine(policy_json)
    return e


@dataclass
class RecordAudit:
    """One record's findings (field, finding) and, when redacting and something was found, the redacted
    record as JSON text."""

    findings: list[tuple[str, Finding]]
    redacted: Optional[str] = None


def audit_record(engine: Engine, line: Union[str, bytes], fields: Optional[Iterable[str]] = None,
                 redact: bool = False) -> RecordAudit:
    """Audits one JSON record (a JSONL line). Raises RecordError for a malformed record."""
    try:
        record = json.loads(line, parse_int=_raw_int, parse_float=_raw_float)
    except ValueError as e:
        raise RecordError(f"invalid JSON: {e}") from None
    if not isinstance(record, dict):
        raise RecordError(f"{_type_name(record)}, not a JSON object")
    paths = tuple(fields) if fields else default_fields(record)
    if paths is None:
        raise RecordError('none of "messages", "prompt"/"completion", "text": name the texts with --field')
    found: list[tuple[str, Finding]] = []

    def visit(field: str, text: str) -> Optional[str]:
        if redact:
            r = engine.redact(text)
            if r.blocked:  # a "block" operator: the text may not leave at all; its findings from a scan
                found.extend((field, f) for f in engine.scan(text))
                return "[BLOCKED]"
            found.extend((field, f) for f in r.findings)
            return r.text if r.findings else None
        found.extend((field, f) for f in engine.scan(text))
        return None

    new = record
    for p in paths:
        new = walk(new, parse_path(p), "", p, visit)
    redacted = json.dumps(new, ensure_ascii=False) if redact and new is not record else None
    return RecordAudit(found, redacted)


def report(datasets: list[dict]) -> dict:
    """The CLI's report document for dataset entries {path, records, bytes, records_with_findings,
    findings, examples}."""
    return {"datasets": datasets, "verdict": "findings" if any(d["records_with_findings"] for d in datasets) else "clean"}
