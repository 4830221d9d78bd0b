"""A name the tagger missed, the owner of a named body (round 17).

"The Rollers' Acme Corps has sued ...", "The Rollers' label Acme Corps ...": the tagger labels
the owned body and leaves its owner, a capitalised plural or proper noun, unlabelled, so the
owner had no mention at all. A capitalised noun (``NNP``, ``NNPS`` or ``NNS``) with no entity
label, the possessor of a word of a named body's mention (or of a noun set before that name as
its description, "label Acme Corps"), becomes a mention of an organisation, named as written
without its article. Left alone: a noun of actors ("Workers' Acme Union": ``data/actor_words.json``),
a word the report also writes in lower case (a common noun capitalised at a sentence start), a
possessor inside a mention already, a possessor of anything but a named body.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_base import Cand, actor_noun_kind

BODY_KINDS = frozenset({"organisation", "armed_group"})
NOUN_TAGS = frozenset({"NNP", "NNPS", "NNS"})
DESCRIPTION_DEPS = frozenset({"compound", "appos"})


def possessor_mentions(adoc: AnnotatedDoc, found: list[Cand], taken: set[int]) -> list[Cand]:
    """Mentions of the unlabelled owners of the named bodies in ``found`` (see the module)."""
    toks = adoc.tokens
    bodies = [c for c in found if c.kind in BODY_KINDS and not c.pronoun and not c.generic
              and c.name[:1].isupper()]
    inside = {i for c in bodies for i in range(c.start, c.end)}
    covered = {i for c in found for i in range(c.start, c.end)} | taken
    lower = {t.text for t in toks if t.text[:1].islower()}
    out: list[Cand] = []
    for t in toks:
        if t.dep != "poss" or t.ent_type or t.tag not in NOUN_TAGS or t.i in covered:
            continue
        if not t.text[:1].isupper() or t.text.lower() in lower or actor_noun_kind(t) is not None:
            continue
        owned = toks[t.head]
        if owned.i not in inside and not (owned.dep in DESCRIPTION_DEPS and owned.head in inside
                                          and owned.pos == "NOUN"):
            continue
        s = t.i
        while s > 0 and toks[s - 1].dep == "compound" and toks[s - 1].head == t.i \
                and toks[s - 1].text[:1].isupper() and not toks[s - 1].ent_type:
            s -= 1
        out.append(Cand(s, t.i + 1, t.i, "organisation", adoc.span_text(s, t.i + 1)))
    return out
