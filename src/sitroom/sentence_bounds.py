"""Where sentences must start, read from the text alone (no NLP): the
boundaries :mod:`sitroom.annotate` sets before the parser runs. The limits are data
(``data/lexicon/sentences.json``).

- A line break ends a sentence before a line opening with a capitalised word that opens
  sentences ("The", "He", "In"; not a name), or after a label (a line of capitalised words:
  scraped text's section labels, captions, headlines on a line of their own), unless the
  text is hard-wrapped (most of its single line breaks fall after a long line that does not end a
  sentence: the break is then a wrap inside a sentence).
"""

from __future__ import annotations

import re

from . import lexicon

_LINE = re.compile(r"(?<=[^\n])\n[ \t]*(?=[A-Z])")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SINGLE = re.compile(r"(?<=[^\n])\n(?=[^\n])")


def _limit(name: str) -> float:
    return float(lexicon.table("sentences", "limits")[name])


def hard_wrapped(text: str) -> bool:
    """Whether most single line breaks of ``text`` wrap a long line inside a sentence."""
    ends = tuple(lexicon.word_list("sentences", "sentence_end"))
    breaks = [m.start() for m in _SINGLE.finditer(text)]
    if len(breaks) < _limit("hard_wrap_min_breaks"):
        return False
    wraps = 0
    for at in breaks:
        line = text[text.rfind("\n", 0, at) + 1:at].rstrip()
        if len(line) >= _limit("hard_wrap_min_line") and not line.endswith(ends):
            wraps += 1
    return wraps >= _limit("hard_wrap_share") * len(breaks)


def _label(line: str) -> bool:
    """A line of capitalised words only (a section label, a caption, a headline)."""
    names = _WORD.findall(line)
    return bool(names) and all(w[0].isupper() for w in names)


def line_starts(text: str) -> frozenset[int]:
    """Character offsets of lines that open a sentence: after a single line break, a line
    opening with a capitalised word that opens sentences, or any capitalised line after a
    label (none in a hard-wrapped text)."""
    if "\n" not in text or hard_wrapped(text):
        return frozenset()
    openers = lexicon.words("sentences", "openers")
    out = set()
    for m in _LINE.finditer(text):
        first = _WORD.match(text, m.end())
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if (first and first.group().lower() in openers) or _label(before):
            out.add(m.end())
    return frozenset(out)
