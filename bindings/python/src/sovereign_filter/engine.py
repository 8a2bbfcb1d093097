"""Engine, Session, output stream and protocol exchange over the C ABI.

Thread safety is the C ABI's: an Engine may be used by any number of threads at once (scan, redact,
check_prompt, sessions); a Session by one thread at a time — this binding serializes calls on one
Session with a lock, so sharing one across threads is safe, if sequential. An OutputStream and an
Exchange belong to one request and one thread.
"""
from __future__ import annotations

import ctypes
import json
import os
import threading
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional, Union

from . import _native
from .errors import InvalidUTF8Error, Status, error_for

Text = Union[str, bytes, bytearray, memoryview]
PolicyLike = Union[None, Mapping[str, Any], str, bytes, "os.PathLike[str]"]


def _bytes(text: Text) -> bytes:
    if isinstance(text, str):
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError as e:  # lone surrogates: not representable as UTF-8
            raise InvalidUTF8Error(f"the text is not valid UTF-8: {e.reason} at index {e.start}", Status.E_INVALID_UTF8) from None
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    raise TypeError(f"text must be str or bytes, not {type(text).__name__}")


def _check(status: int, what: str) -> None:
    if status != Status.OK:
        name = _native.lib().sf_status_name(status).decode("ascii", "replace")
        raise error_for(status, f"{what}: {name}")


@dataclass(frozen=True)
class Finding:
    """One finding: UTF-8 byte offsets [start, end) into the text, the entity type, the score."""

    start: int
    end: int
    type: str
    score: float

    def char_span(self, text: str) -> tuple[int, int]:
        """The same span as str indices into `text` (the str that was scanned)."""
        return char_offsets(text, [self.start, self.end])  # type: ignore[return-value]

    def value(self, text: Text) -> str:
        """The found text itself (handle with the same care as the input)."""
        b = _bytes(text)
        return b[self.start:self.end].decode("utf-8")


def char_offsets(text: str, byte_offsets: Iterable[int]) -> tuple[int, ...]:
    """Converts UTF-8 byte offsets into `text` to str indices (code points)."""
    b = text.encode("utf-8", "surrogatepass")
    return tuple(len(b[:o].decode("utf-8", "surrogatepass")) for o in byte_offsets)


def str_spans(text: str, findings: Iterable[Finding]) -> list[tuple[int, int, str]]:
    """(start, end, type) with str indices for every finding, in one pass over `text`."""
    fs = list(findings)
    if not fs:
        return []
    # Byte offset -> str index, for the offsets we need only.
    want = sorted({o for f in fs for o in (f.start, f.end)})
    pos: dict[int, int] = {}
    byte = 0
    k = 0
    for i, ch in enumerate(text):
        while k < len(want) and want[k] <= byte:
            pos[want[k]] = i
            k += 1
        byte += len(ch.encode("utf-8", "surrogatepass"))
    while k < len(want):
        pos[want[k]] = len(text)
        k += 1
    return [(pos[f.start], pos[f.end], f.type) for f in fs]


def _findings(raw: bytes) -> list[Finding]:
    if not raw:
        return []
    return [Finding(s["start"], s["end"], s["type"], float(s["score"])) for s in json.loads(raw)["spans"]]


@dataclass(frozen=True)
class Redaction:
    """The result of Engine.redact: the redacted text (None when blocked), its findings, blocked."""

    text: Optional[str]
    findings: list[Finding] = field(default_factory=list)
    blocked: bool = False


@dataclass(frozen=True)
class PromptCheck:
    """Engine.check_prompt: verdict "allow" | "block", the risk score and the rule ids that fired."""

    verdict: str
    risk: float
    rules: list[str]

    @property
    def blocked(self) -> bool:
        return self.verdict == "block"


@dataclass(frozen=True)
class OutputCheck:
    """Engine.check_output: verdict "allow" | "redact" | "block", the text to show ("" on block), reasons."""

    verdict: str
    text: str
    reasons: list[dict[str, Any]]

    @property
    def blocked(self) -> bool:
        return self.verdict == "block"


