"""In-process protection for httpx-based model clients (the official `openai` client among them).

    import httpx, openai
    from sovereign_filter import Engine
    from sovereign_filter.httpx import FilteringTransport

    engine = Engine()
    client = openai.OpenAI(http_client=httpx.Client(transport=FilteringTransport(engine)))
    async_client = openai.AsyncOpenAI(http_client=httpx.AsyncClient(transport=FilteringTransport(engine)))

Every request goes through the core's OpenAI-protocol filter (sf_exchange_*, the same rules as
sovereign-gateway and the PHP middleware): every string of the body pseudonymized with the
conversation's vault, the customer's text prompt-checked, headers and query filtered; every reply
restored and output-checked, SSE streams event by event. A refused step never reaches the model (or
the caller): the caller gets the OpenAI-style error the gateway would send (400 sovereign_filter_blocked,
503 ai_disabled, ...), so the openai client raises its usual APIStatusError.

Works with `httpx` and with `httpx2` (the HTTP library of openai 3.x; the same API): each request is
answered with the classes of the library it came from.

The vault: `session=` one Session for every call of this transport (one client per customer
conversation), or `session_for=` a callable that picks the Session for a request (e.g. from your own
request context). Never key it on anything the shopper can choose.
"""
from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any, AsyncIterator, Callable, Iterator, Optional

from .engine import Engine, Exchange, Session
from .errors import SovereignFilterError


def _http_modules() -> list[ModuleType]:
    out = []
    for name in ("httpx2", "httpx"):
        try:
            out.append(importlib.import_module(name))
        except ImportError:
            pass
    if not out:
        raise ImportError("sovereign_filter.httpx needs httpx or httpx2 (pip install httpx)")
    return out


_MODULES = _http_modules()
# Subclassing every available library's transport bases keeps isinstance checks of either happy.
_BASES = tuple(b for m in _MODULES for b in (m.BaseTransport, m.AsyncBaseTransport))


def _module_of(request: Any) -> ModuleType:
    """httpx or httpx2: the library `request` belongs to."""
    return sys.modules[type(request).__module__.split(".")[0]]

__all__ = ["FilteringTransport", "AsyncFilteringTransport"]

# Reply headers passed back to the client; everything else (cookies, upstream internals) stays behind.
_REPLY_HEADERS = ("x-request-id", "openai-processing-ms", "openai-version", "openai-organization", "retry-after")
_USER_AGENT = "sovereign-filter-python/0.1"


