"""Names that label a time, a unit, a page, a slogan, a product or a small place: no actors.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc` (tokens, entities, parse), used by
:mod:`sitroom.extract.actor_entities` before a name becomes an actor mention, one general
rule each; their words are in ``data/actor_filters.json``:

* :func:`era`: a body's name as the object of a preposition of time, with no determiner
  ("since Reconstruction", "during Prohibition");
* :func:`unit_or_page`: a unit after a number's noun ("3 degrees Fahrenheit"), a newspaper
  page ("on A10");
* :func:`small_place`: the name of a street, a ranch or a cafe ("Washington and Broad
  Streets", "the Bundy Ranch standoff", "Joey's Cafe"), unless it is a subject;
* :func:`state_code`: a US state's abbreviation after a town or as a modifier ("Berea, OH",
  "a VT socialist");
* :func:`won_district`: a state or region won or lost in an election ("win Michigan", "carry
  Ohio and Iowa");
* :func:`region_owner`: a state owning a thing that is no act of its government ("X's
  primary", "X's very conservative Sen. Jane Doe", "X's tuition costs");
* :func:`slogan`: a name called so by a thing ("It's called America First");
* :func:`product`: a body's name with an indefinite article of its own ("popping a
  Coca-Cola", "drives a Ford"): one of its products;
* :func:`word_or_belief`: a religion or an ideology ("Islam", "National Socialist"), an
  interjection ("Meh", "Woe is me"), a chant spelled out ("U-S-A");
* :func:`title_piece`: a unit's name cut before a rank ("Air Force 1st Lt. Jane Doe"), a
  body's name closing a title ("former Secretary of State Jane Doe");
* :func:`fragment`: words of a quote or a shout taken for a name ("I'm X", "Yesssss"), a
  headline clause ending in a verb ("Video of Creeps Hitting"), a unit glued to a number
  ("32GB");
* :func:`example_place`: a place given as an example of places that do not act
  ("affiliates in countries like X, Y and Z");
* :func:`product_maker`: a product line named after its maker ("X TV"): the maker's word
  alone is the mention;
* :func:`made_thing`: a product ("flavors of X"), a piece of a compound modifier ("X-friendly rebels"), a role played
  ("as little X in “Show”": a fictional character);
* :func:`product_name`: a product by its noun ("the X streaming music service", "the company's
  X system", "a low-power X Core M processor") or its size ("its new 12-inch X");
* :func:`caption_label`: a caption's one-word label before a person's name ("Agony: Jane
  Doe, 41, ...").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .. import lexicon
from ..model import AnnotatedDoc
from .actor_things import no_actor_names
from .gazetteer import get_gazetteer

_F = json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_filters.json")
                .read_text(encoding="utf-8"))
ERA_PREPS = frozenset(_F["era_preps"])
UNIT_NOUNS = frozenset(_F["unit_nouns"])
PAGE_PREPS = frozenset(_F["page_preps"])
PLACE_HEADS = frozenset(_F["place_heads"])
STATE_CODES = frozenset(_F["state_codes"])
WON_VERBS = frozenset(_F["won_verbs"])
VOTE_WON_VERBS = frozenset(_F["vote_won_verbs"])
PROGRAMME_SUFFIXES = tuple(_F["programme_suffixes"])
CONTEST_NOUNS = frozenset(_F["contest_nouns"])
DISTRICT_SUBJECT_VERBS = frozenset(_F["district_subject_verbs"])
CALLED_VERBS = frozenset(_F["called_verbs"])
REGION_ACTS = frozenset(_F["region_acts"])
TITLE_VERBS = frozenset(_F["title_verbs"])
THING_PRONOUNS = frozenset(_F["thing_pronouns"])
DOCTRINES = frozenset(_F["doctrines"])
INTERJECTIONS = frozenset(_F["interjections"])
CONTRACTIONS = frozenset(_F["contractions"])
HOUSE_OPENERS = frozenset(_F["house_openers"])
EXAMPLE_PREPS = frozenset(_F["example_preps"])
EXAMPLE_NOUNS = frozenset(_F["example_nouns"])
PLACE_NAME_ENDS = frozenset(_F["place_name_ends"])
PLACE_NAME_STARTS = frozenset(_F["place_name_starts"])
VERSION_NOUNS = frozenset(_F["version_nouns"])
PRODUCT_WORDS = frozenset(_F["product_words"])
MODIFIER_ENDS = frozenset(_F["modifier_ends"])
CHARACTER_VERBS = frozenset(_F["character_verbs"])
PRODUCT_NOUNS = frozenset(_F["product_nouns"])
CAPTION_MARKS = frozenset(_F["caption_marks"])
END_WORDS = frozenset(_F["end_words"])
_MEASURE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[ \t]*-?[ \t]*(?i:" + "|".join(
    re.escape(w) for w in sorted(_F["measure_units"], key=len, reverse=True)) + r")\.?[ \t]+$")
_SHOUT = re.compile(r"([a-z])\1\1")
_CHANT = re.compile(r"^(?:[A-Z]-){2,}[A-Z]$")
_PAGE = re.compile(r"^[A-Z][0-9]{1,2}$")
_ORDINAL = re.compile(r"^[0-9]+(?:st|nd|rd|th)$")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def era(adoc: AnnotatedDoc, s: int, en: int, head: int, label: str) -> bool:
    """True when the body's name [s, en) is the object of one of ``era_preps`` and has no
    determiner ("since Reconstruction", "during Prohibition"): a time, not a body. Persons
    ("since Smith") are left alone."""
    toks = adoc.tokens
    t = toks[head]
    if label == "PERSON" or t.dep != "pobj" or toks[t.head].text.lower() not in ERA_PREPS:
        return False
    return not (s > 0 and toks[s - 1].pos == "DET") and not any(
        toks[c].dep in ("det", "poss") for c in adoc.children(head))


def unit_or_page(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when [s, en) is a unit right after one of ``unit_nouns`` ("3.6 degrees
    Fahrenheit") or a newspaper page, a letter and one or two digits after one of
    ``page_preps`` ("the markup on A10")."""
    toks = adoc.tokens
    if s == 0:
        return False
    before = toks[s - 1].text.lower()
    if en - s == 1 and before in UNIT_NOUNS:
        return True
    return en - s == 1 and bool(_PAGE.match(toks[s].text)) and before in PAGE_PREPS


