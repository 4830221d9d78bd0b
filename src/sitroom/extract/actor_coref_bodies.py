"""A body's description and its name as one entity (round 16), for
:func:`sitroom.extract.actor_nominals.add_links`.

* :func:`owner_start`: a description written before a body's name is one mention with the name
  and with the named body it is of ("Acme parent Bolt", "Acme's rival Bolt": from "Acme"), as a
  body named before a person's title is in the person's mention; the names keep their own
  mentions inside.
* :func:`described_before`: a phrase mention of a body that a name stands in apposition with,
  written before it ("the band's record company, Acme Corps"), is that named body.

Words in ``data/coref_words.json`` (``description_heads``, ``nominal_heads``).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..model import AnnotatedDoc
from .actor_base import POSSESSIVE, Cand, named
from .actor_chains import BODY_KINDS

_CW = json.loads((Path(__file__).resolve().parent.parent / "data" / "coref_words.json")
                 .read_text(encoding="utf-8"))
DESCRIPTION_HEADS = frozenset(_CW["description_heads"]) | frozenset(_CW["nominal_heads"])


def described_before(adoc: AnnotatedDoc, cands: list[Cand], body: Cand) -> Cand | None:
    """The phrase mention of a body that ``body``'s name stands in apposition with, written
    before it ("the band's record company, Acme Corps", "the firm's parent, Acme"): a common
    noun of ``DESCRIPTION_HEADS``, itself no name; None when there is none."""
    toks = adoc.tokens
    h = toks[body.head]
    if h.dep != "appos" or h.head >= body.start:
        return None
    return next((o for o in cands if o.head == h.head and not o.pronoun and o is not body
                 and o.kind in BODY_KINDS and o.end <= body.start and not named(toks[o.head])
                 and toks[o.head].lemma.lower() in DESCRIPTION_HEADS), None)


def owner_start(adoc: AnnotatedDoc, cands: list[Cand], a: int, d: int) -> int:
    """Where a description written before a body's name starts once the named body it is of
    is counted in ("Acme parent Bolt", "Acme's rival Bolt": from "Acme"), as a body named
    before a person's title is in the person's mention; ``a`` when no named body ends right
    before it (its own mention stays, inside)."""
    toks = adoc.tokens
    for o in cands:
        if o.pronoun or o.kind not in BODY_KINDS or toks[o.head].head != d \
                or toks[o.head].dep not in ("compound", "poss", "nmod"):
            continue
        if o.end <= a and all(toks[k].text.lower() in POSSESSIVE for k in range(o.end, a)):
            return o.start
    return a
