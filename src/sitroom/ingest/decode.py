"""Bytes to text: refuse empty and binary files, decode UTF-8/UTF-16 or a confident guess."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from .common import FORMATS_HINT

_TEXT_CONTROLS = set(b"\t\n\r\f\v\x1b")
_MAX_CONTROL_SHARE = 0.05  # more control bytes than this in the first 8 KB: binary
_MIN_COHERENCE = 0.2  # charset_normalizer guesses below this are not trusted
_MAX_CHAOS = 0.1

ENCODING_HINT = "convert it to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW`"


def decode(path: Path | str, data: bytes) -> str:
    """The text of a file's bytes (see :func:`decode_counted`), or InputError."""
    return decode_counted(path, data)[0]


def decode_counted(path: Path | str, data: bytes) -> tuple[str, int]:
    """The text of a file's bytes and the number of invalid bytes replaced by U+FFFD, or
    InputError naming the file.

    Requires the raw bytes. Tries UTF-8 (with or without BOM), UTF-16/32 when a BOM says so,
    UTF-16 without BOM when every other byte of mostly-ASCII text is NUL, then
    charset_normalizer's best guess if it is confident (low chaos, some language
    coherence). UTF-8 text with a few corrupt bytes (fewer invalid sequences than valid
    multi-byte characters, or at most 1 in 1,000 bytes) is decoded with the corrupt bytes
    replaced and counted, never guessed as another charset (mojibake). Raises InputError for an empty file, a binary file (NUL bytes or more than
    5% control bytes), an undecodable one, or one holding only whitespace.
    """
    name = str(path)
    if not data:
        raise InputError(name, "empty file", "remove it, or save the report's text into it")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                       (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return _non_blank(name, data.decode(codec)), 0
            except UnicodeDecodeError as exc:
                raise InputError(name, f"starts with a {codec.upper()} byte-order mark but is "
                                 f"not valid {codec.upper()} (byte {exc.start})",
                                 ENCODING_HINT) from None
    head = data[:8192]
    if b"\x00" in head:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(name, "binary file, not text (it contains NUL bytes)", FORMATS_HINT)
        return _non_blank(name, text), 0
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(head):
        raise InputError(name, "binary file, not text (mostly control characters)", FORMATS_HINT)
    try:
        return _non_blank(name, data.decode("utf-8")), 0
    except UnicodeDecodeError:
        pass
    bad = _invalid_utf8(data)
    if bad <= len(data) // 1000 or bad < len(_VALID_MULTIBYTE.findall(data)):
        text = data.decode("utf-8", "replace")
        return _non_blank(name, text), bad
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.chaos <= _MAX_CHAOS and best.coherence >= _MIN_COHERENCE:
        return _non_blank(name, str(best)), 0
    raise InputError(name, "cannot decode the text: not UTF-8 and its encoding cannot be "
                     "guessed with confidence", ENCODING_HINT)


_VALID_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _invalid_utf8(data: bytes) -> int:
    """How many invalid sequences UTF-8 decoding with replacement finds in ``data``."""
    return data.decode("utf-8", "replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NUL in (nearly) all odd bytes (little endian)
    or all even bytes (big endian), none in the others. None if it is not that."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    for codec, zeros, others in (("utf-16-le", data[1::2], data[0::2]),
                                 ("utf-16-be", data[0::2], data[1::2])):
        if zeros.count(0) >= 0.9 * half and others.count(0) == 0:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _non_blank(name: str, text: str) -> str:
    if not text.strip():
        raise InputError(name, "no text (the file holds only whitespace)",
                         "remove it, or save the report's text into it")
    return text