def small_place(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when [s, en) names a small place or premises: it ends in one of ``place_heads``
    ("Washington and Broad Streets", "the Bundy Ranch standoff"), or, one or two words, it owns
    a capitalised one right after it ("Joey's Cafe"), or it opens a pair closed by one ("Allen
    and Stanton Streets"), or closes one ("Club X Bar and Grill"), or it opens with one of
    ``house_openers`` ("Villa X"); unless it is a subject ("the Ranch said")."""
    toks = adoc.tokens
    if toks[head].dep in _SUBJECTS:
        return False
    if toks[en - 1].text.lower() in PLACE_HEADS and en - s >= 2:
        return True
    if en - s >= 2 and toks[s].text.lower() in HOUSE_OPENERS:
        return True  # "his villa, Casa de X": a house
    if en - s == 1 and toks[s].text.lower() in PLACE_HEADS and s >= 2 and \
            toks[s - 1].text.lower() in ("and", "&") and toks[s - 2].text.lower() in PLACE_HEADS \
            and toks[s - 2].text[:1].isupper():
        return True  # "Club X Bar and Grill": the last word of a place's name
    if en - s <= 2 and en < len(toks) and toks[en].text.lower() in ("and", "&") and any(
            toks[j].text.lower() in PLACE_HEADS and all(t.text[:1].isupper() for t in toks[en + 1:j])
            for j in range(en + 2, min(en + 4, len(toks)))):
        return True  # "the corner of Allen and Stanton Streets": the first street
    k = en
    if k < len(toks) and toks[k].text in ("'s", "’s"):
        k += 1
    return en - s <= 2 and k > en and k < len(toks) and toks[k].text[:1].isupper() \
        and toks[k].text.lower() in PLACE_HEADS


def state_code(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when [s, en) is one of ``state_codes`` after a capitalised word and a comma
    ("Berea, OH", "Olympia, Wash.") or modifying a noun ("a VT socialist"): a place."""
    toks = adoc.tokens
    text = adoc.span_text(s, en)
    if text not in STATE_CODES and text.rstrip(".") + "." not in STATE_CODES:
        return False
    if s >= 2 and toks[s - 1].text == "," and toks[s - 2].text[:1].isupper():
        return True
    return toks[head].dep in ("compound", "amod", "nmod") and toks[head].head >= en


@lru_cache(maxsize=1 << 12)
def is_region(name: str) -> bool:
    """True when ``name`` names a first-level division (a US state), not a country."""
    places = get_gazetteer().lookup(name)
    return any(p.feature == "admin1" and kind in ("main", "alternate") for p, kind in places) \
        and not any(p.feature == "country" for p, _ in places)


def won_district(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when a place [s, en) (any, in a list or not) is the object of one of
    ``vote_won_verbs`` ("won Minnesota and X"), or the first-level division [s, en) is the
    object of one of ``won_verbs``, or in
    apposition or a list with such an object ("win Michigan", "carry Ohio and Iowa", "states
    they don't win anymore: Michigan, ..."), the subject of one of ``district_subject_verbs``
    ("X flipped") or the passive subject of one of ``called_verbs`` with "for" ("X was called
    for Y"): a district contested in an election."""
    toks = adoc.tokens
    t = toks[head]
    for _ in range(6):
        if t.dep in ("conj", "appos") and t.head != t.i:
            t = toks[t.head]
            continue
        break
    if t.dep == "dobj" and toks[t.head].lemma.lower() in VOTE_WON_VERBS and \
            get_gazetteer().lookup(adoc.span_text(s, en)):
        return True  # "he has only won Minnesota and X": any place won in a vote
    if not is_region(adoc.span_text(s, en)) and not _code(adoc.span_text(s, en)):
        return False
    if t.dep == "dobj" and toks[t.head].lemma.lower() in WON_VERBS:
        return True
    verb = toks[t.head]
    if t.dep == "nsubj" and verb.lemma.lower() in DISTRICT_SUBJECT_VERBS:
        return True  # "X flipped from Republican to Democratic"
    if t.dep == "nsubjpass" and verb.lemma.lower() in CALLED_VERBS and any(
            toks[c].dep == "prep" and toks[c].text.lower() == "for" for c in adoc.children(verb.i)):
        return True  # "X was called for Y"
    # "states Republicans don't win: Michigan, ...": a list after a noun the verb wins
    return any(toks[c].dep == "relcl" and toks[c].lemma.lower() in WON_VERBS
               for c in adoc.children(t.i)) and t.i != head


def _code(text: str) -> bool:
    """True when ``text`` is one of ``state_codes`` ("SC", "Calif.")."""
    return text in STATE_CODES or text.rstrip(".") + "." in STATE_CODES


def region_owner(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the first-level division [s, en) owns, by a possessive, a noun that is not one
    of ``region_acts`` ("Wisconsin's primary April 5", "X's very conservative Sen. Jane Doe",
    "X's tuition costs"): a place; a state owning an act of its government ("X's law", "X's
    lawsuit") acts by metonymy and stays."""
    toks = adoc.tokens
    t = toks[head]
    if not (t.dep == "poss" or en < len(toks) and toks[en].text in ("'s", "’s")):
        return False
    if not is_region(adoc.span_text(s, en)):
        return False
    owner = toks[t.head] if t.dep == "poss" and t.head != t.i else None
    return owner is None or owner.lemma.lower() not in REGION_ACTS


def slogan(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the name at ``head`` is what a thing is called ("It's called America
    First", "this was dubbed X"): the complement of one of ``title_verbs`` whose subject is one
    of ``thing_pronouns``; a body called so ("a group called X") is left alone."""
    toks = adoc.tokens
    t = toks[head]
    if t.dep not in ("oprd", "attr", "xcomp", "dobj") or toks[t.head].lemma.lower() not in TITLE_VERBS:
        return False
    verb = t.head
    kids = adoc.children(verb)
    if any(toks[c].text.lower() in ("itself", "themselves") for c in kids):
        return False  # "a group that calls itself X": a body's own name
    return any(toks[c].dep in _SUBJECTS and toks[c].text.lower() in THING_PRONOUNS
               and toks[c].tag != "WDT" for c in kids)


def product(adoc: AnnotatedDoc, s: int, en: int, head: int, label: str,
            actor_nouns: frozenset[str]) -> bool:
    """True when the body's name [s, en), not in capitals, has an indefinite article of its
    own and heads its noun phrase as an object ("popping a Coca-Cola", "drives a Ford"): one
    of the body's products."""
    toks = adoc.tokens
    if label != "ORG" or s == 0 or toks[s - 1].text.lower() not in ("a", "an"):
        return False
    t = toks[head]
    if t.dep not in ("dobj", "pobj") or toks[s - 1].head != head or adoc.span_text(s, en).isupper():
        return False
    return not any(toks[k].lemma.lower() in actor_nouns for k in range(s, en))


def title_piece(adoc: AnnotatedDoc, s: int, en: int, title_words: frozenset[str]) -> bool:
    """True when the body's name [s, en) ends in an ordinal and a rank follows ("Air Force
    1st Lt. Jane Doe"): a unit and rank before a person, not a body of its own; or when it
    closes a capitalised title with "of" ("former Secretary of State", "the Minister of
    Defence"): a piece of the title, the holder is the actor."""
    toks = adoc.tokens
    if s >= 2 and toks[s - 1].text == "of" and toks[s - 2].text[:1].isupper() \
            and toks[s - 2].text.lower() in title_words:
        return True
    return bool(_ORDINAL.match(toks[en - 1].text)) and en < len(toks) and \
        toks[en].text.lower().rstrip(".") in title_words


def fragment(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en) is words of a sentence, not a name: it holds a personal
    pronoun before its last word or a verb's contraction (one of ``contractions``: "I'm X"),
    a word with a lower-case letter three times running (a shout, "Yesssss"), or, three words or
    more, it ends in a gerund ("Viral Video of Creeps Hitting": a headline run into the text); or it is one
    word glued to a number before it ("32GB": a unit); or it ends in one of ``end_words`` in lower
    case, a preposition, an article or a conjunction ("Photographs of": words opening a sentence)."""
    toks = adoc.tokens
    words = toks[s:en]
    if any(t.text.lower() in CONTRACTIONS for t in words) or any(t.tag == "PRP" for t in words[:-1]):
        return True
    if en - s >= 2 and words[-1].text in END_WORDS:
        return True  # "Photographs of": a name never ends in a preposition or an article
    if any(_SHOUT.search(t.text) for t in words):
        return True
    if en - s >= 3 and words[-1].pos == "VERB" and words[-1].tag == "VBG":
        return True  # not "David X" with X tagged a verb
    return en - s == 1 and s > 0 and not toks[s - 1].ws and toks[s - 1].text.isdigit() \
        and words[0].text.isalpha()


def example_place(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the name at ``head`` (or the first of the names it is listed with) is the
    object of one of ``example_preps`` ("like", "such as") after a plural of
    ``example_nouns`` that is no subject ("affiliates in countries like X, Y and Z"): places
    given as examples ("countries like X have condemned it" stays)."""
    toks = adoc.tokens
    t = toks[head]
    for _ in range(10):
        if t.dep != "conj" or t.head == t.i:
            break
        t = toks[t.head]
    if t.dep != "pobj" or toks[t.head].text.lower() not in EXAMPLE_PREPS:
        return False
    prep = toks[t.head]
    if prep.text.lower() == "as" and (prep.i == 0 or toks[prep.i - 1].text.lower() != "such"):
        return False
    noun = toks[prep.head]
    if noun.pos == "ADJ" and noun.text.lower() == "such":
        noun = toks[noun.head]
    return noun.tag in ("NNS", "NNPS") and noun.lemma.lower() in EXAMPLE_NOUNS \
        and noun.dep not in _SUBJECTS


def word_or_belief(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en) is, whole, one of ``doctrines`` ("Islam", "National
    Socialist") or ``interjections`` ("Meh", "Woe", "ASAP"), or letters spelled out with
    hyphens ("U-S-A"): a belief or a word, no actor."""
    text = adoc.span_text(s, en)
    return text.lower() in DOCTRINES or text.lower() in INTERJECTIONS or bool(_CHANT.match(text))


_LIST_MARKS = frozenset({",", "and", "or", "&"})


def listed_before_noun(adoc: AnnotatedDoc, s: int, en: int, people: frozenset[str]) -> bool:
    """True when the name [s, en) is one of a list of two or more names closed by a plural
    common noun they all modify ("the M and X clubs", "Hamilton, Lake and X counties"): each
    names one thing of that noun's class, a piece of a name ("X club"), no actor. Not when the
    noun's lemma is one of ``people`` (nouns of persons, groups and forces: "Smith and Jones
    supporters")."""
    toks = adoc.tokens

    def cap(k: int) -> bool:
        return toks[k].text[:1].isupper() and toks[k].pos in ("PROPN", "NOUN", "ADJ")

    k, listed = en, s >= 2 and toks[s - 1].text.lower() in _LIST_MARKS and cap(s - 2) or any(
        toks[j].text.lower() in (",", "and") for j in range(s + 1, en - 1))  # one list tagged
    while k < len(toks) and toks[k].text.lower() in _LIST_MARKS and k + 1 < len(toks) \
            and cap(k + 1):
        listed = True
        k += 1
        while k < len(toks) and cap(k):
            k += 1
    noun = toks[k] if k < len(toks) else None
    return listed and noun is not None and noun.tag == "NNS" and noun.text.islower() \
        and noun.lemma.lower() not in people


def paired_names(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en) is two names joined by a hyphen or a slash, one of which the
    report names elsewhere as a person, modifying a common noun right after it ("a Smith-Jones
    race", "the Smith/Ann Jones ticket"): a pairing of persons that describes the noun (a
    match-up, a ticket), no actor. Bodies paired ("the Acme-Air Force deal": its parties) and
    makers ("Harley-Davidson motorcycles") stay."""
    toks = adoc.tokens
    joints = [k for k in range(s + 1, en - 1) if toks[k].text in ("-", "/", "–")]
    if not joints or en >= len(toks) or toks[en].pos != "NOUN" \
            or not any(toks[k].head >= en for k in range(s, en)):
        return False
    persons = {adoc.tokens[e.end - 1].text for e in adoc.ents
               if e.label == "PERSON" and not (e.start < en and s < e.end)}
    bounds = [s, *joints, en]
    parts = [adoc.span_text(x if x == s else x + 1, y) for x, y in zip(bounds, bounds[1:])]
    return any(p.split() and p.split()[-1] in persons for p in parts)


def programme_name(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the one-word name [s, en) ends in one of ``programme_suffixes`` after a word
    of its own ("Smithcare", "Medicaid"): a programme or a law, no body."""
    text = adoc.span_text(s, en)
    return en - s == 1 and any(text.lower().endswith(x) and len(text) > len(x) + 2
                               and text[-len(x)].islower() for x in PROGRAMME_SUFFIXES)


def common_acronym(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the one-word capitalised short form [s, en) has an indefinite article of its
    own ("started a super PAC", "an NGO"), here or anywhere in the report ("a new PSA about
    X ... the PSA takes place"): a kind of body or thing, no body in particular ("an NBC poll"
    stays: the article is the poll's)."""
    toks = adoc.tokens
    return en - s == 1 and toks[s].text.isupper() and toks[s].text in _kind_acronyms(adoc)


def _kind_acronyms(adoc: AnnotatedDoc) -> frozenset[str]:
    """The capitalised short forms the report writes with an indefinite article of their own."""
    toks = adoc.tokens
    return frozenset(t.text for t in toks if len(t.text) > 1 and t.text.isupper() and t.text.isalpha()
                     and any(toks[c].dep == "det" and toks[c].text.lower() in ("a", "an")
                             for c in adoc.children(t.i)))


def contests_of(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the body's name [s, en) modifies a plural noun of ``contest_nouns`` ("winning
    X campaigns", "the X races"): contests for a seat in that body, no actor."""
    toks = adoc.tokens
    return en < len(toks) and toks[en].tag == "NNS" and toks[en].lemma.lower() in CONTEST_NOUNS \
        and toks[en - 1].head == en


def made_thing(adoc: AnnotatedDoc, s: int, en: int, head: int, label: str) -> bool:
    """True when the name [s, en) names a thing made or played, no actor: a product as the
    object of "of" after one of ``version_nouns`` ("devices running flavors of X"); a piece of a compound modifier, the name glued by a hyphen to one of
    ``modifier_ends`` ("X-friendly rebels", "X-based"); a role played, a person's name after
    "as" that follows one of ``character_verbs`` or is followed by "in" and a quoted or named
    work ("starred as X", "as little X in “The Y Show”")."""
    toks = adoc.tokens
    t = toks[head]
    up = toks[t.head]
    if t.dep == "pobj" and up.text.lower() == "of" and toks[up.head].lemma.lower() in VERSION_NOUNS \
            and toks[up.head].pos == "NOUN":
        return True
    if en + 1 < len(toks) and toks[en].text in ("-", "‐") and not toks[en - 1].ws \
            and not toks[en].ws and toks[en + 1].text.lower() in MODIFIER_ENDS:
        return True
    if label == "PERSON" and t.dep == "pobj" and up.text.lower() == "as":
        nxt = en + 1 < len(toks) and toks[en].text.lower() == "in" and (
            toks[en + 1].text in QUOTE_MARKS or toks[en + 1].ent_type == "WORK_OF_ART")
        return nxt or toks[up.head].lemma.lower() in CHARACTER_VERBS
    return False


QUOTE_MARKS = frozenset({'"', "“", "‘", "'", "«"})


def product_maker(adoc: AnnotatedDoc, s: int, en: int) -> tuple[int, int] | None:
    """The span of the maker's word in a product line named after it: a name [s, en) of two
    words or more with one of ``product_words`` after its first word ("X TV", "the Y X Watch
    dock", "X Watch Sport"), one of whose words before it the report tags alone as a body. The product is no actor; the word naming its
    maker is a mention of the maker. None when the name is no such line."""
    toks = adoc.tokens
    words = [k for k in range(s + 1, en) if toks[k].text[:1].isupper()
             and toks[k].text.lower() in PRODUCT_WORDS]
    if en - s < 2 or not words:
        return None
    makers = {e.text for e in adoc.ents if e.label == "ORG" and e.end - e.start == 1}
    return next(((k, k + 1) for k in range(s, words[-1]) if toks[k].text in makers), None)


def product_name(adoc: AnnotatedDoc, s: int, en: int, head: int, label: str) -> bool:
    """True when the name [s, en) names a product, no actor: a body's name whose last word is
    one of ``product_nouns`` in lower case; a name modifying one of ``product_nouns`` through
    words in lower case ("the X streaming music service", "X's Y operating system") or that a body owns ("the company's X system", "its X app") or, two
    words or more, that has an indefinite article ("a low-power X Core M processor"; "a X
    phone", one word, is its maker); a name right after a number glued to one of
    ``measure_units`` ("its new 12-inch X"). A one-word name the report makes a subject or a
    possessor elsewhere is the maker ("X mobile devices" where "X said"): it stays."""
    toks = adoc.tokens
    if label == "ORG" and en - s >= 2 and toks[en - 1].text.islower() \
            and toks[en - 1].lemma.lower() in PRODUCT_NOUNS:
        return True
    if _MEASURE.search(adoc.text[max(0, toks[s].idx - 24):toks[s].idx]):
        return True
    t = toks[head]
    host = toks[t.head]
    if en - s == 1 and any(k.text == toks[s].text and k.i != s and (k.dep in _SUBJECTS or k.dep == "poss")
                           for k in toks):
        return False  # "X mobile devices", X a subject elsewhere: the maker, named as such
    if t.dep not in ("compound", "nmod") or t.head < en or host.pos != "NOUN" \
            or host.lemma.lower() not in PRODUCT_NOUNS or not host.text.islower() \
            or host.dep in _SUBJECTS or host.dep == "appos":
        return False  # "the X monitoring service reported", "Y, the X news service": a body
    if host.i > en and all(toks[k].text.islower() and toks[k].dep in ("compound", "amod")
                           for k in range(en, host.i)):
        return True  # "the X streaming music service": a descriptor in lower case between
    kids = [toks[c] for c in adoc.children(host.i) if c < s]
    if any(k.dep == "poss" and (k.text.lower() in ("its", "their") or k.ent_type == "ORG"
                                or k.pos == "NOUN") for k in kids):
        return True
    return en - s >= 2 and any(k.dep == "det" and k.text.lower() in ("a", "an") for k in kids)


def caption_label(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the one-word name [s, en) opens a line after the report's first, is followed
    by one of ``caption_marks`` and then, on that line within eight words, by a person's name,
    and the report writes the word nowhere else ("Agony: Jane Doe, 41, tries to ...", "Scam?
    Local masseuse Jane Doe is pictured"): a caption's label, no actor (a headline "Name:
    quote" has no person's name after the colon)."""
    toks = adoc.tokens
    if en - s != 1 or en >= len(toks) or toks[en].text not in CAPTION_MARKS:
        return False
    a = toks[s].idx
    line = adoc.text.rfind("\n", 0, a) + 1
    if line == 0 or adoc.text[line:a].strip():
        return False
    stop = adoc.text.find("\n", a)
    stop = len(adoc.text) if stop < 0 else stop
    if sum(1 for t in toks if t.text == toks[s].text) > 1:
        return False
    return any(e.label == "PERSON" and e.start > en and toks[e.start].idx < stop
               and e.start - en <= 8 for e in adoc.ents)


DISEASE_WORDS = frozenset(_F["disease_words"])
DISEASE_SUFFIXES = tuple(_F["disease_suffixes"])
CALLED_NOUNS = frozenset(_F["called_nouns"]) | frozenset(_F["thing_nouns"])
NAMING_WORDS = frozenset(_F["naming_words"])
WORK_HEADS = frozenset(_F["work_heads"])
FINDING_VERBS = frozenset(_F["finding_verbs"])
GREETINGS = frozenset(_F["greetings"])
FEATURE_NOUNS = frozenset(_F["feature_nouns"])
LAW_HEADS = frozenset(_F["law_heads"])
LAW_BODY_WORDS = frozenset(_F["law_body_words"]) | frozenset(
    json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_words.json")
               .read_text(encoding="utf-8"))["institution_suffixes"])
_SPEECH = lexicon.words("reporting_verbs", "quotes")


def _illness(word: str) -> bool:
    w = word.lower()
    return w in DISEASE_WORDS or len(w) >= 8 and w.endswith(DISEASE_SUFFIXES)


def _work_end(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en) ends in an illness's or a substance's word ("X Syndrome",
    "Familial Xemia") or, of two words or more, in a work's ("the X Interview Survey", "the Y
    Guide") and is no subject of a verb other than ``finding_verbs`` ("the X Survey said": a
    body)."""
    toks = adoc.tokens
    last = toks[en - 1]
    if not last.text[:1].isupper():
        return False
    if _illness(last.text):
        return True
    k = en
    if k + 1 < len(toks) and toks[k].text == "(":  # "X (the “bad”) Cholesterol"
        k = next((j + 1 for j in range(k, min(len(toks), k + 8)) if toks[j].text == ")"), k)
    if k < len(toks) and toks[k].text[:1].isupper() and toks[k].text.lower() in DISEASE_WORDS:
        return True  # "LDL Cholesterol": a substance named before its kind
    b = s  # the name's capitalised modifiers the tagger left out ("Z" of "Y's Z Law")
    while b > 0 and toks[b - 1].dep == "compound" and toks[b - 1].text[:1].isupper() \
            and s <= toks[b - 1].head < en:
        b -= 1
    if en - b >= 2 and last.text.lower() in LAW_HEADS and b > 0 and (
            toks[b - 1].text.lower() == "the" or toks[b - 1].tag in ("POS", "PRP$")) and not any(
            toks[k].text.lower() in LAW_BODY_WORDS for k in range(b, en - 1)):
        return True  # "the X Act", "Y's Z Law": a law (not "Jane Law", "the X College of Law")
    if en - s < 2 or last.text.lower() not in WORK_HEADS:
        return False
    head = head_of_name(adoc, s, en)
    t = toks[head]
    return not (t.dep in ("nsubj", "nsubjpass") and toks[t.head].lemma.lower() not in FINDING_VERBS)


def head_of_name(adoc: AnnotatedDoc, s: int, en: int) -> int:
    toks = adoc.tokens
    return next((k for k in range(en - 1, s - 1, -1) if not s <= toks[k].head < en
                 or toks[k].head == k), en - 1)


def work_or_thing(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en) names a work, an illness or a substance, or a letter's
    addressee, no actor: its last word is one of ``disease_words`` or ends in one of
    ``disease_suffixes`` ("X Syndrome", "Familial Xemia"); it ends in one of ``work_heads``
    and does not act ("the X Interview Survey estimates", "straight from the Y Guide"; not
    "the X Survey said"); it follows a verb of naming on a noun of a thing ("a genetic
    disorder called X", "a software called Y"); it is the short form in brackets right after
    such a name ("the X Survey (XS)"); or it opens a line after a greeting ("Dear Mr. X,").
    A letter's addressee named elsewhere in the report is an actor by those mentions."""
    toks = adoc.tokens
    if _work_end(adoc, s, en):
        return True
    if s >= 2 and en < len(toks) and toks[s - 1].text == "(" and toks[en].text == ")" \
            and en - s == 1 and toks[s].text.isupper():
        b = s - 1  # the name before the bracket: the tokens of its entity
        ent = next((e for e in adoc.ents if e.end == b), None)
        if ent is not None and _work_end(adoc, ent.start, ent.end):
            return True
    if s >= 2 and toks[s - 1].text.lower() in NAMING_WORDS:
        k = s - 2
        while k >= 0 and toks[k].pos in ("ADJ", "ADV", "PUNCT") and toks[k].text not in ".!?":
            k -= 1
        if k >= 0 and toks[k].pos == "NOUN" and toks[k].lemma.lower() in CALLED_NOUNS:
            return True  # "a genetic disorder called X", "an iOS-based software called Y"
    first = toks[s].text in GREETINGS or s > 0 and toks[s - 1].text in GREETINGS
    if first:
        k = s if toks[s].text in GREETINGS else s - 1
        line = adoc.text.rfind("\n", 0, toks[k].idx) + 1
        return not adoc.text[line:toks[k].idx].strip()
    return False


def feature_names(adoc: AnnotatedDoc) -> frozenset[str]:
    """Names the report writes as the modifier of one of ``feature_nouns`` in lower case ("X
    technology", "the Y feature") and never as a possessor ("X's") nor as the subject of a
    reporting verb: a product's feature, none of whose mentions is an actor ("X will allow the
    device to ..."; the maker in "X technology" where "X said" stays); and the code names and
    product lines of :func:`sitroom.extract.actor_things.no_actor_names`."""
    toks = adoc.tokens
    named: set[str] = set()
    makers: set[str] = set()
    for e in adoc.ents:
        if e.label not in ("ORG", "PRODUCT", "WORK_OF_ART", "PERSON", "GPE", "NORP"):
            continue
        t = toks[head_of_name(adoc, e.start, e.end)]
        text = adoc.span_text(e.start, e.end)
        if t.dep == "compound" and t.head == e.end and toks[e.end].text.islower() \
                and toks[e.end].lemma.lower() in FEATURE_NOUNS:
            named.add(text)
        if t.dep == "poss" or e.end < len(toks) and toks[e.end].tag == "POS" or (
                t.dep in _SUBJECTS and toks[t.head].lemma.lower() in _SPEECH):
            makers.add(text)
    return frozenset(named - makers) | no_actor_names(adoc)