class Engine:
    """A detection engine built from a policy: None (the built-in policy), a dict, a JSON string or
    bytes, or a path (os.PathLike) to a policy file. Raises PolicyError naming the bad field.

    Safe to share between threads. Free it with close() (or a `with` block); it is freed when collected
    otherwise. Sessions, streams and exchanges keep their engine alive.
    """

    def __init__(self, policy: PolicyLike = None) -> None:
        L = _native.lib()
        if policy is None:
            data = None
        elif isinstance(policy, Mapping):
            data = json.dumps(policy).encode("utf-8")
        elif isinstance(policy, str):
            data = policy.encode("utf-8")
        elif isinstance(policy, (bytes, bytearray)):
            data = bytes(policy)
        elif isinstance(policy, os.PathLike):
            with open(policy, "rb") as fh:
                data = fh.read()
        else:
            raise TypeError(f"policy must be None, a dict, a JSON str/bytes or a path, not {type(policy).__name__}")
        out = ctypes.c_void_p()
        err = ctypes.c_void_p()
        st = L.sf_engine_new(data, len(data) if data else 0, ctypes.byref(out), ctypes.byref(err))
        message = _native.take(err).decode("utf-8", "replace")
        if st != Status.OK:
            raise error_for(st, message or "the policy was refused")
        self._h: Optional[int] = out.value
        self._L = L

    # -- lifetime

    @property
    def handle(self) -> int:
        if not self._h:
            raise ValueError("the engine is closed")
        return self._h

    def close(self) -> None:
        """Frees the engine (sessions and streams still using it keep it alive in the library)."""
        h, self._h = self._h, None
        if h:
            self._L.sf_engine_free(h)

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass

    # -- detection

    def scan(self, text: Text) -> list[Finding]:
        """PII, secrets, deny-list terms and custom patterns in `text`, as UTF-8 byte offsets (sorted,
        non-overlapping). Use Finding.char_span or str_spans for str indices."""
        b = _bytes(text)
        out = ctypes.c_void_p()
        st = self._L.sf_scan(self.handle, b, len(b), ctypes.byref(out))
        raw = _native.take(out)
        _check(st, "scan")
        return _findings(raw)

    def redact(self, text: Text, session: Optional["Session"] = None) -> Redaction:
        """Replaces each finding by its policy operator. With a session the default is pseudonymize
        (<EMAIL_1>, restorable with session.restore); without one, redact ([EMAIL]). A "block" operator
        gives Redaction(text=None, blocked=True). Raises SessionFullError, DisabledError, ..."""
        b = _bytes(text)
        out, fj = ctypes.c_void_p(), ctypes.c_void_p()
        if session is not None:
            session._check_engine(self)
            with session._lock:
                st = self._L.sf_redact(self.handle, session.handle, b, len(b), ctypes.byref(out), ctypes.byref(fj))
        else:
            st = self._L.sf_redact(self.handle, None, b, len(b), ctypes.byref(out), ctypes.byref(fj))
        text_out, raw = _native.take(out), _native.take(fj)
        if st == Status.BLOCKED:
            return Redaction(None, [], True)
        _check(st, "redact")
        return Redaction(text_out.decode("utf-8"), _findings(raw), False)

    # -- guards

    def check_prompt(self, text: Text) -> PromptCheck:
        """Scores a customer prompt for injection and extraction attempts."""
        b = _bytes(text)
        out = ctypes.c_void_p()
        st = self._L.sf_check_prompt(self.handle, b, len(b), ctypes.byref(out))
        raw = _native.take(out)
        _check(st, "check_prompt")
        d = json.loads(raw)
        return PromptCheck(d["verdict"], float(d["risk"]), list(d.get("rules", [])))

    def check_output(self, text: Text, session: Optional["Session"] = None) -> OutputCheck:
        """Checks a model reply before the customer sees it (restores the session's pseudonyms, redacts
        foreign PII, blocks secrets and canaries). Show `.text`, never the input."""
        b = _bytes(text)
        out = ctypes.c_void_p()
        if session is not None:
            session._check_engine(self)
            with session._lock:
                st = self._L.sf_check_output(self.handle, session.handle, b, len(b), ctypes.byref(out))
        else:
            st = self._L.sf_check_output(self.handle, None, b, len(b), ctypes.byref(out))
        raw = _native.take(out)
        _check(st, "check_output")
        d = json.loads(raw)
        return OutputCheck(d["verdict"], d.get("text", ""), list(d.get("reasons", [])))

    def stream(self, session: Optional["Session"] = None) -> "OutputStream":
        """A streaming output check (push chunks of a model reply as they arrive)."""
        return OutputStream(self, session)

    # -- sessions

    def session(self) -> "Session":
        """A new, empty pseudonym vault for one conversation."""
        return Session(self)

    def import_session(self, sealed: Union[str, bytes]) -> "Session":
        """Opens a vault sealed by Session.export (InvalidArgumentError if tampered or foreign)."""
        return Session.import_(self, sealed)

    # -- kill switch

    def is_disabled(self, feature: Optional[str] = None) -> bool:
        """True when the kill switch is on globally or for `feature`."""
        f = feature.encode("utf-8") if feature else None
        return bool(self._L.sf_engine_killed(self.handle, f, len(f) if f else 0))

    def set_kill_switch(self, on: bool, feature: Optional[str] = None, reason: str = "", by: str = "") -> None:
        """Turns the kill switch on or off, globally (feature None) or for one feature."""
        f = feature.encode("utf-8") if feature else None
        r, w = reason.encode("utf-8"), by.encode("utf-8")
        st = self._L.sf_kill_switch_set(self.handle, 1 if on else 0, f, len(f) if f else 0, r, len(r), w, len(w))
        _check(st, "kill switch")

    # -- the OpenAI protocol

    def exchange(self, session: "Session", path: str) -> "Exchange":
        """One model call filtered as the gateway filters it (see sovereign_filter.httpx)."""
        return Exchange(self, session, path)


