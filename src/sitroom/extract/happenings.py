"""Happenings: what a report tells happened to or by an actor, for the actor's timeline.

The picture's events (:mod:`sitroom.extract.events`) are the acts PLOVER codes; a user who
follows one actor wants more: everything the reports tell the actor did or underwent ("rolled
out its first jet", "was compensated for the delays", "made its maiden flight"). A
*happening* is a verb with an argument naming a participant (subject, object, agent of a
passive, the object of a participant preposition, the subject it shares with a conjoined,
controlled or participial verb, the noun a relative clause describes), or the object noun of
a light verb ("made its maiden flight", "held talks"). Copulas and light verbs are none.

A participant is an actor mention of the extraction, a named entity, or a definite noun
phrase (which a reader resolves: "the airline"). Each happening keeps the character spans of
its participants' head words (``args``) and the indices of the actor mentions among them
(``actors``), so that a timeline can be built for any actor, named or resolved.

Dating is the narrative-time code of the events (:func:`sitroom.extract.times.anchor_event`:
the governing time, else the paragraph's, else the live-blog entry's), with one difference:
the publication day dates only what the report tells as its news: the lead (the first
``lead_sentences`` sentences, headline and dateline included), what the report says was said,
and a clause in the simple past (``news_tags``; a light verb's object noun goes with its
verb), none of them under a modal. A perfect or a present further down without a time of its
own ("has long been criticised", "the plane uses ...") keeps no date (``date_source`` none):
being retold on a day does not make it happen that day. The rule words are in
``data/happenings.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..lexicon import words
from ..model import ActorMention, AnnotatedDoc, Happening, TimeMention
from .time_anchoring import anchor_event

_NO_PARTICIPANT = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_NAMING_DEPS = {"compound", "nmod", "nummod", "amod", "poss"}


@lru_cache(maxsize=1)
def _rules() -> dict:
    text = resources.files("sitroom.data").joinpath("happenings.json").read_text(encoding="utf-8")
    raw = json.loads(text)
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in raw.items()}


def _arguments(adoc: AnnotatedDoc, t: int) -> list[int]:
    """Token indices of ``t``'s participants (module docstring), with their conjuncts."""
    r = _rules()
    toks = adoc.tokens
    args = []
    for c in adoc.children(t):
        if toks[c].dep in r["argument_deps"]:
            args.append(c)
        elif toks[c].dep == "prep" and toks[c].text.lower() in r["argument_preps"]:
            args += [g for g in adoc.children(c) if toks[g].dep == "pobj"]
        if toks[c].dep == "agent":
            args += [g for g in adoc.children(c) if toks[g].dep == "pobj"]
    own_subject = any(toks[c].dep in r["subject_deps"] for c in adoc.children(t))
    j = t
    while not own_subject and toks[j].dep in r["inherit_deps"] and toks[j].head != j:
        if toks[j].dep in ("relcl", "acl"):
            args.append(toks[j].head)  # "the company, which announced": the noun described
            break
        j = toks[j].head
        subj = [c for c in adoc.children(j) if toks[c].dep in ("nsubj", "nsubjpass")]
        if subj:
            args += subj
            break
    if toks[t].dep == "relcl":  # "X, which Y bought": the relative pronoun stands for X
        args = [toks[t].head if toks[a].text.lower() in r["relatives"] else a for a in args]
    extra = []
    for a in args:  # "X and Y": conjoined participants
        extra += [c for c in adoc.children(a) if toks[c].dep == "conj"]
    # an apposition names the same participant ("the planemaker, Boeing")
    extra += [c for a in args for c in adoc.children(a) if toks[c].dep == "appos"]
    return list(dict.fromkeys(args + extra))


