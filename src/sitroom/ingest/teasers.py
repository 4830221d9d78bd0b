"""Sponsored teaser blocks dropped from a report's text (round 19).

A page scraped to text keeps an ad network's box inside the body: a label line ("Ads by X",
"Sponsored Stories") and a few clickbait headlines, the story resuming after them, often one
line break away when the page's structure was lost. Read as story text they become claims the
author asserts. A teaser is told from the story by what it shares with the rest of the
report: no name (a capitalised word other than its first) and few content words. Words and
limits: ``data/ingest_teasers.json``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources

from .. import lexicon
from .clean import normalise

_DATA = json.loads((resources.files("sitroom") / "data" / "ingest_teasers.json")
                   .read_text(encoding="utf-8"))
_LABEL = re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in sorted(
    _DATA["labels"], key=len, reverse=True)) + r")(?:\s+(?:by|from)\s+(?P<name>[^\n]{1,60}?))?"
    r"\s*[:.]?$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{4,}")
_ANY_WORD = re.compile(r"[^\W_]+")
# a capitalised word that opens no sentence: a name
_NAME = re.compile(r"(?<=\S\s)(?<![.!?:;“\"‘'—–-]\s)[A-Z][^\W\d_]{2,}")
_STOP = lexicon.words("textsim", "stopwords")


def _words(line: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(line)} - _STOP


def _names(line: str) -> set[str]:
    return {w for w in _NAME.findall(line.strip()) if w.lower() not in _STOP}


def is_label(line: str) -> bool:
    """``line`` is a sponsored block's label ("Ads by X", "Sponsored Stories")."""
    m = _LABEL.match(line.strip())
    if m is None:
        return False
    return m.group("name") is None or len(m.group("name").split()) <= _DATA["label_name_words"]


def without_teasers(text: str) -> str:
    """``text`` without its sponsored blocks (a label line and the teaser lines after it;
    after a label of one word, at least two teasers); the text itself when it has none."""
    lines = text.split("\n")
    labels = [k for k, line in enumerate(lines) if is_label(line)]
    if not labels:
        return text
    words = [_words(line) for line in lines]
    names = [_names(line) for line in lines]
    all_words = Counter(w for ws in words for w in ws)
    all_names = Counter(n for ns in names for n in ns)
    drop: set[int] = set()
    for k in labels:
        block = [k]
        j = k + 1
        while j < len(lines) and len(block) <= _DATA["max_teasers"]:
            if not lines[j].strip():
                j += 1
                continue
            out = block + [j]
            rest_words = all_words - Counter(w for b in out for w in words[b])
            rest_names = all_names - Counter(n for b in out for n in names[b])
            if not _teaser(lines[j], words[j], names[j], rest_words, rest_names):
                break
            block.append(j)
            j += 1
        if len(_ANY_WORD.findall(lines[k])) == 1 and len(block) - 1 < _DATA["one_word_label_teasers"]:
            continue  # a lone "Recommended" over one line: as likely the story's next line
        drop.update(block)
    return normalise("\n".join(line for k, line in enumerate(lines) if k not in drop))


def _teaser(line: str, words: set[str], names: set[str], rest_words: Counter, rest_names: Counter
            ) -> bool:
    if len(line.split()) > _DATA["teaser_words"] or any(rest_names[n] for n in names):
        return False
    shared = sum(1 for w in words if rest_words[w])
    return shared <= _DATA["teaser_share"] * len(words)
