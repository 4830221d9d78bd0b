"""Text cleaning: normalisation, unwrapping of hard-wrapped text, Markdown and HTML to text.

The cleaned text is what every later offset refers to. Conventions: paragraphs are separated
by one blank line (``"\\n\\n"``), lines carry no leading or trailing blanks, and runs of
spaces are single spaces.
"""

from __future__ import annotations

import re
import unicodedata

from .photos import drop_photo_names

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[^\S\n]+")  # whitespace other than newlines
_BLANK_RUNS = re.compile(r"\n{3,}")
_SENTENCE_END = re.compile(r"""[.!?…:;]["'”’»)\]]*$""")
_BULLET = re.compile(r"^(?:[-*+•–]\s+|\d{1,3}[.)]\s+)")
_WORD_END = re.compile(r"[^\W\d_]-$")  # "long-" at a line end


def normalise(text: str) -> str:
    """NFC, Unix newlines, no invisible characters, single spaces, trimmed lines, paragraphs
    separated by at most one blank line, no photo file names (:mod:`.photos`). Line structure
    is otherwise kept."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = drop_photo_names(text.translate(_INVISIBLE))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def clean_text(text: str, header: re.Pattern[str] | None = None) -> str:
    """Plain text cleaned: :func:`unwrap` if it is hard-wrapped, then :func:`normalise`.

    ``header`` (optional) matches lines that always start a paragraph (live-blog headers).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    lines = text.split("\n")
    if is_hard_wrapped(lines):
        text = unwrap(lines, header)
    return normalise(text)


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line.rstrip()))


def is_hard_wrapped(lines: list[str]) -> bool:
    """True if the lines look broken at a fixed width rather than at paragraph ends.

    Requires at least 4 non-blank lines, a width (90th percentile of line lengths) between
    40 and 110 characters, and at least a third of the lines running on into the next line
    without ending a sentence, those lines being mostly near the width (median at least 60%
    of it), as lines broken by a fixed width are and short list items are not.
    """
    body = [ln.strip() for ln in lines if ln.strip()]
    if len(body) < 4:
        return False
    lengths = sorted(len(ln) for ln in body)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not 40 <= width <= 110:
        return False
    running_on = sorted(len(a.strip()) for a, b in zip(lines, lines[1:])
                        if a.strip() and b.strip() and not ends_sentence(a))
    return (len(running_on) >= len(body) / 3
            and running_on[len(running_on) // 2] >= 0.6 * width)


def unwrap(lines: list[str], header: re.Pattern[str] | None = None) -> str:
    """Hard-wrapped lines joined into paragraphs separated by blank lines.

    A paragraph starts at a blank line, an indented line (relative to the least indented
    one), a bullet, a ``header`` line, or after a short line (under 60% of the usual width)
    that ends a sentence. A blank line or indentation between a line that does not end a
    sentence and one that starts in lower case is a stray break, not a paragraph start; so
    is a blank line before an unindented line when indentation marks the paragraphs. A line ending in
    ``word-`` followed by a word is joined without a space, keeping the hyphen
    ("long-\\ntime" -> "long-time"); other lines are joined with one space.
    """
    body = [ln for ln in lines if ln.strip()]
    indent = min(len(ln) - len(ln.lstrip()) for ln in body)
    widths = sorted(len(ln.strip()) for ln in body)
    width = widths[int(0.9 * (len(widths) - 1))]
    indented_starts = sum(1 for ln in body if len(ln) - len(ln.lstrip()) > indent)
    paragraphs: list[str] = []
    current = ""
    previous = ""  # last non-blank line (stripped)
    blank = False
    for raw in lines:
        line = raw.strip()
        if not line:
            blank = True
            continue
        indented = len(raw) - len(raw.lstrip()) > indent
        starts = False
        if current:
            run_on = not ends_sentence(previous) and line[0].islower()
            if blank:
                # where indentation marks paragraphs, an unindented line continues one
                starts = not (run_on or (not ends_sentence(previous) and not indented
                                         and indented_starts >= 2))
            else:
                starts = ((indented and not run_on)
                          or bool(_BULLET.match(line))
                          or bool(header and header.match(line))
                          or (ends_sentence(previous) and len(previous) < 0.6 * width))
        if starts:
            paragraphs.append(current)
            current = line
        else:
            current = _join(current, line)
        previous, blank = line, False
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _join(left: str, right: str) -> str:
    if not left:
        return right
    if _WORD_END.search(left) and right[:1].isalpha():
        return left + right
    return f"{left} {right}"


# --------------------------------------------------------------------------- HTML fragments

_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "pre", "table", "tr", "section", "article", "header", "footer", "figure",
               "figcaption", "dd", "dt", "hr", "aside", "main"}
_PARA = "\u2029"  # markers used while flattening: paragraph, line break
_LINE = "\u2028"
_WS = re.compile(r"\s+")


def html_to_text(html: str) -> str:
    """The visible text of an HTML page or fragment: block elements become paragraphs,
    ``<br>`` a line break; scripts, styles, navigation and comments are dropped. Empty
    string if there is no text."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template|//head|//nav|//comment()"):
        bad.drop_tree()
    for el in root.iter():
        el.text = _WS.sub(" ", el.text) if el.text else el.text
        el.tail = _WS.sub(" ", el.tail) if el.tail else el.tail
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag == "br":
            el.tail = _LINE + (el.tail or "")
        elif tag in _BLOCK_TAGS:
            el.text = _PARA + (el.text or "")
            el.tail = _PARA + (el.tail or "")
    text = root.text_content().replace(_LINE, "\n")
    return normalise(re.sub(f"\\s*{_PARA}[\\s{_PARA}]*", "\n\n", text))
