"""Shapes of round 16's second wave that make a capitalised word no actor.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc`, used by
:mod:`sitroom.extract.actors` (the tokens no mention may take) and
:func:`sitroom.extract.actor_filters.not_a_name`:

* :func:`town_tokens`: a name the gazetteer knows as a town, written before a comma and the
  country or first-level division the town lies in ("include X, Honduras; Y, Venezuela"),
  whatever label the tagger gives the town (a person, a body): a place, and no piece of it an
  actor either;
* :func:`opening_common_noun`: one capitalised word that the tagger tags a singular common noun,
  with the ending of an abstract noun, the first word of its sentence or quotation ("“X is one
  thing,” he said") and written with a capital nowhere else in the report: a word, no name.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..model import AnnotatedDoc
from .gazetteer import get_gazetteer

_F = json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_filters.json")
                .read_text(encoding="utf-8"))
# endings of abstract nouns ("vetting", "defiance"): a company named by a common word ("Apple")
# has none
ABSTRACT_SUFFIXES = tuple(_F["abstract_suffixes"])


@lru_cache(maxsize=1 << 14)
def _town_in(town: str, region: str) -> bool:
    """True when the gazetteer knows ``town`` as a town (its main name) lying in ``region``, a
    country or a first-level division it knows by its main or alternate name, and does not know
    ``town`` as a country or a first-level division itself."""
    gaz = get_gazetteer()
    known = gaz.lookup(town)
    if any(p.feature in ("country", "admin1") for p, _ in known):
        return False  # "China, Japan and South Korea": a state in a list, though a town shares its name
    towns = [p for p, kind in known if p.feature == "city" and kind == "main"]
    if not towns:
        return False
    for r, kind in gaz.lookup(region):
        if kind not in ("main", "alternate") or r.feature not in ("country", "admin1"):
            continue
        if any(t.country_code == r.country_code and (r.feature == "country" or t.admin1 == r.admin1)
               for t in towns):
            return True
    return False


def town_before_region(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en), of two letters or more and not all capitals, is followed by
    a comma and a name of the tagger's places (GPE) that holds the town the gazetteer knows by
    that name: "X, Honduras", "X, Iowa"."""
    toks = adoc.tokens
    if en + 1 >= len(toks) or toks[en].text != "," or toks[en + 1].ent_type != "GPE":
        return False
    name = adoc.span_text(s, en)
    if len(name) < 2 or name.isupper():
        return False
    k = en + 1
    while k + 1 < len(toks) and toks[k + 1].ent_type == "GPE" and toks[k + 1].ent_iob != "B":
        k += 1
    return _town_in(name, adoc.span_text(en + 1, k + 1))


def _opens(adoc: AnnotatedDoc, i: int) -> bool:
    """True when only punctuation stands before token ``i`` in its sentence."""
    toks = adoc.tokens
    return all(toks[k].pos in ("PUNCT", "SPACE") for k in range(adoc.sents[toks[i].sent].start, i))


def town_tokens(adoc: AnnotatedDoc) -> set[int]:
    """Tokens of the names (any label but a group's, NORP) that :func:`town_before_region`
    finds a town before its country or state."""
    out: set[int] = set()
    for e in adoc.ents:
        if e.label != "NORP" and town_before_region(adoc, e.start, e.end):
            out.update(range(e.start, e.end))
    return out


def opening_common_noun(adoc: AnnotatedDoc, s: int, en: int, actor_nouns: frozenset[str]) -> bool:
    """True when [s, en) is one capitalised word, not all capitals, tagged a singular common
    noun (NN) with the ending of an abstract noun (``abstract_suffixes``: "-ing", "-ance", ...;
    a company named by a common word, "Apple", stays) whose lemma is none of ``actor_nouns``
    ("Parliament", "Police" stay), that opens
    its sentence or quotation (only punctuation before it), and the report writes it with its
    capital nowhere else but at such an opening: a common word, where a name ("Trump leads",
    tagged a noun) is written with its capital inside a sentence too."""
    toks = adoc.tokens
    t = toks[s]
    if en - s != 1 or t.tag != "NN" or not t.text[:1].isupper() or t.text.isupper() \
            or not t.text.lower().endswith(ABSTRACT_SUFFIXES) \
            or t.lemma.lower() in actor_nouns or not _opens(adoc, s):
        return False
    return all(_opens(adoc, k.i) for k in toks if k.text == t.text)
