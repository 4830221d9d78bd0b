"""Agreement, contradiction and overtaken reports across documents.

Input: the picture's events and claims (already merged within and across documents) and what
they were built from; output: per record the outlets that report, corroborate, contradict or
only discuss it (``outlets``), a ``disputed`` flag, ``superseded_by``, and the links
``corroborates`` / ``contradicts`` / ``discusses`` / ``supersedes`` (shapes in docs/format.md).

- Events: the mentions of one event from several outlets corroborate it; a mention that denies
  what another asserts (negative polarity or denied certainty) contradicts it (reason
  ``denial``); two outlets giving different figures for the same thing (``12 killed`` against
  ``30 killed``) contradict each other (reason ``number``) unless the later one came out at
  least an hour after: then the newer figure supersedes the older.
- Claims: claims of different documents that say the same thing (content words shared, found
  through an inverted index over rare stems, so the cost stays near linear) corroborate each
  other, or contradict each other on polarity or figures as above (a figure of a statement
  written an hour later, or by the same outlet, supersedes instead); a claim of an outlet
  that shares the subject but not the statement only discusses it
  (:mod:`sitroom.link.agreement_claims`).
- Overtaken statements: a claim that something has not happened yet ("X has still not
  reacted", "has yet to", "no comment so far") or is expected ("X is expected to address the
  nation") is superseded by the first later report of the thing happening: an event or a
  quote of the same actor dated no earlier, from a report written later. It is not a
  contradiction.
Everything is conservative: a false "disputed" misleads more than a missed one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Any
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet

from .. import lexicon, timeval
from ..model import DATED_BY_TEXT
from . import disputes
from .agreement_claims import (_STALE, DENY_OVERLAP, DISCUSS_OVERLAP, MAX_DF,  # noqa: F401
                               MIN_SHARED, OVERLAP, _claim_features, _claim_stems, _texts_key,
                               claim_features, denial, match_claims, stale, stale_cue)
from .textsim import STOPWORDS, WORD_RE, content_stems, stem, words

# a figure and the thing it counts: "12 killed", "at least 30 people", "1,200 troops"
_FIGURE = re.compile(
    r"\b(\d[\d,]*)\s+(?:(?:more|other|of|the|their|its|his|her)\s+)?([a-z]+(?:\s[a-z]+)?)")
_COUNTED = {stem(w) for w in (
    "killed dead died deaths wounded injured hurt casualties people civilians soldiers troops "
    "fighters officers police protesters demonstrators prisoners hostages detainees arrested "
    "missing displaced refugees tanks vehicles aircraft drones missiles rockets shells "
    "buildings homes villages").split()}
_COMMUNICATE = {stem(w) for w in lexicon.words("reporting_verbs", "no_comment")}
HOUR = 3600.0


@lru_cache(maxsize=1 << 16)
def when(value: str | None) -> float | None:
    """Seconds since the epoch (UTC) of the start of a TIMEX value (:mod:`sitroom.timeval`);
    naive values as UTC; None if it has no span (a pure function of the value, remembered:
    every statement of a report asks its publication time)."""
    return timeval.timestamp(value)


def figures(text: str) -> dict[str, int]:
    """What the text counts and how many: {stem of the counted noun: number}."""
    return dict(_figures(text))


@lru_cache(maxsize=1 << 16)
def _figures(text: str) -> tuple[tuple[str, int], ...]:
    # a record's sources are compared pairwise, so each text is read many times
    out: dict[str, int] = {}
    for num, noun in _FIGURE.findall(text.lower()):
        for w in noun.split():
            s = stem(w)
            if s in _COUNTED:
                try:
                    out.setdefault(s, int(num.replace(",", "")))
                except ValueError:
                    pass
                break
    return tuple(out.items())


def figure_clash(a: str, b: str) -> str | None:
    """The counted or measured thing two texts give incompatible figures for, if any: no
    figure of one meets a figure of the other, hedges, ranges and units considered
    ("about 1,500" and "between 1,400 and 1,600" agree; "150 km" and "150 miles" do not)."""
    if disputes.era(a) != disputes.era(b):
        return None  # one is background of another month or year
    if disputes.other_scope(a, b):
        return None  # a part and a whole: figures for different places
    qa, qb = disputes.quantities(a), disputes.quantities(b)
    for k in sorted({q.key for q in qa} & {q.key for q in qb}):
        if not any(disputes.compatible(x, y) for x in qa if x.key == k for y in qb if y.key == k):
            return k
    return None


@dataclass(frozen=True)
class Source:
    """One document's mention of a record: where, when, and how it puts it."""

    doc: str
    outlet: str
    time: float | None
    text: str
    negative: bool
    evidence: dict[str, Any]


