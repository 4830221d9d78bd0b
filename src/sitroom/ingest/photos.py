"""Photo file names scraped into an article's text ("IMG_2034.jpg" before a caption, or a
social network's photo name whose underscores became spaces): page furniture, dropped at
ingest so that no digit run of a file name opens a sentence. Words: ``data/ingest_photos.json``."""

from __future__ import annotations

import json
import re
from importlib import resources

_DATA = json.loads((resources.files("sitroom") / "data" / "ingest_photos.json").read_text("utf-8"))
_EXT = "|".join(re.escape(e) for e in _DATA["extensions"])
_SIZE = "".join(re.escape(s) for s in _DATA["size_suffixes"])
_D = int(_DATA["min_digits"])
# not inside a link or a longer word: no "/", "." or word character right before or after
_PHOTO_NAME = re.compile(
    rf"(?<![\w/.@])(?:[\w-]+\.(?:{_EXT})"  # a file name with its extension
    rf"|\d{{{_D},}}(?:_\d{{{_D},}}){{2,}}(?:_[{_SIZE}])?"  # digit runs joined by underscores
    rf"|\d{{{_D},}}(?: \d{{{_D},}}){{2,}} [{_SIZE}])"  # the same, underscores lost, its size tag
    rf"(?![\w/])[ \t]*", re.I)


def drop_photo_names(text: str) -> str:
    """``text`` without the photo file names it holds (and the blanks after them)."""
    return _PHOTO_NAME.sub("", text) if any(c.isdigit() or c == "." for c in text) else text
