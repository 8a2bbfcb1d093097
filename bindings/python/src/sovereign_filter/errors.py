"""Exceptions mirroring the C ABI's sf_status values (include/sovereign_filter.h).

Every failing call raises one of them and returns no text (fail closed). The class of a status is in
STATUS_ERRORS; `status` and `status_name` say which one it was.
"""
from __future__ import annotations

from enum import IntEnum


class Status(IntEnum):
    """sf_status, in the header's order (index == value)."""

    OK = 0
    BLOCKED = 1
    E_INVALID_ARGUMENT = 2
    E_INVALID_UTF8 = 3
    E_POLICY = 4
    E_LIMIT = 5
    E_TOO_LARGE = 6
    E_DISABLED = 7
    E_NOMEM = 8
    E_INTERNAL = 9
    E_SESSION_FULL = 10
    E_REGION = 11


class SovereignFilterError(Exception):
    """Base class: a call failed with `status`; no text was returned."""

    status: Status = Status.E_INTERNAL

    def __init__(self, message: str, status: "Status | int | None" = None) -> None:
        super().__init__(message)
        if status is not None:
            try:
                self.status = Status(status)
            except ValueError:
                self.status = Status.E_INTERNAL

    @property
    def status_name(self) -> str:
        return "SF_" + self.status.name


class LibraryNotFoundError(SovereignFilterError, ImportError):
    """libsovereign_filter.so could not be found or loaded (see sovereign_filter._native)."""


class BlockedError(SovereignFilterError):
    """SF_BLOCKED: a policy operator (or a guard) says the text must not be sent."""
    status = Status.BLOCKED


class InvalidArgumentError(SovereignFilterError, ValueError):
    """SF_E_INVALID_ARGUMENT: a missing value, a tampered or foreign sealed session, not JSON."""
    status = Status.E_INVALID_ARGUMENT


class InvalidUTF8Error(SovereignFilterError, ValueError):
    """SF_E_INVALID_UTF8: the text is not valid UTF-8 (a str with lone surrogates included)."""
    status = Status.E_INVALID_UTF8


class PolicyError(SovereignFilterError, ValueError):
    """SF_E_POLICY: the policy is malformed or a custom regex is refused; the message names the field."""
    status = Status.E_POLICY


class LimitError(SovereignFilterError):
    """SF_E_LIMIT: a pattern hit its match/depth/heap limit; the text was not fully scanned."""
    status = Status.E_LIMIT


class TooLargeError(SovereignFilterError, ValueError):
    """SF_E_TOO_LARGE: the text exceeds the policy's max_input_bytes."""
    status = Status.E_TOO_LARGE


class DisabledError(SovereignFilterError):
    """SF_E_DISABLED: the kill switch is on for this feature (or globally)."""
    status = Status.E_DISABLED


class OutOfMemoryError(SovereignFilterError, MemoryError):
    """SF_E_NOMEM."""
    status = Status.E_NOMEM


class InternalError(SovereignFilterError):
    """SF_E_INTERNAL: a bug or an unexpected failure inside the library (an unwritable log too)."""
    status = Status.E_INTERNAL


class SessionFullError(SovereignFilterError):
    """SF_E_SESSION_FULL: the session's vault would exceed max_session_values; start a new session."""
    status = Status.E_SESSION_FULL


class RegionError(SovereignFilterError):
    """SF_E_REGION: a sealed session of another region (policy "region"); refused even under the same key."""
    status = Status.E_REGION


STATUS_ERRORS: dict[Status, type[SovereignFilterError]] = {
    Status.BLOCKED: BlockedError,
    Status.E_INVALID_ARGUMENT: InvalidArgumentError,
    Status.E_INVALID_UTF8: InvalidUTF8Error,
    Status.E_POLICY: PolicyError,
    Status.E_LIMIT: LimitError,
    Status.E_TOO_LARGE: TooLargeError,
    Status.E_DISABLED: DisabledError,
    Status.E_NOMEM: OutOfMemoryError,
    Status.E_INTERNAL: InternalError,
    Status.E_SESSION_FULL: SessionFullError,
    Status.E_REGION: RegionError,
}


def error_for(status: int, message: str = "") -> SovereignFilterError:
    """The exception for a non-OK status."""
    try:
        s = Status(status)
    except ValueError:
        return InternalError(message or f"unknown status {status}", Status.E_INTERNAL)
    cls = STATUS_ERRORS.get(s, InternalError)
    return cls(message or f"SF_{s.name}", s)
