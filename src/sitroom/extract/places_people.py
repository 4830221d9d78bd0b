"""A person's surname is no place: once the report names a person in full ("Senator Jane
Doe"), the surname alone ("as Doe said") is that person, even where the gazetteer holds a
town of that name. Only a town or county reading is dropped (a bare "Georgia" or "Jordan"
stays the state or country), and only when nothing marks the word as a place: no strict
locative word before it ("in Doe", but "in Doe's home" is the person's; "aides to Doe", "a
letter from Doe" are the person's) and no country or division written after it ("Doe, Texas")."""

from __future__ import annotations

from .. import lexicon
from ..model import AnnotatedDoc
from .gazetteer import Place, get_gazetteer
from .actor_base import ACTOR_NOUNS, POSSESSIVE
from .places_resolve import BIG_TOWN, qualifier_of

_LOCATIVE = lexicon.words("places", "locative_strict")  # "in X", not "aides to X"


def surnames(adoc: AnnotatedDoc) -> set[str]:
    """The last words of the persons the document names with two words or more, a
    possessive ending the entity left off ("Jane Doe's": "Doe")."""
    out = set()
    for x in adoc.ents:
        end = x.end - 1 if x.end - x.start >= 3 and adoc.tokens[x.end - 1].text in POSSESSIVE else x.end
        if x.label == "PERSON" and end - x.start >= 2:
            out.add(adoc.tokens[end - 1].text)
    return out


def is_surname(adoc: AnnotatedDoc, start: int, end: int, place: Place | None,
               names: set[str]) -> bool:
    """True when the one-word mention at [start, end), resolved to ``place``, is the surname
    of a person of the document (``names``, :func:`surnames`) and nothing marks it as a
    place: a town or county of under ``BIG_TOWN`` (or unresolved), no locative word before it
    unless the name is a possessive, no qualifier after it."""
    word = adoc.text[start:end]
    if word not in names or " " in word:
        return False
    if place is not None and (place.feature not in ("city", "admin2")
                              or place.population >= BIG_TOWN):
        return False
    i = adoc.token_at(start)
    owner = adoc.text[end:end + 2] in POSSESSIVE  # "in Doe's home" is the person's
    if i > 0 and adoc.tokens[i - 1].text.lower() in _LOCATIVE and not owner:
        return False
    return qualifier_of(adoc.text, end, get_gazetteer()) is None


# lower-case words looked at after the comma for a person's role ("X, legal director for Y")
_ROLE_WINDOW = 3


def is_apposed_person(adoc: AnnotatedDoc, start: int, end: int) -> bool:
    """True when the name at [start, end) is followed by a comma and, within _ROLE_WINDOW
    lower-case words and no article, a noun of a person's role ("X, legal director for Y",
    "X, spokesman for"): a person's name the annotation took for a place. An article
    ("X, the capital of Y", "X, a town where") leaves it alone, and so does a locative word
    before the name ("In X, deputy mayor Jane Doe said": the place of the speaker)."""
    toks = adoc.tokens
    i = adoc.token_at(start)
    if i > 0 and toks[i - 1].text.lower() in _LOCATIVE:
        return False
    j = adoc.token_at(max(start, end - 1)) + 1
    if j >= len(toks) or toks[j].text != "," or toks[j].sent != toks[j - 1].sent:
        return False
    for t in toks[j + 1:j + 1 + _ROLE_WINDOW]:
        if not t.text.isalpha() or not t.text.islower() or t.pos == "DET" or t.sent != toks[j].sent:
            return False
        if ACTOR_NOUNS.get(t.text) == "person":
            return True
    return False
