"""What is named like an actor but is none: things, titles, words and pieces of names.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc` (tokens, entities, parse), used by
:mod:`sitroom.extract.actors` before a name or a role phrase becomes an actor mention. All
are general rules; their words are in ``data/actor_filters.json``:

* :func:`named_thing`: a drug, a law, a treaty, a court case, a programme, a book, a show or
  a prize ("the hallucinogen PCP", "Tinder, the dating application", "Plessy v. Ferguson",
  "the Dred Scott case", "Martin Luther King Day", a name the tagger labels a law or a work
  elsewhere in the report), an event named before a noun of an event ("his final X address":
  :mod:`sitroom.extract.actor_named_events`, round 17), a seat of office named as the office
  sought ("his X bid", "the X race": :mod:`sitroom.extract.actor_offices_sought`, round 18);
* :func:`quoted_title`: a name inside a short title-case quotation that the report never
  writes outside quotation marks ("a play called “Sons of the Mountain”");
* :func:`not_a_name`: a capitalised verb, adjective or adverb tagged as a name ("Conceding
  that ...", "Appear"), a word glued by a hyphen into a modifier ("pro-Smith", "Black-Asian
  solidarity");
* :func:`name_piece`: a piece of a longer name ("the Office of Political Strategy and
  Outreach");
* :func:`platform`, :func:`modifier_only`, :func:`adjectival_names`: a medium posted on, a
  body written only as a modifier of a thing, a name used only as an adjective.

The filters of offices and other role nouns naming no holder live in
:mod:`sitroom.extract.actor_filter_roles`, those of places in
:mod:`sitroom.extract.actor_filter_places`, the closing biographies of a page in
:mod:`sitroom.extract.actor_page`; their names stay importable from here.
"""

from __future__ import annotations

import re

from ..model import AnnotatedDoc
from .actor_cues import opening_common_noun
from .actor_filter_places import (  # noqa: F401  (re-exported: the old import path kept)
    LANDMARK_HEADS, NAME_HEADS, _known_place, building, described_town, gone_to, home_of_person,
    place_of, t_appos_place,
)
from .actor_filter_roles import (  # noqa: F401  (re-exported: the old import path kept)
    BARE_OFFICE_PREPS, OFFICE_PREPS, PERSONAL_POSSESSIVES, body_part, office, quality_of_person,
)
from .actor_filter_words import OF_PREPS, filter_words
from .actor_named_events import event_of_noun
from .actor_offices_sought import office_sought
from .actor_page import BIO_NOUNS, HEADLINE_WORDS, NOT_OPENERS, bio_lines  # noqa: F401  (re-exported)

_F = filter_words()
THING_NOUNS = frozenset(_F["thing_nouns"])
THING_HEADS = frozenset(_F["thing_heads"])
THING_TITLES = frozenset(_F["thing_titles"])
AGENT_SUFFIXES = tuple(_F["agent_suffixes"])
CONTAINERS = frozenset(_F["containers"])
THING_LABELS = frozenset(_F["thing_labels"])
CASE_MARKS = frozenset(_F["case_marks"])
THING_MODIFIED = frozenset(_F["thing_modified"])
KIND_NOUNS = frozenset(_F["kind_nouns"])
PLATFORMS = frozenset(_F["platforms"])
PLATFORM_PREPS = frozenset(_F["platform_preps"])
NAME_PARTICLES = frozenset(_F["name_particles"])
ADJECTIVE_PREFIXES = frozenset(_F["adjective_prefixes"])
NAME_SUFFIXES = frozenset(_F["name_suffixes"])
PARTY_LETTERS = frozenset(_F["party_letters"])
TIME_ZONES = frozenset(_F["time_zones"])
ZONE_ENDS = frozenset(_F["zone_ends"])
TIME_MARKS = frozenset(_F["time_marks"])
CONSUMER_NOUNS = frozenset(_F["consumer_nouns"])
YEAR = re.compile(_F["year_pattern"])
PROGRAMME_PREPS = frozenset(_F["programme_preps"])
NAME_PREPS = frozenset(_F["name_preps"])
# a word glued to a name by scraping: "wroteJane", "paranoia,”Clinton"
GLUED = re.compile(r"^[a-z]{2,}[,.;:!?”\"’')]*[A-Z]")
NAME_JOINERS = frozenset(_F["name_joiners"])
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
    if event_of_noun(adoc, s, en, label):
        return True  # "his final X address", "the X soccer tournament": an event (round 17)
    if office_sought(adoc, s, en):
        return True  # "his X bid", "the X race": the office sought, no body (round 18)
    last = toks[en - 1].text.lower()
    roots = [k for k in range(s, en) if not s <= toks[k].head < en or toks[k].head == k]
    if (any(_lem(adoc, k) in THING_HEADS or toks[k].text.lower() in THING_HEADS for k in roots)
            or last in THING_HEADS) and (label != "PERSON" or len(adoc.span_text(s, en).split()) >= 3):
        return True  # "Martin Luther King Day", "the X Prize for Y"; not "Doris Day"
    if any(toks[k].text in CASE_MARKS for k in range(s + 1, min(len(toks), en + 4))) or s > 0 and \
            toks[s - 1].text in CASE_MARKS:  # lower case: "C. V. Starr" is a name
        return True  # "Plessy v. Ferguson", "Brown v. Board of Education": a court case
    if en - s >= 4 and toks[en - 3].text.lower() in THING_HEADS and toks[en - 2].text in OF_PREPS and \
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
    if ht.dep == "pobj" and toks[ht.head].text.lower() in OF_PREPS and \
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