def _name_like(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` is a name: a named entity (not a number or a time), a proper noun, a
    capitalised word inside its sentence ("rolls out the Dreamliner"), a designator mixing
    letters and digits ("A380")."""
    tok = adoc.tokens[i]
    if tok.ent_type in _NO_PARTICIPANT:
        return False
    if tok.ent_type or tok.pos == "PROPN":
        return True
    initial = i == adoc.sents[tok.sent].start
    return ((tok.text[:1].isupper() and not initial and tok.pos in ("NOUN", "ADJ"))
            or (any(ch.isdigit() for ch in tok.text) and any(ch.isalpha() for ch in tok.text)))


def _participant(adoc: AnnotatedDoc, i: int, actor_at: dict[int, int]) -> bool:
    """Token ``i`` heads a participant: an actor mention, a name (:func:`_name_like`), or a
    noun a reader can resolve: definite ("the airline"), or named by a modifier ("the first
    787 Dreamliner", "its A380 superjumbo")."""
    tok = adoc.tokens[i]
    if i in actor_at or _name_like(adoc, i):
        return True
    if tok.pos != "NOUN":
        return False
    for c in adoc.children(i):
        kid = adoc.tokens[c]
        if kid.dep == "det" and kid.text.lower() in _DEFINITE:
            return True
        if kid.dep in _NAMING_DEPS and (c in actor_at or _name_like(adoc, c)):
            return True
    return False


def _actor_tokens(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...]) -> dict[int, int]:
    """token index -> the index of the (last, most specific) actor mention covering it."""
    out: dict[int, int] = {}
    for k, a in enumerate(actors):
        i = adoc.token_at(a.start)
        while i < len(adoc.tokens) and adoc.tokens[i].idx < a.end:
            out[i] = k
            i += 1
    return out


def _date(adoc: AnnotatedDoc, t: int, times: tuple[TimeMention, ...]
          ) -> tuple[str | None, str | None, str]:
    """(date, precision, date_source) of the happening at token ``t`` (module docstring)."""
    r = _rules()
    a = anchor_event(adoc, t, times)
    if a.date_source != "publication":
        return a.date, a.precision, a.date_source
    tok = adoc.tokens[t]
    kids = [adoc.tokens[c] for c in adoc.children(t)]
    modal = any(k.text.lower() in r["modals"] for k in kids)
    said = tok.lemma.lower() in words("reporting_verbs", "event_coreference")
    perfect = any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids)
    if tok.pos == "NOUN" and tok.dep in ("dobj", "nsubj", "nsubjpass", "attr"):
        verb = adoc.tokens[tok.head]  # "made its maiden flight": told as the verb is
        kids = [adoc.tokens[c] for c in adoc.children(verb.i)]
        perfect = any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids)
        modal = modal or any(k.text.lower() in r["modals"] for k in kids)
        tag = verb.tag
    else:
        tag = tok.tag
    told = tag in r["news_tags"] and not perfect  # "the aircraft flew ..."
    if not modal and (tok.sent < r["lead_sentences"] or said or told):
        return a.date, a.precision, a.date_source
    return None, None, "none"


def extract_happenings(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...],
                       times: tuple[TimeMention, ...]) -> tuple[Happening, ...]:
    """The happenings of one annotated document, in text order (module docstring).

    Requires the document's actor mentions and its :func:`extract_times` output (the same
    tuples the Extraction holds: ``actors`` indices refer to them). Pure.
    """
    r = _rules()
    toks = adoc.tokens
    actor_at = _actor_tokens(adoc, actors)
    found: dict[int, list[int]] = {}  # trigger token -> participant tokens
    for verb in toks:
        lemma = verb.lemma.lower()
        if verb.pos != "VERB" or lemma in r["not_happenings"]:
            continue
        args = [a for a in _arguments(adoc, verb.i) if _participant(adoc, a, actor_at)]
        if not args:
            continue
        if lemma not in r["light_verbs"]:
            found.setdefault(verb.i, []).extend(args)
        elif lemma in r["object_event_verbs"]:  # "made its maiden flight": the object is it
            for c in adoc.children(verb.i):
                if toks[c].dep == "dobj" and toks[c].pos == "NOUN":
                    found.setdefault(c, []).extend(a for a in args if a != c)
    out = []
    for t, args in sorted(found.items()):
        tok = toks[t]
        args = list(dict.fromkeys(args))
        if not args:
            continue
        end = max([tok.end] + [toks[c].end for c in adoc.children(t)
                               if toks[c].dep == "prt" and c == t + 1])  # "rolled out"
        date, precision, source = _date(adoc, t, times)
        out.append(Happening(
            doc=adoc.doc.id, start=tok.idx, end=end, sent=tok.sent,
            trigger=adoc.doc.text[tok.idx:end], lemma=tok.lemma.lower(),
            kind="verb" if tok.pos == "VERB" else "nominal",
            args=tuple((toks[a].idx, toks[a].end) for a in args),
            actors=tuple(dict.fromkeys(actor_at[a] for a in args if a in actor_at)),
            date=date, date_precision=precision, date_source=source))
    return tuple(out)
