"""Place mentions of one hand-written sentence or paragraph, for the place tests: the real small
spaCy pipeline (through the ``annotated`` fixture) and the shipped place extractor."""

from __future__ import annotations

from sitroom.extract.places import extract_places


def places(annotated, text):
    """The place mentions of ``text`` by (text, start)."""
    return {(m.text, m.start): m for m in extract_places(annotated(text))}


def the(annotated, text, word, nth=0):
    """The place mention of ``word`` at its nth occurrence in ``text``, or None."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return places(annotated, text).get((word, start))
