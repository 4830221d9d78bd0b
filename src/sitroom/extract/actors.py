"""Actor mentions: people, organisations, states, armed groups and groups of one document.

Requires the tokens, entities, noun chunks and dependency parse of an
:class:`~sitroom.model.AnnotatedDoc`; produces :class:`~sitroom.model.ActorMention` records
ordered by start offset. Sources of mentions, all general rules:

* named entities: PERSON (person), ORG (organisation, or armed_group when a military word is
  part of the name), GPE used as an actor rather than as a location (state), NORP used as a
  noun ("the Palestinians": group);
* noun phrases whose head denotes an actor ("the army", "regular forces", "his troops",
  "the Defense Ministry", "the White House", "officials"), see :data:`ACTOR_NOUNS`;
* personal pronouns as subjects or possessives (he, she, his, her, they, their, it, its).

Names are canonical within the document: titles and possessives stripped ("Defense Minister
Sergei Ivanov" -> name "Sergei Ivanov", role "Defense Minister"), an appositive gives the role
("X, the chief of the Y force" -> "chief of the Y force"; "Y's leader, X" -> "Y's leader").
``coref_of`` links a surname-only mention to the earlier full name, a pronoun or a definite
role noun ("the president") to the most recent compatible mention (subjects preferred).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lang.forms import name_form
from ..model import ActorMention, AnnotatedDoc, Token
from .actor_chains import (ALIAS_GAP, GOVERNMENT_NOUNS, LEADING_ADVERBS, country_of, decide_kinds, government_of,
                           join_bodies, join_given_names)
from .actor_filters import (adjectival_names, body_part, building, described_town, gone_to,
                            home_of_person, modifier_only,
                            named_thing, not_a_name, office, outside_quotes, place_of, platform,
                            quality_of_person, quote_regions, quoted_title, t_appos_place,
                            thing_names)
from .actor_page import dateline_tokens, furniture_tokens, headline_spans
from .gazetteer import get_gazetteer
from .places import taken_place
from .plover import NOUNS as EVENT_NOUNS
from .time_lex import ZONES

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
# pronouns and the kinds of antecedent they accept
PRONOUN_KINDS: dict[str, tuple[str, ...]] = {
    "he": ("person",), "she": ("person",), "his": ("person",), "her": ("person",),
    "they": ("armed_group", "group", "organisation", "state", "government"),
    "their": ("armed_group", "group", "organisation", "state", "government"),
    "it": ("organisation", "state", "armed_group", "government"),
    "its": ("organisation", "state", "armed_group", "government"),
}
# prepositions whose object is a location, not an actor
LOCATIVE_PREPS = frozenset(_W["locative_preps"])
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# entity labels that make a modifier a name ("Russian", "Iraq's", "NATO")
NAMED_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})
# determiners that make a noun phrase no one in particular
NONSPECIFIC = frozenset(_W["nonspecific"])
# nouns for the people of a body: "soldiers of the 5th Brigade", "Hamas fighters" act as the body
MEMBER_NOUNS = frozenset(_W["member_nouns"])
# a platform named where something was posted is a medium, not an actor: "the Telegram
# channel", "a video posted on Telegram", "wrote on X"
MEDIA_HOSTS = frozenset(_W["media_hosts"])
POSTING = frozenset(_W["posting"])
# prepositions after which a bare name is a place ("the coup in X")
PLACE_PREPS = frozenset(_W["place_preps"])
_DETERMINERS = frozenset({"the", "a", "an"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_COPULAS = frozenset({"be", "seem", "appear", "remain", "become"})
# adjectives and nouns of impersonal "it is ... that/to" sentences
IMPERSONAL = frozenset(_W["impersonal"])
QUOTES = frozenset('"“”‘’«»')
# titles that make an entity mis-tagged as an organisation a person ("General Smith")
PERSON_TITLES = frozenset(_W["person_titles"])
# prepositions after which an organisation's name is a location ("the summit in Lisbon")
ORG_LOCATIVE_PREPS = frozenset(_W["org_locative_preps"])


@dataclass
class _Cand:
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


def _low(t: Token) -> str:
    return t.text.lower().rstrip(".")


def _acting_adjective(adoc: AnnotatedDoc, i: int) -> bool:
    """A people's adjective on an act that is the subject of its clause ("Russian strikes killed
    five"): the state acts through that act."""
    t = adoc.tokens[i]
    if t.dep != "amod" or t.head == i:
        return False
    noun = adoc.tokens[t.head]
    return _lem_of(noun) in EVENT_NOUNS and noun.dep in ("nsubj", "nsubjpass")


