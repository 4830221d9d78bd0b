"""A place written inside the name of an organisation or an outlet is no place of the
report: "the X Times reported", "a University of X poll", "the X Institute of Politics", "the
X Speakers Bureau" name a body, not where something is. The head words are data
(``name_heads_after``, ``name_heads_before`` of the places lexicon); a body named after its
place that is also where things happen ("X Police", "X Medical Center", "the X Convention
Center") stays a place. A sports team named after its city or state ("the X Broncos") is a
body's name too: its nicknames are data (``team_words``)."""

from __future__ import annotations

from .. import lexicon
from ..model import AnnotatedDoc
from .gazetteer import get_gazetteer
from .places_resolve import BIG_TOWN, DIVISION_NAME, lookup, qualifier_of

# a head word within this many capitalised words after the place ("X Speakers Bureau")
_AFTER_WORDS = 2
# a team's nickname after its city or state ("the X Broncos") heads the name as "Times" does
_TEAMS = lexicon.words("places", "team_words")
_HEADS_AFTER = lexicon.words("places", "name_heads_after") | _TEAMS
_HEADS_BEFORE = lexicon.words("places", "name_heads_before")
_NAME_PREPS = lexicon.words("places", "name_preps")  # "University of X"
# a head word right after the place and not before "of" ("the X Department", not "the X
# Department of Y", the place's own department, nor "the X Police Department")
_HEADS_NEXT = lexicon.words("places", "name_heads_next")
# a head word that is a place name too, taken for one after another word of the name
_HEADS_SELF = lexicon.words("places", "name_heads_after") | lexicon.words("places", "name_heads_self")
_LOCATIVE = lexicon.words("places", "locative")  # "in X", "to X": the place, even of a team's town
# the fewest letters of a body's initials before "of" ("the ACLU of X"; "II" is a numeral)
_INITIALS_MIN = 3


def inside_name(adoc: AnnotatedDoc, start: int, end: int) -> bool:
    """True when the place at characters [start, end) is part of a body's or an outlet's
    name: one of the next capitalised words (no punctuation between) is a head word
    ("X Daily News", "X University", a team's "X Broncos"), or the next word is one written right after the name
    and no "of" follows it ("the X Department"); or a capitalised head word and "of" come just before
    it ("University of X", "Department of X"), or a body's initials and "of" ("the ACLU of
    X"); or it is itself a head word after another capitalised word of the name ("the
    European Centre")."""
    toks = adoc.tokens
    i, j = adoc.token_at(start), adoc.token_at(max(start, end - 1))
    sent = toks[i].sent
    for k in range(j + 1, min(j + 1 + _AFTER_WORDS, len(toks))):
        t = toks[k]
        if t.sent != sent or not t.text[:1].isupper() or t.idx != toks[k - 1].end + 1:
            break
        if t.text.lower() in _HEADS_AFTER:
            return True
        if k == j + 1 and t.text.lower() in _HEADS_NEXT and not (
                k + 1 < len(toks) and toks[k + 1].text in _NAME_PREPS):
            return True
    if i >= 2 and toks[i - 1].text in _NAME_PREPS and toks[i - 2].text[:1].isupper() \
            and (toks[i - 2].text.lower() in _HEADS_BEFORE or _body_initials(adoc, i - 2)):
        return True
    word = adoc.text[start:end]
    return (i == j and i > 0 and word.lower() in _HEADS_SELF and toks[i - 1].sent == sent
            and toks[i - 1].text[:1].isupper() and toks[i - 1].end + 1 == toks[i].idx)


def _body_initials(adoc: AnnotatedDoc, k: int) -> bool:
    """Token ``k`` is a body's initials: a word of _INITIALS_MIN+ capital letters that the
    annotation tags as an organisation ("the ACLU of X": the body's branch, no place of the
    report; "King Abdullah II of X" is a person's numeral, "President of X" no initials)."""
    t = adoc.tokens[k]
    return (len(t.text) >= _INITIALS_MIN and t.text.isalpha() and t.text.isupper()
            and any(x.label == "ORG" and x.start <= k < x.end for x in adoc.ents))


