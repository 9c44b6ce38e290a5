"""Domain errors. Each has a stable code (for the UI to translate and for
scripts) and a plain message; entry points print the message and exit non-zero."""

from __future__ import annotations


class MppError(Exception):
    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **details):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.details = details


class NotFound(MppError):
    code = "not_found"


class InvalidInput(MppError):
    code = "invalid_input"


class Refused(MppError):
    """The request is understood but a rule of the MPP forbids it now."""

    code = "refused"
