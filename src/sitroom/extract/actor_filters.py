"""What is named like an actor but is none: things, offices, places gone to, words and bios.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc` (tokens, entities, parse), used by
:mod:`sitroom.extract.actors` before a name or a role phrase becomes an actor mention. All
are general rules; their words are in ``data/actor_filters.json``:

* :func:`named_thing`: a drug, a law, a treaty, a court case, a programme, a book, a show or
  a prize ("the hallucinogen PCP", "Tinder, the dating application", "Plessy v. Ferguson",
  "the Dred Scott case", "Martin Luther King Day", a name the tagger labels a law or a work
  elsewhere in the report);
* :func:`quoted_title`: a name inside a short title-case quotation that the report never
  writes outside quotation marks ("a play called “Sons of the Mountain”");
* :func:`not_a_name`: a capitalised verb, adjective or adverb tagged as a name ("Conceding
  that ...", "Appear"), a word glued by a hyphen into a modifier ("pro-Smith", "Black-Asian
  solidarity");
* :func:`office`: a role held, not someone holding it ("served as general chairman", "was
  elected president", "the next president");
* :func:`gone_to`: a place someone goes to ("a trip to Haiti", "went to the Naval Hospital");
  :func:`place_of`: the country of a town ("Caracas, Venezuela"), the home of a person
  ("Smith of Ohio"), a country whose people are meant ("Afghanistan's insurgents");
* :func:`bio_lines`: an author's biography closing a report ("Jane Doe is a columnist for
  ...").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from ..model import AnnotatedDoc
from .actor_cues import opening_common_noun
from .gazetteer import get_gazetteer

_F = json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_filters.json")
                .read_text(encoding="utf-8"))
THING_NOUNS = frozenset(_F["thing_nouns"])
THING_HEADS = frozenset(_F["thing_heads"])
THING_TITLES = frozenset(_F["thing_titles"])
AGENT_SUFFIXES = tuple(_F["agent_suffixes"])
CONTAINERS = frozenset(_F["containers"])
NOT_YET_INDEFINITE = frozenset(_F["not_yet_indefinite"])
THING_LABELS = frozenset(_F["thing_labels"])
CASE_MARKS = frozenset(_F["case_marks"])
OFFICE_PREPS = frozenset(_F["office_preps"])
OFFICE_DEPS = frozenset(_F["office_deps"])
NOT_YET = frozenset(_F["not_yet"])
MOTION = frozenset(_F["motion"])
MOTION_PREPS = frozenset(_F["motion_preps"])
MOTION_PARTICLES = frozenset(_F["motion_particles"])
VISIT_VERBS = frozenset(_F["visit_verbs"])
OF_PLACE = frozenset(_F["of_place"])
THING_MODIFIED = frozenset(_F["thing_modified"])
KIND_NOUNS = frozenset(_F["kind_nouns"])
BIO_NOUNS = frozenset(_F["bio_nouns"])
NOT_OPENERS = frozenset(_F["bio_not_openers"])
BODY_WORDS = frozenset(_F["body_words"])
PLATFORMS = frozenset(_F["platforms"])
PLATFORM_PREPS = frozenset(_F["platform_preps"])
OFFICE_NOUNS = frozenset(_F["office_nouns"])
OFFICE_VERBS = frozenset(_F["office_verbs"])
QUALITY_NOUNS = frozenset(_F["quality_nouns"])
HEADLINE_WORDS = frozenset(_F["headline_words"])
PLACE_LIKE_BODIES = frozenset(_F["place_like_bodies"])
STATIVE_VERBS = frozenset(_F["stative_verbs"])
PLACE_NOUNS = frozenset(_F["place_nouns"])
NAME_PARTICLES = frozenset(_F["name_particles"])
ADJECTIVE_PREFIXES = frozenset(_F["adjective_prefixes"])
NAME_SUFFIXES = frozenset(_F["name_suffixes"])
GENERIC_MODALS = frozenset(_F["generic_modals"])
PARTY_LETTERS = frozenset(_F["party_letters"])
TIME_ZONES = frozenset(_F["time_zones"])
ZONE_ENDS = frozenset(_F["zone_ends"])
TIME_MARKS = frozenset(_F["time_marks"])
CONSUMER_NOUNS = frozenset(_F["consumer_nouns"])
YEAR = re.compile(_F["year_pattern"])
PROGRAMME_PREPS = frozenset(_F["programme_preps"])
LANDMARK_HEADS = frozenset(_F["landmark_heads"])
NAME_HEADS = frozenset(_F["name_heads"])
NAME_PREPS = frozenset(_F["name_preps"])
# a word glued to a name by scraping: "wroteJane", "paranoia,”Clinton"
GLUED = re.compile(r"^[a-z]{2,}[,.;:!?”\"’')]*[A-Z]")
PERSONAL_POSSESSIVES = frozenset(_F["personal_possessives"])
NAME_JOINERS = frozenset(_F["name_joiners"])
BARE_OFFICE_PREPS = frozenset(_F["bare_office_preps"])
WORD_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "INTJ"})
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "csubj", "acl", "relcl", "pcomp"})
TITLE_SMALL = frozenset(_F["title_small_words"])
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _lem(adoc: AnnotatedDoc, i: int) -> str:
    return adoc.tokens[i].lemma.lower()


def thing_names(adoc: AnnotatedDoc) -> frozenset[str]:
    """Names the tagger labels a law, a work, a product or an event more often in the report
    than a person, a body or a place: they name a thing ("Nafta" as LAW twice, ORG once); so
    does the short form in brackets after such a name ("the Affordable Care Act (ACA)")."""
    votes: dict[str, list[int]] = {}
    for e in adoc.ents:
        n = votes.setdefault(adoc.span_text(e.start, e.end).lower(), [0, 0])
        if e.label in THING_LABELS:
            n[0] += 1
        elif e.label in _NAME_LABELS:
            n[1] += 1
    out = {k for k, (thing, name) in votes.items() if thing > name}
    toks = adoc.tokens
    for e in adoc.ents:  # "the Affordable Care Act (ACA)": the bracketed short form too
        if e.label in THING_LABELS and e.end + 2 < len(toks) and toks[e.end].text == "(" \
                and toks[e.end + 2].text == ")" and toks[e.end + 1].text.isupper():
            out.add(toks[e.end + 1].text.lower())
    return frozenset(out)


def named_thing(adoc: AnnotatedDoc, s: int, en: int, head: int, label: str,
                things: frozenset[str]) -> bool:
    """True when the name [s, en) with head ``head`` and the tagger's ``label`` names a thing
    (see the module). Apposition is not trusted for persons (the parser hangs "the author of
    X, a biography" on the author)."""
    toks = adoc.tokens
    ht = toks[head]
    if adoc.span_text(s, en).lower() in things:
        return True
    last = toks[en - 1].text.lower()
    roots = [k for k in range(s, en) if not s <= toks[k].head < en or toks[k].head == k]
    if (any(_lem(adoc, k) in THING_HEADS or toks[k].text.lower() in THING_HEADS for k in roots)
            or last in THING_HEADS) and (label != "PERSON" or len(adoc.span_text(s, en).split()) >= 3):
        return True  # "Martin Luther King Day", "the X Prize for Y"; not "Doris Day"
    if any(toks[k].text in CASE_MARKS for k in range(s + 1, min(len(toks), en + 4))) or s > 0 and \
            toks[s - 1].text in CASE_MARKS:  # lower case: "C. V. Starr" is a name
        return True  # "Plessy v. Ferguson", "Brown v. Board of Education": a court case
    if en - s >= 4 and toks[en - 3].text.lower() in THING_HEADS and toks[en - 2].text == "of" and \
            YEAR.match(toks[en - 1].text):
        return True  # "the Victims of Trafficking Act of 2015"
    if toks[s].text.islower() and toks[s].pos == "NOUN" and _lem(adoc, s) in THING_NOUNS:
        return True  # "the hallucinogen PCP" as one name
    if label != "PERSON" and s > 0 and YEAR.match(toks[s - 1].text) and ht.dep not in (
            "compound", "nmod", "amod") and s <= toks[s - 1].head < en:
        return True  # "the 2017 Ford Fusion": a model, an edition (not "a 2014 X report")
    if ht.dep == "pobj" and toks[ht.head].text.lower() in PROGRAMME_PREPS and any(
            toks[c].dep == "poss" and toks[c].ent_type == "ORG" for c in adoc.children(head)):
        return True  # "on CNBC's Squawk Box": a body's programme
    for c in adoc.children(head):
        ct = toks[c]
        if (ct.dep == "appos" and not s <= c < en and _lem(adoc, c) in THING_NOUNS
                and ct.pos == "NOUN" and label != "PERSON"):
            return True  # "Tinder, the dating application"
    if ht.dep == "pobj" and toks[ht.head].text.lower() == "of" and \
            _lem(adoc, toks[ht.head].head) in CONTAINERS:
        return True  # "a bottle of Absolut"
    if s > 0 and toks[s - 1].pos == "NOUN" and _lem(adoc, s - 1) in THING_NOUNS and (
            toks[s - 1].head in (head, ht.head) or ht.head == s - 1
            or _lem(adoc, s - 1) in THING_TITLES):
        return True  # "the hallucinogen PCP", "superstorm Sandy"; not "an aircraft Boeing has"
    up = toks[ht.head]
    if ht.dep == "appos" and up.pos == "NOUN" and _lem(adoc, ht.head) in THING_NOUNS and \
            label != "PERSON":
        return True  # "the drug, PCP,"
    return ht.dep in ("compound", "nmod") and up.pos == "NOUN" and _lem(adoc, ht.head) in THING_MODIFIED \
        and ht.head == en  # "the Dred Scott case", "the Nasdaq composite", "the Tree of Life award"


def name_piece(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the name [s, en) hangs inside a longer capitalised name through a preposition
    ("the Office of Political Strategy and Outreach", "the Convention Relating to the Status of
    Refugees", "Boston Center for the Arts"): a piece of that name, not a body of its own. The
    climb from ``head`` follows conjunctions, prepositions and their objects over capitalised
    words; it must pass a preposition and reach one of ``name_heads`` ("the Justice Department
    and the FBI": "FBI" joins the body's head directly and stays)."""
    toks = adoc.tokens
    if s == 0 or toks[s - 1].text[:1].isupper():
        return False  # "... Executive Director Jane Doe": a title before a person
    if _joined_piece(adoc, s, en, head):
        return True
    if any(toks[k].text.lower() in NAME_HEADS for k in range(s, en)):
        return False  # "the X Directorate of the Department of Y": a body of its own
    k, prep = head, False
    for _ in range(10):
        t = toks[k]
        if t.head == k or t.dep not in ("conj", "pobj", "prep", "acl", "compound"):
            return False
        k = t.head
        up = toks[k]
        if up.pos == "ADP":
            if up.text.lower() not in NAME_PREPS:
                return False  # "the X Center at the Y Institute and Z": a place, another body
            prep = True
            continue
        if not up.text[:1].isupper() or s <= k < en:
            return False
        if prep and up.text.lower() in NAME_HEADS:
            return True
    return False


def _joined_piece(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when [s, en), one or two words, not an acronym and with no article of its own,
    follows "and" closing a longer name with a preposition after one of ``name_heads``, and
    hangs on a word of that name ("the Office of Political Strategy and Outreach", "the
    Committee on Civil Liberties, Justice and Home Affairs"; not "the Justice Department and
    the FBI", nor "X at the University of Y and Jane Doe", who hangs on X)."""
    toks = adoc.tokens
    if en - s > 2 or toks[s - 1].text.lower() not in NAME_JOINERS or adoc.span_text(s, en).isupper():
        return False
    run: set[int] = set()
    k, prep, found = s - 2, False, False
    while k >= 0 and (toks[k].text[:1].isupper() or toks[k].text.lower() in NAME_PREPS | NAME_JOINERS | {","}):
        run.add(k)
        if toks[k].text.lower() in NAME_PREPS:
            prep = True
        elif prep and toks[k].text.lower() in NAME_HEADS:
            found = True
        k -= 1
    return found and toks[head].head in run


def quote_regions(adoc: AnnotatedDoc) -> list[tuple[int, int]]:
    """Token ranges (a, b) inside quotation marks, paired within each paragraph: “…”, «…»,
    ‘…’, and straight or doubled marks ("…", ''…''), opening after a space or a dash."""
    toks = adoc.tokens
    out: list[tuple[int, int]] = []
    double: int | None = None
    single: int | None = None
    for t in toks:
        if "\n" in t.text:
            double = single = None
            continue
        x = t.text
        if x in ("“", "«", "``") and double is None:
            double = t.i + 1
        elif x in ("”", "»") and double is not None:
            out.append((double, t.i))
            double = None
        elif x in ('"', "''"):
            before = adoc.text[t.idx - 1] if t.idx else " "
            if double is None and (before.isspace() or before in "([{—–-/"):
                double = t.i + 1
            elif double is not None:
                out.append((double, t.i))
                double = None
        elif x == "‘" and single is None:
            single = t.i + 1
        elif x == "’" and single is not None:
            out.append((single, t.i))
            single = None
    return out


def _region(regions: list[tuple[int, int]], s: int, en: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in regions if a <= s and en <= b), None)


def quoted_title(adoc: AnnotatedDoc, s: int, en: int, regions: list[tuple[int, int]],
                 outside: set[str]) -> bool:
    """True when the name [s, en) stands in a short quotation written in title case ("a play
    called “Sons of the Mountain”", "“Madam Secretary” as her favourite show"), and the report
    never gives the name outside quotation marks (``outside``: such names). A one-word
    quotation is a title only after a noun of a work ("the film “Heat”"), never after "known
    as" ("the hacker known as “Guccifer”")."""
    q = _region(regions, s, en)
    if q is None:
        return False
    a, b = q
    toks = adoc.tokens
    words = [t.text for t in toks[a:b] if t.text[:1].isalpha()]
    if not words or len(words) > 12 or any(not w[:1].isupper() and w.lower() not in TITLE_SMALL
                                          for w in words):
        return False
    if len(words) < 2 and not any(_lem(adoc, k) in THING_NOUNS for k in range(max(0, a - 4), a)):
        return False
    return adoc.span_text(s, en) not in outside


def outside_quotes(adoc: AnnotatedDoc, regions: list[tuple[int, int]]) -> set[str]:
    """Texts of the named entities of the report that stand outside quotation marks."""
    return {adoc.span_text(e.start, e.end) for e in adoc.ents
            if e.label in _NAME_LABELS and _region(regions, e.start, e.end) is None}


def not_a_name(adoc: AnnotatedDoc, s: int, en: int, head: int, actor_nouns: frozenset[str]) -> bool:
    """True when [s, en) with head ``head`` is a word, not a name: a suffix alone ("Jr."), a
    name glued to a word by scraping ("wroteJane Doe"), no capital in it ("albeit
    modest"; unless its head is one of ``actor_nouns``, "the education department", or a
    plural noun of people, "jewel thieves"), a
    lower-case word glued by a hyphen before or after ("pro-Smith", "Netflix-free"; not a
    name's own piece: "Kim Jong-un"), a hashtag ("#Justdoit"), a party tag ("(D-Newport News)"), a time zone after a clock time
    ("9 a.m. Eastern"), one capitalised verb, adjective, adverb,
    interjection or adverbial ("Conceding that ...", "Begun in 1997, ...", "Counter to his
    reputation"), or a name glued by a hyphen into a modifier ("Black-Asian solidarity")."""
    toks = adoc.tokens
    t = toks[s]
    if len(adoc.span_text(s, en).strip(". ")) <= 1:
        return True  # "X.": a letter
    if any(toks[k].text in PERSONAL_POSSESSIVES | {"its"} for k in range(s + 1, en)):
        return True  # "Trump its Tree of Life": a possessive inside, words run together
    if adoc.span_text(s, en).lower() in NAME_SUFFIXES or any(GLUED.match(toks[k].text)
                                                               for k in range(s, en)):
        return True  # "Jr." alone, "wroteJane Doe": a fragment, scraped words glued
    if s > 0 and toks[s - 1].text in ("#", "@") and not toks[s - 1].ws:
        return True  # "#Justdoit": a hashtag
    if s > 0 and toks[s - 1].text == "(" and en - s >= 3 and toks[s].text in PARTY_LETTERS \
            and toks[s + 1].text in "-‐" and not toks[s].ws:
        return True  # "(D-Newport News)": a party and district tag after a name
    if en - s == 1 and t.text.lower() in TIME_ZONES and s > 0 and toks[s - 1].text.lower() in TIME_MARKS:
        return True  # "9:00 a.m. Eastern": a time zone
    if en - s >= 2 and t.text.lower() in TIME_ZONES and toks[en - 1].text.lower() in ZONE_ENDS:
        return True  # "all times Eastern Standard Time": a time zone
    if adoc.doc.language.startswith("en") and not any(ch.isupper() for ch in adoc.span_text(s, en)) and \
            toks[head].lemma.lower() not in actor_nouns and not (
                toks[head].tag == "NNS" and toks[head].lemma.lower().endswith(AGENT_SUFFIXES)):
        return True  # "albeit modest", "zoo memberships": no capital, no name (English only:
        # Russian and French write bodies in lower case, "совет безопасности")
    for k in range(s, en - 2):
        if toks[k + 1].text in "-‐" and not toks[k].ws and not toks[k + 1].ws:
            left, right = toks[k], toks[k + 2]
            if k == s and (left.text.lower() in ADJECTIVE_PREFIXES or left.text.isalpha()
                           and left.text.islower() and left.text not in NAME_PARTICLES
                           and left.pos != "PROPN") or \
                    k + 2 == en - 1 and right.text.isalpha() and right.text.islower() and \
                    right.pos != "PROPN":
                return True  # "pro-Smith", "Netflix-free": an adjective
    english = adoc.doc.language.startswith("en") and t.text.isascii()  # tags of other pipelines vary
    if english and opening_common_noun(adoc, s, en, actor_nouns):
        return True  # "“Vetting is one thing,”": a common noun opening a sentence (round 16)
    if en - s == 1 and english and (t.pos in WORD_POS or t.dep in CLAUSE_DEPS and t.pos != "PROPN"
                                    or t.dep == "advmod" or t.dep in ("advcl", "xcomp") and not any(
                                        toks[c].dep in ("nsubj", "nsubjpass") for c in adoc.children(s))):
        return True
    glued_before = s > 0 and toks[s - 1].text in "-‐" and not toks[s - 1].ws and s > 1 \
        and toks[s - 2].text[:1].islower()
    glued = glued_before or en < len(toks) and toks[en].text in "-‐" and not toks[en - 1].ws
    return glued and toks[head].dep in ("amod", "compound", "nmod")


def office(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the role noun at ``head`` names an office, not its holder: the object of "as"
    ("served as general chairman"), a conjunct of it or (round 16) an appositive of it when it
    is a common noun ("as a senator, secretary of state and ..."), or the object of "the job
    of", the predicate of electing or naming ("was elected president", "named him director"), a
    holder still to come ("the next president", "a possible administration"), or anyone at all
    ("a president must ...")."""
    toks = adoc.tokens
    t = toks[head]
    if t.dep in OFFICE_DEPS:
        return True
    first = t  # "as chairman and chief executive", "as a senator, secretary of state and ..."
    while first.head != first.i and (first.dep == "conj" or first.dep == "appos"
                                     and toks[first.head].pos == "NOUN"):
        first = toks[first.head]  # an appositive only of a common noun, not "as X, the chairman"
    if first.dep == "pobj" and toks[first.head].text.lower() in OFFICE_PREPS:
        return True
    kids = [toks[c] for c in adoc.children(head)]
    if any(k.dep == "amod" and k.lemma.lower() in OFFICE_VERBS for k in kids) and not any(
            k.dep in ("det", "poss") for k in kids):
        return True  # "if elected president"; not "the newly elected president"
    if t.dep == "pobj" and toks[t.head].text.lower() == "of" and \
            toks[toks[t.head].head].lemma.lower() in OFFICE_NOUNS:
        return True  # "the job of communications director"
    if any(toks[c].text.lower() in NOT_YET and toks[c].dep in ("amod", "advmod")
           for c in adoc.children(head)):
        return True
    if any(toks[c].text.lower() in ("a", "an") for c in adoc.children(head)) and any(
            toks[c].text.lower() in NOT_YET_INDEFINITE and toks[c].dep == "amod" for c in adoc.children(head)):
        return True  # "once a new president takes office"
    # "a president must be ready": an indefinite role of a general statement
    return t.dep in ("nsubj", "nsubjpass") and any(
        toks[c].text.lower() in ("a", "an") for c in adoc.children(head)) and any(
        toks[c].dep == "aux" and toks[c].text.lower() in GENERIC_MODALS for c in adoc.children(t.head))


def platform(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when [s, en) names a social platform where something was posted ("on Twitter and
    Instagram", "via Telegram"): a medium, not an actor."""
    toks = adoc.tokens
    if adoc.span_text(s, en).lower() not in PLATFORMS:
        return False
    t = toks[head]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    return t.dep == "pobj" and toks[t.head].text.lower() in PLATFORM_PREPS


def modifier_only(adoc: AnnotatedDoc, nouns: frozenset[str]) -> frozenset[str]:
    """Names of bodies the report writes only as modifiers of a common noun that is neither an
    actor nor an event (``nouns``: the lemmas of actors and events): "a Confederate flag", "the
    Tree of Life award", "U.S. Census data". They describe a thing; a body the report also
    names otherwise ("Boeing said", "Boeing jets") stays an actor. The people who use, watch or
    buy something count as things here: "Coke users", "Netflix subscribers" name a product."""
    seen: dict[str, bool] = {}
    for e in adoc.ents:
        if e.label != "ORG":
            continue
        text = adoc.span_text(e.start, e.end)
        ht = adoc.tokens[max(range(e.start, e.end), key=lambda i: not e.start <= adoc.tokens[i].head < e.end)]
        up = adoc.tokens[ht.head]
        mod = (ht.dep in ("compound", "amod", "nmod") and up.pos == "NOUN" and ht.head >= e.end
               and (up.lemma.lower() not in nouns or up.lemma.lower() in CONSUMER_NOUNS))
        seen[text] = seen.get(text, True) and mod
    return frozenset(k for k, v in seen.items() if v)


def adjectival_names(adoc: AnnotatedDoc) -> frozenset[str]:
    """One-word names the report uses only as adjectives ("a Confederate state", "Salafist
    cell", "Harsh comments"): words, not actors. A name also written otherwise ("Trump said",
    "a Trump loss") is kept."""
    seen: dict[str, bool] = {}
    for e in adoc.ents:
        if e.label not in _NAME_LABELS or e.end - e.start != 1:
            continue
        t = adoc.tokens[e.start]
        seen[t.text] = seen.get(t.text, True) and t.dep == "amod"
    return frozenset(k for k, v in seen.items() if v)


def quality_of_person(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the noun at ``head`` ("leadership", "presidency") is owned by a person ("Mr.
    Smith's leadership", "the leadership of Mr. Smith", "her presidency", "a Smith presidency",
    the modifier a word of a person's name whatever its tag, round 16): a quality or a term
    of that person, not a body ("the party leadership", "the Obama administration" stay)."""
    toks = adoc.tokens
    if toks[head].lemma.lower() not in QUALITY_NOUNS:
        return False
    for c in adoc.children(head):
        ct = toks[c]
        if ct.dep == "poss" and (ct.ent_type == "PERSON" or ct.text.lower() in PERSONAL_POSSESSIVES):
            return True
        if ct.dep in ("compound", "amod") and (ct.ent_type == "PERSON" or ct.text[:1].isupper() and any(
                e.label == "PERSON" and ct.text in adoc.span_text(e.start, e.end).split()
                for e in adoc.ents)):
            return True  # "a Smith presidency" (Smith a person of the report, however tagged; not "the GOP leadership")
        if ct.dep == "prep" and ct.text.lower() == "of" and any(
                toks[o].ent_type == "PERSON" for o in adoc.children(c) if toks[o].dep == "pobj"):
            return True
    return False


def body_part(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the role noun at ``head`` is a part of the body ("shaking my head", "the
    head"): "head" names someone only with what it heads ("the head of the union", "the
    department head", "its head")."""
    toks = adoc.tokens
    if _lem(adoc, head) not in BODY_WORDS:
        return False
    t = toks[head]
    if t.dep == "pobj" and toks[t.head].text.lower() in ("at", "to"):
        return True  # "at the head of the party": a position
    for c in adoc.children(head):
        ct = toks[c]
        if ct.dep == "prep" and ct.text.lower() == "of" or ct.dep in ("compound", "amod", "nmod"):
            return False
        if ct.dep == "poss" and ct.text.lower() not in PERSONAL_POSSESSIVES and ct.pos != "NOUN":
            return False  # "its head", "the union's head"; not "the woman's head"
    return True


def gone_to(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the name at ``head`` is where someone goes, travels or is taken ("a trip to
    Haiti", "went to the Naval Hospital", "flew into X")."""
    toks = adoc.tokens
    t = toks[head]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    if t.dep != "pobj":
        return False
    prep = toks[t.head]
    verb = toks[prep.head]
    if verb.dep == "advmod" and verb.text.lower() in MOTION_PARTICLES:
        verb = toks[verb.head]  # "drove back to X"
    before = toks[prep.i - 1] if prep.i > 0 else prep  # "chief of mission to X", however parsed
    return prep.text.lower() in MOTION_PREPS and (verb.lemma.lower() in MOTION or (
        before.pos == "NOUN" and before.lemma.lower() in MOTION))


def building(adoc: AnnotatedDoc, head: int, place_preps: frozenset[str]) -> bool:
    """True when the body noun at ``head`` is a building where someone is or goes ("an
    appearance at the party headquarters", "went to the embassy"): one of
    ``place_like_bodies`` after one of ``place_preps`` or a verb of motion."""
    toks = adoc.tokens
    t = toks[head]
    if t.lemma.lower() not in PLACE_LIKE_BODIES and t.text.lower() not in PLACE_LIKE_BODIES:
        return False
    return gone_to(adoc, head) or t.dep == "pobj" and toks[t.head].text.lower() in place_preps \
        or t.dep == "dobj" and toks[t.head].lemma.lower() in VISIT_VERBS  # "visiting the offices"


@lru_cache(maxsize=1 << 14)
def _division(name: str) -> bool:
    """True when ``name`` names a country or a first-level division (a US state)."""
    return any(p.feature in ("country", "admin1", "continent") and kind in ("main", "alternate")
               for p, kind in get_gazetteer().lookup(name))


@lru_cache(maxsize=1 << 14)
def _known_place(name: str) -> bool:
    return any(p.feature in ("country", "city", "region", "admin1", "admin2") or kind == "main"
               for p, kind in get_gazetteer().lookup(name))


def described_town(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the town or region at ``head`` is the subject of a verb of being or having
    ("X has a long history of welcoming refugees", "X includes Y"): described, not acting."""
    toks = adoc.tokens
    t = toks[head]
    return (t.dep in ("nsubj", "nsubjpass") and toks[t.head].lemma.lower() in STATIVE_VERBS
            and _known_place(_ent_text(adoc, head)))


def _ent_text(adoc: AnnotatedDoc, i: int) -> str:
    """The text of the entity holding token ``i`` (the token alone when none does)."""
    e = next((e for e in adoc.ents if e.start <= i < e.end), None)
    return adoc.span_text(e.start, e.end) if e else adoc.tokens[i].text


def home_of_person(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when a name the tagger calls a person is a known place after "of" on a name ("Smith
    of Ponte Vedra Beach")."""
    toks = adoc.tokens
    t = toks[head]
    return (t.dep == "pobj" and toks[t.head].text.lower() == "of"
            and toks[toks[t.head].head].pos == "PROPN" and _known_place(adoc.span_text(s, en)))


def t_appos_place(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the name at ``head`` stands in apposition with a noun of a place ("X, the
    state's biggest city", "the city, X,")."""
    toks = adoc.tokens
    t = toks[head]
    if t.dep == "appos" and toks[t.head].pos == "NOUN" and toks[t.head].lemma.lower() in PLACE_NOUNS:
        return True
    return any(toks[c].dep == "appos" and toks[c].pos == "NOUN" and toks[c].lemma.lower() in PLACE_NOUNS
               for c in adoc.children(head))


def place_of(adoc: AnnotatedDoc, s: int, en: int, head: int, label: str) -> bool:
    """True when the name [s, en) is a place by its construction: the country or state after a
    town and a comma ("Caracas, Venezuela", "Tulsa, Okla."), a modifier of a place noun ("the
    X nightclub") or its object ("the counties of X and Y"), the home of a named person
    ("Senator Smith of Ohio"), or a country whose inhabitants are meant ("Afghanistan's
    insurgents", "Ohio's population"); a landmark that does not act ("the National Mall"); or a
    label ("to run as an Independent")."""
    toks = adoc.tokens
    name = adoc.span_text(s, en)
    if label == "ORG" and toks[head].dep in ("compound", "amod", "nmod") and _division(name):
        return True  # "an Idaho executive": a state as a modifier
    if label == "ORG" and en - s >= 2 and toks[en - 1].text.lower() in LANDMARK_HEADS and \
            toks[head].dep not in ("nsubj", "nsubjpass", "poss") and not any(
                toks[k].text.lower() in NAME_HEADS for k in range(s, en)):
        return True  # "from the National Mall": a landmark (not "the University of X at Y Hill")
    if label in ("GPE", "ORG") and s >= 2 and toks[s - 1].text == "," and \
            toks[s - 2].ent_type not in ("GPE", "LOC") and toks[s - 2].pos == "PROPN" and \
            en - s == 1 and _division(name):
        return True  # "Hudson, NH": a town's state
    if label == "GPE" and s >= 2 and toks[s - 1].text == "," and toks[s - 2].ent_type in ("GPE", "LOC"):
        k = s - 2
        while k > 0 and toks[k - 1].ent_type == toks[s - 2].ent_type and toks[k].ent_iob != "B":
            k -= 1
        if not _division(adoc.span_text(k, s - 1)):
            return True  # "Caracas, Venezuela": not a list of countries or states
    t = toks[head]
    up = toks[t.head]
    if t.dep == "compound" and t.head == en and up.pos == "NOUN" and up.lemma.lower() in PLACE_NOUNS:
        return True  # "the X nightclub", "the X city of Y"
    c = t
    while c.dep == "conj" and c.head != c.i:
        c = toks[c.head]
    if c.dep == "pobj" and toks[c.head].text.lower() == "of" and \
            toks[toks[c.head].head].lemma.lower() in PLACE_NOUNS:
        return True  # "the counties of X and Y", "the city of X"
    if label == "ORG" and t.dep == "pobj" and up.text.lower() == "as" and s > 0 and \
            toks[s - 1].text.lower() in ("a", "an"):
        return True  # "to run as an Independent": a label
    if t.dep == "pobj" and toks[t.head].text.lower() == "of" and (
            label in ("GPE", "LOC") or _known_place(name)):
        owner = toks[toks[t.head].head]
        if owner.ent_type == "PERSON" or owner.pos == "PROPN":
            return True  # "Senator Smith of Ohio", "Jolly of Indian Shores"
    if label in ("GPE", "LOC") and (t.dep == "poss" or head + 1 < len(toks)
                                    and toks[head + 1].text in ("'s", "’s")):
        owner = toks[t.head]
        return owner.lemma.lower() in OF_PLACE or owner.pos == "PROPN" and \
            owner.ent_type in ("ORG", "FAC", "LOC")  # "X's primary", "X's Wildlife Refuge"
    return False


def bio_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of an author's biography among the last three paragraphs of a report:
    a paragraph opening with a name of two to four words and "is (a/an/the)", followed within
    six words by a word of a biography ("Jane Doe is a columnist", "John Roe is co-author";
    ``bio_nouns``)."""
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    out = []
    for a, b in paras[-3:]:
        para = text[a:b].strip()
        m = re.match(r"((?:[A-Z][\w.'’-]*\s+){2,4})(?:is|was|has been|serves as)\s+"
                     r"((?:[\w-]+[\s,]+){0,6})", para + " ")
        if m and len(para.split()) <= 80 and m.group(1).split()[0].lower() not in NOT_OPENERS \
                and set(re.findall(r"[a-z]+", m.group(2).lower())) & BIO_NOUNS:
            out.append((a, b))
    return out
