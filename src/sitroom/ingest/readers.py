"""Format readers: decoded file text to Records (cleaned text + the file's own metadata).

Each reader returns a list of :class:`Record` and :class:`IngestFailure` (a bad record inside
a file), or raises InputError when the whole file is unusable.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Callable

from .. import timeval
from ..errors import InputError
from .clean import clean_text, html_to_text, normalise
from .common import FORMATS_HINT, IngestFailure, IngestWarning, iso_datetime
from .markdown import markdown_to_text
from .updates import HEADER

CONTAINER_KINDS = ("rss", "telegram", "jsonl")  # files holding many reports


@dataclass(frozen=True)
class Record:
    """One report read from a file, before user metadata and ids are applied."""

    text: str  # cleaned
    kind: str
    source: str
    own: dict[str, Any] = field(default_factory=dict)  # title, outlet, author, published, ...
    extra: dict[str, str] = field(default_factory=dict)  # goes to Document.meta


Result = list["Record | IngestFailure | IngestWarning"]


def reader_for(path: Path, text: str) -> Callable[[str, str], Result]:
    """The reader for a file, from its extension, else from its first characters."""
    ext = path.suffix.lower()
    if ext in (".md", ".markdown"):
        return read_markdown
    if ext in (".html", ".htm", ".xhtml"):
        return read_html
    if ext in (".rss", ".atom"):
        return read_feed
    if ext in (".jsonl", ".ndjson"):
        return read_jsonl
    if ext == ".json":
        return read_json
    if ext == ".txt":
        return read_text
    head = text.lstrip()[:2000]
    if head.startswith("<"):
        if re.search(r"<(?:rss|feed|rdf:RDF)\b", head):
            return read_feed
        if re.search(r"<(?:html|body|head|p|div|article)\b", head, re.I):
            return read_html
        raise InputError(str(path), "XML that is neither an RSS/Atom feed nor HTML",
                         FORMATS_HINT)
    if head.startswith(("{", "[")):
        return read_json
    return read_text


def read_text(source: str, text: str) -> Result:
    """Plain text, unwrapped if hard-wrapped. A headline-like first paragraph (one line of
    at most 15 words not ending in . ! ?, followed by more text) gives the title; it stays
    in the text."""
    body = _require_text(source, clean_text(text, HEADER))
    first, sep, _ = body.partition("\n\n")
    own = {}
    if sep and "\n" not in first and len(first.split()) <= 15 and not re.search(
            r"""[.!?]["'”’]?$""", first) and not HEADER.match(first):
        own["title"] = first
    return [Record(body, "text", source, own)]


def read_markdown(source: str, text: str) -> Result:
    """Markdown: light syntax stripped, a leading ``# Title`` (or front matter) as metadata."""
    body, meta = markdown_to_text(text, HEADER)
    return [Record(_require_text(source, body), "markdown", source, _own(meta))]


def read_html(source: str, text: str) -> Result:
    """An HTML page through trafilatura (text, title, author, date, site name, url); the
    page's own ``article:published_time``-style tags give a full datetime when present.
    Falls back to all visible text when trafilatura finds no article body."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, favor_recall=True, include_comments=False,
            include_tables=True,
            # dates from markup only: a free-text search turns "Copyright 2024" into 2024-01-01
            date_extraction_params={"extensive_search": False, "original_date": True})
    except (ValueError, TypeError, AttributeError):
        doc = None
    found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    body = (found.get("text") or "").replace("\n", "\n\n")
    if not body.strip():
        body = html_to_text(text)
    body = normalise(body)
    title = _one_line(found.get("title"))
    if title and body.startswith(title + "\n"):
        body = body[len(title):].lstrip()
    if not body.strip():
        raise InputError(source, "no readable text in the HTML",
                         "save the page after it has loaded, or give its text as a .txt file")
    own = {
        "title": title,
        "author": _one_line(found.get("author")),
        "outlet": _one_line(found.get("sitename")),
        "url": found.get("url") or None,
        "published": _page_datetime(text) or iso_datetime(found.get("date")),
        "language": found.get("language") or None,
    }
    return [Record(body, "html", source, own)]


_TIME_TAGS = re.compile(
    r"""<meta\s[^>]*(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|"""
    r"""og:published_time|datePublished|pubdate|publishdate|date|dc\.date|dcterms\.created)"""
    r"""["'][^>]*>""", re.I)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.I)


def _page_datetime(html: str) -> str | None:
    for tag in _TIME_TAGS.finditer(html[:50000]):
        content = _CONTENT.search(tag.group(0))
        iso = iso_datetime(content.group(1)) if content else None
        if iso:
            return iso
    return None


_XML_ENCODING = re.compile(r"""(<\?xml[^>]*encoding\s*=\s*["'])[^"']*(["'])""")
FEED_HINT = "give a well-formed RSS 2.0 or Atom file (check it opens in a feed reader)"


def read_feed(source: str, text: str) -> Result:
    """RSS/Atom via feedparser: one Record per item (title, link, published, author, content
    or summary HTML as text), outlet = the feed's title; source ``path#item-N``."""
    import feedparser

    # bytes, so feedparser never takes the text for a URL or file name; the text is UTF-8 now
    xml = _XML_ENCODING.sub(r"\1utf-8\2", text, count=1).encode("utf-8")
    parsed = feedparser.parse(xml)
    if not parsed.entries:
        why = parsed.get("bozo_exception")
        raise InputError(source, f"not a readable RSS/Atom feed ({why})" if why else
                         "the feed has no items", FEED_HINT)
    outlet = _one_line(parsed.feed.get("title"))
    out: Result = []
    if parsed.get("bozo"):
        why = " ".join(str(parsed.get("bozo_exception") or "malformed XML").split())[:200]
        out.append(IngestWarning(source, f"the feed is not well formed ({why}); its "
                                 f"{len(parsed.entries)} readable items were read"))
    for n, entry in enumerate(parsed.entries, 1):
        content = entry.get("content")
        markup = content[0].get("value", "") if content else entry.get("summary", "")
        body = html_to_text(markup) if "<" in markup else normalise(markup)
        if not body:
            out.append(IngestFailure(f"{source}#item {n}", "the item has no text",
                                     "give the item a description or content"))
            continue
        own = {"title": _one_line(entry.get("title")), "url": entry.get("link") or None,
               "author": _feed_author(entry.get("author")), "outlet": outlet,
               "published": iso_datetime(entry.get("published") or entry.get("updated"))}
        extra = {"guid": entry["id"]} if entry.get("id") else {}
        out.append(Record(body, "rss", f"{source}#item-{n}", own, extra))
    return out