class Session:
    """A pseudonym vault for one conversation (keep one per logged-in customer and conversation)."""

    def __init__(self, engine: Engine, _handle: Optional[int] = None) -> None:
        self.engine = engine  # keeps the Python engine object alive as long as the session
        self._L = engine._L
        self._lock = threading.RLock()
        if _handle is None:
            _handle = engine._L.sf_session_new(engine.handle)
            if not _handle:
                raise error_for(Status.E_NOMEM, "sf_session_new failed")
        self._h: Optional[int] = _handle

    @classmethod
    def import_(cls, engine: Engine, sealed: Union[str, bytes]) -> "Session":
        """Opens a sealed vault (Session.export) for `engine`."""
        b = sealed.encode("ascii") if isinstance(sealed, str) else bytes(sealed)
        out = ctypes.c_void_p()
        st = engine._L.sf_session_import(engine.handle, b, len(b), ctypes.byref(out))
        _check(st, "session import")
        return cls(engine, out.value)

    @property
    def handle(self) -> int:
        if not self._h:
            raise ValueError("the session is closed")
        return self._h

    def _check_engine(self, engine: Engine) -> None:
        if engine is not self.engine:
            raise error_for(Status.E_INVALID_ARGUMENT, "the session belongs to another engine")

    def close(self) -> None:
        with self._lock:
            h, self._h = self._h, None
            if h:
                self._L.sf_session_free(h)

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass

    def redact(self, text: Text) -> Redaction:
        """engine.redact(text, session=self): pseudonymizes with this vault."""
        return self.engine.redact(text, self)

    def restore(self, text: Text) -> str:
        """Puts the original values back for this session's pseudonyms (<EMAIL_1>, ...)."""
        b = _bytes(text)
        out = ctypes.c_void_p()
        with self._lock:
            st = self._L.sf_restore(self.handle, b, len(b), ctypes.byref(out))
        raw = _native.take(out)
        _check(st, "restore")
        return raw.decode("utf-8")

    def export(self) -> str:
        """The vault sealed (ChaCha20-Poly1305), printable ASCII, for a session store."""
        out = ctypes.c_void_p()
        with self._lock:
            st = self._L.sf_session_export(self.handle, ctypes.byref(out))
        raw = _native.take(out)
        _check(st, "session export")
        return raw.decode("ascii")

    def set_feature(self, name: str) -> None:
        """The feature this session belongs to (kill switch, inference log)."""
        b = name.encode("utf-8")
        with self._lock:
            _check(self._L.sf_session_set_feature(self.handle, b, len(b)), "set_feature")

    def canary(self) -> str:
        """A new canary marker for the system prompt; a reply containing it is blocked."""
        out = ctypes.c_void_p()
        with self._lock:
            st = self._L.sf_session_canary(self.handle, ctypes.byref(out))
        raw = _native.take(out)
        _check(st, "canary")
        return raw.decode("ascii")

    def set_system_prompt(self, text: Text) -> None:
        """Registers the system prompt: a reply echoing 32 bytes of it is blocked."""
        b = _bytes(text)
        with self._lock:
            _check(self._L.sf_session_set_system_prompt(self.handle, b, len(b)), "set_system_prompt")


