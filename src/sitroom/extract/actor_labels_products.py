"""Names of products, of things made and of roles played: no actors.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc`, split out of
:mod:`sitroom.extract.actor_labels` (which still exports them); words in
``data/actor_filters.json``:

* :func:`product`: a body's name with an indefinite article of its own ("drives a Ford");
* :func:`made_thing`: a product ("flavors of X"), a piece of a compound modifier ("X-friendly
  rebels"), a role played ("as little X in “Show”": a fictional character);
* :func:`product_maker`: a product line named after its maker ("X TV"): the maker's word
  alone is the mention;
* :func:`product_name`: a product by its noun ("the X streaming music service") or its size
  ("its new 12-inch X");
* :func:`product_piece`: a product line, or the words of one after its maker, that the report
  names after its maker elsewhere ("the X Watch Edition is", "the cheapest Sport" after "the
  X Watch Sport"; round 20).
"""

from __future__ import annotations

import re

from ..model import AnnotatedDoc
from .actor_base import SUBJECT_DEPS
from .actor_filter_words import filter_words

_F = filter_words()
VERSION_NOUNS = frozenset(_F["version_nouns"])
PRODUCT_WORDS = frozenset(_F["product_words"])
_LINE_WORD = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _F["line_prefixes"]) + r")[A-Z][a-z]+s?$")
MODIFIER_ENDS = frozenset(_F["modifier_ends"])
CHARACTER_VERBS = frozenset(_F["character_verbs"])
PRODUCT_NOUNS = frozenset(_F["product_nouns"])
_MEASURE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[ \t]*-?[ \t]*(?i:" + "|".join(
    re.escape(w) for w in sorted(_F["measure_units"], key=len, reverse=True)) + r")\.?[ \t]+$")


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
    dock", "X Watch Sport") or a word of a product line closing it ("X iPhones", round 21), one
    of whose words before it the report tags alone as a body. The product is no actor; the
    word naming its maker is a mention of the maker. None when the name is no such line."""
    toks = adoc.tokens
    words = [k for k in range(s + 1, en) if toks[k].text[:1].isupper()
             and toks[k].text.lower() in PRODUCT_WORDS]
    if en - s >= 2 and _LINE_WORD.match(toks[en - 1].text):
        words.append(en - 1)  # "X iPhones": a line word of ``line_prefixes`` closing the name (round 21)
    if en - s < 2 or not words:
        return None
    makers = {e.text for e in adoc.ents if e.label == "ORG" and e.end - e.start == 1}
    return next(((k, k + 1) for k in range(s, words[-1]) if toks[k].text in makers), None)


def _product_lines(adoc: AnnotatedDoc) -> frozenset[tuple[str, ...]]:
    """The product lines the report names after their maker, from the maker's word to the
    last of ``product_words`` after it: in a run of capitalised proper nouns, a word the report
    tags alone as a body followed by one of ``product_words`` ("X TV", "X Watch Edition"). One
    word more closes the line when it closes the run and is no person's ("the X Watch Sport"):
    the words of a name after the line ("the X Watch Sport Edition Anna Berg bought") are no
    part of it.
    Found afresh at each call (no state is kept between reports)."""
    toks = adoc.tokens
    makers = {e.text for e in adoc.ents if e.label == "ORG" and e.end - e.start == 1}
    lines: set[tuple[str, ...]] = set()
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j].pos == "PROPN" and toks[j].text[:1].isupper():
            j += 1
        for m in range(i, j - 1):
            words = [k for k in range(m + 1, j) if toks[k].text.lower() in PRODUCT_WORDS]
            if toks[m].text in makers and words:
                end = words[-1] + 1  # one word more when it closes the run: "X Watch Sport"
                end += end + 1 == j and toks[end].ent_type != "PERSON"
                lines.add(tuple(t.text for t in toks[m:end]))
                break
        i = max(j, i + 1)
    return frozenset(lines)


def product_piece(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the proper nouns closing [s, en) are a product line the report names after
    its maker, or its last words after the maker: "The X Watch Edition is the most high-end",
    "the basic X Watch will cost", "The cheapest Sport is set to cost" where the report writes
    "the X Watch Sport" (round 20). The maker's word alone ("X") is no piece: it stays."""
    toks = adoc.tokens
    k = en
    while k > s and toks[k - 1].pos == "PROPN" and toks[k - 1].text[:1].isupper():
        k -= 1
    words = tuple(t.text for t in toks[k:en])
    if not words:
        return False
    lines = _product_lines(adoc)
    makers = {line[0] for line in lines}
    if all(w in makers for w in words):
        return False
    return any(line[len(line) - len(words):] == words for line in lines if len(line) >= len(words))


def product_name(adoc: AnnotatedDoc, s: int, en: int, head: int, label: str) -> bool:
    """True when the name [s, en) names a product, no actor: a body's name whose last word is
    one of ``product_nouns`` in lower case; a name modifying one of ``product_nouns`` through
    words in lower case ("the X streaming music service", "X's Y operating system") or that a body owns ("the company's X system", "its X app") or, two
    words or more, that has an indefinite article ("a low-power X Core M processor"; "a X
    phone", one word, is its maker); a name right after a number glued to one of
    ``measure_units`` ("its new 12-inch X"). A one-word name the report makes a subject or a
    possessor elsewhere is the maker ("X mobile devices" where "X said"): it stays."""
    toks = adoc.tokens
    if label == "ORG" and product_piece(adoc, s, en):
        return True  # "the Edition" after "the X Watch Edition": a piece of a product line
    if label == "ORG" and en - s >= 2 and toks[en - 1].text.islower() \
            and toks[en - 1].lemma.lower() in PRODUCT_NOUNS:
        return True
    if _MEASURE.search(adoc.text[max(0, toks[s].idx - 24):toks[s].idx]):
        return True
    t = toks[head]
    host = toks[t.head]
    if en - s == 1 and any(k.text == toks[s].text and k.i != s and (k.dep in SUBJECT_DEPS or k.dep == "poss")
                           for k in toks):
        return False  # "X mobile devices", X a subject elsewhere: the maker, named as such
    if t.dep not in ("compound", "nmod") or t.head < en or host.pos != "NOUN" \
            or host.lemma.lower() not in PRODUCT_NOUNS or not host.text.islower() \
            or host.dep in SUBJECT_DEPS or host.dep == "appos":
        return False  # "the X monitoring service reported", "Y, the X news service": a body
    if host.i > en and all(toks[k].text.islower() and toks[k].dep in ("compound", "amod")
                           for k in range(en, host.i)):
        return True  # "the X streaming music service": a descriptor in lower case between
    kids = [toks[c] for c in adoc.children(host.i) if c < s]
    if any(k.dep == "poss" and (k.text.lower() in ("its", "their") or k.ent_type == "ORG"
                                or k.pos == "NOUN") for k in kids):
        return True
    return en - s >= 2 and any(k.dep == "det" and k.text.lower() in ("a", "an") for k in kids)
