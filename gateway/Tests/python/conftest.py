"""Harness for the gateway's end-to-end tests with the official `openai` client (issue 14).

* `upstream`: a recording stand-in model in this process (ThreadingHTTPServer on an ephemeral port, daemon
  thread). It records every request (method, path, headers, raw body) and answers with whatever the test
  set in `upstream.mode` (a callable taking the recorded request; builders below: chat echo / fixed
  text / tool call, Responses text / tool call, arbitrary JSON, text/plain), JSON or SSE depending on
  the request's `"stream"`.
* `gateway`, `gateway_identity_header`: the sovereign-gateway binary (env SOVEREIGN_GATEWAY_BINARY) as a
  subprocess in front of the stand-in, one per test module, state directory in a tmp dir.
* `leaked()`, `assert_no_leak()`: raw and folded (alphanumerics only, lower-case) checks, over the raw
  body and over its JSON strings decoded (JSON inside JSON too), with what the upstream received printed
  on failure.
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Iterable

import openai
import pytest

HERE = Path(__file__).resolve().parent
DEFAULT_BINARY = HERE.parent.parent / ".build" / "debug" / "sovereign-gateway"
# Everything here talks to 127.0.0.1: never through a proxy from the environment (urllib, httpx2, openai).
for _k in ("NO_PROXY", "no_proxy"):
    os.environ[_k] = ",".join(x for x in ("127.0.0.1", "localhost", os.environ.get(_k, "")) if x)

NO_AUTH = {"Authorization": openai.Omit()}  # extra_headers for a request without any identity
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>")


# ----------------------------------------------------------------------------------------------------
# Leak checks


def fold(s: str) -> str:
    """Alphanumerics only, lower-case: separators, dots and escapes' backslashes cannot hide a value."""
    return "".join(c for c in s.lower() if c.isalnum())


def _json_strings(v: Any, out: list[str]) -> None:
    if isinstance(v, str):
        out.append(v)
        t = v.strip()
        if t[:1] in ("{", "[") and len(t) > 1:  # a JSON document inside a string (tool results)
            try:
                _json_strings(json.loads(t), out)
            except ValueError:
                pass
    elif isinstance(v, dict):
        for k, x in v.items():
            out.append(str(k))
            _json_strings(x, out)
    elif isinstance(v, list):
        for x in v:
            _json_strings(x, out)