class FilteringTransport(*_BASES):  # type: ignore[misc]
    """An httpx transport (sync and async) that filters each model call through SovereignFilter.

    engine: the Engine (its policy, kill switch and log apply).
    session: the conversation's vault (default: a new Session for this transport), or
    session_for: a callable request -> Session (wins over session).
    transport / async_transport: the transports that really send (default: HTTPTransport() /
    AsyncHTTPTransport() of the request's library).
    feature: the session's feature name for the kill switch and log (set on sessions this transport makes).
    """

    def __init__(self, engine: Engine, session: Optional[Session] = None, *,
                 session_for: Optional[Callable[[Any], Session]] = None,
                 transport: Any = None,
                 async_transport: Any = None,
                 feature: Optional[str] = None) -> None:
        self.engine = engine
        if session is None and session_for is None:
            session = engine.session()
            if feature:
                session.set_feature(feature)
        self.session = session
        self.session_for = session_for
        self._transport = transport
        self._async_transport = async_transport

    # -- the request half, shared by sync and async

    def _session(self, request: Any) -> Session:
        if self.session_for is not None:
            return self.session_for(request)
        assert self.session is not None
        return self.session

    def _prepare(self, request: Any, body: bytes) -> tuple[Exchange, Any, Any]:
        """The filtered request to send, or the error response to answer with at once."""
        hx = _module_of(request)
        ex = self.engine.exchange(self._session(request), request.url.path)
        try:
            headers: list[tuple[str, str]] = []
            for name, value in request.headers.multi_items():
                n = name.lower()
                if n in ("host", "content-length", "content-type", "user-agent", "accept-encoding", "connection",
                         "transfer-encoding"):
                    continue  # ours (set below), or transport plumbing httpx sets itself
                v = ex.header(name, value)
                if v is not None:
                    headers.append((name, v))
            out_body = ex.request(body) if body else b""
            query = request.url.query.decode("ascii") if request.url.query else ""
            if query:
                query = ex.query(query)
        except SovereignFilterError:
            return ex, None, self._error_response(ex, request)
        headers.append(("user-agent", _USER_AGENT))
        headers.append(("accept-encoding", "identity"))
        if body:
            headers.append(("content-type", "application/json"))
        url = request.url.copy_with(query=query.encode("ascii") if query else None)
        sent = hx.Request(request.method, url, headers=headers, content=out_body if body else None,
                             extensions=request.extensions)
        return ex, sent, None

    @staticmethod
    def _error_response(ex: Exchange, request: Any) -> Any:
        try:
            status, body = ex.error()
        except SovereignFilterError:
            status, body = 500, b'{"error":{"message":"filter error","type":"sovereign_filter","code":"filter_error","param":null}}'
        ex.close()
        return _module_of(request).Response(status, headers={"content-type": "application/json"}, content=body, request=request)

    @staticmethod
    def _is_sse(response: Any) -> bool:
        return response.headers.get("content-type", "").split(";")[0].strip().lower() == "text/event-stream"

    @staticmethod
    def _reply_headers(response: Any, content_type: str) -> list[tuple[str, str]]:
        out = [("content-type", content_type)]
        for k, v in response.headers.multi_items():
            if k.lower() in _REPLY_HEADERS or k.lower().startswith("x-ratelimit-"):
                out.append((k, v))
        return out

    def _whole(self, ex: Exchange, request: Any, response: Any, body: bytes) -> Any:
        try:
            out = ex.reply(body)
        except SovereignFilterError:
            return self._error_response(ex, request)
        ex.close()
        return _module_of(request).Response(response.status_code, headers=self._reply_headers(response, "application/json"),
                              content=out, request=request)

    # -- sync

    def handle_request(self, request: Any) -> Any:
        hx = _module_of(request)
        if self._transport is None:
            self._transport = hx.HTTPTransport()
        body = request.read()
        ex, sent, refused = self._prepare(request, body)
        if refused is not None:
            return refused
        assert sent is not None
        try:
            response = self._transport.handle_request(sent)
        except BaseException:
            ex.close()
            raise
        if self._is_sse(response):
            return hx.Response(response.status_code, headers=self._reply_headers(response, "text/event-stream"),
                               stream=_streams(hx)[0](ex, response), request=request)
        try:
            data = response.read()
        finally:
            response.close()
        return self._whole(ex, request, response, data)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    # -- async

    async def handle_async_request(self, request: Any) -> Any:
        hx = _module_of(request)
        if self._async_transport is None:
            self._async_transport = hx.AsyncHTTPTransport()
        body = await request.aread()
        ex, sent, refused = self._prepare(request, body)
        if refused is not None:
            return refused
        assert sent is not None
        try:
            response = await self._async_transport.handle_async_request(sent)
        except BaseException:
            ex.close()
            raise
        if self._is_sse(response):
            return hx.Response(response.status_code, headers=self._reply_headers(response, "text/event-stream"),
                               stream=_streams(hx)[1](ex, response), request=request)
        try:
            data = await response.aread()
        finally:
            await response.aclose()
        return self._whole(ex, request, response, data)

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()


# The same class serves httpx.AsyncClient; the alias reads better there.
AsyncFilteringTransport = FilteringTransport


_STREAMS: dict[str, tuple[type, type]] = {}


def _streams(hx: ModuleType) -> tuple[type, type]:
    """The sync and async filtered byte streams for one HTTP library (its Response checks the base class)."""
    if hx.__name__ in _STREAMS:
        return _STREAMS[hx.__name__]

    class _FilteredStream(hx.SyncByteStream):  # type: ignore[name-defined]
        """An SSE reply passed event by event through the exchange; a refusal mid-stream ends it with the
        error event(s) the exchange gives, and nothing after."""

        def __init__(self, ex: Exchange, response: Any) -> None:
            self.ex, self.response = ex, response

        def __iter__(self) -> Iterator[bytes]:
            try:
                try:
                    for chunk in self.response.iter_raw():
                        out = self.ex.stream_push(chunk)
                        if out:
                            yield out
                    out = self.ex.stream_finish()
                    if out:
                        yield out
                except SovereignFilterError:
                    _, events = self.ex.error()
                    if events:
                        yield events
            finally:
                self.close()

        def close(self) -> None:
            self.response.close()
            self.ex.close()


    class _AsyncFilteredStream(hx.AsyncByteStream):  # type: ignore[name-defined]
        def __init__(self, ex: Exchange, response: Any) -> None:
            self.ex, self.response = ex, response

        async def __aiter__(self) -> AsyncIterator[bytes]:
            try:
                try:
                    async for chunk in self.response.aiter_raw():
                        out = self.ex.stream_push(chunk)
                        if out:
                            yield out
                    out = self.ex.stream_finish()
                    if out:
                        yield out
                except SovereignFilterError:
                    _, events = self.ex.error()
                    if events:
                        yield events
            finally:
                await self.aclose()

        async def aclose(self) -> None:
            await self.response.aclose()
            self.ex.close()

    _STREAMS[hx.__name__] = (_FilteredStream, _AsyncFilteredStream)
    return _STREAMS[hx.__name__]