def _next_words(adoc: AnnotatedDoc, start: int, end: int) -> list[str]:
    """The capitalised words right after [start, end) (at most ``_AFTER_WORDS``, single
    spaces between, within the sentence), lower case."""
    toks = adoc.tokens
    j = adoc.token_at(max(start, end - 1))
    out = []
    for k in range(j + 1, min(j + 1 + _AFTER_WORDS, len(toks))):
        t = toks[k]
        if t.sent != toks[j].sent or not t.text[:1].isupper() or t.idx != toks[k - 1].end + 1:
            break
        out.append(t.text.lower())
    return out


def team_names(adoc: AnnotatedDoc, spans: list[tuple[int, int, int]]) -> set[str]:
    """The names of ``spans`` that the document writes as a team's ("the X Broncos")."""
    return {adoc.text[s:e] for s, e, _ in spans if _TEAMS & set(_next_words(adoc, s, e))}


def body_names(adoc: AnnotatedDoc, spans: list[tuple[int, int, int]]) -> set[str]:
    """The names of ``spans`` that the document writes inside a body's or an outlet's name
    with a head word after them ("X University", "the X Times"), and the names of the
    organisations the annotation found whole with such a head word ("X Daily"), that are
    no country, large division or city of BIG_TOWN+: one sense per document, a bare "X"
    elsewhere ("the X poll", "X conducted its poll", "X's source says") is the body too. A
    large place ("the X Post") is named for itself elsewhere."""
    gaz = get_gazetteer()
    named = {name for s, e, _ in spans if _HEADS_AFTER & set(_next_words(adoc, s, e))
             and not _large(name := adoc.text[s:e], gaz)}
    named |= {name for name in _org_names(adoc) if not _large(name, gaz)}
    located = {adoc.text[s:e].lower() for s, e, _ in spans if _located(adoc, s, e, gaz)
               and not _HEADS_AFTER & set(_next_words(adoc, s, e))}
    return {name for name in named if name.lower() not in located}


def _org_names(adoc: AnnotatedDoc) -> set[str]:
    """The words before the head word of an organisation the annotation found whole, its
    last word a head word ("X Daily", "the X Gazette"): the name of the body ("X")."""
    out = set()
    for x in adoc.ents:
        if x.label == "ORG" and x.end - x.start >= 2 and adoc.tokens[x.end - 1].text.lower() in _HEADS_AFTER:
            first = x.start + (adoc.tokens[x.start].text.lower() == "the")
            words = adoc.tokens[first:x.end - 1]
            if words and all(t.text[:1].isupper() for t in words):
                out.add(adoc.text[words[0].idx:words[-1].end])
    return out


def _large(name: str, gaz) -> bool:
    """The name can be (by any of its names) a country, a region, a first-level division
    of DIVISION_NAME+ or a city of BIG_TOWN+ ("U.S." of "the U.S. Census Bureau"); a
    county, or a division as small as a town, does not make it one."""
    return any(p.feature not in ("city", "admin2", "admin1")
               or (p.feature == "admin1" and p.population >= DIVISION_NAME)
               or (p.feature == "city" and p.population >= BIG_TOWN)
               for p, _ in lookup(name, gaz))


def _located(adoc: AnnotatedDoc, start: int, end: int, gaz) -> bool:
    """The text locates something at the name [start, end): a locative word before it ("in
    X") or a qualifier after it ("X, Ohio")."""
    i = adoc.token_at(start)
    before = adoc.tokens[i - 1].text.lower() if i > 0 else ""
    return before in _LOCATIVE or qualifier_of(adoc.text, end, gaz) is not None


def team_repeat(adoc: AnnotatedDoc, start: int, end: int, teams: set[str],
                bodies: frozenset[str] | set[str] = frozenset()) -> bool:
    """True when the bare name at [start, end) is one the document writes as a team's
    (``teams``, :func:`team_names`) and nothing marks it as the place: no locative word
    before it ("in X", "to X") and no qualifier after it ("X, Colo."). One sense per
    document: "the X Broncos ... picked X to win" is the team. So is a name written as a
    body's (``bodies``, :func:`body_names`) where no preposition at all stands before it
    ("the X poll", "X conducted its poll"; "the republic of X" is the place)."""
    name = adoc.text[start:end]
    if name not in teams and name not in bodies:
        return False
    i = adoc.token_at(start)
    prev = adoc.tokens[i - 1] if i > 0 else None
    before = prev.text.lower() if prev else ""
    if name not in teams and prev is not None and prev.pos == "ADP":
        return False
    return before not in _LOCATIVE and qualifier_of(adoc.text, end, get_gazetteer()) is None