def views(text: str | bytes) -> list[str]:
    """The text as received plus, if it is JSON (or SSE lines of JSON), every string in it decoded."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    out = [text]
    docs = []
    try:
        docs.append(json.loads(text))
    except ValueError:
        for line in text.splitlines():
            if line.startswith("data:"):
                try:
                    docs.append(json.loads(line[5:].strip()))
                except ValueError:
                    pass
    strings: list[str] = []
    for d in docs:
        _json_strings(d, strings)
    if strings:
        out.append("\n".join(strings))
    return out


def leaked(value: str, recorded_text: str | bytes) -> bool:
    """True if `value` occurs in `recorded_text` raw or folded (also in its decoded JSON strings)."""
    fv = fold(value)
    for v in views(recorded_text):
        if value in v or value.lower() in v.lower() or (fv and fv in fold(v)):
            return True
    return False


def assert_no_leak(values: Iterable[str], text: str | bytes, where: str, diag: str = "") -> None:
    hits = [v for v in values if leaked(v, text)]
    assert not hits, f"{where} contains {hits!r}\n--- {where} ---\n{_clip(text)}\n{diag}"


def _clip(t: str | bytes, n: int = 4000) -> str:
    if isinstance(t, bytes):
        t = t.decode("utf-8", "replace")
    return t if len(t) <= n else t[:n] + f"... [{len(t) - n} more chars]"


# ----------------------------------------------------------------------------------------------------
# The recording stand-in upstream


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    @property
    def json(self) -> Any:
        try:
            return json.loads(self.body or b"{}")
        except ValueError:
            return None

    def everything(self, brief: bool = False) -> str:
        """Request line, headers and body: all of it left the gateway (brief: without x-stainless-*)."""
        hs = "\n".join(f"{k}: {v}" for k, v in self.headers.items() if not (brief and k.startswith("x-stainless-")))
        return f"{self.method} {self.path}\n{hs}\n\n{self.text}"


@dataclass
class Reply:
    status: int = 200
    content_type: str = "application/json"
    body: bytes = b""
    events: list[bytes] | None = None  # SSE: written and flushed one by one
    event_gap: float = 0.002  # seconds between SSE events: each arrives on its own, as from a real model
    headers: dict[str, str] = field(default_factory=dict)


class Upstream:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.lock = threading.Lock()
        self.mode: Callable[[Recorded], Reply] = chat_echo()
        up = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:
                pass

            def setup(self) -> None:
                super().setup()
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _handle(self) -> None:
                n = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(n) if n else b""
                rec = Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                with up.lock:
                    up.requests.append(rec)
                    mode = up.mode
                try:
                    reply = mode(rec)
                except Exception as e:  # a harness bug: say so loudly instead of hanging the gateway
                    reply = Reply(500, body=json.dumps({"error": {"message": f"stand-in failed: {e!r}"}}).encode())
                self.send_response(reply.status)
                self.send_header("content-type", reply.content_type)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                if reply.events is None:
                    self.send_header("content-length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                    self.wfile.flush()
                    return
                self.send_header("cache-control", "no-cache")
                self.send_header("connection", "close")
                self.end_headers()
                for i, ev in enumerate(reply.events):
                    if i and reply.event_gap:
                        time.sleep(reply.event_gap)
                    self.wfile.write(ev)
                    self.wfile.flush()
                self.close_connection = True

            do_POST = do_GET = do_PUT = do_DELETE = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()
            self.mode = chat_echo()

    def posts(self) -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if r.method == "POST"]

    def last(self) -> Recorded:
        p = self.posts()
        assert p, "the upstream received no POST at all"
        return p[-1]

    def dump(self) -> str:
        with self.lock:
            reqs = list(self.requests)
        if not reqs:
            return "(the upstream received nothing)"
        return "\n".join(f"--- upstream request {i}: {_clip(r.everything(brief=True), 2500)}" for i, r in enumerate(reqs))

    def placeholders(self, rec: Recorded | None = None) -> list[str]:
        """Placeholder tokens (<EMAIL_1> ...) in what the upstream received, in order of appearance."""
        rec = rec or self.last()
        seen: list[str] = []
        for v in views(rec.body):
            for m in PLACEHOLDER.findall(v):
                if m not in seen:
                    seen.append(m)
        return seen

    def assert_no_leak(self, values: Iterable[str], requests: list[Recorded] | None = None) -> None:
        reqs = self.posts() if requests is None else requests
        assert reqs, "the upstream received nothing; expected a forwarded request"
        for i, r in enumerate(reqs):
            assert_no_leak(values, r.everything(), f"upstream request {i} ({r.method} {r.path})")


# ---- request helpers


def last_user_text(req: Any) -> str:
    """Chat `messages` or Responses `input`: the last user text (or function_call_output output)."""
    if not isinstance(req, dict):
        return ""

    def text_of(content: Any) -> str:
        if isinstance(content, str):
            return content
        if isinstance(content, list):
            return " ".join(p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
        return ""

    if "messages" in req:
        for m in reversed(req.get("messages") or []):
            if isinstance(m, dict) and m.get("role") == "user":
                return text_of(m.get("content"))
        return ""
    inp = req.get("input")
    if isinstance(inp, str):
        return inp
    if isinstance(inp, list):
        for item in reversed(inp):
            if not isinstance(item, dict):
                continue
            if item.get("type") == "function_call_output":
                out = item.get("output")
                return out if isinstance(out, str) else text_of(out)
            if item.get("role") == "user":
                return text_of(item.get("content"))
    return ""


def _text(t: str | Callable[[Recorded], str], rec: Recorded) -> str:
    return t(rec) if callable(t) else t


def pieces(s: str, n: int = 3) -> list[str]:
    """`s` cut every n UTF-8 bytes, on character boundaries."""
    out, cur, size = [], "", 0
    for ch in s:
        cur += ch
        size += len(ch.encode())
        if size >= n:
            out.append(cur)
            cur, size = "", 0
    if cur:
        out.append(cur)
    return out


def _sse(obj: Any, event: str | None = None) -> bytes:
    head = f"event: {event}\n".encode() if event else b""
    return head + b"data: " + json.dumps(obj).encode() + b"\n\n"


# ---- chat completions


def _chat(rec: Recorded, message: dict, finish: str) -> Reply:
    req = rec.json or {}
    base = {"id": "chatcmpl-1", "created": 0, "model": req.get("model", "m")}
    if not req.get("stream"):
        body = dict(base, object="chat.completion",
                    choices=[{"index": 0, "message": dict(message, role="assistant"), "finish_reason": finish}],
                    usage={"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2})
        return Reply(body=json.dumps(body).encode())
    ch = lambda delta, fin=None: _sse(dict(base, object="chat.completion.chunk",
                                           choices=[{"index": 0, "delta": delta, "finish_reason": fin}]))
    evs = [ch({"role": "assistant", "content": ""})]
    if message.get("content"):
        evs += [ch({"content": p}) for p in pieces(message["content"])]
    for i, tc in enumerate(message.get("tool_calls") or []):
        args = tc["function"]["arguments"]
        evs.append(ch({"tool_calls": [{"index": i, "id": tc["id"], "type": "function",
                                       "function": {"name": tc["function"]["name"], "arguments": ""}}]}))
        evs += [ch({"tool_calls": [{"index": i, "function": {"arguments": p}}]}) for p in pieces(args)]
    evs += [ch({}, finish), b"data: [DONE]\n\n"]
    return Reply(content_type="text/event-stream", events=evs)


def chat_echo(prefix: str = "You said: ") -> Callable[[Recorded], Reply]:
    return lambda rec: _chat(rec, {"content": prefix + last_user_text(rec.json)}, "stop")


def chat_fixed(text: str | Callable[[Recorded], str]) -> Callable[[Recorded], Reply]:
    return lambda rec: _chat(rec, {"content": _text(text, rec)}, "stop")


def chat_tool(name: str = "send_mail", args: str | Callable[[Recorded], str] | None = None) -> Callable[[Recorded], Reply]:
    """A tool call whose arguments echo the last user text (or `args`)."""
    def mode(rec: Recorded) -> Reply:
        a = _text(args, rec) if args is not None else json.dumps({"text": last_user_text(rec.json)})
        tc = {"id": "call_1", "type": "function", "function": {"name": name, "arguments": a}}
        return _chat(rec, {"content": None, "tool_calls": [tc]}, "tool_calls")
    return mode


# ---- Responses API


def response_object(req: dict, output: list, status: str = "completed", rid: str = "resp_1") -> dict:
    return {
        "id": rid, "object": "response", "created_at": 0, "status": status, "model": req.get("model", "m"),
        "instructions": req.get("instructions"), "output": output, "error": None, "incomplete_details": None,
        "metadata": {}, "parallel_tool_calls": True, "tool_choice": "auto", "tools": req.get("tools") or [],
        "temperature": 1.0, "top_p": 1.0, "text": {"format": {"type": "text"}}, "truncation": "disabled",
        "usage": {"input_tokens": 1, "output_tokens": 1, "total_tokens": 2,
                  "input_tokens_details": {"cached_tokens": 0}, "output_tokens_details": {"reasoning_tokens": 0}}
        if status == "completed" else None,
    }


def _responses(rec: Recorded, item: dict, deltas: list[tuple[str, dict]]) -> Reply:
    """`item` is the finished output item; `deltas` the SSE events between output_item.added and .done."""
    req = rec.json or {}
    rid = "resp_" + uuid.uuid4().hex  # one id per reply: previous_response_id must name one conversation
    if not req.get("stream"):
        return Reply(body=json.dumps(response_object(req, [item], rid=rid)).encode())
    seq = iter(range(10_000))
    ev = lambda t, **kw: _sse(dict({"type": t, "sequence_number": next(seq)}, **kw), t)
    started = dict(item, status="in_progress")
    if item["type"] == "message":
        started["content"] = []
    else:
        started["arguments"] = ""
    evs = [ev("response.created", response=response_object(req, [], "in_progress", rid)),
           ev("response.output_item.added", output_index=0, item=started)]
    evs += [ev(t, **kw) for t, kw in deltas]
    evs += [ev("response.output_item.done", output_index=0, item=item),
            ev("response.completed", response=response_object(req, [item], rid=rid))]
    return Reply(content_type="text/event-stream", events=evs)


def responses_text(text: str | Callable[[Recorded], str], chunk: int = 3) -> Callable[[Recorded], Reply]:
    def mode(rec: Recorded) -> Reply:
        t = _text(text, rec)
        part = {"type": "output_text", "text": t, "annotations": []}
        item = {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant", "content": [part]}
        ix = dict(item_id="msg_1", output_index=0, content_index=0)
        deltas = [("response.content_part.added", dict(ix, part=dict(part, text="")))]
        deltas += [("response.output_text.delta", dict(ix, delta=p, logprobs=[])) for p in pieces(t, chunk)]
        deltas += [("response.output_text.done", dict(ix, text=t, logprobs=[])),
                   ("response.content_part.done", dict(ix, part=part))]
        return _responses(rec, item, deltas)
    return mode


def responses_echo(prefix: str = "You said: ", chunk: int = 3) -> Callable[[Recorded], Reply]:
    return responses_text(lambda rec: prefix + last_user_text(rec.json), chunk)


def responses_tool(name: str, args: str | Callable[[Recorded], str], chunk: int = 3) -> Callable[[Recorded], Reply]:
    def mode(rec: Recorded) -> Reply:
        a = _text(args, rec)
        item = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": name, "arguments": a,
                "status": "completed"}
        ix = dict(item_id="fc_1", output_index=0)
        deltas = [("response.function_call_arguments.delta", dict(ix, delta=p)) for p in pieces(a, chunk)]
        deltas += [("response.function_call_arguments.done", dict(ix, name=name, arguments=a))]
        return _responses(rec, item, deltas)
    return mode


# ---- anything else


def json_body(obj: Any, status: int = 200) -> Callable[[Recorded], Reply]:
    return lambda rec: Reply(status, body=json.dumps(obj).encode())


def plain_text(text: str, status: int = 200) -> Callable[[Recorded], Reply]:
    return lambda rec: Reply(status, content_type="text/plain; charset=utf-8", body=text.encode())


# ----------------------------------------------------------------------------------------------------
# The gateway


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Gateway:
    def __init__(self, binary: str, upstream: Upstream, state_dir: Path, extra: list[str]) -> None:
        self.state_dir = state_dir
        self.log_path = state_dir.parent / f"{state_dir.name}.stderr"
        self.log = open(self.log_path, "wb")
        for attempt in range(3):  # another process may take the free port between our probe and its bind
            self.port = _free_port()
            self.base_url = f"http://127.0.0.1:{self.port}/v1"
            self.root = f"http://127.0.0.1:{self.port}"
            self.args = [binary, "--listen", f"127.0.0.1:{self.port}", "--upstream", upstream.url,
                         "--state-dir", str(state_dir), *extra]
            if self._start() or attempt == 2:
                break
        if self.proc.poll() is not None:
            raise RuntimeError(f"gateway exited with {self.proc.returncode}: {self.args}\n{self.stderr()}")

    def _start(self) -> bool:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SOVEREIGN_GATEWAY_")}
        self.proc = subprocess.Popen(self.args, stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(self.root + "/healthz", timeout=1) as r:
                    if r.status == 200:
                        return True
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"gateway not healthy after 30 s: {self.args}\n{self.stderr()}")
            time.sleep(0.05)

    def stderr(self) -> str:
        try:
            return _clip(self.log_path.read_text(errors="replace"), 3000)
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()

    def client(self, api_key: str | None = "key-A", **kw: Any) -> openai.OpenAI:
        """The official client, no retries. api_key=None: no identity — the client always adds
        `Authorization: Bearer <api_key>`, so each such request passes `extra_headers=NO_AUTH` (an
        explicitly omitted header, which the client then leaves out)."""
        return openai.OpenAI(base_url=self.base_url, api_key=api_key or "unused", max_retries=0, timeout=20, **kw)


def gateway_binary() -> str:
    b = os.environ.get("SOVEREIGN_GATEWAY_BINARY") or str(DEFAULT_BINARY)
    if not os.access(b, os.X_OK):
        pytest.exit(f"gateway binary not found or not executable: {b} (set SOVEREIGN_GATEWAY_BINARY)", 2)
    return b


@pytest.fixture(scope="session")
def upstream() -> Upstream:
    up = Upstream()
    yield up
    up.server.shutdown()


@pytest.fixture(autouse=True)
def _fresh_upstream(upstream: Upstream):
    upstream.reset()
    yield


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """A failed test's report also shows what the upstream received and the gateway's output."""
    rep = yield
    if rep.when == "call" and rep.failed:
        funcargs = getattr(item, "funcargs", {})
        up = funcargs.get("upstream")
        if up is not None:
            rep.sections.append(("what the upstream received", up.dump()))
        for name, v in funcargs.items():
            if isinstance(v, Gateway):
                rep.sections.append((f"{name} output", v.stderr() or "(none)"))
    return rep


@pytest.fixture(scope="module")
def start_gateway(upstream: Upstream, tmp_path_factory: pytest.TempPathFactory):
    """start_gateway(*extra_args) → Gateway, stopped at the end of the module."""
    started: list[Gateway] = []
    binary = gateway_binary()

    def start(*extra: str) -> Gateway:
        gw = Gateway(binary, upstream, tmp_path_factory.mktemp("state"), list(extra))
        started.append(gw)
        return gw

    yield start
    for gw in started:
        gw.stop()


@pytest.fixture(scope="module")
def gateway(start_gateway) -> Gateway:
    return start_gateway()


@pytest.fixture(scope="module")
def gateway_identity_header(start_gateway) -> Gateway:
    return start_gateway("--identity-header", "x-user-id")


@pytest.fixture(scope="module")
def gateway_capped(start_gateway, tmp_path_factory: pytest.TempPathFactory) -> Gateway:
    policy = tmp_path_factory.mktemp("policy") / "policy.json"
    policy.write_text(json.dumps({"max_session_values": 3}))
    return start_gateway("--policy", str(policy))
