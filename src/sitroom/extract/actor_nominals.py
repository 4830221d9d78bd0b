"""Definite nominals, impersonal "it" and "we" in quotes: the round-10 parts of within-report
coreference, used by :func:`sitroom.extract.actor_coref.resolve`.

* :func:`add_nominals` adds the definite nominals no actor noun covers ("the carrier", "the
  plane maker") and every first-person plural pronoun inside a quotation;
* :func:`nominal_antecedent`: "the company", "the government" names back the last named body
  of a kind it may stand for (its own sentence and the three before, subjects first);
* :func:`impersonal_it`: "it rains", "it is a shame", "it's an unlikely scenario" stand for no one;
* :func:`resolve_we`: "we"/"our"/"us" in a quote is the speaker's body, when the attribution
  names one ("Acme spokesman Jo Roe said", "Acme said"), else no mention; "I"/"my"/"me" in a
  quote is its speaker ("Jo Roe said: “I ...”", "“I ...,” he said"), or the author of the
  letter or statement the report quotes whole ("Roe's letter ... “I ...”"), else no mention.

Words in ``data/coref_words.json``.
"""

from __future__ import annotations

import bisect
import json
import re
from pathlib import Path

from .. import lexicon
from ..model import AnnotatedDoc
from .actor_base import IMPERSONAL, SUBJECT_DEPS, Cand, actor_noun_kind
from .actor_chains import BODY_KINDS, _root, _words
from .actor_coref_bodies import described_before, owner_start
from .actor_coref_letters import document_before, read_outs

_CW = json.loads((Path(__file__).resolve().parent.parent / "data" / "coref_words.json")
                 .read_text(encoding="utf-8"))
# "the company", "the carrier", "the government": the kinds of body each may stand for
NOMINAL_HEADS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _CW["nominal_heads"].items()}
NOMINAL_SKIP = frozenset(_CW["nominal_skip_modifiers"])
WE_PRONOUNS = frozenset(_CW["we_pronouns"])
# "I", "my", "me" in a quote: its speaker; in a letter or statement quoted whole: its author
I_PRONOUNS = frozenset(_CW["i_pronouns"])
DOCUMENT_NOUNS = frozenset(_CW["document_nouns"])
# "met with her", "told him": object pronouns, resolved as the subject ones are
OBJECT_PRONOUNS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _CW["object_pronouns"].items()}
OBJECT_GENDER: dict[str, str] = _CW["object_pronoun_gender"]
OBJECT_DEPS = frozenset(_CW["object_deps"])
WE_KINDS = frozenset(_CW["we_kinds"])
WEATHER_VERBS = frozenset(_CW["weather_verbs"])
IMPERSONAL_COMPLEMENTS = frozenset(_CW["impersonal_complements"])
INDEFINITE = frozenset({"a", "an"})
# "Acme, which ...": relative pronouns that stand for the mention their clause hangs on
RELATIVE_PRONOUNS = frozenset(_CW["relative_pronouns"])
RELATIVE_TAGS = frozenset(_CW["relative_tags"])
RELATIVE_KINDS = frozenset(_CW["relative_kinds"])
# "Acme, Europe's biggest maker", "low-cost airline Acme": nouns that describe a named body
DESCRIPTION_HEADS = frozenset(_CW["description_heads"]) | frozenset(NOMINAL_HEADS)
SPEECH_VERBS = lexicon.words("reporting_verbs", "quotes")
# the posts of a body's people: a "we" of a quote they speak is their body's
BODY_POSTS = frozenset(_CW["body_posts"])
# the word joining a body to the office of a title glued to a name ("... of the Air Force for
# Acquisition Jo Roe")
TITLE_JOINERS = frozenset(_CW["title_joiners"])
POST_KINDS = frozenset({"organisation", "armed_group", "outlet"})


_MARK = re.compile(r"``|''|[“”«»\"]")
_MARKS = re.compile(r"[`'“”«»\"]+")  # a token that is (a piece of) a quotation mark


def quotations(adoc: AnnotatedDoc) -> list[tuple[int, int]]:
    """Token ranges (a, b) inside quotation marks, paired within each paragraph: “…”, «…»,
    straight "…" and the doubled ``…'' of plain-text copy (which the tokenizer splits)."""
    toks = adoc.tokens
    out: list[tuple[int, int]] = []
    starts = [t.idx for t in toks]
    pos = 0
    for para in adoc.text.split("\n"):
        opened: int | None = None
        for m in _MARK.finditer(para):
            x, at = m.group(), pos + m.start()
            if opened is None and (x in ("“", "«", "``") or x == '"' and (
                    m.start() == 0 or not para[m.start() - 1].isalnum())):
                opened = pos + m.end()
            elif opened is not None and x in ("”", "»", "''", '"'):
                a = bisect.bisect_left(starts, opened)
                b = bisect.bisect_left(starts, at)
                if a < b:
                    out.append((a, b))
                opened = None
        pos += len(para) + 1
    return out


def _pick(adoc: AnnotatedDoc, cands: list[Cand], idxs: list[int]) -> int | None:
    """Among candidate indices (in text order) the last subject, else the last one."""
    if not idxs:
        return None
    subj = [i for i in idxs if adoc.tokens[cands[i].head].dep in SUBJECT_DEPS]
    return (subj or idxs)[-1]


def _sort_key(adoc: AnnotatedDoc, c: Cand) -> tuple[int, int]:
    return adoc.tokens[c.start].idx, -adoc.tokens[c.end - 1].end


def add_nominals(adoc: AnnotatedDoc, cands: list[Cand]) -> set[int]:
    """Add to ``cands`` (kept in text order) the definite nominals no actor noun covers ("the
    carrier", "the plane maker"), as generic phrases a body of the report may be named by, the
    object pronouns ("met with her", "told him"), and every first-person plural pronoun inside
    a quotation ("we", "our", "us"); the ids of the
    latter, resolved after the others by :func:`resolve_we`."""
    toks = adoc.tokens
    covered = {c.head for c in cands} | {i for c in cands for i in range(c.start, c.end)}
    new: list[Cand] = []
    for cs, ce in adoc.noun_chunks:
        head = ce - 1
        while head > cs and toks[head].pos == "PUNCT":
            head -= 1
        if head in covered or toks[cs].text.lower() != "the" or head == cs:
            continue
        c = Cand(cs + 1, head + 1, head, "organisation", toks[head].lemma.lower(), generic=True)
        if nominal_kinds(adoc, c):
            new.append(c)
    for t in toks:  # "the company's move": a possessive the noun chunks leave inside another
        if t.dep == "poss" and t.i not in covered and t.lemma.lower() in NOMINAL_HEADS:
            sub = adoc.subtree(t.i)
            if toks[sub[0]].text.lower() == "the" and sub[0] < t.i and not any(
                    i in covered for i in sub):
                c = Cand(sub[0] + 1, t.i + 1, t.i, "organisation", t.lemma.lower(), generic=True)
                if nominal_kinds(adoc, c):
                    new.append(c)
                    covered.add(t.i)
    for t in toks:  # "the company website": a nominal the noun chunk's head leaves inside
        h = t.head
        if t.dep == "compound" and t.i not in covered and t.lemma.lower() in NOMINAL_HEADS \
                and t.i > 0 and h == t.i + 1 and toks[h].pos == "NOUN" and h not in covered \
                and toks[t.i - 1].text.lower() == "the" and toks[t.i - 1].head == h:
            c = Cand(t.i, t.i + 1, t.i, "organisation", t.lemma.lower(), generic=True)
            if nominal_kinds(adoc, c):
                new.append(c)
                covered.add(t.i)
    regions = quotations(adoc) + read_outs(adoc)
    we: list[Cand] = []
    for t in toks:
        if t.pos == "PRON" and t.text.lower() in WE_PRONOUNS | I_PRONOUNS and t.i not in covered \
                and any(a <= t.i < b for a, b in regions):
            we.append(Cand(t.i, t.i + 1, t.i, "unknown", t.text, pronoun=True))
        elif t.pos == "PRON" and t.text.lower() in OBJECT_PRONOUNS and t.dep in OBJECT_DEPS \
                and t.i not in covered:
            new.append(Cand(t.i, t.i + 1, t.i, "unknown", t.text, pronoun=True))
    if new or we:
        cands[:] = sorted(cands + new + we, key=lambda c: _sort_key(adoc, c))
    return {id(c) for c in we}


def nominal_kinds(adoc: AnnotatedDoc, c: Cand) -> tuple[str, ...]:
    """The kinds of body a definite singular nominal ("the company", "the plane maker", "the
    government") may stand for; () for anything else: another determiner or a possessive ("its
    parent company"), a modifier that sets it apart ("the rival company", "the new
    government"), a name on it (a specific body already), a plural, or what something is
    ("Acme is the company that ..."); a noun compound to the noun after it counts when that
    noun's "the" is the nominal's ("the company website": the company)."""
    toks = adoc.tokens
    t = toks[c.head]
    kinds = NOMINAL_HEADS.get(t.lemma.lower(), ())
    if not kinds or t.tag != "NN" or t.dep in ("attr", "appos") or t.dep == "compound" and not (
            c.start > 0 and toks[c.start - 1].head == t.head == c.head + 1) or not (
            c.start > 0 and toks[c.start - 1].text.lower() == "the"
            or toks[c.start].text.lower() == "the"):
        return ()
    for m in adoc.children(c.head):
        mt = toks[m]
        if m < c.head and (mt.dep in ("poss", "nummod") or mt.text.lower() in NOMINAL_SKIP
                           or mt.ent_type or mt.pos == "PROPN"):
            return ()
        if m > c.head and mt.dep in ("prep", "appos", "relcl", "acl") and not (
                mt.dep == "relcl" and toks[c.head + 1].text == ","):
            return ()  # "the company behind X", "the company, X": described, not named back
    return kinds


def nominal_antecedent(adoc: AnnotatedDoc, cands: list[Cand], k: int,
                        sent_of: list[int]) -> int | None:
    """The body a definite nominal ``k`` ("the company") names back: the last named body of a
    kind it may stand for in its own sentence before it or in the three before (subjects
    preferred within a sentence, the nearest sentence first); a nominal already resolved counts
    as its body."""
    c = cands[k]
    kinds = nominal_kinds(adoc, c)
    for back in range(0, 4):
        s = sent_of[k] - back
        idxs = [j for j in range(k) if sent_of[j] == s and cands[j].end <= c.start
                and cands[j].kind in kinds and not cands[j].pronoun and not cands[j].generic
                and (cands[j].name[:1].isupper() or adoc.tokens[cands[j].head].text[:1].isupper()
                     or cands[j].coref_of is not None)]
        j = _pick(adoc, cands, idxs)
        if j is not None:
            return _root(cands, j)
    return None


def impersonal_it(adoc: AnnotatedDoc, c: Cand) -> bool:
    """True for an "it" subject that stands for no one: a weather verb ("it rains") or a
    copula whose complement is a word of impersonal sentences ("it is a shame", "it's
    something", "it's not enough") or a noun phrase with "a"/"an" that names no actor ("it's
    an unlikely scenario")."""
    toks = adoc.tokens
    t = toks[c.head]
    if t.dep not in SUBJECT_DEPS:
        return False
    verb = toks[t.head]
    if verb.dep in ("aux", "auxpass") and verb.head != verb.i:
        verb = toks[verb.head]  # "It was raining" parsed with "It" on "was"
    if verb.lemma.lower() in WEATHER_VERBS:  # "it rained", not "it froze the accounts"
        return not any(toks[m].dep in ("dobj", "prep", "prt") and toks[m].text.lower() != "in"
                       for m in adoc.children(verb.i))
    # "It’s" with a curly apostrophe is often tagged a verb "’" with its complement as object
    clipped = verb.text.lower() in ("'s", "’s") and verb.tag == "VBZ"
    if verb.lemma.lower() != "be" and not clipped:
        return False
    comps = ("attr", "acomp", "dobj") if clipped else ("attr", "acomp")
    for m in adoc.children(verb.i):
        mt = toks[m]
        low = mt.lemma.lower()
        if mt.dep not in comps and not (mt.dep == "advmod" and low == "enough"):
            continue
        if low in IMPERSONAL_COMPLEMENTS or low in IMPERSONAL:
            return True
        if mt.dep in ("attr", "dobj") and mt.pos == "NOUN" and low not in NOMINAL_HEADS \
                and actor_noun_kind(mt) is None and any(
                toks[d].text.lower() in INDEFINITE for d in adoc.children(m)):
            return True
    return False


def resolve_we(adoc: AnnotatedDoc, cands: list[Cand], we: set[int]) -> None:
    """Each first-person plural pronoun inside a quotation stands for the speaker's body: the
    body that is the subject of the quote's speech verb ("Acme said: “we ...”"), or that the
    speaker's own phrase names ("Acme spokesman Jo Roe said", "Jo Roe, chief executive of
    Acme, said"); with none it is no mention (left out)."""
    if not we:
        return
    outs = read_outs(adoc)
    regions = quotations(adoc) + outs
    for c in cands:
        if id(c) not in we:
            continue
        region = next(((a, b) for a, b in regions if a <= c.start < b), None)
        if c.name.lower() in I_PRONOUNS and region in outs:
            j = _author(adoc, cands, document_before(adoc, region[0]) or region[0])
        elif c.name.lower() in I_PRONOUNS:
            j = _speaker_person(adoc, cands, region) if region else None
        else:
            j = _speaker_body(adoc, cands, region) if region else None
        if j is None:
            c.generic = True
            continue
        c.coref_of, c.kind, c.name = j, cands[j].kind, cands[j].name


def _speech_verbs(adoc: AnnotatedDoc, region: tuple[int, int]) -> list[int]:
    """The speech verbs outside quotation marks of the sentences a quote opens and closes in
    and the one before, nearest the quote first."""
    toks = adoc.tokens
    a, b = region
    sents = {toks[max(a - 1, 0)].sent, toks[min(b, len(toks) - 1)].sent}
    sents.add(min(sents) - 1)
    regions = quotations(adoc) + read_outs(adoc)
    verbs = [t.i for t in toks if t.sent in sents and t.lemma.lower() in SPEECH_VERBS
             and not any(x <= t.i < y for x, y in regions)]
    verbs.sort(key=lambda i: min(abs(i - a), abs(i - b)))
    return verbs


def _speaker_person(adoc: AnnotatedDoc, cands: list[Cand], region: tuple[int, int]) -> int | None:
    """The person whose words a quote is, for its "I"/"my"/"me": the person subject of the
    nearest speech verb with a subject ("Jo Roe said: “I ...”", "“... my ...,” he said", the
    "he" resolved), the author of a letter or statement that subject is ("Roe's letter
    states"), or, with no speech verb, the author of a letter the sentence before the quote
    names ("Roe's letter leaked. “I ...”"); None when the subject is no person of the report."""
    toks = adoc.tokens
    for v in _speech_verbs(adoc, region):
        subj = next((m for m in adoc.children(v) if toks[m].dep in SUBJECT_DEPS), None)
        if subj is not None and toks[subj].tag in RELATIVE_TAGS and toks[v].dep == "relcl":
            subj = toks[v].head  # "Roe's letter, which reads: ...": the letter
        if subj is not None:
            return _author(adoc, cands, subj)
    first = toks[region[0]].sent
    regions = quotations(adoc) + read_outs(adoc)
    for t in toks:
        if t.sent in (first - 1, first) and t.lemma.lower() in DOCUMENT_NOUNS and t.pos == "NOUN" \
                and not any(x <= t.i < y for x, y in regions):
            j = _author(adoc, cands, t.i)
            if j is not None:
                return j
    return None


