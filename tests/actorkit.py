"""The actors of one hand-written text, for the false-actor tests: the real small spaCy pipeline
(through the ``annotated`` fixture) and the shipped actor extractor. A case is a text, the
names that must not be actors (no actor's name contains one), the names that must stay (some
actor's name contains each) and the names that must stay exactly as written. Also the mention
and chain helpers of the coreference tests."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def names(annotated, text):
    return [m.name for m in extract_actors(annotated(text))]


def check(annotated, text, gone=(), stays=(), exact=()):
    got = names(annotated, text)
    assert not [n for n in got for g in gone if g in n], got
    assert all(any(s in n for n in got) for s in stays), got
    assert all(e in got for e in exact), got


def mention(actors, text, nth=0):
    """The ``nth`` actor mention whose text is ``text`` (the test fails naming the mentions)."""
    hits = [a for a in actors if a.text == text]
    assert len(hits) > nth, f"no mention {text!r} in {[a.text for a in actors]}"
    return hits[nth]


def chain_root(actors, m):
    """The mention the within-report chain of ``m`` ends at (its entity's head)."""
    seen = set()
    while m.coref_of is not None and id(m) not in seen:
        seen.add(id(m))
        m = actors[m.coref_of]
    return m


def token_span(adoc, words):
    """The token span (start, end) of the first run of ``words`` (split on spaces) in ``adoc``."""
    toks = [t.text for t in adoc.tokens]
    first = words.split()
    s = next(i for i in range(len(toks)) if toks[i:i + len(first)] == first)
    return s, s + len(first)
