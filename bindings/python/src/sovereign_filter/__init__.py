"""SovereignFilter for Python: find and remove customer PII, secrets and confidential terms before an
LLM (or a fine-tuning platform) sees them.

    from sovereign_filter import Engine
    engine = Engine()                       # or Engine({"deny_list": ["Project Falcon"]})
    engine.scan("mail anna@example.com")    # [Finding(start=5, end=21, type='EMAIL', score=...)]
    engine.redact("mail anna@example.com").text   # 'mail [EMAIL]'

A ctypes binding of the C ABI (include/sovereign_filter.h): the shared object is found through
SOVEREIGN_FILTER_LIB, next to this package, or on the system library path (see _native).
`sovereign_filter.httpx.FilteringTransport` protects httpx-based model clients (openai) in process.
"""
from __future__ import annotations

from .engine import (Engine, Exchange, Finding, OutputCheck, OutputStream, PromptCheck, Redaction, Session,
                     char_offsets, str_spans)
from .errors import (BlockedError, DisabledError, InternalError, InvalidArgumentError, InvalidUTF8Error,
                     LibraryNotFoundError, LimitError, OutOfMemoryError, PolicyError, RegionError, SessionFullError,
                     SovereignFilterError, Status, TooLargeError)

__version__ = "0.1.0"


def library_version() -> str:
    """The loaded shared object's version ("0.1.0")."""
    from . import _native
    return _native.lib().sf_version().decode("ascii")


__all__ = [
    "Engine", "Session", "Finding", "Redaction", "PromptCheck", "OutputCheck", "OutputStream", "Exchange",
    "char_offsets", "str_spans", "library_version", "Status", "SovereignFilterError", "LibraryNotFoundError",
    "BlockedError", "InvalidArgumentError", "InvalidUTF8Error", "PolicyError", "LimitError", "TooLargeError",
    "DisabledError", "OutOfMemoryError", "InternalError", "SessionFullError", "RegionError",
]