def _compare(a: Source, b: Source, first: Source) -> tuple[str, str] | None:
    """How ``b`` relates to the earlier ``a`` when it is not plain agreement: (link kind,
    reason). Denial is judged against the ``first`` report (the one that reports it)."""
    if b.negative != first.negative:
        neg, pos = (b, first) if b.negative else (first, b)
        if disputes.denies(neg.text, pos.text):
            return "contradicts", "denial"
        return "apart", "a denial of another proposition"  # neither backs nor contradicts
    clash = figure_clash(a.text, b.text)
    if clash:
        if a.time is not None and b.time is not None and abs(b.time - a.time) >= HOUR:
            return "supersedes", f"newer figure ({clash})"
        return "contradicts", "number"
    return None


def apply_relation(record: dict[str, Any], first: Source, s: Source, earlier: Source | None,
                   rel: Sequence[str] | None, links: list[dict[str, Any]]) -> None:
    """What one source ``s`` (not the ``first``) makes of ``record`` given its relation
    ``rel`` (link kind, reason) to the ``earlier`` source, or none: its outlet's state in
    ``outlets``, the ``disputed`` flag and the link appended to ``links`` (nothing for a
    denial of another proposition). Shared by :func:`relate` and the scan of
    :mod:`sitroom.link.agreement_delta`."""
    outlets: dict[str, str] = record["outlets"]
    if rel and rel[0] == "apart":
        return
    if rel and earlier is not None and rel[0] == "contradicts":
        outlets[s.outlet] = "contradicts"
        record["disputed"] = True
        links.append({"kind": "contradicts", "from": s.doc, "to": record["id"],
                      "against": earlier.doc, "reason": rel[1],
                      "evidence": [earlier.evidence, s.evidence]})
    elif rel and earlier is not None:
        outlets.setdefault(s.outlet, "corroborates")
        links.append({"kind": "supersedes", "from": record["id"], "to": record["id"],
                      "from_doc": s.doc, "to_doc": earlier.doc, "reason": rel[1]})
    else:
        if s.outlet != first.outlet:
            outlets.setdefault(s.outlet, "corroborates")
        links.append({"kind": "corroborates", "from": s.doc, "to": record["id"],
                      "first": first.doc})


def relate(record: dict[str, Any], sources: list[Source], links: list[dict[str, Any]]) -> None:
    """Fill ``outlets``/``disputed`` of one record from its per-document sources, appending
    corroborates/contradicts links. The first source (by time) reports the record."""
    order = sorted(sources, key=lambda s: (s.time is None, s.time or 0.0))
    outlets: dict[str, str] = record.setdefault("outlets", {})
    first = order[0]
    outlets.setdefault(first.outlet, "reports")
    seen_docs = {first.doc}
    for s in order[1:]:
        if s.doc in seen_docs:
            continue
        seen_docs.add(s.doc)
        rel = None
        for earlier in order:
            if earlier.doc == s.doc or earlier.outlet == s.outlet:
                continue
            rel = _compare(earlier, s, first)
            if rel:
                break
        apply_relation(record, first, s, earlier if rel else None, rel, links)
    record.setdefault("disputed", False)


def _day(record: dict[str, Any]) -> str | None:
    """The day an event record is dated to by its own text or live-blog update."""
    d = record.get("date") or ""
    return d[:10] if record.get("date_source") in DATED_BY_TEXT and len(d) >= 10 else None


def actor_disputes(events: list[dict[str, Any]], outlet: Callable[[str], str],
                   related: Callable[[str, str], bool], links: list[dict[str, Any]]) -> None:
    """Reports that put another actor behind the same happening: two events of one type at
    one place on one day (by their own dates), by different actors, with related triggers
    (``related``: trigger stems a, b -> bool), the same recipient if both name one, and no
    outlet reporting both (an outlet that reports both tells of two happenings). Blocks of
    more than three such events are left alone (likely several happenings); verbal acts
    (condemning, saying, meeting) are left out, as several actors do them alike. Both become
    disputed; the later one contradicts the earlier (reason ``actor``)."""
    blocks: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for ev in events:
        day = _day(ev)
        if (ev.get("quad_class") or "").startswith("verbal"):
            continue  # many can condemn, say or meet the same day: only a material act has one doer
        if ev.get("actor") and ev.get("place") and day and not ev.get("historical"):
            blocks[(ev["type"], ev["place"], day)].append(ev)
    for group in blocks.values():
        if not 2 <= len(group) <= 3:
            continue
        for a, b in combinations(group, 2):
            outlets_a = {outlet(d) for d in a["docs"]}
            outlets_b = {outlet(d) for d in b["docs"]}
            if (a["actor"] == b["actor"] or outlets_a & outlets_b
                    or (a.get("recipient") and b.get("recipient")
                        and a["recipient"] != b["recipient"])
                    or not any(x == y or related(x, y) for x in content_stems(a["trigger"])
                               for y in content_stems(b["trigger"]))):
                continue
            for x, others in ((a, outlets_b), (b, outlets_a)):
                x["disputed"] = True
                for o in others:
                    x.setdefault("outlets", {})[o] = "contradicts"
            links.append({"kind": "contradicts", "from": b["docs"][0], "to": a["id"],
                          "against": a["docs"][0], "reason": "actor",
                          "evidence": [a["evidence"][0], b["evidence"][0]]})


