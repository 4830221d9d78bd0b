"""Names of works, illnesses, substances, laws and product features: no actors.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc`, split out of
:mod:`sitroom.extract.actor_labels` (which still exports them); words in
``data/actor_filters.json``:

* :func:`work_or_thing`: a work ("the X Survey"), an illness or a substance ("X Syndrome"), a
  law ("the X Act"), a thing called so ("a software called Y"), a letter's addressee;
* :func:`feature_names`: names written only as a product's feature ("X technology").
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import lexicon
from ..model import AnnotatedDoc
from .actor_base import SUBJECT_DEPS
from .actor_filter_words import filter_words
from .actor_things import no_actor_names

_F = filter_words()
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
                t.dep in SUBJECT_DEPS and toks[t.head].lemma.lower() in _SPEECH):
            makers.add(text)
    return frozenset(named - makers) | no_actor_names(adoc)
