"""Disputes that are disputes: statements of different reports about the same quantity, state or
proposition whose values cannot both hold, and statements overtaken by later ones.

Pure functions read one sentence each (words in ``data/dispute_words.json``, read by
:mod:`.disputes_words`; each concept in its own module, its names re-exported here):

- :func:`quantities` (:mod:`.disputes_numbers`): the figures of a sentence as intervals in a base unit, with what they
  count ("about 1,500 killed" -> dead, [1125, 1875]; "150 miles" -> length, [217 km, 265 km]
  with the unit tolerance; "at least 20" -> [20, inf); "12-15" -> [12, 15]; "dozens" -> [24, 99]).
- :func:`statuses` (:mod:`.disputes_statuses`): the state said of a thing ("the case was closed" -> case: closed; "not
  closed" -> open; "will be dropped" -> closed, to come).
- :func:`denied`: the proposition an explicit denial denies (the words after "denied that").
- :func:`presence` and the scope of a sentence's facts (:mod:`.disputes_places`): where a
  person is put, and the countries a figure is set in (a part is not the whole).
- :func:`figures_clash`, :func:`figures_revised` (:mod:`.disputes_figures`): two figures that
  cannot both hold, and a later figure told as revised.

:func:`statement_links` compares the sentences of different reports of one story that name the
same actor or place (or tell of the same event record) and share the counted thing, the thing
whose state is told, or the denied proposition, figures and states only of one happening
(:func:`same_happening`: where time cannot tell, a participant in common); it makes

- ``contradicts`` when the values are incompatible (intervals apart, open against closed, a
  denial against the assertion) and the statements are of the same time (different outlets,
  written less than an hour apart, or undated);
- ``supersedes`` when the later one is of the same outlet, or written at least an hour later
  (a newer figure, also one told as revised, "rose to 31" after "at least 12", "revised the
  toll to nine"; not a measure of another outlet within a day, "150 miles" after "150 km"; a new
  state; a state to come overtaken by the state; a plan carried out or called off,
  :mod:`.disputes_plans`).

Each link carries both sides: report, outlet, time, character span and text of each sentence.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Any
from collections.abc import Callable, Sequence

from .disputes_numbers import (  # noqa: F401  (the module's public names)
    Quantity, compatible, era, numbers_conflict, quantities, revised, revised_up)
from .disputes_places import (  # noqa: F401
    _scope_countries, demonym_sites, other_scope, presence, scoped_places)
from .disputes_statuses import Status, _moves_on, status_names, statuses  # noqa: F401
from .disputes_denials import (  # noqa: F401
    DENIED_COVER, MIN_DENIED, _NEGATED, denied, denied_act, denied_names, denies)
from .disputes_words import _patterns, _words  # noqa: F401
from .disputes_plans import judge_plans, mentions_plan, plan_at, plan_keys, told
from .disputes_money import money_key, same_dealing, sums, total_key
from .disputes_sources import same_source
from .disputes_figures import (  # noqa: F401
    _agree, _glimpse, _order, _rises_below, _told_revised, figure_places, figure_scope,
    figures_clash, figures_revised, own_figure, told_earlier)
from .disputes_nesting import (
    days_meet, moved, nest_keys, nested, path_of, places_agree)
from .textsim import STOPWORDS, content_stems, stem

HOUR = 3600.0
FAR_DAYS = 3.0  # statements written further apart than this tell of different moments
MAX_GROUP = 60  # statements of one key and entity compared pairwise at most


# --------------------------------------------------------------------------- across reports


@dataclass(frozen=True)
class Statement:
    """One sentence of one report, with what it can be compared by."""

    doc: str
    sent: int
    start: int
    end: int
    text: str
    outlet: str
    time: float | None
    iso: str | None
    story: str | None
    entities: frozenset[str]  # resolved actor ids and place keys named in it
    records: frozenset[str]  # event records it tells of
    stems: frozenset[str]
    dated: frozenset[str]  # days (or months, years) its own time expressions name
    years: frozenset[str]  # the years its report names or was published in
    where: frozenset[tuple[str, str, str]] = frozenset()  # (actor, place name, country) it puts
    scope: frozenset[str] = frozenset()  # countries its facts are set in ("killed in Kenya")
    background: frozenset[str] = frozenset()  # the era of the sentence its pronoun refers to
    sites: tuple[tuple[int, str], ...] = ()  # (offset in the sentence, country) of its places
    # what it denies (:func:`denied` of its text), found with it; a string: not found yet
    denial: frozenset[str] | None | str = "unknown"
    # resolved actors that take part in it (persons, groups, organisations), not a country
    # named as its government ("off Iran's coast"): who, not where
    actors: frozenset[str] = frozenset()
    # (offset in the sentence, gazetteer path) of the places its facts are set in
    nest: tuple[tuple[int, tuple[str, ...]], ...] = ()
    # resolved actors named before the cue of a plan it tells (who plans: "X will withdraw")
    planners: frozenset[str] = frozenset()


def denial_of(s: Statement) -> frozenset[str] | None:
    """The proposition a statement denies (None: it denies nothing)."""
    return denied(s.text) if isinstance(s.denial, str) else s.denial


def side(s: Statement, value: str) -> dict[str, Any]:
    """One side of a dispute link: the report, outlet, time and sentence span, and the value."""
    return {"doc": s.doc, "outlet": s.outlet, "time": s.iso, "start": s.start, "end": s.end,
            "sent": s.sent, "text": " ".join(s.text.split()), "value": value}


def _same_moment(a: Statement, b: Statement, far: float = FAR_DAYS) -> bool:
    """Whether two statements can be of the same happening in time: their own dates meet (when
    both give one) and they were written within a few days (``far``) of each other."""
    if a.dated and b.dated and not any(x.startswith(y) or y.startswith(x)
                                       for x in a.dated for y in b.dated):
        return False
    if era(a.text) | a.background != era(b.text) | b.background:
        return False
    if a.years and b.years and not a.years & b.years:
        return False  # reports of different years (an earthquake of 2005, another of 2008)
    if a.time is not None and b.time is not None and abs(a.time - b.time) > far * 86400:
        return False
    return True


def _time_blind(a: Statement, b: Statement) -> bool:
    """Whether time cannot tell two statements' happenings apart while their reports' years
    disagree: one report is undated, and one names (or was published in) a year while the other
    names none (a report of a quake "of November 2005" and an undated, yearless one)."""
    return (a.time is None or b.time is None) and bool(a.years) != bool(b.years)


def same_happening(a: Statement, b: Statement) -> bool:
    """Whether two statements can be about the same happening: the same moment
    (:func:`_same_moment`), and, where time cannot tell (:func:`_time_blind`), a participant
    in common (an actor of both sentences that is not a country's name): two quakes on one
    island, two arrests by one navy, told by reports of which one is dated and one is not,
    share the place but not always who took part; a figure of each is no dispute."""
    return _same_moment(a, b) and _takers_agree(a, b)


def _takers_agree(a: Statement, b: Statement) -> bool:
    """Where time cannot tell two statements' happenings apart, a participant in common."""
    return not _time_blind(a, b) or bool(a.actors & b.actors)


def _same_era(a: Statement, b: Statement) -> bool:
    """Whether two statements are set in the same months or years, the background of a
    sentence opening with a pronoun counted (the time test of a link whose two sides an
    earlier check already took for one event or claim)."""
    return era(a.text) | a.background == era(b.text) | b.background


def _about_same(a: Statement, b: Statement, key_stems: frozenset[str]) -> bool:
    """The same event or thing: a shared event record, or a shared actor or place and one more
    content word beside the compared thing's own words."""
    if a.records & b.records:
        return True
    if not a.entities & b.entities and not nested([p for _, p in a.nest], [p for _, p in b.nest]):
        return False
    return len((a.stems & b.stems) - key_stems) >= 2


def same_owner(a: Statement, b: Statement, key: str) -> bool:
    """Whether two statements can give figures of ``key`` of one thing: a distance (``length``)
    or a deal's price (:func:`money_key`) or a running total raised (:func:`total_key`) only between sentences naming the same actor or
    company, not only the same place (a price, also of one kind of dealing); other keys
    always."""
    if key == money_key() and not same_dealing(a.text, b.text):
        return False  # a sale's price against a ransom's
    return key not in ("length", money_key(), total_key()) or bool(
        {e for e in a.entities & b.entities if not e.startswith("P")})


def _later(first: Statement, later: Statement) -> bool:
    """Whether ``later`` can overtake ``first``: the same outlet, or written an hour later."""
    if first.outlet == later.outlet:
        return first.time is None or later.time is None or later.time > first.time
    return first.time is not None and later.time is not None and later.time - first.time >= HOUR


def _falls_back(first: Statement, later: Statement, q1: Quantity, q2: Quantity) -> bool:
    """Whether another outlet's later figure is one against the earlier, no newer value: lower, of
    a count that only grows (``growing_counts``), or of a measure told within a day of it
    (``measures_same_day``); not when told as a revision ("fell to"); an outlet corrects its own,
    and a source cited by both updates its own ("..., the coast guard said": :func:`same_source`)."""
    if first.outlet == later.outlet or revised(later.text[: q2.at]) or revised_up(
            later.text[: q2.at]) or same_source(first.text, later.text):
        return False
    if q1.key in _words()["growing_counts"]["keys"]:
        return q2.hi < q1.lo
    same_day = _words()["measures_same_day"]
    return (q1.key in same_day["keys"] and first.time is not None and later.time is not None
            and abs(later.time - first.time) < float(same_day["hours"]) * HOUR)


def _fmt(q: Quantity) -> str:
    return q.text


def _groups(stmts: Sequence[Statement], keys: Callable[[Statement], list[str]], nesting=False
            ) -> dict[tuple, list[int]]:
    """The statements (indices, increasing) of each (story, key, entity) of a comparison."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(stmts):
        for k in set(keys(s)):
            for e in s.entities | s.records | (nest_keys(p for _, p in s.nest) if nesting else set()):
                groups[(s.story, k, e)].append(i)
    return groups


def _pairs(stmts: Sequence[Statement], keys: Callable[[Statement], list[str]], nesting=False):
    """Pairs of statements of different reports in one story sharing a key and an entity (or
    an event record; with ``nesting``, or places one of which holds the other), each pair once."""
    groups = _groups(stmts, keys, nesting)
    seen: set[tuple[int, int]] = set()
    for (_, k, _), idx in sorted(groups.items(), key=lambda kv: str(kv[0])):
        if len(idx) > MAX_GROUP:
            idx = idx[:MAX_GROUP]
        for i, j in combinations(sorted(set(idx)), 2):
            if (i, j) in seen or stmts[i].doc == stmts[j].doc:
                continue
            seen.add((i, j))
            yield stmts[i], stmts[j], k


def _link(kind: str, reason: str, first: Statement, later: Statement, v1: str, v2: str,
          target: Callable[[Statement], str]) -> dict[str, Any]:
    ends = [side(first, v1), side(later, v2)]
    if kind == "contradicts":
        return {"kind": kind, "from": later.doc, "to": target(first), "against": first.doc,
                "reason": reason, "evidence": ends}
    return {"kind": kind, "from": target(later), "to": target(first), "from_doc": later.doc,
            "to_doc": first.doc, "reason": reason, "evidence": ends}


# what one compared pair makes: (kind, reason, first, later, value of first, value of later)
Outcome = tuple[str, str, Statement, Statement, str, str]


def _judge_figures(a: Statement, b: Statement, key: str) -> Outcome | None:
    if not (own_figure(a, key) and own_figure(b, key)):
        return None  # its figures all told by its own report as another's earlier account
    words_of_key = frozenset(stem(w) for w in _words()["counted"].get(key, ()))
    far = float(_words()["revision_far"]["days"]) if _told_revised(a, b, key) else FAR_DAYS
    if not (_same_moment(a, b, far) and _takers_agree(a, b)) or not _about_same(
            a, b, words_of_key):
        return None
    if not same_owner(a, b, key):
        return None  # a distance or a price of the same thing: the same actor, not a place
    clash = figures_clash(a, b, key, skip_told=True)
    if clash is None:
        first, later = _order(a, b)
        up = figures_revised(first, later, key, skip_told=True) if _later(first, later) else None
        if up is None:
            return None  # one of their figures agrees, or none is of the same scope
        return ("supersedes", f"newer figure ({key}): {_fmt(up[1])} after {_fmt(up[0])}",
                first, later, _fmt(up[0]), _fmt(up[1]))
    first, later = _order(a, b)
    q1, q2 = (clash[0], clash[1]) if first is a else (clash[1], clash[0])
    if _later(first, later) and not _falls_back(first, later, q1, q2):
        return ("supersedes", f"newer figure ({key}): {_fmt(q2)} after {_fmt(q1)}",
                first, later, _fmt(q1), _fmt(q2))
    if first.outlet != later.outlet:
        return ("contradicts", f"number ({key}): {_fmt(q1)} vs {_fmt(q2)}",
                first, later, _fmt(q1), _fmt(q2))
    return None


def _judge_statuses(a: Statement, b: Statement, subj: str) -> Outcome | None:
    """States of one thing; a thing of a named participant of both (the case against a
    person), or named alike in both ("the airport in Varna": :func:`status_names`), keeps its
    state longer than a happening: compared up to ``far_days`` apart."""
    far = float(_words()["status"]["far_days"]) if a.actors & b.actors or status_names(
        a.text) & status_names(b.text) else FAR_DAYS
    if not (_same_moment(a, b, far) and _takers_agree(a, b)) or not _about_same(
            a, b, frozenset({subj})):
        return None
    first, later = _order(a, b)
    s1 = [x for x in statuses(first.text) if x.subject == subj][0]
    s2 = [x for x in statuses(later.text) if x.subject == subj][0]
    v1 = f"{subj}: {'to be ' if s1.future else ''}{s1.state}"
    v2 = f"{subj}: {'to be ' if s2.future else ''}{s2.state}"
    if s1.future and not s2.future and _later(first, later):
        return ("supersedes", f"status ({v2} after {v1})", first, later, v1, v2)
    if s1.state != s2.state and not s1.future and not s2.future:
        if _later(first, later) and _moves_on(
                s1, s2, first.outlet == later.outlet or same_source(first.text, later.text)):
            return ("supersedes", f"status ({v2} after {v1})", first, later, v1, v2)
        if first.outlet != later.outlet:
            return ("contradicts", f"status ({v1} vs {v2})", first, later, v1, v2)
    return None


def _judge_places(a: Statement, b: Statement, actor: str) -> Outcome | None:
    """Places of the same person at the same time."""
    if not _same_moment(a, b):
        return None
    first, later = _order(a, b)
    w1 = {(n, c) for x, n, c in first.where if x == actor}
    w2 = {(n, c) for x, n, c in later.where if x == actor}
    if places_agree(w1, w2):
        return None  # one place holds the other (a city in its country), or unplaced
    v1, v2 = sorted(w1)[0][0], sorted(w2)[0][0]
    if first.outlet != later.outlet and not moved(later.text) and days_meet(
            first.dated, first.iso, later.dated, later.iso):
        return ("contradicts", f"place (in {v1} vs {v2})", first, later, v1, v2)
    if _later(first, later):
        return ("supersedes", f"place (in {v2} after {v1})", first, later, v1, v2)
    if first.outlet != later.outlet:
        return ("contradicts", f"place (in {v1} vs {v2})", first, later, v1, v2)
    return None


def _judge_denials(a: Statement, b: Statement, _: str) -> Outcome | None:
    """Explicit denials of the same proposition."""
    da, db = denial_of(a), denial_of(b)
    if (da is None) == (db is None):
        return None
    denial, other = (a, b) if da is not None else (b, a)
    if not _same_moment(a, b) or not denies(denial.text, other.text):
        return None
    first, later = _order(other, denial)
    return ("contradicts", "denial", first, later, "asserted" if first is other else "denied",
            "denied" if later is denial else "asserted")


# the comparisons, in order: (the keys a statement is grouped by, nesting, the judge of a pair)
SECTIONS: tuple[tuple[Callable[[Statement], list[str]], bool,
                      Callable[[Statement, Statement, str], Outcome | None]], ...] = (
    (lambda s: [q.key for q in quantities(s.text)], True, _judge_figures),
    (lambda s: [x.subject for x in statuses(s.text)], False, _judge_statuses),
    (lambda s: [w[0] for w in s.where], False, _judge_places),
    (lambda s: ["claim"] if s.stems and told(s) else [], False, _judge_denials),
    (lambda s: plan_keys(s.text), False, lambda a, b, k: judge_plans(a, b, k, _later)))



def compare(stmts: Sequence[Statement], target: Callable[[Statement], str]) -> list[dict[str, Any]]:
    """The contradicts / supersedes links between statements (see the module): each pair of
    each comparison judged, a pair of sentences linked once (by the first that links it)."""
    made = (o for keys, nesting, judge in SECTIONS
            for a, b, k in _pairs(stmts, keys, nesting) if (o := judge(a, b, k)) is not None)
    return once(made, target)


def once(made, target: Callable[[Statement], str]) -> list[dict[str, Any]]:
    """The links of the outcomes ``made`` (in order), each pair of sentences once."""
    links: list[dict[str, Any]] = []
    done: set[tuple[str, int, str, int]] = set()
    for kind, reason, a, b, v1, v2 in made:
        key = (a.doc, a.sent, b.doc, b.sent)
        if key in done:
            continue
        done.add(key)
        done.add((b.doc, b.sent, a.doc, a.sent))
        links.append(_link(kind, reason, a, b, v1, v2, target))
    return links


def statement_id(doc: str, start: int, end: int) -> str:
    return "statement:" + hashlib.sha1(f"{doc}\x1f{start}\x1f{end}".encode()).hexdigest()[:10]


def statements(extractions, texts: dict[str, str], clock, story_of: dict[str, str],
               mention_actor: dict, record_of: dict[tuple[str, int], set[str]]
               ) -> list[Statement]:
    """The sentences that hold a figure, a status or a denial, with their entities."""
    p = _patterns()
    out = []
    for ex in extractions:
        text = texts.get(ex.doc, "")
        ents: dict[int, set[str]] = defaultdict(set)
        takers: dict[int, set[str]] = defaultdict(set)
        taken_at: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for mi, m in enumerate(ex.actors):
            aid = mention_actor.get((ex.doc, mi))
            if aid:
                ents[m.sent].add(aid)
                if m.kind not in _words()["place_actor_kinds"]["words"]:
                    takers[m.sent].add(aid)
                    taken_at[m.sent].append((m.start, aid))
        persons: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for mi, m in enumerate(ex.actors):
            aid = mention_actor.get((ex.doc, mi))
            if aid and m.kind == "person":
                persons[m.sent].append((m.start, m.end, aid))
        spots: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
        for pl in ex.places:
            ents[pl.sent].add(f"P{pl.geonameid}" if pl.geonameid else "P" + pl.name.casefold())
            if pl.country_code and pl.feature in ("city", "admin1", "country"):
                spots[pl.sent].append((pl.start, pl.end, pl.name, pl.country_code))
        sited = scoped_places(ex.places, text)
        countries = frozenset(pl.country_code for pl in ex.places if pl.country_code)
        at_start = {pl.start: pl for pl in ex.places}
        days: dict[int, set[str]] = defaultdict(set)
        years = {(clock.iso(ex.doc, 0) or "")[:4]} - {""} | head_years(text)
        for t in ex.times:
            if t.type == "DATE" and re.match(r"\d{4}", t.value or "") and t.anchor == "none":
                days[t.sent].add(t.value[:10])
                years.add(t.value[:4])
        for si, (s0, s1) in enumerate(ex.sentences):
            sent = text[s0:s1]
            named = status_names(sent)
            if not sent or not (ents.get(si) or record_of.get((ex.doc, si)) or named):
                continue
            where = presence(sent, [(a - s0, b - s0, i) for a, b, i in persons.get(si, ())],
                             [(a - s0, b - s0, n, c) for a, b, n, c in spots.get(si, ())]
                             ) if persons.get(si) and spots.get(si) else frozenset()
            if not where and not (p["figure"].search(sent) or p["subjects"].search(sent)
                                  or p["denial"].search(sent) or mentions_plan(sent)
                                  or sums(sent)):
                continue
            if not (where or quantities(sent) or statuses(sent) or denied(sent)
                    or plan_keys(sent)):
                continue
            sites = sorted([(a - s0, cc) for a, cc in sited.get(si, ())]
                           + demonym_sites(sent, _demonym_country))
            out.append(Statement(
                ex.doc, si, s0, s1, sent, clock.outlet(ex.doc), clock.at(ex.doc, s0),
                clock.iso(ex.doc, s0), story_of.get(ex.doc), frozenset(ents.get(si, ())) | named,
                frozenset(record_of.get((ex.doc, si), ())),
                frozenset(x for x in content_stems(sent) if len(x) > 2) - STOPWORDS,
                frozenset(days.get(si, ())), frozenset(years), where,
                frozenset(cc for _, cc in sites), _background(ex.sentences, si, text),
                tuple(sites), denied(sent), frozenset(takers.get(si, ())),
                tuple((a - s0, pp) for a, _ in sited.get(si, ()) if (pl := at_start.get(a))
                      and (pp := path_of(pl, countries))),
                frozenset(aid for at, aid in taken_at.get(si, ()) if at - s0 < plan_at(sent))))
    return out


HEAD_CHARS = 300  # a report's head: its address, title, dateline and byline


def head_years(text: str) -> set[str]:
    """The years of the dates in a report's head ("Posted : Nov 27 , 2005", "11 / 27 / 2005",
    an address ".../2005/nov/28/..."): the report's own year where its feed gives no date."""
    return {m.group("y") for m in _head_date().finditer(text[:HEAD_CHARS])}