# --------------------------------------------------------------------------- overtaken


def _communicative(text: str) -> bool:
    return any(stem(w) in _COMMUNICATE for w in words(text))


@dataclass(frozen=True)
class Later:
    """A record that may overtake a stale statement: who acted, what, when, where reported."""

    id: str
    actor: str | None
    verbal: bool
    trigger: str
    date: float | None
    reported: float | None
    doc: str
    summary: str


@dataclass(frozen=True)
class Awaited:
    """What a stale statement awaits (:func:`awaiting`): a statement of its actor (``talk``)
    or the same act (``wanted``: the stems of the awaited words), on ``matter`` (the prefixes
    of the awaited object's words) or, with none named, on ``context`` (the stems of the rest of
    its sentence); ``verb``: the first awaited word; ``time``, ``day``: when it was written."""

    talk: bool
    wanted: frozenset[str]
    matter: frozenset[str]
    context: frozenset[str]
    verb: str | None
    time: float
    day: float

    def tokens(self) -> frozenset[str] | None:
        """Words one of which a record must hold to be on the matter (:func:`_on_matter`):
        a prefix of the matter, else a stem of the context (None: no such bound)."""
        if self.matter:
            return self.matter
        return self.context if _overtaken_words()["context"] >= 1 else None


def awaiting(claim_text: str, claim_time: float | None) -> Awaited | None:
    """What a stale claim awaits, None when nothing can overtake it (undated, not stale, a
    plan held, a passive)."""
    if claim_time is None:
        return None
    m = _STALE.search(claim_text)
    if not m:
        return None
    awaited, matter = _awaited(claim_text[m.end():])
    w = _overtaken_words()
    if _held_plan(claim_text[:m.start()], m.group(0)):
        return None  # "all have expansive plans to address climate change": a policy held
    if awaited[:1] and awaited[0] in w["passive"]:
        return None  # "the names have not yet been released": no act of its actors awaited
    talk = any(x.startswith(w["talk"]) for x in awaited[:2])
    wanted = frozenset({stem(x) for x in awaited[:4]} - STOPWORDS)
    # common words only: a shared name ("Trump") says nothing about the same action
    rest = claim_text[:m.start()] + " " + claim_text[m.end():]
    context = frozenset({stem(x.lower()) for x in re.findall(r"\b[a-z][\w'’]+", rest)
                         if x.lower() not in STOPWORDS})
    return Awaited(talk, wanted, matter, context, awaited[0] if awaited else None, claim_time,
                   claim_time - claim_time % 86400)


def overtakes(a: Awaited, c: Later) -> bool:
    """Whether later record ``c`` (of one of the claim's actors) overtakes what ``a`` awaits."""
    if c.reported is None or c.reported <= a.time:
        return False
    if c.date is not None and c.date < a.day:
        return False
    if a.talk and not c.verbal or not a.talk and not (
            a.wanted & _stem_set(c.trigger) and len(a.context & _stem_set(c.summary)) >= 2):
        return False
    if not a.talk and _word_set(c.summary) & _overtaken_words()["not_done"]:
        return False  # "his proposed ban" does not overtake "his plan to ban"
    if a.verb is not None and _still_aimed(a.verb, c.summary):
        return False  # "efforts to address climate change", "declined to respond": not done
    return _on_matter(a.matter, a.context, c.summary)  # not another matter


def overtake_order(c: Later) -> tuple[float, float]:
    """The order in which records overtake: the first reported, then the first happened."""
    return (c.reported or 0.0, c.date or 0)


def overtaking(claim_text: str, claim_actors: Iterable[str], claim_time: float | None,
               candidates: list[Later]) -> Later | None:
    """The first later record that overtakes a stale claim: by one of its actors, reported
    later than the claim was written, happening no earlier than the claim's day; for "has
    not reacted/commented/spoken" any statement counts, else the same kind of action (the
    first in :func:`overtake_order`, of equals the first listed)."""
    a = awaiting(claim_text, claim_time)
    actors = set(claim_actors)
    if a is None or not actors:
        return None
    best = None
    for c in candidates:
        if c.actor not in actors or not overtakes(a, c):
            continue
        if best is None or overtake_order(c) < overtake_order(best):
            best = c
    return best