class OutputStream:
    """Streaming output check: push() returns what is safe to show now; finish() the rest and the
    verdict. A BlockedError from either means: stop and show a refusal (nothing unsafe came before)."""

    def __init__(self, engine: Engine, session: Optional[Session] = None) -> None:
        self.engine, self.session = engine, session
        self._L = engine._L
        if session is not None:
            session._check_engine(engine)
        self._h: Optional[int] = self._L.sf_stream_new(engine.handle, session.handle if session else None)
        if not self._h:
            feature_off = engine.is_disabled()
            raise error_for(Status.E_DISABLED if feature_off or session is not None else Status.E_NOMEM,
                            "sf_stream_new refused: the kill switch is on (or memory is exhausted)")

    def _lock(self):
        return self.session._lock if self.session is not None else _NoLock

    def push(self, chunk: Text) -> str:
        b = _bytes(chunk)
        out = ctypes.c_void_p()
        with self._lock():
            st = self._L.sf_stream_push(self._handle(), b, len(b), ctypes.byref(out))
        raw = _native.take(out)
        _check(st, "stream push")
        return raw.decode("utf-8")

    def finish(self) -> tuple[str, str]:
        """The rest of the text and the verdict ("allow" | "redact" | "block")."""
        out = ctypes.c_void_p()
        v = ctypes.c_int(0)
        with self._lock():
            st = self._L.sf_stream_finish(self._handle(), ctypes.byref(out), ctypes.byref(v))
        raw = _native.take(out)
        _check(st, "stream finish")
        return raw.decode("utf-8"), ("allow", "redact", "block")[v.value]

    def _handle(self) -> int:
        if not self._h:
            raise ValueError("the stream is closed")
        return self._h

    def close(self) -> None:
        h, self._h = self._h, None
        if h:
            self._L.sf_stream_free(h)

    def __enter__(self) -> "OutputStream":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass


class _NoLockType:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: Any) -> None:
        return None


_NoLock = _NoLockType()


class Exchange:
    """One OpenAI-protocol model call (sf_exchange_*): request body, headers, query in; reply (whole
    or SSE) out. After a failing step (an exception), error() gives the HTTP status and body to answer
    with. Used by one thread; calls are serialized on the session's lock."""

    def __init__(self, engine: Engine, session: Session, path: str) -> None:
        session._check_engine(engine)
        self.engine, self.session = engine, session
        self._L = engine._L
        p = path.encode("utf-8")
        out = ctypes.c_void_p()
        _check(self._L.sf_exchange_new(engine.handle, session.handle, p, len(p), ctypes.byref(out)), "exchange")
        self._h: Optional[int] = out.value

    def _call(self, fn: str, data: bytes, what: str) -> bytes:
        out = ctypes.c_void_p()
        with self.session._lock:
            st = getattr(self._L, fn)(self._handle(), data, len(data), ctypes.byref(out))
        raw = _native.take(out)
        _check(st, what)
        return raw

    def request(self, body: bytes) -> bytes:
        """The request body → the body to send upstream."""
        return self._call("sf_exchange_request", bytes(body), "request")

    def header(self, name: str, value: str) -> Optional[str]:
        """A request header → the value to send, or None: do not send it."""
        n, v = name.encode("latin-1"), value.encode("utf-8", "surrogateescape")
        out = ctypes.c_void_p()
        with self.session._lock:
            st = self._L.sf_exchange_header(self._handle(), n, len(n), v, len(v), ctypes.byref(out))
        present = bool(out.value)
        raw = _native.take(out)
        _check(st, "header")
        return raw.decode("utf-8") if present else None

    def query(self, query: str) -> str:
        """The query string (without "?") → the one to send."""
        return self._call("sf_exchange_query", query.encode("utf-8"), "query").decode("utf-8")

    def reply(self, body: bytes) -> bytes:
        """A whole reply body → what the client may see."""
        return self._call("sf_exchange_reply", bytes(body), "reply")

    def stream_push(self, data: bytes) -> bytes:
        """Upstream SSE bytes (any split) → the events that may be sent now."""
        return self._call("sf_exchange_stream_push", bytes(data), "stream")

    def stream_finish(self) -> bytes:
        """The rest of the events at the end of the upstream body."""
        out = ctypes.c_void_p()
        with self.session._lock:
            st = self._L.sf_exchange_stream_finish(self._handle(), ctypes.byref(out))
        raw = _native.take(out)
        _check(st, "stream finish")
        return raw

    def error(self) -> tuple[int, bytes]:
        """After a failed step: (HTTP status, OpenAI-style error body or the SSE events ending a stream)."""
        code = ctypes.c_int(0)
        out = ctypes.c_void_p()
        st = self._L.sf_exchange_error(self._handle(), ctypes.byref(code), ctypes.byref(out))
        raw = _native.take(out)
        _check(st, "exchange error")
        return code.value, raw

    def _handle(self) -> int:
        if not self._h:
            raise ValueError("the exchange is closed")
        return self._h

    def close(self) -> None:
        h, self._h = self._h, None
        if h:
            self._L.sf_exchange_free(h)

    def __enter__(self) -> "Exchange":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass
