"""Places: toponym recognition and offline geocoding with document context.

Recognition (:func:`extract_places`): the entities GPE/LOC/FAC of the annotation, repaired
where the small model errs (hyphenated names it cut, "Stratford-upon-Avon"; names it took for a
person or organisation after "in", beside another place, or used metonymically, "Tbilisi
said"; the place an organisation is named after, "Mansfield Police"), plus capitalised
names after a locative preposition or before "region", and every repeat of a name found.
Demonyms ("Russian") are not places.

Resolution against :mod:`.gazetteer` scores each candidate by its population prior (with
bonuses for countries, divisions and national capitals), then adds what the document says:

- a qualifier written next to the name ("Paris, Texas", "Springfield, Ill.", "Lisbon
  (Portugal)") restricts the candidates outright;
- coherence with the *candidates* of the document's other names (:func:`_coherence`): a
  candidate near, or in the same division or country as, plausible readings of other names;
- anchors: names that resolve clearly on their own first, then every name again (twice)
  with the countries, divisions and points of the others' resolutions (a division counts
  more the larger its share of them; a point within _NEAR_KM, and less within _REGION_KM);
- one sense per document: a name qualified once keeps that reading where written bare;
  a bare name of a large division ("Kansas") is not a small town of that name elsewhere.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..lang.forms import name_form_at
from ..model import AnnotatedDoc, PlaceMention
from .gazetteer import Gazetteer, get_gazetteer, norm
from .places_names import body_names, inside_name, team_names, team_repeat
from .places_clock import after_clock_time
from .places_initials import running_initials
from .places_lists import among_organisations, among_persons, entity_spans
from .places_nicknames import nickname_spans
from .places_people import alone, is_apposed_person, is_surname, listed_person, person_names, surnames, tagged_persons  # noqa: F401,E501
from .places_document import SKY_NAMES, _Mention, _mentions, _resolve_all, currency_countries, resolve_spans  # noqa: F401
from .places_resolve import (_AP_STATES, _DEMONYM_ENDINGS, _DIRECTION, _STREET, BIG_TOWN,  # noqa: F401
                             INSTITUTION_TOWN,
                             ResolveContext, _fits, is_initials, lookup, qualifier_of, resolve,
                             variants)

PLACE_LABELS = ("GPE", "LOC", "FAC")

_LOCATIVE = lexicon.words("places", "locative")
# words that are not toponyms on their own ("the West", "metro"), and roads
_NOT_A_TOPONYM = re.compile(
    r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|midwest|metro|"
    r"downtown|uptown|gulf|coast|city|county|state|nation|region)$",
    re.I,
)
_ROAD_NUMBER = re.compile(r"^[\s-]*\d")
# an organisation named after its place ("Mansfield Police", "University of Minnesota")
_INSTITUTION = lexicon.words("places", "institution")
# "the Zaporizhzhia region": a capitalised name before these is a place name
_REGION_WORDS = lexicon.words("places", "region_words")
# after these, even a name the model took for a person is a place if the gazetteer says so
_LOCATIVE_STRICT = lexicon.words("places", "locative_strict")
# after these a lone unknown word is a firm, a source or a recipient ("an analyst at X",
# "according to X"), no place
_LOCATIVE_BODIES = lexicon.words("places", "locative_also_bodies")


def _extend(adoc: AnnotatedDoc, i: int, j: int, gaz: Gazetteer) -> int | None:
    """End token (exclusive) of the longest gazetteer name that continues the tokens
    [i, j) through a hyphen or a lower-case linking word ("Stratford" + "-upon-Avon",
    "Frankfurt" + " am Main"), within the sentence; None if there is none."""
    toks, text = adoc.tokens, adoc.text
    best = None
    linked = False
    for k in range(j, min(j + 5, len(toks))):
        t = toks[k]
        if t.sent != toks[i].sent or "\n" in text[toks[k - 1].end : t.idx]:
            break
        linked = linked or t.text in ("-", "–", "County", "Parish", "Borough") or t.text.islower()
        if t.text in ("-", "–") or t.text.islower() or t.text[:1].isupper():
            if linked and t.text[:1].isupper() and gaz.lookup(text[toks[i].idx : t.end]):
                best = k + 1
            continue
        break
    return best


def _place_in_org(adoc: AnnotatedDoc, ent, gaz: Gazetteer) -> tuple[int, int] | None:
    """The place an organisation is named after. Its first word(s) (after "the" and a
    direction word) when they name a country, a division or a city of 100,000+ ("Georgia
    Environmental Protection Division", "Columbus Metropolitan Library"), or a city of
    10,000+ before an institution word ("Mansfield Police Department"); else the name
    after a final "of" behind an institution word ("University of Minnesota"). Main names
    only, but for countries ("U.S. Army"). Character span, or None."""
    toks, text = adoc.tokens, adoc.text
    words = list(toks[ent.start : ent.end])
    if words and words[0].text.lower() == "the":
        words = words[1:]
    if len(words) > 2 and _DIRECTION.match(words[0].text + " "):
        words = words[1:]

    def fits(s: int, e: int, floor: int) -> bool:
        return text[s:e][:1].isupper() and any(
            (k == "main" and (p.feature == "admin1" or (p.feature == "city" and p.population >= floor)))
            or p.feature == "country" for p, k in gaz.lookup(text[s:e]))

    for n in (3, 2, 1):
        if len(words) > n and words[n].text[:1].isupper():
            s, e = words[0].idx, words[n - 1].end
            floor = INSTITUTION_TOWN if words[n].text.lower() in _INSTITUTION else BIG_TOWN
            if fits(s, e, floor):
                return s, e
    ofs = [k for k, t in enumerate(words) if t.text == "of"]
    if ofs and ofs[-1] + 1 < len(words) and words[0].text.lower() in _INSTITUTION:
        s, e = words[ofs[-1] + 1].idx, words[-1].end
        if fits(s, e, 10_000):
            return s, e
    return None


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """``text[s:e]`` without a leading "the" or a trailing possessive."""
    if text[s:e].lower().startswith("the "):
        s += 4
    if text[s:e].endswith(("'s", "’s")):
        e -= 2
    return s, e


# verbs whose object is a place: what troops enter, take, shell or leave
_PLACE_VERBS = frozenset(
    "enter reach capture seize shell bomb bombard besiege storm recapture retake liberate "
    "evacuate flee encircle surround overrun occupy invade raid strike hit".split())


def taken_place(adoc: AnnotatedDoc, start: int, end: int, gaz: Gazetteer) -> bool:
    """The tokens ``start``..``end`` are the object of a verb of taking, attacking or leaving
    a place (:func:`_place_object`) and name a country, a division or a city of 50,000+."""
    return _place_object(adoc, start, end) and gaz.names_place(adoc.span_text(start, end),
                                                               50_000)


def _place_object(adoc: AnnotatedDoc, start: int, end: int) -> bool:
    """The entity (tokens ``start``..``end``) is the direct object of a verb of taking,
    attacking or leaving a place ("rebels entered Goma", "strikes hit Rafah"), or a
    conjunct of one."""
    toks = adoc.tokens
    head = next((k for k in range(start, end) if not start <= toks[k].head < end), end - 1)
    t = toks[head]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    return (t.dep == "dobj" and toks[t.head].pos == "VERB"
            and toks[t.head].lemma.lower() in _PLACE_VERBS)


def _candidate_spans(adoc: AnnotatedDoc, gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """(start, end, sentence) of the toponyms of ``adoc``:

    - no entity that is a whole member of a list of persons (:func:`among_persons`); place
      entities, with a leading "the" and a possessive trimmed, "Paris, Texas" split in two,
      extended over a hyphenated or linked name the model cut ("Stratford-upon-Avon");
      a facility only when it names a country, division or city of 50,000+;
    - other entities (a person, an organisation) that the extension makes a place name,
      that follow "in"/"near"/... and name a country, division or city of 50,000+, or
      that name a large city (or, for an organisation, a country: "Moscow denied");
      or that are joined by "and"/"or"/"," to a place entity and name a known place;
    - capitalised words outside entities likewise after a locative preposition, before
      "region"/"province"/..., or forming a hyphenated gazetteer name ("Stratford-upon-Avon");
    - "City, ST" patterns the model missed (:func:`_qualified`), state nicknames ("the Hoosier State");
    - every other occurrence of a name so found (:func:`_repeats`)."""
    text, toks = adoc.text, adoc.tokens
    out: list[tuple[int, int, int]] = []
    covered: set[int] = set()

    def safe(s: int, e: int) -> bool:
        return gaz.names_place(text[s:e], 50_000)

    def metonym(label: str, s: int, e: int) -> bool:
        """A name the model took for an organisation ("Moscow denied") or a person
        ("Tbilisi said") that is a country or division (organisations only) or a city of
        250,000+ (organisations) or 500,000+ (persons), written as one word for persons."""
        if label == "PERSON" and " " in text[s:e]:
            return False
        floor = 500_000 if label == "PERSON" else 250_000
        return any(k == "main" and ((p.feature == "city" and p.population >= floor)
                                    or (label == "ORG" and p.feature in ("country", "admin1")))
                   for p, k in gaz.lookup(text[s:e]))

    def locative(i: int, preps: frozenset[str]) -> bool:
        return i > 0 and toks[i - 1].text.lower() in preps

    place_tok = {k for x in adoc.ents if x.label in ("GPE", "LOC") for k in range(x.start, x.end)}
    # a place entity the gazetteer does not know vouches for no person beside it: "Cruz, Doe,
    # Bush and Rubio" with "Doe" mistagged as a place is a list of surnames
    known_tok = {k for x in adoc.ents if x.label in ("GPE", "LOC")
                 and gaz.lookup(text[slice(*_trimmed(text, x.start_char, x.end_char))])
                 for k in range(x.start, x.end)}

    def coordinated(a: int, b: int, label: str) -> bool:
        """Joined by "and"/"or"/"," to a place entity ("near Bakhmut and Soledar"); for a
        name tagged as a person, to one the gazetteer knows."""
        near = known_tok if label == "PERSON" else place_tok
        before = a >= 2 and toks[a - 1].text in ("and", "or", ",") and a - 2 in near
        after = b + 1 < len(toks) and toks[b].text in ("and", "or", ",") and b + 1 in near
        return before or after

    def known(s: int, e: int) -> bool:
        return gaz.names_place(text[s:e], 5_000)

    person, ents = listed_person(adoc, gaz), entity_spans(adoc.ents)
    for ent in adoc.ents:
        covered.update(range(ent.start, ent.end))
        if among_persons(ents, text, ent.start_char, ent.end_char, person):
            continue  # "..., Jane Doe, Chad Roe, Le Frye, ...": a member of a list of persons
        ext = _extend(adoc, ent.start, ent.end, gaz)
        if ext is not None:
            covered.update(range(ent.end, ext))
            out.append((ent.start_char, toks[ext - 1].end, ent.sent))
            continue
        s, e = _trimmed(text, ent.start_char, ent.end_char)
        if _NOT_A_TOPONYM.match(text[s:e]) or _ROAD_NUMBER.match(text[e : e + 6]):
            continue
        if ent.label == "ORG":
            inner = _place_in_org(adoc, ent, gaz)
            if inner is not None:
                out.append((*inner, ent.sent))
                continue
        if ent.label not in PLACE_LABELS:
            if ent.label in ("PERSON", "ORG") and (
                (locative(ent.start, _LOCATIVE_STRICT) and safe(s, e)) or metonym(ent.label, s, e)
                or (coordinated(ent.start, ent.end, ent.label) and known(s, e))
                or taken_place(adoc, ent.start, ent.end, gaz)
            ):
                out.append((s, e, ent.sent))
            continue
        if gaz.is_demonym(text[s:e]) or (ent.label == "FAC" and not safe(s, e)):
            continue
        parts = [(s, e)]
        if "," in text[s:e]:
            c = text.index(",", s, e)
            tail = c + 1 + (len(text[c + 1 : e]) - len(text[c + 1 : e].lstrip()))
            parts = [(s, c), (tail, e)]
        out.extend((a, b, ent.sent) for a, b in parts if b > a)
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.i in covered or t.pos != "PROPN" or not t.text[:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].pos == "PROPN" and j not in covered and toks[j].text[:1].isupper():
            j += 1
        ext = _extend(adoc, i, j, gaz)
        if ext is not None:
            out.append((t.idx, toks[ext - 1].end, t.sent))
            covered.update(range(i, ext))
            i = ext
            continue
        region = j < len(toks) and toks[j].text.lower() in _REGION_WORDS
        if (locative(i, _LOCATIVE) and safe(t.idx, toks[j - 1].end)) or (
            region and gaz.lookup(text[t.idx : toks[j - 1].end])
        ):
            out.append((t.idx, toks[j - 1].end, t.sent))
        i = j
    out = [(s, e, k) for s, e, k in out if text[s:e][:1].isupper()]
    out += _qualified(adoc, out, gaz)
    out += nickname_spans(adoc, out)  # "the Hoosier State"
    return sorted(set(out) | set(_repeats(adoc, out, gaz)))


_CAPITALISED_RUN = re.compile(r"(?<![\w.-])((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),")


def _qualified(adoc: AnnotatedDoc, found: list[tuple[int, int, int]], gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """"City, ST" written out: a capitalised name before a comma and a country or division
    ("Greer, S.C.", "COLUMBIA, S.C.", "Gori, Georgia") when the gazetteer has a place of
    that name in it; both the name and the qualifier become toponyms (if not found yet)."""
    text = adoc.text
    taken = [(s, e) for s, e, _ in found]
    out = []
    for m in _CAPITALISED_RUN.finditer(text):
        q = qualifier_of(text, m.end(1), gaz)
        if q is None:
            continue
        words = list(re.finditer(r"\S+", m.group(1)))
        for w in words:  # the longest tail of the run that names a place in the qualifier
            s, e = m.start(1) + w.start(), m.end(1)
            if any(k == "main" and p != q[0] and _fits(p, q[0]) for p, k in gaz.lookup(text[s:e])):
                for a, b in ((s, e), (q[1], q[2])):
                    if not any(x < b and a < y for x, y in taken):
                        out.append((a, b, adoc.sent_at(a)))
                        taken.append((a, b))
                break
    return out


def _repeats(adoc: AnnotatedDoc, found: list[tuple[int, int, int]], gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """Other occurrences of the gazetteer names already found (one sense per document:
    "Alexandria woman charged" once "Alexandria" was a place), as written or in capitals,
    outside other spans and outside entities other than places and organisations (a
    person, an event, a work: "the Olympic Games")."""
    text = adoc.text
    names = {text[s:e] for s, e, _ in found if len(text[s:e]) >= 3 and gaz.lookup(text[s:e])}
    taken = [(s, e) for s, e, _ in found]
    taken += [(x.start_char, x.end_char) for x in adoc.ents if x.label not in ("GPE", "LOC", "FAC", "ORG")]
    out = []
    for name in names:
        for form in {name, name.upper()}:
            for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
                s, e = m.span()
                if not any(a < e and s < b for a, b in taken):
                    out.append((s, e, adoc.sent_at(s)))
                    taken.append((s, e))
    return out


# a weekday written right after a word makes the word an event's name ("X Tuesday"), for a
# word the gazetteer does not know (a known town's "in X Friday night" is where it happened)
_WEEKDAYS = frozenset(w for w in lexicon.table("time_words", "weekdays") if w.endswith("day"))
_NEXT_CAPITALISED = re.compile(r" ([A-Z][a-z]+)\b")


def _before_a_weekday(text: str, e: int) -> bool:
    """A capitalised weekday follows the name ending at ``e`` after one space."""
    nxt = _NEXT_CAPITALISED.match(text, e)
    return nxt is not None and nxt.group(1).lower() in _WEEKDAYS


def _plausible(adoc: AnnotatedDoc, s: int, e: int, people: set[str]) -> bool:
    """Whether an unresolved name still reads as a place: several words, or after a
    locative preposition ("in Soledar"; not one that also takes a firm, "an analyst at X",
    "according to X"), not a street, and not a word of a person's name
    in the document (``people``); a lone unknown word may be a mislabelled person. A name
    ending in a lower-case adverb ("Doe back") is a person and the adverb after it; so is a
    name followed by a person's role ("Jane Doe, legal director for", :func:`is_apposed_person`),
    and a member of a list of organisations or products (:func:`among_organisations`)."""
    name = adoc.text[s:e].strip()
    if norm(name) in SKY_NAMES:  # the planet ("the Earth changes"): no town, a place of its own
        return True
    if _STREET.search(name) or name in people or is_initials(name):  # "the F.B.I.": a body
        return False
    if running_initials(adoc.text, s, e):  # "a report from WXYZ": a body's initials
        return False
    if " " not in name and _before_a_weekday(adoc.text, e):  # "the X Tuesday contests": an event's
        return False
    last = adoc.tokens[adoc.token_at(max(s, e - 1))]
    if last.text.islower() and last.pos == "ADV":
        return False  # a name and the adverb after it ("Doe back"), no name of a place
    if is_apposed_person(adoc, s, e):  # "Jane Doe, legal director for the group"
        return False
    if among_organisations(adoc.ents, adoc.text, s, e):  # "apps for A, B and C"
        return False
    i = adoc.token_at(s)
    if i > 0 and adoc.tokens[i - 1].text.lower() == "the":
        i -= 1
    before = adoc.tokens[i - 1].text.lower() if i > 0 else ""
    return " " in name or (before in _LOCATIVE and before not in _LOCATIVE_BODIES)


def _resolved(adoc: AnnotatedDoc, spans: list[tuple[int, int, int]], gaz: Gazetteer) -> list[_Mention]:
    """The mentions of ``spans``, in their dictionary form, resolved together."""
    mentions = _mentions(adoc.text, [(s, e) for s, e, _ in spans], gaz)
    for m in mentions:  # an inflected name is looked up in its dictionary form ("Пловдива")
        m.text = name_form_at(adoc, m.start, m.end)
    _resolve_all(mentions, gaz, lenient=False, text=adoc.text)
    return mentions


def extract_places(adoc: AnnotatedDoc) -> tuple[PlaceMention, ...]:
    """The toponyms of one document, resolved together. Unresolved ones keep their text as
    name and no coordinates, when :func:`_plausible`; FAC entities only when resolved."""
    gaz = get_gazetteer()
    text = adoc.text
    found = _candidate_spans(adoc, gaz)
    # "the X Broncos", "X University": a bare "X" elsewhere is the team or the body too
    teams, bodies = team_names(adoc, found), body_names(adoc, found)
    spans = [x for x in found if not inside_name(adoc, x[0], x[1])
             and not team_repeat(adoc, x[0], x[1], teams, bodies)
             and not after_clock_time(adoc, x[0], x[1])]  # "9 a.m. Eastern": a time zone
    mentions = _resolved(adoc, spans, gaz)
    names = person_names(adoc)  # "as Doe said" once "Jane Doe" is named: no place, nor context
    tagged = tagged_persons(adoc) - names  # "Doe said ... Doe's pitch": no place if alone
    keep = [k for k, ((s, e, _), m) in enumerate(zip(spans, mentions))
            if not is_surname(adoc, s, e, m.place, names)
            and not (is_surname(adoc, s, e, m.place, tagged)
                     and alone(m.place, (o.place for o in mentions if o.text != m.text)))]
    if len(keep) < len(spans):
        spans = [spans[k] for k in keep]
        mentions = _resolved(adoc, spans, gaz)
    fac = {(x.start_char, x.end_char) for x in adoc.ents if x.label == "FAC"}
    people = {adoc.tokens[k].text for x in adoc.ents if x.label == "PERSON" for k in range(x.start, x.end)}
    out = []
    for (s, e, sent), m in zip(spans, mentions):
        p = m.place
        if p is None and (any(a <= s and e <= b for a, b in fac) or not _plausible(adoc, s, e, people)):
            continue
        out.append(
            PlaceMention(
                doc=adoc.doc.id, start=s, end=e, sent=sent, text=text[s:e],
                name=p.name if p else text[s:e],
                lat=p.lat if p else None, lon=p.lon if p else None,
                country_code=p.country_code or None if p else None,
                feature=p.feature if p else None,
                geonameid=p.geonameid if p else None,
                population=p.population if p else None,
            )
        )
    return tuple(out)
