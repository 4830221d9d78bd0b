"""Quote marks: where quoted passages are, and the live-blog headers a quote must not
take in (the first sub-concept of :mod:`sitroom.extract.quotes`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang.words import quote_pairs
from ..model import Document

Span = tuple[tuple[int, int], ...]

OPEN_QUOTES = "“«‘"
_PAIRS = quote_pairs()  # opening -> closing quotation mark, every language
CLOSE_QUOTES = "”»’"
STRAIGHT_PAIR = "''"  # two apostrophes for one straight double mark, as some newspaper texts write it
# every character the reading of quote marks stops at (anything else only moves on)
_MARKS = re.compile("[" + re.escape("".join(sorted({*_PAIRS, *_PAIRS.values(), "”", '"', "\n"})))
                    + "]|" + STRAIGHT_PAIR)


# --------------------------------------------------------------------------- quote marks


# a paragraph break: a blank line, or a line break before an indented line (a single
# line break alone is a hard-wrapped line inside the paragraph)
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n(?:[ \t]{2,}|\t)")


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages, quote marks included.

    Curly quotes pair as opening/closing; straight double quotes (``"`` or the typewriter
    pair ``''``) alternate within a paragraph. A quote left open at a paragraph end
    continues when the next paragraph opens with a quote mark (the newspaper convention
    for quotes over several paragraphs).
    """
    return list(_quote_regions(text))


@lru_cache(maxsize=4)
def _quote_regions(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`quote_regions`, computed once per text (several extractors ask for it); the
    reading jumps from one mark or line break to the next."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    closer = "”"
    i, n = 0, len(text)
    while i < n:
        hit = _MARKS.search(text, i)
        if hit is None:
            break
        i = hit.start()
        ch = text[i]
        width = len(STRAIGHT_PAIR) if text.startswith(STRAIGHT_PAIR, i) else 1
        straight = ch == '"' or width == 2
        if start is None and (ch in _PAIRS or straight):
            start, closer = i, _PAIRS.get(ch, "”")  # a straight mark also closes at ”
        elif start is not None and (ch == closer or straight):
            regions.append((start, i + width))
            start = None
        elif ch == "\n" and start is not None and _PARAGRAPH.match(text, i):
            # paragraph end inside a quote: continue only if the next paragraph opens one
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j >= n or not _reopens(text, j, text[start] == "“"):
                regions.append((start, i))
                start = None
            else:
                i = j + (len(STRAIGHT_PAIR) if text.startswith(STRAIGHT_PAIR, j) else 1)
                continue  # the re-opening mark is skipped
        i += width
    regions.extend(r for r in _headline_single_quotes(text)
                   if not any(s < r[1] and r[0] < e for s, e in regions))
    return tuple(sorted((s, e) for s, e in regions if e - s > 2))


# a passage in single quote marks, as headlines quote ("Lee Says ‘We Will Win’")
_SINGLE = re.compile(r"(?:^|(?<=[\s:(—–-]))[‘'](?=\w)[^\n‘’']*?(?:[’'](?=\w)[^\n‘’']*?)*"
                     r"(?<=[\w.!?,])[’'](?=[\s.,:;!?—–-]|$)")


def _headline_single_quotes(text: str) -> list[tuple[int, int]]:
    """Passages in single quote marks on the text's first line (a headline, where quotes
    are single by convention); an apostrophe inside a word ("don’t") is no mark."""
    end = text.find("\n")
    line = text if end < 0 else text[:end]
    return [m.span() for m in _SINGLE.finditer(line)]


def _reopens(text: str, j: int, curly: bool) -> bool:
    """The paragraph at ``j`` opens with a mark of the style (curly or straight) of the
    quote left open: a quote over paragraphs repeats its own opening mark; a curly quote
    after a paragraph opened by a straight mark that never closes (a block excerpt marked
    once per paragraph) is a new quote."""
    if curly:
        return text[j] == "“"
    return text[j] == '"' or text.startswith(STRAIGHT_PAIR, j)



# --------------------------------------------------------------------------- live-blog headers

_HEADER_TAIL = re.compile(r"[\s:\-–—]*")


def header_spans(doc: Document) -> list[tuple[int, int]]:
    """Character spans of the live-blog update headers of ``doc`` ("UPDATE 05:37 CET: "),
    each from the header's start to its entry's first word."""
    out = []
    for u in doc.updates:
        end = u.start + len(u.label)
        m = _HEADER_TAIL.match(doc.text, end)
        out.append((u.start, m.end() if m else end))
    return out


def outside_headers(headers: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The span ``start..end`` without the update headers it begins or ends in (a sentence
    split after "UPDATE 05:37" starts at the entry's first word); empty (start == end)
    when it lies inside a header."""
    for hs, he in headers:
        if hs <= start < he:
            start = min(he, end)
        if hs < end <= he:
            end = max(hs, start)
    return start, end



def _clean(text: str, s: int, e: int) -> tuple[int, int]:
    """The span ``s..e`` without the quote marks and spaces at its ends: curly marks, the
    straight ``"`` and the typewriter pair ``''`` that :func:`quote_regions` reads as one
    straight mark (round 24: "''It's a big deal,'' said Ann Lee" keeps neither pair). One
    apostrophe is no mark and stays ("the workers'"), as does a pair inside the span."""
    marks = OPEN_QUOTES + CLOSE_QUOTES + '"'
    while s < e:
        if text[s] in marks or text[s].isspace():
            s += 1
        elif text.startswith(STRAIGHT_PAIR, s, e):
            s += len(STRAIGHT_PAIR)
        else:
            break
    while e > s:
        if text[e - 1] in marks or text[e - 1].isspace():
            e -= 1
        elif text.endswith(STRAIGHT_PAIR, s, e):
            e -= len(STRAIGHT_PAIR)
        else:
            break
    return s, e

