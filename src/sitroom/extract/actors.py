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

The parts, one module each: the words and the candidate record (``actor_base``), mentions from
named entities (``actor_entities``) and from phrases, surnames and pronouns
(``actor_phrases``), names that are places (``actor_places``), things, offices and words that
are no actors (``actor_filters``), names that label a time, a unit, a page, a slogan, a
product or a small place (``actor_labels``), page furniture and headlines (``actor_page``), coreference
of pronouns, surnames and roles (``actor_coref``), persons the tagger took for bodies, told
by the whole report (``actor_kinds``), and the chains and kinds of the report's
entities (``actor_chains``). This module runs them in order and keeps headline names.
"""

from __future__ import annotations

from ..model import ActorMention, AnnotatedDoc
from .actor_base import ACTOR_NOUNS, Cand, actor_noun_kind, clean_name, head_of, named
from .actor_nominals import BODY_POSTS, TITLE_JOINERS
from .actor_chains import decide_kinds, join_bodies, join_given_names
from .actor_coref import drop_generic, resolve
from .actor_entities import entity_mentions
from .actor_kinds import one_kind_per_name, persons_by_evidence
from .actor_model import filter_actors
from .actor_cues import town_tokens
from .actor_page import dateline_tokens, furniture_tokens, headline_spans
from .actor_phrases import phrase_mentions, pronoun_mentions, surname_mentions
from .actor_places import place_name

# imported from here by events, the link stage and the tests
__all__ = ["ACTOR_NOUNS", "actor_noun_kind", "extract_actors", "place_name"]


def extract_actors(adoc: AnnotatedDoc) -> tuple[ActorMention, ...]:
    """All actor mentions of ``adoc`` (requires tokens, entities, noun chunks and parse),
    ordered by start offset, with canonical names, roles and within-document coreference:
    the rules' mentions (:func:`rule_actors`) less the actors the learned filter drops when
    its model is switched on (:func:`sitroom.extract.actor_model.filter_actors`)."""
    return filter_actors(adoc, rule_actors(adoc))


def rule_actors(adoc: AnnotatedDoc) -> tuple[ActorMention, ...]:
    """The actor mentions of ``adoc`` as the rules give them (what the learned filter reads)."""
    toks = adoc.tokens
    chunk_of: dict[int, tuple[int, int]] = {}
    for cs, ce in adoc.noun_chunks:
        for i in range(cs, ce):
            chunk_of[i] = (cs, ce)
    # tokens inside person/ORG names (titles included), datelines and page furniture
    taken: set[int] = dateline_tokens(adoc) | furniture_tokens(adoc) | town_tokens(adoc)
    cands = entity_mentions(adoc, chunk_of, taken)
    cands += phrase_mentions(adoc, cands, taken)
    cands += surname_mentions(adoc, cands, taken)
    cands += pronoun_mentions(adoc)
    cands = _headline_names(adoc, cands)
    _post_before_name(adoc, cands)
    cands = _person_in_body(adoc, cands)
    cands += _body_of_title(adoc, cands)
    cands += _body_named_again(adoc, cands, taken)
    # a word of an appositive role phrase is no mention of its own ("X, the former Acme CEO")
    roles = [c for c in cands if c.appos_to is not None]
    cands = [c for c in cands if c.appos_to is not None or c.pronoun or not any(
        o.head == c.head and o.start <= c.start and c.end <= o.end for o in roles)]
    cands.sort(key=lambda c: (toks[c.start].idx, -toks[c.end - 1].end))
    persons_by_evidence(adoc, cands)
    resolve(adoc, cands)
    join_bodies(adoc.text, adoc.char_span, cands)
    join_given_names(cands)
    one_kind_per_name(adoc, cands)
    decide_kinds(cands)
    cands = drop_generic(adoc, cands)
    out = []
    for c in cands:
        s, e = adoc.char_span(c.start, c.end)
        out.append(ActorMention(
            doc=adoc.doc.id, start=s, end=e, sent=toks[c.start].sent,
            text=adoc.text[s:e], name=c.name, kind=c.kind, role=c.role, coref_of=c.coref_of))
    return tuple(out)


def _headline_names(adoc: AnnotatedDoc, cands: list[Cand]) -> list[Cand]:
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
        if (c.name in body or clean_name(adoc.span_text(c.start, c.end)) in body
                or any(toks[c.start].idx == a for a, _ in lines) and c.end < len(toks)
                and toks[c.end].text == ":" and c.end - c.start <= 3
                and all(t.pos == "PROPN" for t in toks[c.start:c.end])):
            full = {f for f in body.get(c.name, ()) if " " in f}
            if len(full) == 1 and c.kind == "person":
                c.name = next(iter(full))  # "Jones" -> "Paul Jones", named so in the body
            out.append(c)  # named again, or the speaker of a headline "Name: quote"
            continue
        runs = [(e - s, s, e) for s in range(c.start, c.end) for e in range(s + 1, c.end + 1)
                if clean_name(adoc.span_text(s, e)) in body]
        if runs:
            _, s, e = max(runs, key=lambda r: (r[0], -r[1]))
            name = clean_name(adoc.span_text(s, e))
            full = {f for f in body[name] if " " in f} or body[name]
            name = next(iter(full)) if len(full) == 1 else name  # "Obama" -> "Barack Obama"
            kind = next((o.kind for o in cands if o.name == name and not o.pronoun), c.kind)
            out.append(Cand(s, e, head_of(adoc, s, e), kind, name, None))
    return out


def _body_names(adoc: AnnotatedDoc, cands: list[Cand], lines: list[tuple[int, int]]
                ) -> dict[str, set[str]]:
    """The names the report gives outside its title-case lines (each named mention's name and
    text, a person's given name and surname; not common nouns: "the general", "Police"), each
    with the full names it stands for; a surname the body writes alone (or after a title)
    before naming anyone of it in full stands for itself only (round 23)."""
    toks = adoc.tokens
    lower = {t.text for t in toks if t.text.islower()}
    parts: set[str] = set()
    bare_first: set[str] = set()
    out: dict[str, set[str]] = {}
    for c in sorted(cands, key=lambda c: c.start):  # in the report's order
        at = toks[c.start].idx
        if (c.pronoun or any(a <= at < b for a, b in lines) or not named(toks[c.head])
                or not c.name[:1].isupper()):
            continue
        if c.kind == "person" and " " not in c.name and c.name not in out:
            bare_first.add(c.name)  # "President Doe" before any full name of a Doe
        for n in (c.name, clean_name(adoc.span_text(c.start, c.end))):
            out.setdefault(n, set()).add(c.name)
        if c.kind == "person" and " " in c.name:
            for n in (c.name.split()[0], c.name.split()[-1]):
                out.setdefault(n, set()).add(c.name)
                parts.add(n)
    # a surname the body writes alone before it names anyone of it in full stands for no
    # full name: the person named later may be a relative (round 23)
    for n in bare_first:
        out[n] = {n}
    # a one-word mention the report also writes in lower case ("a county") is a common noun,
    # no name (a surname of a full name stays: "Jane Rice" ... "rice prices")
    return {k: v for k, v in out.items() if " " in k or k in parts or k.lower() not in lower}


def _post_before_name(adoc: AnnotatedDoc, cands: list[Cand]) -> None:
    """A person's post written in lower case right before the name, after the name of the
    body ("Acme chief executive Jo Roe"), is part of the person's mention and its role: the
    body keeps its own mention, the post goes with the person (the words must hang on the
    name, be no other mention's and name a post or a person)."""
    toks = adoc.tokens
    taken = {i for c in cands for i in range(c.start, c.end)}
    for c in cands:
        if c.kind != "person" or c.pronoun or c.generic or c.role or c.appos_to is not None \
                or not c.name[:1].isupper():
            continue
        s = c.start
        while s > 0 and s - 1 not in taken and toks[s - 1].text[:1].islower() \
                and toks[s - 1].pos in ("NOUN", "ADJ") and toks[s - 1].dep in ("compound", "amod") \
                and s <= toks[s - 1].head < c.end:
            s -= 1
        words = [t.lemma.lower() for t in toks[s:c.start]]
        if s < c.start and toks[c.start - 1].pos == "NOUN" and (
                words[-1] in BODY_POSTS or ACTOR_NOUNS.get(words[-1]) == "person"):
            c.start, c.role = s, adoc.span_text(s, c.start)


def _body_of_title(adoc: AnnotatedDoc, cands: list[Cand]) -> list[Cand]:
    """The body a title names before a person's name ("Secretary of the Air Force Jo Roe",
    the tagger's ORG "the Air Force" and PERSON "Jo Roe" glued into one person's mention): a
    mention of its own, the person's mention the name alone, its role the title with the
    body. Returns the bodies' new mentions."""
    toks = adoc.tokens
    new: list[Cand] = []
    for c in cands:
        if c.kind != "person" or c.pronoun or c.generic:
            continue
        p = next((i for i in range(c.start, c.end) if toks[i].ent_type == "PERSON"
                  and toks[i].ent_iob == "B"), None)
        if p is None or p == c.start or any(toks[i].ent_type != "ORG" for i in range(c.start, p)):
            continue
        b = c.start
        while b > 0 and toks[b].ent_iob == "I" and toks[b - 1].ent_type == "ORG":
            b -= 1
        of = b - 1
        if of < 1 or toks[of].text.lower() != "of":
            continue
        s = b + (toks[b].text.lower() == "the")
        new.append(Cand(s, p, p - 1, "organisation", adoc.span_text(s, p)))
        title = of - 1
        while title > 0 and toks[title - 1].pos == "PROPN" and toks[title - 1].ent_type == "":
            title -= 1
        c.role = adoc.span_text(title, p) if toks[of - 1].pos == "PROPN" else c.role
        c.start = p
    return new


def _person_in_body(adoc: AnnotatedDoc, cands: list[Cand]) -> list[Cand]:
    """A title, its body, its office and the holder's name glued by the tagger into one body
    ("Under Secretary of the Air Force for Acquisition Jo Roe": ORG "the Air Force for
    Acquisition Jo Roe"): the body is the name before the joining word (``title_joiners``),
    the last two words the person, whose role is the whole title; a person mention made of
    the title words alone goes."""
    toks = adoc.tokens
    drop: set[int] = set()
    new: list[Cand] = []
    for c in cands:
        if c.kind not in ("organisation", "armed_group") or c.pronoun or c.generic:
            continue
        a = next((i for i in range(c.start + 1, c.end) if toks[i].text.lower() in TITLE_JOINERS),
                 None)
        if a is None or c.end - a < 4 or not all(
                t.pos == "PROPN" and t.text[:1].isupper() for t in toks[a + 1:c.end]):
            continue
        of = c.start - 1 - (c.start > 0 and toks[c.start - 1].text.lower() == "the")
        if of < 1 or toks[of].text.lower() != "of" or toks[of - 1].pos != "PROPN":
            continue
        title = of - 1
        while title > 0 and toks[title - 1].pos == "PROPN" and toks[title - 1].ent_type == "":
            title -= 1
        p = c.end - 2
        new.append(Cand(p, c.end, c.end - 1, "person", adoc.span_text(p, c.end),
                        role=adoc.span_text(title, p)))
        c.end, c.head = a, head_of(adoc, c.start, a)
        c.name = clean_name(adoc.span_text(c.start, a))
        drop |= {k for k, o in enumerate(cands) if o.kind == "person" and not o.pronoun
                 and title <= o.start and o.end <= of}
    if not new:
        return cands
    return [o for k, o in enumerate(cands) if k not in drop] + new


_NAME_KINDS = frozenset({"organisation", "armed_group", "outlet"})


def _body_named_again(adoc: AnnotatedDoc, cands: list[Cand], taken: set[int]) -> list[Cand]:
    """A body's name written again where the tagger saw no name, or took it for something
    else ("At present Acme has ...", "USAF also denied ..."): a whole run of proper nouns no
    mention covers that is exactly the name of a body mention of the report is a mention of
    it. Returns the new mentions."""
    toks = adoc.tokens
    names: dict[str, Cand] = {}
    for c in cands:
        if c.kind in _NAME_KINDS and not c.pronoun and not c.generic and all(
                t.pos == "PROPN" for t in toks[c.start:c.end]):
            names.setdefault(adoc.span_text(c.start, c.end), c)
    covered = taken | {i for c in cands for i in range(c.start, c.end)}
    new: list[Cand] = []
    i = 0
    while i < len(toks):
        if toks[i].pos != "PROPN" or i in covered:
            i += 1
            continue
        j = i
        while j < len(toks) and toks[j].pos == "PROPN" and j not in covered:
            j += 1
        if not (i > 0 and i - 1 in covered and toks[i - 1].pos == "PROPN") and j not in covered:
            same = names.get(adoc.span_text(i, j))
            if same is not None:
                new.append(Cand(i, j, j - 1, same.kind, same.name))
        i = j
    return new