@lru_cache(maxsize=1)
def _head_date() -> re.Pattern[str]:
    months = "|".join(sorted(_words()["months"], key=len, reverse=True))
    y = r"(?P<y>(?:19|20)\d\d)(?!\d)"
    return re.compile(
        rf"(?:(?<![\w.])(?:(?:{months})\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*-?\s*"
        rf"|\d{{1,2}}\s*(?:{months})\.?\s*,?\s*|\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*)"
        rf"|/\s*(?=(?:19|20)\d\d\s*/)){y}", re.I)


@lru_cache(maxsize=1 << 10)
def _demonym_country(word: str) -> str | None:
    """The country a demonym names ("Kenyan": KE), the most populous when several do."""
    from ..extract.gazetteer import get_gazetteer

    found = [p for p, kind in get_gazetteer().lookup(word, demonyms=True)
             if kind == "demonym" and p.feature == "country"]
    return max(found, key=lambda p: p.population).country_code if found else None


def _background(sentences, si: int, text: str) -> frozenset[str]:
    """For a sentence opening with a bare pronoun ("It killed 612 people"), the era of the
    sentence before, which holds its referent ("The last major quake ... was in February"):
    the figure is of that time too (from where that sentence starts with a capital, past a
    split inside a figure). Empty otherwise."""
    if si == 0:
        return frozenset()
    s0, s1 = sentences[si]
    if not _patterns()["pronoun_opener"].match(text[s0:s1]):
        return frozenset()
    k = si - 1
    while k > 0 and not text[sentences[k][0]:sentences[k][1]].lstrip()[:1].isupper():
        k -= 1  # a sentence split inside a figure ("magnitude 6 . 4 temblor"): go back to its start
    return era(text[sentences[k][0]:sentences[si - 1][1]])


