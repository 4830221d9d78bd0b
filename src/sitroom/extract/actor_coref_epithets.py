"""Epithets are not names: "Crooked Jane Doe", "Sleepy Mark Roe", "Honest Abe Moe".

An adjective of abuse or praise written capitalised before a person's name, as a nickname, is
not part of the person's name (nor of the display name the picture shows): the actor is the
person the rest names. Used by :mod:`sitroom.extract.actor_entities` on the named entities.

Two rules, both general:

* the words of ``epithets`` in ``data/actor_names.json`` (a list of such adjectives, "Lyin'"
  with its apostrophe) before a capitalised name of two words or more, or before a name the
  report also writes without them;
* the shape rule: a capitalised word with an adjective's ending (``epithet_suffixes``: -ed,
  -ing, -ous, ...) before a full name (two words or more) that the report also writes without
  it ("Reckless Jane Doe" ... "Jane Doe said"), when the word is no title, no demonym and no
  word of another name of the report.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..model import AnnotatedDoc
from .actor_base import TITLE_WORDS, low
from .gazetteer import get_gazetteer

_NAMES = json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_names.json")
                    .read_text(encoding="utf-8"))
EPITHETS = frozenset(_NAMES["epithets"])
_SUFFIXES = tuple(_NAMES["epithet_suffixes"])
_APOSTROPHES = ("'", "’")


def _word(text: str) -> str:
    return text.lower().rstrip("'’")


def _report_names(adoc: AnnotatedDoc) -> set[str]:
    """The report's names of two words or more, as the tagger found them."""
    return {adoc.span_text(e.start, e.end) for e in adoc.ents
            if e.label in ("PERSON", "ORG") and e.end - e.start >= 2}


def written_without(adoc: AnnotatedDoc, rest: str, epithet: str) -> bool:
    """True when the report writes ``rest`` somewhere not right after ``epithet``."""
    for m in re.finditer(r"(?<![\w'’])" + re.escape(rest) + r"(?![\w])", adoc.text):
        before = adoc.text[:m.start()].rstrip()
        if not before.lower().rstrip("'’").endswith(epithet.lower().rstrip("'’")):
            return True
    return False


def _name_start(adoc: AnnotatedDoc, k: int, en: int) -> bool:
    """True when a capitalised name runs from token ``k`` to ``en``."""
    return k < en and adoc.tokens[k].text[:1].isupper() and adoc.tokens[k].text[:1].isalpha()


def skip_epithets(adoc: AnnotatedDoc, s: int, en: int) -> int:
    """The first token of the name [s, en) after the epithets that open it; ``s`` when none
    does. At least one word of the name is left."""
    toks = adoc.tokens
    k = s
    while k < en - 1:
        t = toks[k]
        if not (t.text[:1].isupper() and t.text[:1].isalpha()) or low(t) in TITLE_WORDS:
            break
        nxt = k + 1
        if nxt < en and toks[nxt].text in _APOSTROPHES and not toks[k].ws:
            nxt += 1  # "Lyin' Jane Doe"
        if not _name_start(adoc, nxt, en):
            break
        rest = adoc.span_text(nxt, en)
        epithet = adoc.span_text(k, nxt)
        word = _word(t.text)
        if word in EPITHETS:
            if not (en - nxt >= 2 or written_without(adoc, rest, epithet)):
                break
        elif not _shaped(adoc, word, t.text, rest, epithet, en - nxt):
            break
        k = nxt
    return k


def _shaped(adoc: AnnotatedDoc, word: str, text: str, rest: str, epithet: str, n_rest: int) -> bool:
    """The shape rule: an adjective's ending, before a full name written without it too."""
    if n_rest < 2 or len(word) < 6 or not word.endswith(_SUFFIXES):
        return False
    if get_gazetteer().is_demonym(text) or get_gazetteer().candidates(text):
        return False
    if any(text in n.split() for n in _report_names(adoc) if not n.endswith(rest)):
        return False  # a word of another name of the report
    return written_without(adoc, rest, epithet)


def epithet_person(adoc: AnnotatedDoc, s: int, en: int, person_names: set[str],
                   surnames: set[str]) -> tuple[int, int] | None:
    """(name start, name end) when a body or place the tagger found at [s, en) is an epithet
    and a person of the report ("Honest Abe Moe" tagged as an organisation, "Abe Moe" named
    elsewhere; "Crooked Mark" cut before the surname of "Mark Roe"); else None."""
    n = skip_epithets(adoc, s, en)
    if n == s:
        return None
    toks = adoc.tokens
    end = en
    if end < len(toks) and toks[end].text in surnames and adoc.span_text(n, end + 1) in person_names:
        end += 1  # the tagger cut the name before its surname
    rest = adoc.span_text(n, end)
    if rest in person_names or end - n >= 2 and toks[end - 1].text in surnames \
            and all(toks[k].pos == "PROPN" for k in range(n, end)):
        return n, end
    return None
