"""Shared pieces of the ingest stage: the failure record, errors, ids and hashes."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from ..errors import InputError

FORMATS_HINT = (
    "sitroom reads .txt, .md, .html, RSS/Atom feeds, .jsonl and Telegram Desktop result.json files"
)


@dataclass(frozen=True)
class IngestFailure:
    """One input that could not be read: a file, or one record inside a file.

    ``path`` names the file, plus ``#line 7`` / ``#message 12`` / ``#item 3`` for a record;
    ``message`` says what is wrong (one line, without the path); ``hint`` what to do.
    """

    path: str
    message: str
    hint: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message} ({self.hint})"


def failure_of(err: InputError) -> IngestFailure:
    """The IngestFailure for an InputError (its message without the ``path: `` prefix)."""
    prefix = f"{err.path}: "
    message = err.message[len(prefix):] if err.message.startswith(prefix) else err.message
    return IngestFailure(err.path, message, err.hint or FORMATS_HINT)


def error_of(failure: IngestFailure) -> InputError:
    """The InputError for an IngestFailure (inverse of :func:`failure_of`)."""
    return InputError(failure.path, failure.message, failure.hint)


# --------------------------------------------------------------------------- ids

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-"})


def normalise_for_hash(text: str) -> str:
    """NFKC, case-folded, typographic quotes and dashes made plain, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    return " ".join(text.split())


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text: equal for texts differing only in case,
    whitespace, Unicode normal form or quote style."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()


def document_id(text: str) -> str:
    """The stable document id: the first 16 hex digits of :func:`content_hash`."""
    return content_hash(text)[:16]


# --------------------------------------------------------------------------- dates

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso_datetime(value: object) -> str | None:
    """An ISO 8601 date or datetime string for ``value``, or None if it is not a date.

    Accepts ISO strings (``2023-06-24``, ``2023-06-24T10:05:00+02:00``, ``...Z``) and
    RFC 822 dates (``Sat, 24 Jun 2023 10:05:00 +0200``, as in RSS). A date stays a date;
    a datetime keeps its UTC offset when it has one (``Z`` becomes ``+00:00``).
    """
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    if _ISO_DATE.match(s):
        try:
            datetime.strptime(s, "%Y-%m-%d")
        except ValueError:
            return None
        return s
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
    except ValueError:
        try:
            dt = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
    return dt.isoformat()
