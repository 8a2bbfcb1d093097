"""Loading libsovereign_filter.so and declaring the C ABI (include/sovereign_filter.h) for ctypes.

ctypes, not cffi: nothing to compile at install time, and ctypes releases the GIL around every foreign
call, so threads scanning with one engine run in parallel as the C ABI allows.

The library is looked up once, on first use (importing the package loads nothing):
1. the path in the environment variable SOVEREIGN_FILTER_LIB;
2. libsovereign_filter.so next to this package (a wheel that ships it, or a copy put there);
3. the system's library path (ldconfig, LD_LIBRARY_PATH) through the dynamic loader.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
from pathlib import Path
from typing import Optional

from .errors import LibraryNotFoundError

LIB_NAME = "libsovereign_filter.so"
# The header's major version: a library of another major version is refused.
HEADER_MAJOR = 0

_lock = threading.Lock()
_lib: Optional[ctypes.CDLL] = None

c_char_p = ctypes.c_char_p
c_size_t = ctypes.c_size_t
c_int = ctypes.c_int
c_void_p = ctypes.c_void_p
PP = ctypes.POINTER(c_void_p)  # an out-parameter for a handle or buffer


def _candidates() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    env = os.environ.get("SOVEREIGN_FILTER_LIB")
    if env:
        out.append(("SOVEREIGN_FILTER_LIB", env))
    here = Path(__file__).resolve().parent / LIB_NAME
    out.append(("next to the package", str(here)))
    out.append(("system library path", LIB_NAME))
    found = ctypes.util.find_library("sovereign_filter")
    if found and found != LIB_NAME:
        out.append(("ldconfig", found))
    return out


def _declare(lib: ctypes.CDLL) -> None:
    def f(name: str, restype, *argtypes) -> None:
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = list(argtypes)

    f("sf_version", c_char_p)
    f("sf_version_number", c_int)
    f("sf_status_name", c_char_p, c_int)
    f("sf_engine_new", c_int, c_char_p, c_size_t, PP, PP)
    f("sf_engine_free", None, c_void_p)
    f("sf_scan", c_int, c_void_p, c_char_p, c_size_t, PP)
    f("sf_redact", c_int, c_void_p, c_void_p, c_char_p, c_size_t, PP, PP)
    f("sf_session_new", c_void_p, c_void_p)
    f("sf_session_free", None, c_void_p)
    f("sf_restore", c_int, c_void_p, c_char_p, c_size_t, PP)
    f("sf_session_export", c_int, c_void_p, PP)
    f("sf_session_import", c_int, c_void_p, c_char_p, c_size_t, PP)
    f("sf_check_output", c_int, c_void_p, c_void_p, c_char_p, c_size_t, PP)
    f("sf_check_prompt", c_int, c_void_p, c_char_p, c_size_t, PP)
    f("sf_session_canary", c_int, c_void_p, PP)
    f("sf_session_set_system_prompt", c_int, c_void_p, c_char_p, c_size_t)
    f("sf_stream_new", c_void_p, c_void_p, c_void_p)
    f("sf_stream_push", c_int, c_void_p, c_char_p, c_size_t, PP)
    f("sf_stream_finish", c_int, c_void_p, PP, ctypes.POINTER(c_int))
    f("sf_stream_free", None, c_void_p)
    f("sf_exchange_new", c_int, c_void_p, c_void_p, c_char_p, c_size_t, PP)
    f("sf_exchange_request", c_int, c_void_p, c_char_p, c_size_t, PP)
    f("sf_exchange_header", c_int, c_void_p, c_char_p, c_size_t, c_char_p, c_size_t, PP)
    f("sf_exchange_query", c_int, c_void_p, c_char_p, c_size_t, PP)
    f("sf_exchange_reply", c_int, c_void_p, c_char_p, c_size_t, PP)
    f("sf_exchange_stream_push", c_int, c_void_p, c_char_p, c_size_t, PP)
    f("sf_exchange_stream_finish", c_int, c_void_p, PP)
    f("sf_exchange_error", c_int, c_void_p, ctypes.POINTER(c_int), PP)
    f("sf_exchange_free", None, c_void_p)
    f("sf_engine_killed", c_int, c_void_p, c_char_p, c_size_t)
    f("sf_kill_switch_set", c_int, c_void_p, c_int, c_char_p, c_size_t, c_char_p, c_size_t, c_char_p, c_size_t)
    f("sf_session_set_feature", c_int, c_void_p, c_char_p, c_size_t)
    f("sf_buffer_data", c_void_p, c_void_p)
    f("sf_buffer_len", c_size_t, c_void_p)
    f("sf_buffer_free", None, c_void_p)


def lib() -> ctypes.CDLL:
    """The loaded library (loaded and checked on first call). Raises LibraryNotFoundError."""
    global _lib
    if _lib is not None:
        return _lib
    with _lock:
        if _lib is not None:
            return _lib
        tried: list[str] = []
        for where, path in _candidates():
            if where == "next to the package" and not os.path.exists(path):
                tried.append(f"{where}: {path} (absent)")
                continue
            try:
                loaded = ctypes.CDLL(path)
            except OSError as e:
                tried.append(f"{where}: {path} ({e})")
                if where == "SOVEREIGN_FILTER_LIB":
                    # An explicit choice that fails is an error, not a reason to load another copy.
                    break
                continue
            _declare(loaded)
            major = loaded.sf_version_number() // 10000
            if major != HEADER_MAJOR:
                raise LibraryNotFoundError(
                    f"{path} is SovereignFilter {loaded.sf_version().decode()}, this binding needs major version {HEADER_MAJOR}")
            _lib = loaded
            return loaded
        raise LibraryNotFoundError(
            "libsovereign_filter.so not found. Build it (`make lib` puts it in dist/lib/) and set "
            "SOVEREIGN_FILTER_LIB to its path, copy it next to the sovereign_filter package, or install it "
            "in the system library path. Tried: " + "; ".join(tried))


def take(buf: c_void_p) -> bytes:
    """The bytes of a returned sf_buffer, which is freed."""
    if not buf:
        return b""
    L = lib()
    try:
        n = L.sf_buffer_len(buf)
        p = L.sf_buffer_data(buf)
        return ctypes.string_at(p, n) if n else b""
    finally:
        L.sf_buffer_free(buf)
