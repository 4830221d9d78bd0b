"""Whose words a quote is, for its "we"/"our"/"us" (the speaker's body) and "I"/"my"/"me" (the
speaker, or the author of a letter quoted whole): :func:`resolve_we`, used by
:func:`sitroom.extract.actor_coref.resolve` (split out of :mod:`sitroom.extract.actor_nominals`
in round 18, which still exports it). Words in ``data/coref_words.json``.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_base import SUBJECT_DEPS, Cand
from .actor_chains import _root, _words
from .actor_coref_letters import document_before, read_outs
from .actor_nominals_words import (_MARKS, BODY_POSTS, DOCUMENT_NOUNS, I_PRONOUNS, POST_KINDS,
                                   RELATIVE_TAGS, SPEECH_VERBS, WE_KINDS, quotations)


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