def _author(adoc: AnnotatedDoc, cands: list[Cand], head: int) -> int | None:
    """The person at ``head`` (a mention with that head, its entity), or, when ``head`` is a
    document noun, the person who wrote it ("Roe's letter", "a memo from Roe")."""
    toks = adoc.tokens
    person = next((j for j, o in enumerate(cands) if o.head == head and o.kind == "person"
                   and not o.generic), None)
    if person is not None:
        return _root(cands, person)
    if toks[head].lemma.lower() not in DOCUMENT_NOUNS:
        return None
    for m in adoc.children(head):
        if toks[m].dep == "poss" or toks[m].dep == "prep" and toks[m].text.lower() in ("from", "by"):
            at = m if toks[m].dep == "poss" else next(
                (x for x in adoc.children(m) if toks[x].dep == "pobj"), None)
            if at is not None:
                return _author(adoc, cands, at) if toks[at].lemma.lower() not in DOCUMENT_NOUNS \
                    else None
    return None


def _speaker_body(adoc: AnnotatedDoc, cands: list[Cand], region: tuple[int, int]) -> int | None:
    toks = adoc.tokens
    verbs = _speech_verbs(adoc, region)
    bodies = [j for j, o in enumerate(cands) if o.kind in WE_KINDS and not o.pronoun
              and not o.generic and o.name[:1].isupper()]
    leads = _lead_ins(adoc, region)
    colon = _body_in_phrase(adoc, cands, bodies, leads[0][1]) if leads and leads[0][0] else None
    if colon is not None:
        return colon
    for v in verbs:
        subj = next((m for m in adoc.children(v) if toks[m].dep in SUBJECT_DEPS), None)
        if subj is None:
            continue
        under = set(adoc.subtree(subj))
        j = _body_in_phrase(adoc, cands, bodies, under)
        if j is None and toks[subj].lemma.lower() in DOCUMENT_NOUNS:
            break  # "the memo states": its writer, from the lead-in below
        return j if j is not None else _principal_body(adoc, cands, bodies, under, v)
    return next((j for j in (_body_in_phrase(adoc, cands, bodies, under)
                             for _, under in leads) if j is not None), None)


def _body_in_phrase(adoc: AnnotatedDoc, cands: list[Cand], bodies: list[int],
                    under: set[int]) -> int | None:
    """The body a speaker's phrase (token set ``under``) is or names: a body mention inside
    it, else the longest name of a body of the report its words hold ("Acme spokesman Jo Roe"
    after "Acme Corp.", "Jo Roe, chief executive of Acme")."""
    toks = adoc.tokens
    inside = [j for j in bodies if cands[j].head in under]
    if inside:
        return _root(cands, inside[0])
    said = " " + " ".join(toks[i].text.lower() for i in sorted(under)) + " "
    named = [j for j in bodies if cands[j].head not in under and (
        " " + " ".join(_words(cands[j].name)) + " ") in said]
    if named and cands[_root(cands, max(named, key=lambda j: len(cands[j].name)))].kind \
            in WE_KINDS:
        return _root(cands, max(named, key=lambda j: len(cands[j].name)))
    return None


def _lead_ins(adoc: AnnotatedDoc, region: tuple[int, int]) -> list[tuple[bool, set[int]]]:
    """The phrases that say whose words a quote with no speech verb's subject is: the words
    before a colon that opens it in its sentence ("Director of Acme Jo Roe: “We ...”"), and
    a letter, memo or statement the quote's sentence or the one before names ("Acme's
    memo ... “we ...”", "The memo from Acme's chief states: “we ...”"); each with True when it
    is the colon's."""
    toks = adoc.tokens
    a = region[0]
    regions = quotations(adoc)
    out: list[tuple[bool, set[int]]] = []
    k = a - 1
    while k >= 0 and _MARKS.fullmatch(toks[k].text):
        k -= 1
    if k > 0 and toks[k].text == ":":
        s = k - 1
        while s >= 0 and toks[s].sent == toks[k].sent and not _MARKS.fullmatch(toks[s].text) \
                and not any(x <= s < y for x, y in regions):
            s -= 1
        out.append((True, set(range(s + 1, k))))
    first = toks[a].sent
    for t in toks:
        if t.sent in (first - 1, first) and t.lemma.lower() in DOCUMENT_NOUNS and t.pos == "NOUN" \
                and not any(x <= t.i < y for x, y in regions):
            out.append((False, set(adoc.subtree(t.i))))
    return out