@lru_cache(maxsize=1 << 16)  # the later records are met again by every stale statement
def _stem_set(text: str) -> frozenset[str]:
    return frozenset(content_stems(text))


@lru_cache(maxsize=1 << 16)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(words(text.lower()))


@lru_cache(maxsize=1)
def _overtaken_words() -> dict[str, Any]:
    w = disputes._words()["overtaken"]
    return {"talk": tuple(w["talk_verbs"]), "end": frozenset(w["clause_end"]),
            "np_end": frozenset(w["matter_end"]), "not_done": frozenset(w["not_done"]),
            "passive": frozenset(w["passive"]), "held_plan": frozenset(w["held_plan"]),
            "plan_owner": frozenset(w["plan_owner"]),
            "generic": frozenset(w["generic_matter"]), "prefix": int(w["prefix"]),
            "context": int(w["context_shared"])}


@lru_cache(maxsize=1 << 16)  # a later record's summary is met by every stale statement of its actor
def _prefixes(text: str, names: bool = False) -> frozenset[str]:
    """The first letters of the content words; with ``names``, a capitalised word (a name or
    a title inside a clause: "The View") as a name ("^view"), which only the same name meets;
    without, each capitalised word in both forms."""
    n = _overtaken_words()["prefix"]
    out = set()
    for x in WORD_RE.findall(text):
        if len(x) > 2 and x.lower() not in STOPWORDS:
            if not names or not x[:1].isupper():
                out.add(x.lower()[:n])
            if x[:1].isupper():
                out.add("^" + x.lower()[:n])
    return frozenset(out)


def _awaited(after_cue: str) -> tuple[list[str], frozenset[str]]:
    """The awaited verb (the first word after the cue, "not yet [responded]") and the matter:
    the 5-letter prefixes of the content words of the rest of its clause, less generic ones
    ("to Calderon's remarks": calderon)."""
    w = _overtaken_words()
    clause = re.split(r"[,;:.!?()\u2014\u2013]", after_cue, maxsplit=1)[0]
    toks = [x.replace("’", "'") for x in WORD_RE.findall(clause)]  # case kept: names
    for i, x in enumerate(toks):
        if i and x.lower() in w["end"]:
            toks = toks[:i]
            break
    awaited = [x.lower() for x in toks]
    obj = [x for x in toks[1:]]
    while obj and (obj[0].lower() in w["np_end"] or obj[0].lower() in ("to", "a", "an", "the")):
        obj = obj[1:]  # "responded [to] Calderon's remarks"
    for i, x in enumerate(obj):
        if x.lower() in w["np_end"] or x.lower() == "to":
            obj = obj[:i]  # the object's own words: "a conference [of evangelical leaders]"
            break
    return awaited, _prefixes(" ".join(x for x in obj if x.lower() not in w["generic"]), True)


def _held_plan(before: str, cue: str) -> bool:
    """Whether a "plans to" cue is a plan held ("all have fairly expansive plans to", "her
    plan to"), a policy rather than an act awaited ("has no plans to attend", "he plans to" await one)."""
    if not cue.lower().startswith("plan"):
        return False
    last = re.findall(r"[a-z]+", before.lower())[-1:]
    if last and last[0] in _overtaken_words()["plan_owner"]:
        return True  # "announced her plan to support ...": a plan of hers, a policy
    m = re.search(r"\b(have|has|had|having)((?:\s+[a-z]+){0,3})\s*$", before.lower())
    if not m or m.group(1) not in _overtaken_words()["held_plan"]:
        return False
    between = m.group(2).split()
    return not set(between) & _NOT_HELD and between[-1:] != ["no"]


_NOT_HELD = frozenset("he she they it we i you that said says no".split())


def _still_aimed(verb: str, summary: str) -> bool:
    """Whether a later record names the awaited act as an aim again, an infinitive of its
    verb ("in global efforts [to address] climate change", "declined [to respond]"), rather
    than telling it done."""
    if len(verb) < 3:
        return False
    return _aimed_at(verb.lower()[:_overtaken_words()["prefix"]], summary)


@lru_cache(maxsize=1 << 16)
def _aimed_at(prefix: str, summary: str) -> bool:
    """Whether ``summary`` holds "to" before a word beginning ``prefix``."""
    return bool(re.search(rf"\bto\s+{re.escape(prefix)}", summary.lower()))


def _on_matter(matter: frozenset[str], context: AbstractSet[str], summary: str) -> bool:
    """Whether a later record is about the awaited matter: it holds its word (two of its words
    when it has more), or,
    when none is named ("has not yet responded."), enough content words of the sentence."""
    if matter:  # one word of a one-word matter, two of a longer one ("climate change")
        return len(matter & _prefixes(summary)) >= min(2, len(matter))
    return len(context & _stem_set(summary)) >= _overtaken_words()["context"]