def statement_links(extractions, texts: dict[str, str], clock, story_of: dict[str, str],
                    mention_actor: dict, records: list[dict[str, Any]],
                    links: list[dict[str, Any]]) -> None:
    """Add the contradicts / supersedes links between statements of different reports (see
    the module) to ``links``, leaving out pairs of sentences an earlier rule already linked;
    the records told of by a contradicted sentence become disputed."""
    record_of: dict[tuple[str, int], set[str]] = defaultdict(set)
    by_id = {}
    for r in records:
        by_id[r["id"]] = r
        for ev in r.get("evidence") or ():
            if "sent" in ev:
                record_of[(ev["doc"], ev["sent"])].add(r["id"])
    for ln in links:  # every side shows its outlet and time
        for e in ln.get("evidence") or () if ln.get("kind") in ("contradicts", "supersedes") else ():
            if "doc" in e and "outlet" not in e:
                e["outlet"] = clock.outlet(e["doc"])
                e["time"] = clock.iso(e["doc"], e.get("start", 0))
                if ln.get("reason") == "number":
                    e["value"] = "; ".join(q.text for q in quantities(e.get("text") or ""))
    from .disputes_memo import statements_kept  # (these import this module)
    from .disputes_pairs import compare_kept

    stmts, parts = statements_kept(extractions, texts, clock, story_of, mention_actor, record_of)
    _recheck_figures(links, stmts, by_id, clock)
    linked = {(e.get("doc"), e.get("start")) for ln in links
              if ln.get("kind") in ("contradicts", "supersedes") for e in ln.get("evidence") or ()}
    pairs = {frozenset((ln.get("from_doc") or ln.get("from"), ln.get("to_doc") or ln.get("against")))
             for ln in links if ln.get("kind") in ("contradicts", "supersedes")}

    def target(s: Statement) -> str:
        ids = sorted(record_of.get((s.doc, s.sent), ()))
        return ids[0] if ids else statement_id(s.doc, s.start, s.end)

    from .disputes_story_memo import story_outcomes

    found = compare_kept(stmts, target, parts)
    # the denials without a denial verb, the persons' states and the propositions denied in
    # other words, each report's sentences and each story's pairs through the part memo
    negations, conditions, propositions = story_outcomes(extractions, texts, clock, story_of)
    told = {frozenset((e["doc"], e["start"]) for e in ln["evidence"]) for ln in found}
    found += [ln for ln in once(negations, target)
              if frozenset((e["doc"], e["start"]) for e in ln["evidence"]) not in told]
    told |= {frozenset((e["doc"], e["start"]) for e in ln["evidence"]) for ln in found}
    found += [ln for ln in once(conditions, target)
              if frozenset((e["doc"], e["start"]) for e in ln["evidence"]) not in told]
    told |= {frozenset((e["doc"], e["start"]) for e in ln["evidence"]) for ln in found}
    found += [ln for ln in once(propositions, target)
              if frozenset((e["doc"], e["start"]) for e in ln["evidence"]) not in told]
    for ln in found:
        ends = ln["evidence"]
        if all((e["doc"], e["start"]) in linked for e in ends) or frozenset(
                (ends[0]["doc"], ends[1]["doc"])) in pairs and ln["reason"].startswith(
                ("newer figure", "number", "plan (")):
            continue
        links.append(ln)
        if ln["kind"] == "contradicts":
            rec = by_id.get(ln["to"])
            if rec is not None:
                rec["disputed"] = True
                rec.setdefault("outlets", {})[ends[1]["outlet"]] = "contradicts"
        elif ln["to"] in by_id and ln["from"] != ln["to"]:
            old = by_id[ln["to"]]
            old["superseded_by"] = old.get("superseded_by") or ln["from"]


def _recheck_figures(links: list[dict[str, Any]], stmts: Sequence[Statement],
                     by_id: dict[str, dict[str, Any]], clock) -> None:
    """:func:`sitroom.link.disputes_recheck.recheck_figures`."""
    from .disputes_recheck import recheck_figures  # (it imports this module)

    recheck_figures(links, stmts, by_id, clock)
