"""The words and the candidate record of actor extraction, and small helpers over tokens.

Shared by the modules of actor extraction (:mod:`sitroom.extract.actors` and its parts
``actor_entities``, ``actor_phrases``, ``actor_places``, ``actor_coref``). The words are in
``data/actor_words.json``, loaded once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..model import AnnotatedDoc, Token
from .actor_chains import LEADING_ADVERBS

_W = json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_words.json")
                .read_text(encoding="utf-8"))
# head nouns (lemma, lower case) that denote actors, with their kind
ACTOR_NOUNS: dict[str, str] = {
    **{w: "armed_group" for w in _W["armed"]},
    **{w: "organisation" for w in _W["organisations"]},
    **{w: "person" for w in _W["persons"]},
    **{w: "group" for w in _W["groups"]},
}
ACTOR_NOUN_LEMMAS = frozenset(ACTOR_NOUNS)
# words that make an organisation name an armed group
MILITARY_WORDS = frozenset(_W["military_words"])
# capitalised heads that make an unrecognised proper noun phrase an institution
INSTITUTION_SUFFIXES = frozenset(_W["institution_suffixes"])
# title words stripped from person names (lower case, without the final full stop)
TITLE_WORDS = frozenset(_W["title_words"])
# honorifics before a name ("Mr.", "Mrs."), lower case without the full stop
HONORIFICS = frozenset(_W["honorific_gender"])
# pronouns and the kinds of antecedent they accept
PRONOUN_KINDS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _W["pronoun_kinds"].items()}
# prepositions whose object is a location, not an actor
LOCATIVE_PREPS = frozenset(_W["locative_preps"])
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# entity labels that make a modifier a name ("Russian", "Iraq's", "NATO")
NAMED_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})
# determiners that make a noun phrase no one in particular
NONSPECIFIC = frozenset(_W["nonspecific"])
OPEN_QUANTITIES = frozenset(_W["open_quantities"])
UPPER_BOUNDS = frozenset(_W["upper_bounds"])
# nouns for the people of a body: "soldiers of the 5th Brigade", "Hamas fighters" act as the body
MEMBER_NOUNS = frozenset(_W["member_nouns"])
# nouns of groups that name many even in the singular ("an advocacy group")
COLLECTIVE_NOUNS = frozenset(_W["collective_nouns"])
# a platform named where something was posted is a medium, not an actor: "the Telegram
# channel", "a video posted on Telegram", "wrote on X"
MEDIA_HOSTS = frozenset(_W["media_hosts"])
POSTING = frozenset(_W["posting"])
# prepositions after which a bare name is a place ("the coup in X")
PLACE_PREPS = frozenset(_W["place_preps"])
DETERMINERS = frozenset(_W["determiners"])
POSSESSIVE = frozenset(_W["possessive_marks"])
# verbs of being of an impersonal "it seems", "it remains"
COPULAS = frozenset(_W["copulas"])
# adjectives and nouns of impersonal "it is ... that/to" sentences
IMPERSONAL = frozenset(_W["impersonal"])
QUOTES = frozenset(_W["quote_marks"])
# dashes that, with spaces around them, end a name (scraped text writes an em dash as " - ")
SPACED_DASHES = frozenset(_W["spaced_dashes"])
# Arabic articles before a surname ("al-Jolani" -> "Jolani")
NAME_ARTICLES = tuple(_W["name_articles"])
# titles that make an entity mis-tagged as an organisation a person ("General Smith")
PERSON_TITLES = frozenset(_W["person_titles"])
# prepositions after which an organisation's name is a location ("the summit in Lisbon")
ORG_LOCATIVE_PREPS = frozenset(_W["org_locative_preps"])
# nouns that after a name make a group named after its leader ("Smith supporters", "the Smith
# campaign"), with its kind; the "plural" ones only in the plural
LED_GROUPS: dict[str, dict[str, str]] = _W["led_groups"]
# words that show a name tagged as a body is a person's ("Ms. Doe", "Doe, who", "she")
PERSON_EVIDENCE: dict[str, list[str]] = _W["person_evidence"]


@dataclass
class Cand:
    """A candidate actor mention of one report, mutable while the mentions are resolved."""

    start: int  # first token
    end: int  # one past the last token
    head: int
    kind: str
    name: str
    role: str | None = None
    pronoun: bool = False
    definite_role: bool = False  # "the president": may point to an earlier person
    coref_of: int | None = None
    generic: bool = False  # "the government": an antecedent for pronouns, not an actor
    alias: bool = False  # "X, also known as Y": Y is another name of X (keeps its own name)
    appos_to: int | None = None  # token of the person this role phrase is in apposition with
    nickname: str | None = None  # 'Robert "Bobby" Doe': "Bobby", taken out of the name


def low(t: Token) -> str:
    return t.text.lower().rstrip(".")


def lem_of(t: Token) -> str:
    return t.lemma.lower()


def named(t: Token) -> bool:
    return t.pos == "PROPN" or t.ent_type in NAMED_ENTS


def head_of(adoc: AnnotatedDoc, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside the span (the last one if several)."""
    best = end - 1
    for i in range(start, end):
        h = adoc.tokens[i].head
        if h == i or not start <= h < end:
            best = i
    return best


