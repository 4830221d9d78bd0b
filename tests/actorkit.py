"""The actors of one hand-written text, for the false-actor tests: the real small spaCy pipeline
(through the ``annotated`` fixture) and the shipped actor extractor. A case is a text, the
names that must not be actors (no actor's name contains one), the names that must stay (some
actor's name contains each) and the names that must stay exactly as written."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def names(annotated, text):
    return [m.name for m in extract_actors(annotated(text))]


def check(annotated, text, gone=(), stays=(), exact=()):
    got = names(annotated, text)
    assert not [n for n in got for g in gone if g in n], got
    assert all(any(s in n for n in got) for s in stays), got
    assert all(e in got for e in exact), got
