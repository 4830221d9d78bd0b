"""Shared pieces of the ingest stage: the failure record, errors, ids and hashes."""

from __future__ import annotations

import hashlib
import os
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


@dataclass(frozen=True)
class IngestWarning:
    """Something the user should know about an input that was still read (or deliberately
    skipped): replaced undecodable bytes, a broken feed, a symbolic link not followed, a
    report split into parts. ``path`` names the file; ``message`` is one line."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def display(path: object) -> str:
    """A path as printable, storable text: bytes that are not UTF-8 in a file name (kept by
    Python as surrogates) are shown as U+FFFD instead of breaking output and SQLite."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "replace")


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
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
PRECISIONS = ("year", "month", "day", "time")


def iso_datetime(value: object) -> str | None:
    """An ISO 8601 date or datetime string for ``value``, or None if it is not a date
    (see :func:`parse_date`; a partial date stays partial: ``2023-06``)."""
    parsed = parse_date(value)
    return parsed[0] if parsed else None


def parse_date(value: object) -> tuple[str, str] | None:
    """(ISO 8601 text, precision) for a date, or None if ``value`` is not one.

    Precision is ``year`` (``2023``), ``month`` (``2023-06``, ``June 2023``), ``day``
    (``2023-06-24``, ``June 24, 2023``, ``24 juin 2023``) or ``time`` (ISO datetimes such as
    ``2023-06-24T10:05:00+02:00`` or ``...Z``, RFC 2822 ``Sat, 24 Jun 2023 10:05:00 +0200``
    as in RSS, or written dates with a time). ISO and RFC 2822 are read exactly; other
    written dates through dateparser (absolute dates only, and only with a four-digit year:
    "yesterday" or "June 24" cannot be placed). A datetime keeps its UTC offset when it has
    one (``Z`` becomes ``+00:00``).
    """
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    if _YEAR.match(s):
        return (s, "year") if s != "0000" else None
    m = _ISO_MONTH.match(s)
    if m:
        return (s, "month") if 1 <= int(m.group(2)) <= 12 and s[:4] != "0000" else None
    if _ISO_DATE.match(s):
        try:
            datetime.strptime(s, "%Y-%m-%d")
        except ValueError:
            return None
        return s, "day"
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
        return dt.isoformat(), "time"
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).isoformat(), "time"
    except (TypeError, ValueError, IndexError):
        pass
    return _written_date(s)


def _written_date(s: str) -> tuple[str, str] | None:
    if not _HAS_YEAR.search(s) or len(s) > 100:
        return None
    from dateparser.date import DateDataParser

    try:
        data = DateDataParser(settings={"PARSERS": ["absolute-time"],
                                        "RETURN_TIME_AS_PERIOD": True}).get_date_data(s)
    except (ValueError, TypeError, OverflowError, LookupError):
        return None
    dt, period = data.date_obj, data.period
    if dt is None:
        return None
    if period == "year":
        return f"{dt.year:04d}", "year"
    if period == "month":
        return f"{dt.year:04d}-{dt.month:02d}", "month"
    if period == "time":
        return dt.isoformat(), "time"
    return dt.date().isoformat(), "day"