def trim(adoc: AnnotatedDoc, start: int, end: int, cut_possessive: bool = True) -> tuple[int, int]:
    """Drop leading determiners, white space and a quote mark opening a quotation before a
    determiner, cut at a possessive marker inside the span
    ("X's vitriolic denunciations" -> "X") unless told not to, drop trailing punctuation."""
    while start < end - 1 and (adoc.tokens[start].text.lower() in DETERMINERS
                               or adoc.tokens[start].pos == "SPACE"
                               or adoc.tokens[start].text.lower() in LEADING_ADVERBS
                               or adoc.tokens[start].text in QUOTES
                               and adoc.tokens[start + 1].text.lower() in DETERMINERS):
        start += 1  # an opening quote mark before "a" or "the" too ('“a president', round 21)
    for i in range(start + 1, end - 1):
        if cut_possessive and adoc.tokens[i].text in POSSESSIVE:
            end = i
            break
    while end > start + 1 and (adoc.tokens[end - 1].text in POSSESSIVE
                               or adoc.tokens[end - 1].pos == "PUNCT"):
        end -= 1
    return start, end


def actor_noun_kind(t: Token) -> str | None:
    """Kind of actor a noun denotes ("Rebels" at a sentence start is tagged as a proper
    noun with an unreduced lemma: its lower-case singular is tried too), else None."""
    low = t.text.lower()
    for key in (t.lemma.lower(), low, low[:-1] if low.endswith("s") else low):
        if key in ACTOR_NOUNS:
            return ACTOR_NOUNS[key]
    return None


def hyphenated(adoc: AnnotatedDoc, start: int, end: int) -> bool:
    """True when the span is glued by a hyphen to a neighbouring word."""
    toks = adoc.tokens
    before = start > 0 and toks[start - 1].text == "-" and not toks[start - 1].ws
    after = end < len(toks) and toks[end].text == "-" and not toks[end - 1].ws
    return before or after


def clean_name(text: str) -> str:
    for p in ("'s", "’s"):
        if text.endswith(p):
            text = text[: -len(p)]
    return text.rstrip("'’ ").strip()


def subtree_text(adoc: AnnotatedDoc, i: int, exclude: set[int] | None = None) -> str:
    toks = [j for j in adoc.subtree(i) if not exclude or j not in exclude]
    toks = [j for j in toks if adoc.tokens[j].pos != "PUNCT" or adoc.tokens[j].text in ("-", "'s")]
    if not toks:
        return ""
    s, e = trim(adoc, min(toks), max(toks) + 1, cut_possessive=False)
    return adoc.span_text(s, e)
