"""Names that are words of a sentence, a belief, a slogan, a list or a title: no actors.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc`, split out of
:mod:`sitroom.extract.actor_labels` (which still exports them); words in
``data/actor_filters.json``:

* :func:`slogan`: a name called so by a thing ("It's called America First");
* :func:`title_piece`: a unit's name cut before a rank ("Air Force 1st Lt. Jane Doe"), a
  body's name closing a title ("former Secretary of State Jane Doe");
* :func:`fragment`: words of a quote or a shout taken for a name ("I'm X", "Yesssss"), a
  headline clause ending in a verb, a unit glued to a number ("32GB");
* :func:`word_or_belief`: a religion or an ideology, an interjection, a chant spelled out;
* :func:`listed_before_noun`, :func:`paired_names`: names listed or paired before a common
  noun they modify ("the M and X clubs", "a Smith-Jones race");
* :func:`programme_name`, :func:`common_acronym`, :func:`contests_of`: a programme, a kind of
  body written with "a"/"an", contests for a seat in a body;
* :func:`caption_label`: a caption's one-word label before a person's name;
* :func:`cut_title`, :func:`party_tag_holder`, :func:`holiday_name` (round 21): a title's
  abbreviation cut from the name at its period ("X Lt. Jane Doe said"), a party and state tag
  between a name and its role ("Rep. X, D-W. Va., chairman of ..."), a day named after a
  person ("X's Day").
"""

from __future__ import annotations

import re

from ..model import AnnotatedDoc
from .actor_base import POSSESSIVE, SUBJECT_DEPS
from .actor_coref_common import TITLE_ABBREVIATIONS
from .actor_filter_words import filter_words

_F = filter_words()
TITLE_VERBS = frozenset(_F["title_verbs"])
THING_PRONOUNS = frozenset(_F["thing_pronouns"])
DOCTRINES = frozenset(_F["doctrines"])
INTERJECTIONS = frozenset(_F["interjections"])
CONTRACTIONS = frozenset(_F["contractions"])
CAPTION_MARKS = frozenset(_F["caption_marks"])
END_WORDS = frozenset(_F["end_words"])
CONTEST_NOUNS = frozenset(_F["contest_nouns"])
PROGRAMME_SUFFIXES = tuple(_F["programme_suffixes"])
PARTY_LETTERS = frozenset(_F["party_letters"])
HOLIDAY_HEADS = frozenset(_F["holiday_heads"])
_SHOUT = re.compile(r"([a-z])\1\1")
_CHANT = re.compile(r"^(?:[A-Z]-){2,}[A-Z]$")
_ORDINAL = re.compile(r"^[0-9]+(?:st|nd|rd|th)$")


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
    return any(toks[c].dep in SUBJECT_DEPS and toks[c].text.lower() in THING_PRONOUNS
               and toks[c].tag != "WDT" for c in kids)


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


def cut_title(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en) ends in a title's abbreviation (one of
    ``title_abbreviations`` of ``data/actor_words.json``: "Lt", "Sgt", "Pct") whose full stop
    the tokenizer split off, glued, before a capitalised word or a number ("LPD Lt. Jane Doe
    said", "a request from Pct. 4 Constable X"): the title of the person named next, cut at its
    period, no actor of its own (round 21)."""
    toks = adoc.tokens
    last = toks[en - 1]
    if last.text.lower().rstrip(".") not in TITLE_ABBREVIATIONS:
        return False
    k = en
    if not last.text.endswith("."):
        if k >= len(toks) or toks[k].text != "." or last.ws:
            return False
        k += 1
    if k >= len(toks):
        return False
    nxt = toks[k].text
    return nxt[:1].isupper() or nxt.isdigit()


def party_tag_holder(adoc: AnnotatedDoc, i: int) -> int:
    """The person a party and state tag at token ``i`` stands beside ("Rep. X, D-W. Va.,
    chairman of ...": the tag, one of ``party_letters`` glued by a hyphen to a state, in
    apposition with X): X's token, so that a role phrase in apposition with the tag is X's
    (round 21); ``i`` when the token is no such tag."""
    toks = adoc.tokens
    t = toks[i]
    sub = adoc.subtree(i)
    first = min(sub) if sub else i
    if t.dep != "appos" or t.head == i or first + 2 > i:
        return i
    if toks[first].text not in PARTY_LETTERS or toks[first + 1].text not in ("-", "‐") \
            or toks[first].ws or toks[first + 1].ws:
        return i
    return t.head


def holiday_name(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en) is followed by a possessive and one of ``holiday_heads``,
    capitalised ("X's Day", "Y's Eve"): a day named after someone, no actor (round 21)."""
    toks = adoc.tokens
    if en + 1 >= len(toks) or toks[en].text not in POSSESSIVE:
        return False
    head = toks[en + 1]
    return head.text[:1].isupper() and head.text.lower() in HOLIDAY_HEADS