def _principal_body(adoc: AnnotatedDoc, cands: list[Cand], bodies: list[int],
                    under: set[int], verb: int) -> int | None:
    """The body a speaker who holds a post in one ("Chief executive Jo Roe said", "said
    Roe", Roe a spokeswoman) speaks for when the speaker's phrase names none: the one body
    the attribution's sentence names outside quotation marks ("Speaking for Acme, manager Jo
    Roe said"), else, with none there, the organisation the report names most often (at
    least twice, and more often than any other)."""
    toks = adoc.tokens
    speaker = next((j for j, o in enumerate(cands) if o.head in under and o.kind == "person"
                    and not o.generic), None)
    if speaker is None:
        return None
    role = " ".join(filter(None, (cands[speaker].role, cands[_root(cands, speaker)].role,
                                  cands[_root(cands, speaker)].name)))
    words = {w.strip(".,'’").lower() for w in role.split()} | {toks[i].text.lower() for i in under}
    if not words & BODY_POSTS:
        return None
    regions = quotations(adoc)
    here = {cands[_root(cands, j)].name: _root(cands, j) for j in bodies
            if toks[cands[j].head].sent == toks[verb].sent and cands[j].kind in POST_KINDS
            and not any(x <= cands[j].head < y for x, y in regions)}
    if here:
        return next(iter(here.values())) if len(here) == 1 else None
    count: dict[str, int] = {}  # by name: the bodies are not chained yet
    first: dict[str, int] = {}
    for j in bodies:
        if cands[j].kind in POST_KINDS:
            name = cands[_root(cands, j)].name
            count[name] = count.get(name, 0) + 1
            first.setdefault(name, _root(cands, j))
    ranked = sorted(count.items(), key=lambda x: -x[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return first[ranked[0][0]]


def add_links(adoc: AnnotatedDoc, cands: list[Cand]) -> dict[int, Cand]:
    """Add to ``cands`` (kept in text order) the mentions whose entity the parse itself gives,
    each with the mention it stands for (by ``id`` of the new candidate), resolved by
    :func:`resolve_links` after the other mentions:

    * a relative pronoun on a mention ("Acme, which ...", "Jo Roe, who ...", "Acme, whose
      ..."): the mention its relative clause hangs on;
    * a common-noun description of a named body written in apposition with it ("Acme,
      Europe's biggest maker", "Acme's rival, Bolt", "its parent company, Acme") or as a
      modifier before its name ("low-cost airline Acme", "Acme parent Bolt"): that body;
      written before it, the description is one mention with the name and its owner (round 16);
    * a phrase mention of a body the name stands in apposition with ("the band's record
      company, Acme Corps"): that body (round 16).
    """
    toks = adoc.tokens
    by_head = {c.head: c for c in cands if not c.pronoun}
    covered = {i for c in cands for i in range(c.start, c.end)}
    links: dict[int, Cand] = {}
    new: list[Cand] = []
    for t in toks:
        if t.tag not in RELATIVE_TAGS or t.text.lower() not in RELATIVE_PRONOUNS or t.i in covered:
            continue
        v, steps = t.i, 0
        while toks[v].dep != "relcl" and toks[v].head != v and steps < 3:
            v, steps = toks[v].head, steps + 1
        ante = by_head.get(toks[v].head) if toks[v].dep == "relcl" else None
        if ante is None or toks[v].head >= t.i or ante.kind not in RELATIVE_KINDS \
                or any(toks[k].dep == "relcl" for k in range(t.i + 1, v)):
            continue
        c = Cand(t.i, t.i + 1, t.i, ante.kind, ante.name, pronoun=True)
        links[id(c)] = ante
        new.append(c)
    for body in [c for c in cands if c.kind in BODY_KINDS and not c.pronoun and not c.generic]:
        if (said := described_before(adoc, cands, body)) is not None:
            links[id(said)] = body  # "the band's record company, Acme Corps": Acme Corps
            continue
        span = _description(adoc, body, covered)
        if span is None:
            continue
        a, b, h = span
        if b == body.start:  # "Acme parent Bolt": the description and the name, one mention
            a, b = owner_start(adoc, cands, a, h), body.end
        c = Cand(a, b, h, body.kind, body.name)
        covered |= set(range(a, b))
        links[id(c)] = body
        new.append(c)
    if new:
        cands[:] = sorted(cands + new, key=lambda c: _sort_key(adoc, c))
    return links


def _description(adoc: AnnotatedDoc, body: Cand, covered: set[int]) -> tuple[int, int, int] | None:
    """(start, end, head) of a common-noun phrase that describes the named ``body`` (see
    :func:`add_links`), None when there is none or a mention covers its head. The phrase is
    the description's own words around its head, up to a word of another mention ("the parent
    company of Bolt": "the parent company"; "an Acme-led consortium": "led consortium")."""
    toks = adoc.tokens
    h = body.head
    d = None
    for m in adoc.children(h):  # "Acme, Europe's biggest maker": the appositive after the name
        if toks[m].dep == "appos" and m >= body.end and toks[m].pos == "NOUN":
            d = m
            break
    if d is None and toks[h].dep == "appos" and toks[h].head < body.start:
        d = toks[h].head  # "Acme's rival, Bolt": the name is the appositive of the description
        if toks[d].pos != "NOUN":
            d = None
    if d is None:  # "low-cost airline Acme", "Acme parent Bolt": a common noun on the name
        mods = [m for m in adoc.children(h) if m < body.start and toks[m].pos == "NOUN"
                and toks[m].dep in ("compound", "nmod")]
        d = mods[-1] if mods else None
    if d is None or d in covered or toks[d].lemma.lower() not in DESCRIPTION_HEADS:
        return None
    sub = set(adoc.subtree(d)) - set(range(body.start, body.end))
    for m in adoc.children(d):  # "of Acme": a phrase holding another mention is left out
        if m > d and covered & set(adoc.subtree(m)):
            sub -= set(range(m, max(adoc.subtree(m)) + 1))
    a = b = d
    while a - 1 in sub and a - 1 not in covered:
        a -= 1
    while b + 1 in sub and b + 1 not in covered:
        b += 1
    while a < d and (toks[a].pos == "PUNCT" or toks[a].text.lower() in INDEFINITE):
        a += 1
    while b > d and (toks[b].pos in ("PUNCT", "ADP", "CCONJ") or toks[b].dep in ("cc", "prep")):
        b -= 1
    return a, b + 1, d


def resolve_links(adoc: AnnotatedDoc, cands: list[Cand], links: dict[int, Cand],
                  said: frozenset[int] = frozenset()) -> None:
    """Give each mention :func:`add_links` added the entity of the mention it stands for; one
    whose mention is no actor (a generic phrase left unresolved) is no actor either. A
    predicate mention (``said``: the ``id`` of each) whose mention's chain ends at an
    unresolved pronoun is no one known ("described him as ..."); the other links keep the
    mention's entity."""
    if not links:
        return
    index = {id(c): k for k, c in enumerate(cands)}
    for c in cands:
        target = links.get(id(c))
        if target is None:
            continue
        j = index[id(target)]
        if target.generic and target.coref_of is None:
            c.generic = True
            continue
        r = _root(cands, j)
        if id(c) in said and cands[r].pronoun and cands[r].coref_of is None:
            c.generic = True  # "described him as ...", "him" unresolved: no one known
            continue
        c.coref_of, c.kind, c.name = j, cands[r].kind, cands[r].name
