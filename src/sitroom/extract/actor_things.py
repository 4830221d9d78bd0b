"""Code names, product lines, goods and places a thing comes from: names that are no actors
(rounds 14 and 15).

Pure tests over one :class:`~sitroom.model.AnnotatedDoc`, used through
:func:`sitroom.extract.actor_labels.feature_names` (names none of whose mentions is an actor)
and :func:`sitroom.extract.actor_places.place_object` (a place at one mention); their words are
in ``data/actor_filters.json``:

* :func:`code_names`: a name after one of ``code_name_words`` ("the overhaul, code-named X"):
  a project or an operation, wherever the report names it (not after a noun of a person or a
  body: "the spy, code-named X" is a person);
* :func:`line_products`: a one-word name of one of ``line_prefixes`` in lower case before a
  capitalised word ("iX", "iXs", "the iX Pro"): a product line, unless the report makes it a
  possessor or the subject of a reporting verb (then it is the maker: "iX said");
* :func:`based_place`: a place before a comma and "Y-based" ("the X, Y-based company"): where
  a body sits;
* :func:`from_town`: a town (not a country, a first-level division or a national capital,
  which may stand for their state) after "from" ("borrowed the gesture from X"), not named
  as a person anywhere in the report: where a thing comes from;
* :func:`goods_names` (round 15): a name the report writes only as the modifier of one of
  ``goods_nouns`` in lower case ("the X software", "Y cameras", "Z clothes"): a brand of goods;
* :func:`listed_state` (round 15): a first-level division (a US state) in a list right after
  one of ``list_nouns`` ("the Rust Belt states A, X and B all supported Y") or after a colon
  closing a clause that holds one ("states they no longer win: X, Y"): an example of an
  election district, a place;
* :func:`animal_names` (round 20): a name after one of ``animal_nouns`` and a word of naming
  ("a dog named X"), in apposition with one ("his cat, X,", "X, the cat,") or right before
  "the" and one ("X the cat"): an animal, wherever the report names it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .. import lexicon
from ..model import AnnotatedDoc
from .actor_base import ACTOR_NOUNS, SUBJECT_DEPS, head_of
from .actor_filters import NAME_JOINERS
from .gazetteer import get_gazetteer

_F = json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_filters.json")
                .read_text(encoding="utf-8"))
CODE_NAME_WORDS = tuple(sorted(_F["code_name_words"], key=len, reverse=True))
_CODE_NAMED = re.compile(r"(?:" + "|".join(re.escape(w) for w in CODE_NAME_WORDS)
                         + r")[ \t]*[\"“‘']?[ \t]*$", re.IGNORECASE)
_LINE = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _F["line_prefixes"])
                   + r")[A-Z][a-z]+s?(?: [A-Z][\w]*)?$")
BASED_MARKS = frozenset(_F["based_marks"])
FROM_PREPS = frozenset(_F["from_preps"])
GOODS_NOUNS = frozenset(_F["goods_nouns"])
ANIMAL_NOUNS = frozenset(_F["animal_nouns"])
_NAMING = frozenset(_F["naming_words"])  # "a dog named X"
LIST_NOUNS = frozenset(_F["list_nouns"])
DISTRICT_LIST_VERBS = frozenset(_F["district_list_verbs"])
_LISTED = NAME_JOINERS | {","}
_SPEECH = lexicon.words("reporting_verbs", "quotes")
_NAMES = ("ORG", "PRODUCT", "WORK_OF_ART", "PERSON", "GPE", "NORP", "LOC", "FAC", "EVENT")


def _makers(adoc: AnnotatedDoc) -> set[str]:
    """Names the report makes a possessor ("X's") or the subject of a reporting verb."""
    toks = adoc.tokens
    out: set[str] = set()
    for e in adoc.ents:
        t = toks[head_of(adoc, e.start, e.end)]
        if t.dep == "poss" or e.end < len(toks) and toks[e.end].tag == "POS" or (
                t.dep in SUBJECT_DEPS and toks[t.head].lemma.lower() in _SPEECH):
            out.add(adoc.span_text(e.start, e.end))
    return out


def code_names(adoc: AnnotatedDoc) -> frozenset[str]:
    """Names the report writes right after one of ``code_name_words`` ("code-named X",
    "codenamed “X”"): a project, a plan or an operation."""
    text = adoc.text
    out = set()
    for e in adoc.ents:
        if e.label not in _NAMES:
            continue
        a = adoc.tokens[e.start].idx
        m = _CODE_NAMED.search(text[max(0, a - 16):a])
        if m is None:
            continue
        b = max(0, a - 16) + m.start()  # the noun before: "the spy, code-named X" is a person
        k = max((t.i for t in adoc.tokens[:e.start] if t.idx < b and t.pos != "PUNCT"), default=-1)
        if k < 0 or adoc.tokens[k].lemma.lower() not in ACTOR_NOUNS:
            out.add(adoc.span_text(e.start, e.end))
    return frozenset(out)


def line_products(adoc: AnnotatedDoc) -> frozenset[str]:
    """Names shaped like a product line ("iX", "iXs", "iX Pro": one of ``line_prefixes`` in
    lower case, then a capitalised word) that the report never makes a possessor or the
    subject of a reporting verb."""
    named = {adoc.span_text(e.start, e.end) for e in adoc.ents if e.label in _NAMES}
    return frozenset(n for n in named if _LINE.match(n)) - _makers(adoc)


def goods_names(adoc: AnnotatedDoc) -> frozenset[str]:
    """Names the report writes only as the modifier of one of ``goods_nouns`` in lower case
    ("the X software", "Y cameras", "Z clothes"): a brand of goods (a maker the report also
    names otherwise, "a spokesman for X", "X said", stays)."""
    toks = adoc.tokens
    goods: set[str] = set()
    other: set[str] = set()
    for e in adoc.ents:
        if e.label not in _NAMES:
            continue
        t = toks[head_of(adoc, e.start, e.end)]
        nxt = toks[e.end] if e.end < len(toks) else t
        modifies = t.dep == "compound" and t.head == e.end and nxt.text.islower() and (
            nxt.text in GOODS_NOUNS or nxt.lemma.lower() in GOODS_NOUNS)
        (goods if modifies else other).add(adoc.span_text(e.start, e.end))
    return frozenset(goods - other)


def _animal(adoc: AnnotatedDoc, k: int) -> bool:
    """True when token ``k`` is one of ``animal_nouns``, a common noun closing its phrase (not
    "the cat's owner", "the dog walker")."""
    toks = adoc.tokens
    if not (0 <= k < len(toks)) or toks[k].pos != "NOUN" or toks[k].text.lower() not in ANIMAL_NOUNS:
        return False
    return k + 1 >= len(toks) or toks[k + 1].tag != "POS" and toks[k + 1].pos not in ("NOUN", "PROPN")


def _appositive(adoc: AnnotatedDoc, a: int, s: int, en: int) -> bool:
    """True when the animal noun at ``a`` and the name [s, en) stand in apposition: the parse
    hangs one on the other as ``appos``, or a comma closes the later of the two ("his cat,
    X, was", "X, the cat, was"); a comma that only closes a clause ("the home of X, the dog
    bit"; "In X, the dog was") makes none."""
    toks = adoc.tokens
    if toks[a].dep == "appos" and s <= toks[a].head < en:
        return True
    if any(toks[k].dep == "appos" and toks[k].head == a for k in range(s, en)):
        return True
    last = max(a + 1, en)
    return last < len(toks) and toks[last].text == ","


def animal_names(adoc: AnnotatedDoc) -> frozenset[str]:
    """Names of one or two words the report writes after one of ``animal_nouns`` and a word
    of naming ("a dog named X"), in apposition with one ("his beloved cat, X,", "X, the cat,":
    :func:`_appositive`) or right before "the" and one ("X the cat"): an animal, none of whose
    mentions is an actor (round 20). A name right after the noun is left: "top dog X" is a
    figure of speech; so is a name a comma only parts from the noun ("the home of X, the dog
    bit one of them")."""
    toks = adoc.tokens
    out = set()
    for e in adoc.ents:
        if e.label not in ("PERSON", "ORG") or e.end - e.start > 2:
            continue
        k = e.start - 1
        if k >= 1 and toks[k].text.lower() in _NAMING and _animal(adoc, k - 1):
            out.add(adoc.span_text(e.start, e.end))  # "a dog named X"
        elif k >= 1 and toks[k].text == "," and _animal(adoc, k - 1) \
                and _appositive(adoc, k - 1, e.start, e.end):
            out.add(adoc.span_text(e.start, e.end))  # "his cat, X,"
        comma = e.end < len(toks) and toks[e.end].text == ","
        a = e.end + comma + 1
        if a < len(toks) and toks[a - 1].text.lower() == "the" and _animal(adoc, a) and (
                not comma or _appositive(adoc, a, e.start, e.end)):
            out.add(adoc.span_text(e.start, e.end))  # "X the cat", "X, the cat,"
    for t in toks[1:-1]:  # "X the cat" however tagged: the capitalised word right before
        j = t.i - 1
        if t.text.lower() == "the" and _animal(adoc, t.i + 1) and toks[j].text[:1].isupper() \
                and toks[j].text.isalpha() and toks[j].pos in ("PROPN", "NOUN"):
            out.add(toks[j].text)
        if t.text.lower() in _NAMING and _animal(adoc, j):  # "a dog dubbed X" however tagged
            k = t.i + 1
            while k < min(len(toks), t.i + 3) and toks[k].pos == "PROPN" and toks[k].text[:1].isupper():
                k += 1
            if k > t.i + 1:
                out.add(adoc.span_text(t.i + 1, k))
    return frozenset(out)


def no_actor_names(adoc: AnnotatedDoc) -> frozenset[str]:
    """Code names, product lines, brands of goods and animals (above): none of their mentions
    is an actor."""
    return code_names(adoc) | line_products(adoc) | goods_names(adoc) | animal_names(adoc)


def _region(name: str) -> bool:
    """True when the gazetteer knows ``name`` as a first-level division and not as a country."""
    places = get_gazetteer().lookup(name)
    return any(p.feature == "admin1" and kind in ("main", "alternate") for p, kind in places) \
        and not any(p.feature == "country" for p, _ in places)


def _acts(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en), or the first member of the list it stands in (or the noun
    that list is in apposition with), is the subject of a verb outside ``district_list_verbs`` that has no other subject ("the states X and Y
    sued"): a state that acts. A verb of backing ("states A, X and B all supported Y") keeps
    the list districts; a verb with a second subject is the reporting clause the parser hung a
    list before its comma on ("...: X, Y, Z, Jane Doe said")."""
    toks = adoc.tokens
    t = toks[head_of(adoc, s, en)]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    if t.dep == "appos" and toks[t.head].text.lower() in LIST_NOUNS:
        t = toks[t.head]  # "the border states X and Y sued": the noun the list names is the subject
    if t.dep not in SUBJECT_DEPS or t.head == t.i:
        return False
    verb = toks[t.head]
    if verb.lemma.lower() in DISTRICT_LIST_VERBS:
        return False
    return not any(o.head == verb.i and o.i != t.i and o.dep in SUBJECT_DEPS
                   for o in adoc.sent_tokens(verb.sent))


def listed_state(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the first-level division [s, en) stands in a list of names (commas, "and")
    right after one of ``list_nouns`` ("the Rust Belt states A, X and B", not "among the
    states, X"), or right after a colon closing a clause of the same sentence that holds one
    ("states they no longer win: X, Y"), and neither it nor the first member of its list acts
    as the subject of a verb (:func:`_acts`): an example of the districts the noun counts, a
    place."""
    toks = adoc.tokens
    k = s - 1
    while k >= 0 and toks[k].sent == toks[s].sent and (
            toks[k].text.lower() in _LISTED or toks[k].ent_type == "GPE" and toks[k].text[:1].isupper()):
        k -= 1
    if k < 0 or toks[k].sent != toks[s].sent or toks[k + 1].text.lower() in _LISTED:
        return False  # the list follows the noun directly: "the states, X" closes a clause
    if not (toks[k].text.lower() in LIST_NOUNS or toks[k].text == ":" and any(
            toks[j].text.lower() in LIST_NOUNS for j in range(adoc.sents[toks[k].sent].start, k))):
        return False
    return _region(adoc.span_text(s, en)) and not _acts(adoc, s, en)


def based_place(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en) is followed by a comma, capitalised words and "-based" (one of
    ``based_marks``): "the X, Y-based company" names where the company sits."""
    toks = adoc.tokens
    if en + 3 >= len(toks) or toks[en].text != ",":
        return False
    k = en + 1
    while k < min(len(toks), en + 5) and toks[k].text[:1].isupper():
        k += 1
    return k > en + 1 and k + 1 < len(toks) and toks[k].text in ("-", "‐") \
        and toks[k + 1].text.lower() in BASED_MARKS


def from_town(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en) is the object of one of ``from_preps`` and the gazetteer
    knows it as a town only (no country, first-level division or national capital), and the
    report never tags it, nor a person's name ending in it, as a person: where a thing comes
    from ("borrowing the gesture from X")."""
    toks = adoc.tokens
    t = toks[head_of(adoc, s, en)]
    if t.dep != "pobj" or toks[t.head].text.lower() not in FROM_PREPS or t.ent_type == "PERSON":
        return False
    name = adoc.span_text(s, en)
    places = [p for p, kind in get_gazetteer().lookup(name) if kind in ("main", "alternate")]
    if not places or any(p.feature != "city" or get_gazetteer().is_capital(p) for p in places):
        return False
    return not any(e.label == "PERSON" and adoc.span_text(e.start, e.end).split()[-1] == name.split()[-1]
                   for e in adoc.ents)