def _feed_author(value: Any) -> str | None:
    """RSS ``<author>`` is "email (Name)": keep the name."""
    name = _one_line(value)
    m = re.match(r"^\S+@\S+\s*\((.+)\)$", name or "")
    return m.group(1).strip() if m else name


TELEGRAM_HINT = ("give the result.json of one channel, exported with Telegram Desktop "
                 "(Export chat history, format: machine-readable JSON)")


def read_json(source: str, text: str) -> Result:
    """A ``.json`` file: a Telegram Desktop channel export (an object with "messages"), or
    a list of report objects with "text" (read like JSON Lines records)."""
    data = _parse_json(source, text)
    if isinstance(data, list):
        return [_json_record(f"{source}#record {i}", f"{source}#record-{i}", item)
                for i, item in enumerate(data, 1)]
    return read_telegram(source, data)


def read_telegram(source: str, data: Any) -> Result:
    """A Telegram Desktop export: each non-empty message of type "message" is a Record
    (outlet = channel name, published = its date, source ``path#message-ID``)."""
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        found = (f"an object with keys {', '.join(sorted(map(str, data))[:6])}"
                 if isinstance(data, dict) else f"a JSON {type(data).__name__}")
        if isinstance(data, dict) and "chats" in data:
            found = "a whole-account export"
        raise InputError(source, f'not a Telegram channel export: expected an object with '
                         f'"name" and a "messages" list, found {found}', TELEGRAM_HINT)
    channel = data.get("name") if isinstance(data.get("name"), str) else None
    out: Result = []
    for i, msg in enumerate(data["messages"], 1):
        if not isinstance(msg, dict):
            out.append(IngestFailure(f"{source}#message {i}", "not a message object",
                                     TELEGRAM_HINT))
            continue
        if msg.get("type", "message") != "message":
            continue
        ident = msg.get("id", i)
        try:
            body = clean_text(_telegram_text(msg.get("text", "")), HEADER)
        except TypeError:
            out.append(IngestFailure(f"{source}#message {ident}", '"text" is neither a string '
                                     'nor a list of strings and {"type", "text"} parts',
                                     TELEGRAM_HINT))
            continue
        if not body:
            continue
        sender = msg.get("from") if msg.get("from") != channel else None  # groups: the member
        own = {"outlet": channel, "published": timeval.zoned(msg.get("date_unixtime"), msg.get(
                   "date")) or iso_datetime(msg.get("date")),
               "author": _one_line(msg.get("author") or sender)}
        extra = {"message_id": str(ident)}
        if data.get("id") is not None:
            extra["channel_id"] = str(data["id"])
        if isinstance(msg.get("forwarded_from"), str):
            extra["forwarded_from"] = msg["forwarded_from"]
        out.append(Record(body, "telegram", f"{source}#message-{ident}", own, extra))
    return out


def _telegram_text(text: Any) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        parts = []
        for part in text:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
            else:
                raise TypeError(part)
        return "".join(parts)
    raise TypeError(text)


JSONL_HINT = 'each line must be one JSON object with a "text" string; fix or remove that line'
_RECORD_FIELDS = ("title", "url", "outlet", "published", "language", "author")


def read_jsonl(source: str, text: str) -> Result:
    """JSON Lines: one Record per non-blank line (source ``path#line-N``); a bad line is an
    IngestFailure ``path#line N`` and the good lines are kept."""
    out: Result = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}#line {n}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(IngestFailure(where, f"not valid JSON: {exc.msg} (column {exc.colno})",
                                     JSONL_HINT))
            continue
        out.append(_json_record(where, f"{source}#line-{n}", item))
    if not out:
        raise InputError(source, "no records (only blank lines)", JSONL_HINT)
    return out


def _json_record(where: str, source: str, item: Any) -> Record | IngestFailure:
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return IngestFailure(where, 'not an object with a "text" string', JSONL_HINT)
    body = clean_text(item["text"], HEADER)
    if not body:
        return IngestFailure(where, '"text" is empty', JSONL_HINT)
    own = {k: item[k] for k in _RECORD_FIELDS if isinstance(item.get(k), str)}
    if "published" in own:
        own["published"] = iso_datetime(own["published"])
    extra = {k: v if isinstance(v, str) else json.dumps(v)
             for k, v in item.items() if k not in _RECORD_FIELDS and k != "text" and v is not None}
    return Record(body, "jsonl", source, own, extra)


def _parse_json(source: str, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"not valid JSON: {exc.msg} at line {exc.lineno} column "
                         f"{exc.colno}", "fix the file, or export it again") from None


def _require_text(source: str, text: str) -> str:
    if not text:
        raise InputError(source, "no text after cleaning", "give the report's text")
    return text


def _own(meta: dict[str, str]) -> dict[str, Any]:
    own: dict[str, Any] = dict(meta)
    if "published" in own:
        own["published"] = iso_datetime(own["published"])
    return own


def _one_line(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
