"""A nominal with a nationality names back a body of the report: "the US company", "the French
firm" (issue 14 item 1, round 14 second wave).

"the US company" is the last named body (of a kind a company may be) in its sentence before it
or in the three before, the nearest sentence first, subjects first, as a plain "the company"
is (:func:`sitroom.extract.actor_nominals.nominal_antecedent`), but a body the report places in
another country or region ("European plane maker Acme", "Acme, the French firm", "Zeta Air" of
a country's name) is not it, and one the report places in that country goes first.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_base import SUBJECT_DEPS, Cand
from .actor_chains import _root
from .actor_nominals import NOMINAL_HEADS
from .gazetteer import get_gazetteer

_PLACE_LABELS = ("GPE", "NORP")


def _keys(text: str) -> frozenset[str]:
    """The countries a place word or demonym names ("US", "American" -> {"US", ...}); its
    lower-case form when the gazetteer knows no country by it ("European")."""
    codes = {p.country_code for p, _ in get_gazetteer().lookup(text, demonyms=True) if p.country_code}
    return frozenset(codes) if codes else frozenset({text.lower()})


def national_nominal(adoc: AnnotatedDoc, c: Cand) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """(kinds, countries) for "the US company", "the French firm": "the", one place word or
    demonym, a nominal head of ``nominal_heads`` in the singular; else None."""
    toks = adoc.tokens
    t = toks[c.head]
    kinds = tuple(NOMINAL_HEADS.get(t.lemma.lower(), ()))
    if not kinds or t.tag != "NN" or t.dep in ("attr", "appos", "compound"):
        return None
    start = c.start if toks[c.start].text.lower() != "the" else c.start + 1
    if not (start > 0 and toks[start - 1].text.lower() == "the") or start >= c.head:
        return None
    mods = range(start, c.head)
    if not all(toks[k].ent_type in _PLACE_LABELS for k in mods):
        return None
    if any(k > c.head and toks[k].dep in ("prep", "appos", "relcl", "acl")
           for k in adoc.children(c.head)):
        return None  # "the US company behind X": described, not named back
    return kinds, _keys(adoc.span_text(start, c.head))


def _places_of(adoc: AnnotatedDoc, o: Cand) -> frozenset[str]:
    """The countries or regions the report gives a named body: place words of its name ("Zeta
    Air" of a country "Zeta"), of the words before it in its phrase ("European plane maker
    Acme") and of its appositive ("Acme, the French firm")."""
    toks = adoc.tokens
    ks: set[int] = set(range(o.start, o.end))
    for ch in adoc.children(o.head):
        if toks[ch].dep in ("compound", "amod", "appos") and not o.start <= ch < o.end:
            ks.update(adoc.subtree(ch))
    h = toks[o.head]
    if h.dep == "appos":  # "European aircraft manufacturer, Acme,"
        ks.update(k for k in adoc.subtree(h.head) if k < o.start)
    out: set[str] = set()
    for k in sorted(ks):
        if toks[k].ent_type in _PLACE_LABELS:
            out |= _keys(toks[k].text)
    return frozenset(out)


def national_antecedent(adoc: AnnotatedDoc, cands: list[Cand], k: int, sent_of: list[int],
                        kinds: tuple[str, ...], places: frozenset[str]) -> int | None:
    """The body "the US company" (``cands[k]``) names back, or None."""
    c = cands[k]
    for back in range(0, 4):
        s = sent_of[k] - back
        idxs = [j for j in range(k) if sent_of[j] == s and cands[j].end <= c.start
                and cands[j].kind in kinds and not cands[j].pronoun and not cands[j].generic
                and cands[j].name[:1].isupper()]
        if not idxs:
            continue
        own = {j: frozenset().union(*(_places_of(adoc, m) for i, m in enumerate(cands[:k])
                                      if not m.pronoun and (m.name == cands[j].name
                                                            or _root(cands, i) == _root(cands, j))))
               for j in idxs}
        same = [j for j in idxs if own[j] & places]
        free = [j for j in idxs if not own[j]]
        pool = same or free
        if pool:
            subj = [j for j in pool if adoc.tokens[cands[j].head].dep in SUBJECT_DEPS]
            return _root(cands, (subj or pool)[-1])
    return None
