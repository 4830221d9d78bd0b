"""Library exceptions. The CLI turns each into ``Error: <message>`` plus a hint, exit 1."""

from __future__ import annotations


class SitroomError(Exception):
    """Base error: ``message`` says what went wrong, ``hint`` what to do about it."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"


class InputError(SitroomError):
    """A file or record given by the user cannot be read."""

    def __init__(self, path: str, message: str, hint: str | None = None):
        super().__init__(f"{path}: {message}", hint)
        self.path = path


class StoreError(SitroomError):
    """The database cannot be opened or is damaged."""


class ModelError(SitroomError):
    """The NLP model cannot be loaded."""
