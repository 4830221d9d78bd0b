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

The tests of times and places are here; the others live in :mod:`sitroom.extract.actor_labels_words`,
:mod:`sitroom.extract.actor_labels_products` and :mod:`sitroom.extract.actor_labels_works`
(round 18), and are exported from here too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import AnnotatedDoc
from .actor_base import SUBJECT_DEPS
from .actor_filter_words import filter_words
from .actor_labels_products import (CHARACTER_VERBS, MODIFIER_ENDS, PRODUCT_NOUNS,  # noqa: F401
                                    PRODUCT_WORDS, QUOTE_MARKS, VERSION_NOUNS, made_thing,
                                    product, product_maker, product_name)
from .actor_labels_words import (CAPTION_MARKS, CONTEST_NOUNS, CONTRACTIONS, DOCTRINES,  # noqa: F401
                                 END_WORDS, INTERJECTIONS, PROGRAMME_SUFFIXES, THING_PRONOUNS,
                                 TITLE_VERBS, caption_label, common_acronym, contests_of,
                                 fragment, listed_before_noun, paired_names, programme_name,
                                 slogan, title_piece, word_or_belief)
from .actor_labels_works import (CALLED_NOUNS, DISEASE_SUFFIXES, DISEASE_WORDS,  # noqa: F401
                                 FEATURE_NOUNS, FINDING_VERBS, GREETINGS, LAW_BODY_WORDS,
                                 LAW_HEADS, NAMING_WORDS, WORK_HEADS, feature_names, head_of_name,
                                 work_or_thing)
from .gazetteer import get_gazetteer

_F = filter_words()
ERA_PREPS = frozenset(_F["era_preps"])
UNIT_NOUNS = frozenset(_F["unit_nouns"])
PAGE_PREPS = frozenset(_F["page_preps"])
PLACE_HEADS = frozenset(_F["place_heads"])
STATE_CODES = frozenset(_F["state_codes"])
WON_VERBS = frozenset(_F["won_verbs"])
VOTE_WON_VERBS = frozenset(_F["vote_won_verbs"])
DISTRICT_SUBJECT_VERBS = frozenset(_F["district_subject_verbs"])
CALLED_VERBS = frozenset(_F["called_verbs"])
REGION_ACTS = frozenset(_F["region_acts"])
HOUSE_OPENERS = frozenset(_F["house_openers"])
EXAMPLE_PREPS = frozenset(_F["example_preps"])
EXAMPLE_NOUNS = frozenset(_F["example_nouns"])
PLACE_NAME_ENDS = frozenset(_F["place_name_ends"])
PLACE_NAME_STARTS = frozenset(_F["place_name_starts"])
_PAGE = re.compile(r"^[A-Z][0-9]{1,2}$")


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
    if toks[head].dep in SUBJECT_DEPS:
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
        and noun.dep not in SUBJECT_DEPS