def _head_of(adoc: AnnotatedDoc, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside the span (the last one if several)."""
    best = end - 1
    for i in range(start, end):
        h = adoc.tokens[i].head
        if h == i or not start <= h < end:
            best = i
    return best


def _trim(adoc: AnnotatedDoc, start: int, end: int, cut_possessive: bool = True) -> tuple[int, int]:
    """Drop leading determiners and white space, cut at a possessive marker inside the span
    ("X's vitriolic denunciations" -> "X") unless told not to, drop trailing punctuation."""
    while start < end - 1 and (adoc.tokens[start].text.lower() in _DETERMINERS
                               or adoc.tokens[start].pos == "SPACE"
                               or adoc.tokens[start].text.lower() in LEADING_ADVERBS):
        start += 1
    for i in range(start + 1, end - 1):
        if cut_possessive and adoc.tokens[i].text in _POSSESSIVE:
            end = i
            break
    while end > start + 1 and (adoc.tokens[end - 1].text in _POSSESSIVE
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


def _lem_of(t: Token) -> str:
    return t.lemma.lower()


def _hyphenated(adoc: AnnotatedDoc, start: int, end: int) -> bool:
    """True when the span is glued by a hyphen to a neighbouring word."""
    toks = adoc.tokens
    before = start > 0 and toks[start - 1].text == "-" and not toks[start - 1].ws
    after = end < len(toks) and toks[end].text == "-" and not toks[end - 1].ws
    return before or after


def _modifier_of_thing(adoc: AnnotatedDoc, head: int) -> bool:
    """True when a name is a noun modifier of a common noun that is neither an actor nor an
    event ("a Trojan horse"): a description, not a participant."""
    t = adoc.tokens[head]
    if t.dep != "compound":
        return False
    h = adoc.tokens[t.head]
    return h.pos == "NOUN" and actor_noun_kind(h) is None and _lem_of(h) not in EVENT_NOUNS


def _at_place(adoc: AnnotatedDoc, start: int, end: int) -> bool:
    """True when a name [start, end) tagged as a person is a place or a thing: the object of
    a locative preposition without a title ("the coup in X"), or a name with digits
    ("F-16s")."""
    toks = adoc.tokens
    if any(ch.isdigit() for t in toks[start:end] for ch in t.text):
        return True
    head = toks[_head_of(adoc, start, end)]
    while head.dep == "conj" and head.head != head.i and end - start == 1:
        head = toks[head.head]  # "town halls in Manchester and X"
    return (head.dep == "pobj" and toks[head.head].text.lower() in PLACE_PREPS
            and _low(toks[start]) not in TITLE_WORDS)


def _clean_name(text: str) -> str:
    for p in ("'s", "’s"):
        if text.endswith(p):
            text = text[: -len(p)]
    return text.rstrip("'’ ").strip()


def _subtree_text(adoc: AnnotatedDoc, i: int, exclude: set[int] | None = None) -> str:
    toks = [j for j in adoc.subtree(i) if not exclude or j not in exclude]
    toks = [j for j in toks if adoc.tokens[j].pos != "PUNCT" or adoc.tokens[j].text in ("-", "'s")]
    if not toks:
        return ""
    s, e = _trim(adoc, min(toks), max(toks) + 1, cut_possessive=False)
    return adoc.span_text(s, e)


def _is_locative(adoc: AnnotatedDoc, i: int) -> bool:
    """True when token ``i`` (an entity head) is the object of a locative preposition or a
    modifier of a non-actor noun ("the Kharkiv region")."""
    t = adoc.tokens[i]
    while t.dep == "conj" and t.head != t.i:  # "in Iraq or Afghanistan": the first conjunct's
        t = adoc.tokens[t.head]
    if t.dep == "pobj":
        p = adoc.tokens[t.head]
        if p.text.lower() in LOCATIVE_PREPS:
            return True
        if p.text.lower() == "of":
            owner = adoc.tokens[p.head]
            return owner.lemma.lower() not in ACTOR_NOUNS
    if t.dep in ("compound", "amod", "nmod"):
        head = adoc.tokens[t.head]
        return head.lemma.lower() not in ACTOR_NOUNS and head.ent_type not in ("PERSON", "ORG")
    return False


def _person(adoc: AnnotatedDoc, start: int, end: int, chunk_of: dict[int, tuple[int, int]]
            ) -> tuple[int, int]:
    """Extend a PERSON entity [start, end) leftwards over its title inside the noun chunk
    ("Defense Minister", "Lt. Col.", "Polish President"). Returns (span start, name start):
    the title is [span start, name start)."""
    cs = chunk_of.get(end - 1, (start, end))[0]
    s = start
    while s > cs:
        prev = adoc.tokens[s - 1]
        if prev.text.lower() in _DETERMINERS or prev.dep == "poss" or prev.text in _POSSESSIVE:
            break
        if not (prev.text[:1].isupper() or prev.text == "." or _low(prev) in TITLE_WORDS):
            break
        s -= 1
    # the entity itself may begin with title words ("President Macron" as one entity)
    n = start
    while n < end - 1 and _low(adoc.tokens[n]) in TITLE_WORDS and adoc.tokens[n].text[:1].isupper():
        n += 1
    return s, n


def _appositive_role(adoc: AnnotatedDoc, head: int, span: range) -> str | None:
    """Role of the person whose name has head ``head`` from an apposition: its appositive
    ("X, the chief of the Y force") or the role noun it is appositive to ("Y's leader, X")."""
    t = adoc.tokens[head]
    for c in adoc.children(head):
        ct = adoc.tokens[c]
        if ct.dep == "appos" and c not in span and ct.ent_type != "PERSON" and ct.pos != "PROPN" or (
                ct.dep == "appos" and ct.lemma.lower() in ACTOR_NOUNS):
            sub = adoc.subtree(c)
            # a role is a short noun phrase, not a clause or a quotation mis-attached
            if len(sub) <= 14 and not any(adoc.tokens[k].pos in ("VERB", "AUX") or
                                          adoc.tokens[k].text in QUOTES for k in sub):
                return _subtree_text(adoc, c) or None
    if t.dep == "appos":
        h = adoc.tokens[t.head]
        if h.lemma.lower() in ACTOR_NOUNS and h.ent_type != "PERSON":
            return _subtree_text(adoc, t.head, set(adoc.subtree(head))) or None
    return None


@lru_cache(maxsize=1 << 14)
def _country(name: str) -> bool:
    """True when ``name`` names a country (its main or an alternate name)."""
    return any(kind in ("main", "alternate") and p.feature == "country"
               for p, kind in get_gazetteer().lookup(name))


@lru_cache(maxsize=1 << 14)
def place_name(name: str) -> bool:
    """True when ``name`` names a country, a town of 50,000 or more (its main name) or a city
    of 500,000 or more (any of its names), with no word of a body's name ("Lyon",
    "Porto"; not "Lyon Courier", "Porto City Council", nor a village's name used as a surname)."""
    if not name[:1].isupper() or set(name.lower().split()) & INSTITUTION_SUFFIXES:
        return False
    return any(p.feature == "country" and kind == "main" or p.feature == "city" and (
        kind == "main" and p.population >= 50_000 or p.population >= 500_000)
        for p, kind in get_gazetteer().lookup(name))


def _alias_of_place(adoc: AnnotatedDoc, s: int) -> bool:
    """True when the name starting at token ``s`` is another name of a place just named ("in
    X, also known as Y")."""
    prev = max((e for e in adoc.ents if e.end <= s), key=lambda e: e.end, default=None)
    if prev is None or prev.label not in ("GPE", "LOC"):
        return False
    gap = adoc.text[adoc.tokens[prev.end - 1].end:adoc.tokens[s].idx]
    return bool(ALIAS_GAP.fullmatch(gap)) and (prev.label == "LOC" or _is_locative(
        adoc, _head_of(adoc, prev.start, prev.end)))


def _acts(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the word at ``head`` is a subject, a possessor or a passive's agent: where a
    place name stands for its government ("Washington denied it", "Moscow's plan")."""
    t = adoc.tokens[head]
    if t.dep == "conj":  # "Moscow and Beijing said": the first conjunct's function
        t = adoc.tokens[t.head]
    if t.dep in SUBJECT_DEPS or t.dep == "poss" or head + 1 < len(adoc.tokens) and \
            adoc.tokens[head + 1].text in _POSSESSIVE:
        return True
    return t.dep == "pobj" and adoc.tokens[t.head].dep == "agent"


def _state_metonym(word: str) -> bool:
    """A single word naming a country or a national capital ("Kyiv", "Moscow"): when the
    tagger calls it a person, it stands for the state."""
    if not word[:1].isupper() or len(word) < 3:
        return False
    g = get_gazetteer()
    return any(kind in ("main", "alternate") and (p.feature == "country" or g.is_capital(p))
               for p, kind in g.lookup(word))


def _entity_mentions(adoc: AnnotatedDoc, chunk_of: dict[int, tuple[int, int]], taken: set[int]
                     ) -> list[_Cand]:
    """Mentions from named entities; persons first so that their titles swallow
    mis-tagged words. Marks the tokens of person and organisation names in ``taken``."""
    toks = adoc.tokens
    cands: list[_Cand] = []
    ents = sorted(adoc.ents, key=lambda e: (e.label != "PERSON", -e.start))
    # words of place names, hyphenated names included ("Stratford" of "Stratford-upon-Avon")
    place_words = {toks[i].text for e in adoc.ents
                   if e.label in ("GPE", "LOC", "FAC") or _hyphenated(adoc, e.start, e.end)
                   for i in range(e.start, e.end)}
    # last words of full person names ("Jim Jordan" makes a later "Jordan" the person)
    surnames = {toks[e.end - 1].text for e in adoc.ents
                if e.label == "PERSON" and e.end - e.start > 1}
    org_seen = Counter(adoc.span_text(*_trim(adoc, e.start, e.end)) for e in adoc.ents
                       if e.label == "ORG")
    # words the report writes in lower case: a capitalised one opening a sentence ("Secrecy
    # is ...", "Harsh?") is that word, not a name
    lower = {t.text for t in toks if t.text.islower()}
    openers = {next((k for k in range(snt.start, snt.end) if toks[k].pos not in ("PUNCT", "SPACE")),
                    snt.start) for snt in adoc.sents}
    things = (thing_names(adoc) | modifier_only(adoc, ACTOR_NOUN_LEMMAS | frozenset(EVENT_NOUNS))
              | {w.lower() for w in adjectival_names(adoc)})
    regions = quote_regions(adoc)
    outside = outside_quotes(adoc, regions)
    for e in ents:
        if e.label not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        s, en = _trim(adoc, e.start, e.end)
        if any(i in taken for i in range(s, en)):
            continue
        if en - s == 1 and (toks[s].text.islower() or s in openers
                            and toks[s].text.lower() in lower):
            continue
        if (e.label == "NORP" or en - s == 1 and get_gazetteer().is_demonym(toks[s].text)) and (
                toks[_head_of(adoc, s, en)].tag not in ("NNS", "NNPS")
                or toks[_head_of(adoc, s, en)].dep == "attr") and not _acting_adjective(
                adoc, _head_of(adoc, s, en)):
            continue  # "Chinese aggression", "was Mexican", "are Sunni Muslims": no one acting
        head = _head_of(adoc, s, en)
        if not (e.label == "NORP" and _acting_adjective(adoc, head)) and (
                not_a_name(adoc, s, en, head, ACTOR_NOUN_LEMMAS) or named_thing(adoc, s, en, head, e.label, things)
                or quoted_title(adoc, s, en, regions, outside)):
            continue  # "Conceding that", "the hallucinogen PCP", "a play called “X”": no actor
        if ACTOR_NOUNS.get(_lem_of(toks[head])) == "person" and en - s <= 3 and office(adoc, head):
            continue  # "elected President", "as Secretary of State": an office, no one
        if t_appos_place(adoc, head) or platform(adoc, s, en, head) or e.label == "PERSON" and \
                home_of_person(adoc, s, en, head) or e.label != "PERSON" and (
                gone_to(adoc, head) or place_of(adoc, s, en, head, e.label)):
            continue  # "a trip to X", "Caracas, X", "Senator Smith of X": a place
        if e.label == "PERSON" and (_hyphenated(adoc, s, en) or _at_place(adoc, s, en)
                                    or en - s == 1 and toks[s].text in place_words
                                    or _modifier_of_thing(adoc, head)):
            continue  # "Stratford-upon-Avon", "the coup in X", X named in a place: not a person
        if _lem_of(toks[head]) in EVENT_NOUNS:
            continue  # "the Velvet Coup": an event named like an organisation
        if e.label in ("ORG", "GPE") and e.text.lower() in ZONES:
            continue  # "21:10 EET": a time zone
        if e.label == "ORG" and _medium(adoc, head):
            continue
        name = _clean_name(name_form(adoc, s, en))
        if e.label in ("PERSON", "ORG") and taken_place(adoc, s, en, get_gazetteer()):
            continue  # "rebels entered Goma", "the army recaptured Kharkiv": a place
        if (e.label == "PERSON" and en - s == 1 and toks[s].text not in surnames
                and _state_metonym(toks[s].text)):
            # "Kyiv would not cede territory" tagged as a person: the capital for its state's
            # government
            gov = government_of(toks[s].text)
            cands.append(_Cand(s, en, head, "government" if gov else "state", gov or name))
            taken.update(range(s, en))
            continue
        if e.label == "PERSON":
            s, n = _person(adoc, s, en, chunk_of)
            title = adoc.span_text(s, n) if n > s else None
            # a body named before the title ("Apple CEO Steve Jobs") is its own mention when
            # the report names it elsewhere too (it keeps its place in the role); the
            # person's span begins after it
            body_end = max((k + 1 for k in range(s, n) if toks[k].ent_type == "ORG"), default=s)
            if s < body_end < n and org_seen[adoc.span_text(s, body_end)] > 1:
                s = body_end
            role = _appositive_role(adoc, head, range(s, en)) or title
            cands.append(_Cand(s, en, head, "person", _clean_name(name_form(adoc, n, en)), role))
            taken.update(range(s, en))
            continue
        if (e.label in ("ORG", "GPE", "NORP") and en - s >= 2 and _low(toks[s]) in PERSON_TITLES
                and toks[s].text[:1].isupper()):
            # "General Smith" tagged as an organisation: a titled person
            n = s
            while n < en - 1 and _low(toks[n]) in TITLE_WORDS:
                n += 1
            cands.append(_Cand(s, en, head, "person", _clean_name(name_form(adoc, n, en)),
                               adoc.span_text(s, n)))
            taken.update(range(s, en))
            continue
        if (e.label == "ORG" and toks[head].dep == "pobj"
                and toks[toks[head].head].text.lower() in ORG_LOCATIVE_PREPS):
            continue
        if (e.label in ("ORG", "NORP") or e.label == "PERSON" and en - s == 1
                and toks[s].text not in surnames) and not _acts(adoc, head) and place_name(name):
            continue  # "drove towards Pazardzhik" tagged as a body: a place that does not act
        if e.label in ("ORG", "GPE") and ACTOR_NOUNS.get(toks[head].lemma.lower()) == "person":
            if toks[head].dep == "appos":
                continue  # a mis-tagged role: "X, the UN Relief Coordinator,"
            e_role = name
        else:
            e_role = None
        if e.label in ("ORG", "GPE") and (e_role or any(
                toks[c].dep == "appos" and ACTOR_NOUNS.get(toks[c].lemma.lower()) == "person"
                for c in adoc.children(head))):
            # a mis-tagged person with a role ("Kenzo Oshima, the UN coordinator")
            s = chunk_of.get(head, (s, en))[0] if not e_role else s
            s, en = _trim(adoc, s, en)
            role = e_role or _appositive_role(adoc, head, range(s, en))
            cands.append(_Cand(s, en, head, "person", _clean_name(name_form(adoc, s, en)), role))
            taken.update(range(s, en))
            continue
        if e.label == "GPE" and (_is_locative(adoc, head) or _alias_of_place(adoc, s)):
            continue
        if e.label == "GPE" and not _country(name) and (not _acts(adoc, head)
                                                        or described_town(adoc, head)):
            continue  # "rallies in Columbus", "X has a long history of ...": a town as a place
        if (e.label in ("NORP", "GPE") and toks[head].dep in ("amod", "compound", "nmod")
                and _lem_of(toks[toks[head].head]) not in EVENT_NOUNS):
            continue  # a modifier ("Russian forces"), unless of an event ("a U.S. request")
        if e.label == "ORG":
            words = {t.text.lower() for t in toks[s:en]}
            kind = "armed_group" if words & MILITARY_WORDS else "organisation"
            taken.update(range(s, en))
        else:
            kind = "state" if e.label == "GPE" else "group"
        if kind in ("state", "organisation") and (gov := government_of(name)):
            # a country or its capital as an actor ("Ottawa said", "sanctions on Canada"):
            # the state's government
            kind, name = "government", gov
        elif e.label == "GPE" and place_name(name):
            continue  # a town that is neither a country nor its capital: a place
        cands.append(_Cand(s, en, head, kind, name))

    return cands


def _phrase_mentions(adoc: AnnotatedDoc, found: list[_Cand], taken: set[int]) -> list[_Cand]:
    """Mentions from noun phrases headed by an actor noun, or capitalised institutions
    ("the army", "the Defense Ministry", "the White House"), not already named by ``found``."""
    toks = adoc.tokens
    cands: list[_Cand] = []
    covered_heads = {c.head for c in found}
    for cs, ce in adoc.noun_chunks:
        head = _head_of(adoc, cs, ce)
        ht = toks[head]
        if head in covered_heads or head in taken or ht.pos == "PRON" or _lem_of(ht) in EVENT_NOUNS:
            continue
        if cs > 0 and toks[cs - 1].text == "-" and not toks[cs - 1].ws:
            continue  # the last piece of a hyphenated word ("commander-in-chief")
        lemma = ht.lemma.lower()
        kind = actor_noun_kind(ht)
        if kind is None and ht.pos == "PROPN" and ht.ent_type in ("", "ORG", "FAC"):
            if lemma in INSTITUTION_SUFFIXES:
                kind = "organisation"
            elif (toks[cs].text.lower() == "the" and ht.dep in SUBJECT_DEPS | {"poss"}
                  and ht.text[:1].isupper()):
                kind = "organisation"  # "the White House said"
        if kind is None:
            continue
        if kind == "organisation" and {t.text.lower() for t in toks[cs:ce]} & MILITARY_WORDS:
            kind = "armed_group"
        # "Y's leader, X" and "X, the chief of ...": the role phrase is a mention of the
        # person X it stands in apposition with (and X's role)
        appos_to = next((c for c in adoc.children(head) if toks[c].dep == "appos"
                         and toks[c].ent_type == "PERSON"), None)
        if appos_to is None and ht.dep == "appos" and any(
                c.head == ht.head for c in found if c.kind == "person"):
            appos_to = ht.head
        if appos_to is not None:
            if kind == "person" and toks[head].tag not in ("NNS", "NNPS"):
                s, en = _trim(adoc, cs, ce, cut_possessive=False)
                cands.append(_Cand(s, en, head, "person", adoc.span_text(s, en),
                                   role=adoc.span_text(s, en), appos_to=appos_to))
                covered_heads.add(head)
            continue
        s, en = _trim(adoc, cs, max(ce, _specifier_end(adoc, head) if kind != "person" else ce),
                      cut_possessive=False)
        if kind == "group" and lemma == "group" and any(
                toks[c].dep == "compound" and toks[c].pos == "PROPN" for c in adoc.children(head)):
            kind = "organisation"  # "the Lazarus group": a named group is an organisation
        plural = ht.tag in ("NNS", "NNPS")
        if kind == "person" and plural:
            kind = "group"
        if ht.dep == "attr" or ht.dep == "conj" and toks[ht.head].dep == "attr":
            continue  # "Trump was a novice politician": what someone is, no one new
        if (kind == "person" or ht.tag in ("NN", "NNP")) and (office(adoc, head) or body_part(adoc, head)):
            continue  # "served as chairman", "was elected president", "shaking my head"
        if quality_of_person(adoc, head):
            continue  # "Mr. Smith's leadership", "her presidency": no body
        if kind != "person" and building(adoc, head, PLACE_PREPS):
            continue  # "an appearance at the party headquarters": a place
        if any(toks[c].text.lower() in NONSPECIFIC for c in adoc.children(head)) or (
                kind == "person" and ht.dep not in SUBJECT_DEPS and toks[cs].text.lower() in ("a", "an")):
            continue  # "no minister", "came to a head", "needs a leader": no one at all
        if (kind == "person" and ht.dep == "pobj" and ce - cs == 1 and ht.tag in ("NN", "NNP")):
            continue  # "ran for president", "secretary of state": an office, no one
        generic = kind != "person" and not _specific(adoc, head)  # "the army"
        definite = (kind == "person" and toks[cs].text.lower() == "the" or
                    any(toks[c].dep == "poss" for c in adoc.children(head))) and kind == "person"
        name_s = s
        while name_s < en - 1 and toks[name_s].dep == "poss" and toks[name_s].pos == "PRON":
            name_s += 1
        text = adoc.span_text(name_s, en)
        if lemma in GOVERNMENT_NOUNS:
            # "the Canadian government", "Iran's government": that state's government
            country = next((country_of(toks[c].text) for c in adoc.children(head)
                            if toks[c].dep in ("amod", "compound", "poss", "nmod")
                            and country_of(toks[c].text)), None)
            if country:
                text, kind, generic = government_of(country) or text, "government", False
        body = _body_of_members(adoc, head) if lemma in MEMBER_NOUNS else None
        if body is not None:  # "soldiers of the 5th Brigade": the brigade acts
            text, kind, generic = body
        cands.append(_Cand(s, en, head, kind, text,
                           role=adoc.span_text(s, en) if kind == "person" else None,
                           definite_role=definite, generic=generic))
        covered_heads.add(head)
    return cands


def _body_of_members(adoc: AnnotatedDoc, head: int) -> tuple[str, str, bool] | None:
    """(name, kind, generic) of the named organisation whose members the noun at ``head``
    names, as a modifier ("Hamas fighters") or through "of" ("members of the Patriot
    Front"); None when there is none."""
    toks = adoc.tokens
    kids = [c for c in adoc.children(head) if toks[c].dep == "compound" and c < head]
    for p in adoc.children(head):
        if toks[p].dep == "prep" and toks[p].text.lower() == "of":
            kids += [c for c in adoc.children(p) if toks[c].dep == "pobj"]
    for k in kids:
        for e in adoc.ents:
            if e.label == "ORG" and e.start <= k < e.end:
                s, en = _trim(adoc, e.start, e.end)
                words = {t.text.lower() for t in toks[s:en]}
                return (_clean_name(name_form(adoc, s, en)),
                        "armed_group" if words & MILITARY_WORDS else "organisation", False)
    return None


def _medium(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the organisation at ``head`` is named as where something was posted: a
    modifier of a channel or account ("the Telegram channel"), or the object of "on"/"via"
    after a verb or noun of posting ("a video posted on Telegram", "a statement on X")."""
    toks = adoc.tokens
    t = toks[head]
    host = toks[t.head]
    if t.dep == "compound" and _lem_of(host) in MEDIA_HOSTS:
        return True
    return (t.dep == "pobj" and host.text.lower() in ("on", "via")
            and _lem_of(toks[host.head]) in POSTING)


def _named(t: Token) -> bool:
    return t.pos == "PROPN" or t.ent_type in NAMED_ENTS


def _specific(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the common-noun actor phrase headed by ``head`` names someone in
    particular: a proper noun itself ("the White House"), or made specific by a named modifier
    ("the Russian army", "Iraq's interim government", "Soldiers of the 17th Brigade",
    "authorities in Croatia"); "the army", "regular forces", "his troops" are not."""
    toks = adoc.tokens
    if _named(toks[head]):
        return True
    for c in adoc.children(head):
        ct = toks[c]
        if ct.dep in ("amod", "compound", "nmod", "poss") and _named(ct):
            return True
        if ct.dep == "prep" and ct.text.lower() in ("of", "in", "from"):
            if any(_named(toks[o]) for o in adoc.children(c) if toks[o].dep == "pobj"):
                return True
    return False


def _specifier_end(adoc: AnnotatedDoc, head: int) -> int:
    """One past the last token of a prepositional phrase on ``head`` whose name makes it
    specific ("Soldiers of the 17th Brigade"), else 0."""
    toks = adoc.tokens
    for c in adoc.children(head):
        if toks[c].dep == "prep" and toks[c].text.lower() in ("of", "in", "from") and any(
                _named(toks[o]) for o in adoc.children(c) if toks[o].dep == "pobj"):
            return max(adoc.subtree(c)) + 1
    return 0


def _surname_mentions(adoc: AnnotatedDoc, found: list[_Cand], taken: set[int]) -> list[_Cand]:
    """Surnames of named persons in ``found`` that the entity recogniser missed elsewhere."""
    toks = adoc.tokens
    cands: list[_Cand] = []
    surnames = {c.name.split()[-1] for c in found if c.kind == "person" and " " in c.name}
    covered = {i for c in found for i in range(c.start, c.end)}
    for t in toks:
        if t.i not in covered and t.i not in taken and t.tag == "NNP" and t.text in surnames:
            cands.append(_Cand(t.i, t.i + 1, t.i, "person", t.text))
    return cands


def _pronoun_mentions(adoc: AnnotatedDoc) -> list[_Cand]:
    """Personal pronouns as subjects or possessives (pleonastic "it" left out)."""
    toks = adoc.tokens
    cands: list[_Cand] = []
    for t in toks:
        low = t.text.lower()
        if t.pos != "PRON" or low not in PRONOUN_KINDS:
            continue
        if t.dep not in SUBJECT_DEPS | {"poss"}:
            continue
        if low == "it" and _pleonastic(adoc, t.head):
            continue
        cands.append(_Cand(t.i, t.i + 1, t.i, "unknown", t.text, pronoun=True))
    return cands


def _pleonastic(adoc: AnnotatedDoc, head: int) -> bool:
    """True when "it" subject of ``head`` is a placeholder: "it was reported that",
    "it is clear that", "it seems"."""
    kids = [adoc.tokens[c] for c in adoc.children(head)]
    if any(k.dep in ("ccomp", "csubj", "expl") for k in kids):
        return True
    if adoc.tokens[head].lemma.lower() not in _COPULAS:
        return False
    return adoc.tokens[head].lemma.lower() != "be" or any(
        k.dep in ("acomp", "attr") and k.lemma.lower() in IMPERSONAL for k in kids)


def extract_actors(adoc: AnnotatedDoc) -> tuple[ActorMention, ...]:
    """All actor mentions of ``adoc`` (requires tokens, entities, noun chunks and parse),
    ordered by start offset, with canonical names, roles and within-document coreference."""
    toks = adoc.tokens
    chunk_of: dict[int, tuple[int, int]] = {}
    for cs, ce in adoc.noun_chunks:
        for i in range(cs, ce):
            chunk_of[i] = (cs, ce)
    # tokens inside person/ORG names (titles included), datelines and page furniture
    taken: set[int] = dateline_tokens(adoc) | furniture_tokens(adoc)
    cands = _entity_mentions(adoc, chunk_of, taken)
    cands += _phrase_mentions(adoc, cands, taken)
    cands += _surname_mentions(adoc, cands, taken)
    cands += _pronoun_mentions(adoc)
    cands = _headline_names(adoc, cands)
    cands.sort(key=lambda c: (toks[c.start].idx, -toks[c.end - 1].end))
    _resolve(adoc, cands)
    join_bodies(adoc.text, adoc.char_span, cands)
    join_given_names(cands)
    decide_kinds(cands)
    cands = _drop_generic(adoc, cands)
    out = []
    for c in cands:
        s, e = adoc.char_span(c.start, c.end)
        out.append(ActorMention(
            doc=adoc.doc.id, start=s, end=e, sent=toks[c.start].sent,
            text=adoc.text[s:e], name=c.name, kind=c.kind, role=c.role, coref_of=c.coref_of))
    return tuple(out)


def _body_names(adoc: AnnotatedDoc, cands: list[_Cand], lines: list[tuple[int, int]]
                ) -> dict[str, set[str]]:
    """The names the report gives outside its title-case lines (each named mention's name and
    text, a person's given name and surname; not common nouns: "the general", "Police"), each
    with the full names it stands for."""
    toks = adoc.tokens
    out: dict[str, set[str]] = {}
    for c in cands:
        at = toks[c.start].idx
        if (c.pronoun or any(a <= at < b for a, b in lines) or not _named(toks[c.head])
                or not c.name[:1].isupper()):
            continue
        for n in (c.name, _clean_name(adoc.span_text(c.start, c.end))):
            out.setdefault(n, set()).add(c.name)
        if c.kind == "person" and " " in c.name:
            for n in (c.name.split()[0], c.name.split()[-1]):
                out.setdefault(n, set()).add(c.name)
    return out


def _headline_names(adoc: AnnotatedDoc, cands: list[_Cand]) -> list[_Cand]:
    """In a headline the tagger takes capitalised words for names ("Obama Says", "Joining
    Forces With China", "Absurd Double Standard Clinton"): a mention there keeps the longest
    run of its words that is a name the report gives outside lines shaped like titles
    ("Obama", "Clinton"); with none it is dropped. A name of up to three words before the
    colon of a headline "Name: quote" stays (its speaker)."""
    lines, shaped = headline_spans(adoc)
    if not lines:
        return cands
    toks = adoc.tokens
    body = _body_names(adoc, cands, shaped)
    out = []
    for c in cands:
        at = toks[c.start].idx
        if c.pronoun or not any(a <= at < b for a, b in lines):
            out.append(c)
            continue
        if (c.name in body or _clean_name(adoc.span_text(c.start, c.end)) in body
                or any(toks[c.start].idx == a for a, _ in lines) and c.end < len(toks)
                and toks[c.end].text == ":" and c.end - c.start <= 3
                and all(t.pos == "PROPN" for t in toks[c.start:c.end])):
            full = {f for f in body.get(c.name, ()) if " " in f}
            if len(full) == 1 and c.kind == "person":
                c.name = next(iter(full))  # "Jones" -> "Paul Jones", named so in the body
            out.append(c)  # named again, or the speaker of a headline "Name: quote"
            continue
        runs = [(e - s, s, e) for s in range(c.start, c.end) for e in range(s + 1, c.end + 1)
                if _clean_name(adoc.span_text(s, e)) in body]
        if runs:
            _, s, e = max(runs, key=lambda r: (r[0], -r[1]))
            name = _clean_name(adoc.span_text(s, e))
            full = {f for f in body[name] if " " in f} or body[name]
            name = next(iter(full)) if len(full) == 1 else name  # "Obama" -> "Barack Obama"
            kind = next((o.kind for o in cands if o.name == name and not o.pronoun), c.kind)
            out.append(_Cand(s, e, _head_of(adoc, s, e), kind, name, None))
    return out


def _drop_generic(adoc: AnnotatedDoc, cands: list[_Cand]) -> list[_Cand]:
    """``cands`` without the generic noun phrases; a pronoun that referred to one (the
    nearest fitting antecedent) is left unresolved rather than given a wrong one."""
    keep = [k for k, c in enumerate(cands) if not c.generic]
    new = {old: i for i, old in enumerate(keep)}
    out = []
    for k in keep:
        c = cands[k]
        if c.coref_of is not None and c.coref_of not in new:
            c.coref_of, c.kind, c.name = None, "unknown", adoc.span_text(c.start, c.end)
        elif c.coref_of is not None:
            c.coref_of = new[c.coref_of]
        out.append(c)
    return out


def _is_subject(adoc: AnnotatedDoc, c: _Cand) -> bool:
    t = adoc.tokens[c.head]
    if t.dep == "appos":
        t = adoc.tokens[t.head]
    return t.dep in SUBJECT_DEPS


def _pick(adoc: AnnotatedDoc, cands: list[_Cand], idxs: list[int]) -> int | None:
    """Among candidate indices (in text order) the last subject, else the last one."""
    if not idxs:
        return None
    subj = [i for i in idxs if _is_subject(adoc, cands[i])]
    return (subj or idxs)[-1]


def _bound(adoc: AnnotatedDoc, pron: _Cand, ante: _Cand) -> bool:
    """True when the pronoun cannot refer to ``ante`` (binding): its clause is a relative
    clause on ``ante`` ("X, whom he accused": he is not X) or ``ante`` is an object of the
    pronoun's own verb."""
    toks = adoc.tokens
    verb = toks[pron.head].head
    if toks[verb].dep == "relcl" and _appos_root(adoc, toks[verb].head) == _appos_root(adoc, ante.head):
        return True
    return toks[ante.head].head == verb and toks[ante.head].dep in ("dobj", "iobj", "dative")


def _appos_root(adoc: AnnotatedDoc, i: int) -> int:
    """The head of an apposition chain ("Minister X" -> X, "X, the minister" -> X)."""
    while adoc.tokens[i].dep == "appos" and adoc.tokens[i].head != i:
        i = adoc.tokens[i].head
    return i


def _words(text: str) -> set[str]:
    return {w.strip(".,'’").lower() for w in text.split()} - _DETERMINERS - {"of", "'s", "’s", ""}


def _surname(name: str) -> str:
    """The last word of a name without an Arabic article ("al-Jolani" -> "Jolani")."""
    return re.sub(r"^(?:al|el|ul|ad|an|ar|as|ash|at|az)[-‐]", "", name.split()[-1], flags=re.I)




def _role_holder(adoc: AnnotatedDoc, cands: list[_Cand], k: int) -> int | None:
    """The one earlier named person the report gives the role of the role phrase ``k`` ("the
    defence minister" -> the person titled or described as "Defence Minister"): the role's
    head noun must be among the words of the person's role, and the person sharing most words
    with it must be one entity; None when the report names no one, or more than one, so."""
    c = cands[k]
    words = _words(adoc.span_text(c.start, c.end))
    head = adoc.tokens[c.head].lemma.lower()
    scores: dict[int, int] = {}
    for j in range(k):
        o = cands[j]
        if o.kind != "person" or o.pronoun or o.definite_role or o.appos_to is not None:
            continue
        role = _words(o.role or "")
        if head in role or head in {w.rstrip("s") for w in role}:
            root = j if o.coref_of is None else o.coref_of
            scores[root] = max(scores.get(root, 0), len(words & role))
    if not scores:
        return None
    best = max(scores.values())
    top = [j for j, v in scores.items() if v == best]
    return top[0] if len(top) == 1 else None


def _resolve(adoc: AnnotatedDoc, cands: list[_Cand]) -> None:
    """Fill coref_of, name and kind of surname-only persons, pronouns and role nouns."""
    sent_of = [adoc.tokens[c.start].sent for c in cands]
    for k, c in enumerate(cands):
        if c.pronoun:
            kinds = PRONOUN_KINDS[c.name.lower()]
            ante = None
            for back in range(0, 3):
                s = sent_of[k] - back
                idxs = [j for j in range(k) if sent_of[j] == s and not cands[j].pronoun
                        and cands[j].kind in kinds and cands[j].end <= c.start
                        and not _bound(adoc, c, cands[j])]
                ante = _pick(adoc, cands, idxs)
                if ante is not None:
                    break
            if ante is not None:
                c.coref_of, c.kind, c.name = ante, cands[ante].kind, cands[ante].name
            continue
        if c.appos_to is not None:
            # "X, the group's founder": the role phrase is X
            holder = next((j for j, o in enumerate(cands) if j != k and o.kind == "person"
                           and not o.pronoun and o.appos_to is None
                           and o.start <= c.appos_to < o.end), None)
            if holder is not None:
                c.coref_of, c.name = holder, cands[holder].name
                continue
        prev = cands[k - 1] if k else None
        if (c.kind == "person" and prev is not None and prev.kind == "person"
                and not prev.pronoun and ALIAS_GAP.fullmatch(
                    adoc.text[adoc.tokens[prev.end - 1].end:adoc.tokens[c.start].idx])):
            # another name of the same person: one entity, each name kept
            c.coref_of = prev.coref_of if prev.coref_of is not None else k - 1
            c.alias = True
            continue
        if not c.definite_role and c.name[:1].isupper() and (
                c.kind == "person" or " " not in c.name):
            # a surname (or a repeated name) points to the earlier full name; a one-word
            # name mis-tagged as a place or organisation becomes that person too; a surname
            # that two people of the report share ("Rick Scott", "Tim Scott") is left alone
            if " " not in c.name and len({
                    o.name.split()[0] for o in cands[:k]
                    if o.kind == "person" and not o.pronoun and " " in o.name
                    and (o.coref_of is None or o.alias) and _surname(o.name) == _surname(c.name)
            }) > 1:
                c.kind = "person"  # one of them, whichever (a recogniser's ORG is wrong)
                continue
            for j in range(k):
                o = cands[j]
                if (o.kind == "person" and not o.pronoun and (o.coref_of is None or o.alias)
                        and (o.name == c.name and c.kind == "person" or " " not in c.name
                             and " " in o.name and _surname(o.name) == _surname(c.name))):
                    c.coref_of, c.name, c.kind = (o.coref_of if o.alias else j), o.name, "person"
                    c.role = c.role or o.role
                    break
            continue
        if c.definite_role:
            c.coref_of = _role_holder(adoc, cands, k)
            if c.coref_of is not None:
                c.name = cands[c.coref_of].name
