"""A division of a named body that the tagger gave no label (round 17).

"Acme Commercial Airplanes on Tuesday delivered ...", with "Acme" a body of the report and the
run of proper nouns untagged: no mention at all, so the body's own chain lost it. A run of
proper nouns no mention or dateline covers whose first words are the whole name of a body
the report names (without its legal form: "Acme" of "Acme Corp.") and whose other words are all ``division_words`` of
``data/coref_words.json`` ("commercial", "airplanes", "north", "america", ...) becomes a mention
of that kind; :func:`sitroom.extract.actor_chains.join_bodies` then makes it one entity with
the body, as it does a tagged division. A run with any other word ("Acme Field", "Acme Store")
is left alone.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_base import Cand
from .actor_chains import DIVISION_WORDS, _words

BODY_KINDS = frozenset({"organisation"})


def division_mentions(adoc: AnnotatedDoc, found: list[Cand], taken: set[int]) -> list[Cand]:
    """Mentions of the untagged divisions of the bodies in ``found`` (see the module)."""
    toks = adoc.tokens
    bodies = {tuple(_words(c.name)) for c in found
              if c.kind in BODY_KINDS and not c.pronoun and not c.generic and c.name[:1].isupper()}
    covered = {i for c in found for i in range(c.start, c.end)} | taken
    out: list[Cand] = []
    i = 0
    while i < len(toks):
        if toks[i].pos != "PROPN" or toks[i].ent_type or i in covered:
            i += 1
            continue
        e = i
        while e < len(toks) and toks[e].pos == "PROPN" and not toks[e].ent_type and e not in covered:
            e += 1
        words = tuple(t.text.lower() for t in toks[i:e])
        for n in range(len(words) - 1, 0, -1):
            if words[:n] in bodies and all(w in DIVISION_WORDS for w in words[n:]):
                out.append(Cand(i, e, e - 1, "organisation", adoc.span_text(i, e)))
                break
        i = e
    return out
