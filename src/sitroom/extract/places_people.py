"""A person's surname is no place: once the report names a person in full ("Senator Jane
Doe"), the surname alone ("as Doe said") is that person, even where the gazetteer holds a
town of that name. Only a town or county reading is dropped (a bare "Georgia" or "Jordan"
stays the state or country), and only when nothing marks the word as a place: no strict
locative word before it ("in Doe", but "in Doe's home" is the person's; "aides to Doe", "a
letter from Doe" are the person's) and no country or division written after it ("Doe, Texas")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from .. import lexicon
from ..model import AnnotatedDoc
from .gazetteer import Gazetteer, Place, get_gazetteer, haversine
from .actor_base import ACTOR_NOUNS, POSSESSIVE, QUOTES, TITLE_WORDS
from .places_resolve import _REGION_KM, BIG_TOWN, qualifier_of

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


def person_names(adoc: AnnotatedDoc) -> set[str]:
    """The one-word names the report uses as a person's: the surnames of its persons named in
    full (:func:`surnames`), and a one-word person's name after a capitalised title
    ("President Doe", "Sen. Doe") or after a first name and a nickname in quotes ('John "Jack"
    Doe', which the tagger cuts). A one-word name tagged only as a person is not enough: the
    tagger takes small towns for persons."""
    out = surnames(adoc)
    toks = adoc.tokens
    for x in adoc.ents:
        if x.label != "PERSON" or x.end - x.start != 1 or x.start < 1:
            continue
        before = [t.text for t in toks[max(0, x.start - 4):x.start]]
        title = toks[x.start - 1]
        if (title.text[:1].isupper() and title.text.rstrip(".").lower() in TITLE_WORDS
                and title.pos in ("PROPN", "NOUN")):  # not "The X", "Former X"
            out.add(toks[x.start].text)
        elif (len(before) == 4 and before[0].istitle() and before[1] in QUOTES
              and before[2].istitle() and before[3] in QUOTES):
            out.add(toks[x.start].text)
    return out


def listed_person(adoc: AnnotatedDoc, gaz: Gazetteer) -> Callable[[str], bool]:
    """Whether a list's member tagged as a person counts as one
    (``places_lists.among_persons``): a name the gazetteer does not know, or one the report
    uses as a person's elsewhere (:func:`person_names`, "President Doe"; the tagger takes
    the small towns of a list for persons)."""
    named: set[str] | None = None

    def person(name: str) -> bool:
        nonlocal named
        if not gaz.lookup(name):
            return True
        if named is None:
            named = person_names(adoc)
        return name in named
    return person


def tagged_persons(adoc: AnnotatedDoc) -> set[str]:
    """One-word names the tagger labels as a person at least twice and more often than as a
    place ("Doe said ... a talk with Doe"). Weaker than :func:`person_names` (the tagger takes
    small towns of local news for persons): such a name is no place only where its town is
    alone in the report (:func:`alone`)."""
    person: Counter[str] = Counter()
    place: Counter[str] = Counter()
    for x in adoc.ents:
        if x.end - x.start == 1 and x.label in ("PERSON", "GPE", "LOC"):
            (person if x.label == "PERSON" else place)[adoc.tokens[x.start].text] += 1
    return {w for w, n in person.items() if n >= 2 and n > place[w]}


def alone(place: Place | None, others: Iterable[Place | None]) -> bool:
    """No other place of the report (``others``) lies in the first-level division of the
    town or county ``place`` nor within _REGION_KM of it: a namesake far from the report's
    places ("Doe" a village abroad in a report on a capital's politics)."""
    if place is None:
        return True
    for q in others:
        if q is None or q == place or q.feature not in ("city", "admin2", "admin1"):
            continue
        if (place.admin1_key and q.admin1_key == place.admin1_key) or (
                q.feature != "admin1" and haversine(place.lat, place.lon, q.lat, q.lon) < _REGION_KM):
            return False
    return True


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
