"""What the picture's builders share (:mod:`sitroom.link.picture`): record ids, evidence
records from sentence texts, and an event mention with its arguments resolved to ids."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any, NamedTuple

from ..extract.plover import QUAD_CLASS
from ..model import CERTAINTIES, CERTAINTY_DOUBT, EventMention, Extraction
from .textsim import STOPWORDS, words

CERTAINTY_RANK = {c: len(CERTAINTIES) - 1 - d for c, d in CERTAINTY_DOUBT.items()}  # 4 = asserted
QUAD_OF = QUAD_CLASS


def _rid(prefix: str, *parts: Any) -> str:
    h = hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:10]
    return f"{prefix}:{h}"


class _Texts:
    """Sentence text lookup for evidence records."""

    def __init__(self, texts: dict[str, str], extractions: list[Extraction]):
        self.texts = texts
        self.sents = {ex.doc: ex.sentences for ex in extractions}
        # a sentence's text as evidence shows it, made once: the same sentence backs an
        # actor, its events, claims and quotes, and every record holds the one string
        self._shown: dict[tuple[str, int], tuple[int, int, str]] = {}

    def sentence(self, doc: str, sent: int) -> tuple[int, int, str]:
        sents = self.sents.get(doc) or ()
        if 0 <= sent < len(sents):
            s, e = sents[sent]
            return s, e, self.texts.get(doc, "")[s:e]
        return 0, 0, ""

    def evidence(self, doc: str, start: int, end: int, sent: int) -> dict[str, Any]:
        shown = self._shown.get((doc, sent))
        if shown is None:
            s, e, text = self.sentence(doc, sent)
            if not text:  # no such sentence: the mention's own words (not kept)
                s, e, text = start, end, self.texts.get(doc, "")[start:end]
                shown = (s, e, " ".join(text.split()))
            else:
                shown = self._shown[(doc, sent)] = (s, e, " ".join(text.split()))
        s, e, text = shown
        return {"doc": doc, "start": s, "end": e, "text": text, "sent": sent,
                "mark": [start, end]}


class _Mention(NamedTuple):
    """One event mention with its arguments resolved to the picture's ids: the report's
    extraction, the mention, and the ids of its actor, recipient and place (None if none)."""

    ex: Extraction
    event: EventMention
    actor: str | None
    recipient: str | None
    place: str | None


@lru_cache(maxsize=1 << 16)  # a picture's names repeat in thousands of sentences
def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in words(name) if w not in STOPWORDS and len(w) > 2)


def _name_sets(names: set[str]) -> tuple[frozenset[str], ...]:
    """The words of each name (stop words and short words out)."""
    sets = (_name_words(n) for n in names)
    return tuple(ws for ws in sets if ws)


def _names_shared(a: tuple[frozenset[str], ...], b: tuple[frozenset[str], ...]) -> int:
    """How many names of ``a`` have a word in common with some name of ``b``."""
    return sum(any(x & y for y in b) for x in a)
