"""Markdown reports to text, parsed by markdown-it-py (CommonMark, with GFM tables and
strikethrough): the text of every block becomes a paragraph, inline markup goes (links keep
their text, images and HTML tags go), and a table is kept as text, one row a line with its
cells between `` | ``. A leading ``# Title`` and YAML-style front matter give metadata."""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .clean import _join, normalise

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_META_KEYS = {"title": "title", "author": "author", "date": "published", "published": "published",
              "outlet": "outlet", "source": "outlet", "url": "url", "language": "language",
              "lang": "language"}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _front_matter(md: str) -> tuple[str, dict[str, str]]:
    """(the text after the front matter, its metadata)."""
    meta: dict[str, str] = {}
    front = _FRONT.match(md)
    if not front:
        return md, meta
    for line in front.group(1).split("\n"):
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        value = value.strip().strip("\"'")
        if sep and value and key in _META_KEYS:
            meta[_META_KEYS[key]] = value
    return md[front.end():], meta


def _lines(inline: Token) -> list[str]:
    """The plain text of an inline token, one string per source line (soft breaks)."""
    lines = [""]
    for t in inline.children or ():
        if t.type in ("text", "code_inline"):
            lines[-1] += t.content
        elif t.type in ("softbreak", "hardbreak"):
            lines.append("")
    return [" ".join(line.split()) for line in lines]


def _paragraphs(inline: Token, header: re.Pattern[str] | None) -> list[str]:
    """An inline block as paragraphs: its lines joined (soft wraps), a new paragraph at each
    line that ``header`` matches (a live-blog entry header)."""
    out = [""]
    for line in _lines(inline):
        if not line:
            continue
        if header is not None and out[-1] and header.match(line):
            out.append(line)
        else:
            out[-1] = _join(out[-1], line)
    return out


def markdown_to_text(md: str, header: re.Pattern[str] | None = None
                     ) -> tuple[str, dict[str, str]]:
    """Markdown to (cleaned text, metadata).

    A leading ``# Title`` becomes metadata ``title`` and leaves the text; YAML-style front
    matter (``---`` / ``key: value`` / ``---``) gives title, author, date/published, outlet,
    url, language. Headings, paragraphs, list items, quotes, table rows and the lines of code
    blocks become their own paragraphs; rules, reference definitions and HTML tags go. Lines
    matching ``header`` (live-blog headers) start a paragraph.
    """
    md = md.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    md, meta = _front_matter(md)
    blocks: list[str] = []
    row: list[str] | None = None
    heading = 0
    tokens = _parser().parse(md)
    for t in tokens:
        if t.type == "heading_open":
            heading = int(t.tag[1])
        elif t.type == "heading_close":
            heading = 0
        elif t.type == "tr_open":
            row = []
        elif t.type == "tr_close":
            if row and any(row):
                blocks.append(" | ".join(row))
            row = None
        elif t.type == "inline" and row is not None:
            row.append(" ".join(_lines(t)).strip())
        elif t.type == "inline" and heading:
            text = " ".join(x for x in _lines(t) if x)
            if heading == 1 and "title" not in meta and not any(blocks):
                meta["title"] = text
            else:
                blocks.append(text)
        elif t.type == "inline":
            blocks += _paragraphs(t, header)
        elif t.type in ("fence", "code_block"):
            blocks += [line.strip() for line in t.content.split("\n")]
        elif t.type == "html_block":
            blocks.append(" ".join(_TAG.sub(" ", t.content).split()))
    text = "\n\n".join(b for b in blocks if b.strip())
    return normalise(text), meta
