"""The rules comparing every sentence of a story's reports (a denial without a denial verb, a
person's state told both ways, a proposition denied in other words) through the part memo
(round 18; docs/scale.md "Round 18, second part").

Each report's reads are kept by :mod:`.disputes_reads` (what those rules find in each sentence
alone), and each story's pairs by the digest of its reports in order (each by its doc, what its
reads read and its clock: outlet, publication time, live-blog updates). A pair's outcome is a
pure function of its two sentences, their reports' reads and clocks, with one exception: a
negated predicate's act is searched as the story's act prefixes in one pattern
(:func:`~sitroom.link.disputes_negations.negation_outcomes`), so a sentence holds an act only as
that pattern's non-overlapping matches find it. So a story whose reports are those of the last
link with reports appended keeps the pairs of its old reports, except those of an old sentence
holding a new act prefix (its matches may differ), and judges only the pairs holding a new
report's sentence or denial. An old sentence is searched only when its report's text holds a
new denial's act prefix (:func:`_holds`); a proposition denied by a new report is compared only
with the old sentences holding the first letters of its act or of a word of its family
(:func:`_act_letters`, round 19): a sentence telling it holds a stem that shares them, and a
stem is a prefix of a word of the sentence. The outcomes are put in the order of the plain functions: stories by their first report with such
a sentence, then pairs by their first side, then their second, as the plain loops meet them.

A report's reads missing or of another shape are read afresh from its text; a story's pairs
missing, of another shape, or kept under no prefix of its reports are judged afresh from the
reads; with no part memo running, or a clock of another kind, the plain functions run.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from . import blockcache
from .disputes import Outcome, Statement, _same_moment
from .disputes_conditions import clash, condition_outcomes, dated_enough
from .disputes_event_states import head_letters
from .disputes_figures import _order
from .disputes_negations import ACT_PREFIX, _asserted, _covers, _plain, _statement, negation_outcomes
from .disputes_propositions import _table, agent_stems, family_stems, proposition_outcomes, tells
from .disputes_reads import KIND as READS
from .disputes_reads import Reads, from_json, material, read_report, to_json
from .picture_relations import _Clock

KIND = "story_sentence_pairs"
RULES = ("n", "c", "p")  # negations, conditions, propositions
# a kept pair: [report, sentence, report, sentence] by their index in the story (the denial
# first; a condition's: in order, with the two states told)
Entry = list[Any]


def story_outcomes(extractions, texts: dict[str, str], clock, story_of: dict[str, str]
                   ) -> tuple[list[Outcome], list[Outcome], list[Outcome]]:
    """The outcomes of :func:`negation_outcomes`, :func:`condition_outcomes` and
    :func:`proposition_outcomes`, in their order, through the part memo (see the module)."""
    m = blockcache.memo()
    if m is None or type(clock) is not _Clock:
        return (list(negation_outcomes(extractions, texts, clock, story_of)),
                list(condition_outcomes(extractions, texts, clock, story_of)),
                list(proposition_outcomes(extractions, texts, clock, story_of)))
    placed = [ex for ex in extractions if story_of.get(ex.doc) is not None]
    text = [texts.get(ex.doc, "") for ex in placed]
    mats = [material(ex, t) for ex, t in zip(placed, text)]
    computed: set[int] = set()

    def compute(i: int) -> dict[str, Any]:
        computed.add(i)
        return to_json(read_report(placed[i], text[i]))

    reads: list[Reads] = []
    for i, v in enumerate(m.values(READS, mats, compute)):
        try:
            reads.append(from_json(v, len(placed[i].sentences)))
        except (ValueError, KeyError, TypeError, AttributeError):  # a value of another shape
            r = read_report(placed[i], text[i])
            m.used[m.key(READS, mats[i])] = json.dumps(to_json(r), separators=(",", ":"))
            computed.add(i)
            reads.append(r)
    members: dict[str, list[int]] = defaultdict(list)
    for i, ex in enumerate(placed):
        members[story_of[ex.doc]].append(i)
    names = list(members)
    chains = [_chain([_clocked(placed[i].doc, mats[i], clock) for i in members[s]])
              for s in names]
    got = m.probe(KIND, [c[-1] for c in chains])
    kept: dict[str, dict[str, list[Entry]]] = {}
    for x, s in enumerate(names):
        st = _Story(s, [placed[i] for i in members[s]], [text[i] for i in members[s]],
                    [reads[i] for i in members[s]], clock)
        value = _valid(got.get(x), st)
        if value is None:
            first = next((k for k, i in enumerate(members[s]) if i in computed), None)
            old = _valid(_peek(m, chains[x][first]), st, first) if first else None
            value = m.keep(KIND, chains[x][-1], _judge(st, first or 0, old))
        kept[s] = value
    out: list[list[Outcome]] = []
    for rule in RULES:
        firsts = {s: i for s in names for i in members[s][::-1] if _found(reads[i], rule)}
        order = sorted(firsts, key=firsts.__getitem__)
        out.append([o for s in order for o in _outcomes(rule, s, members[s], kept[s][rule],
                                                        placed, texts, clock)])
    return out[0], out[1], out[2]


def _found(r: Reads, rule: str) -> bool:
    return bool(r.negated if rule == "n" else r.conditions if rule == "c" else r.propositions)


def _clocked(doc: str, mat: str, clock: _Clock) -> str:
    """A report as a story's pairs read it: its doc, its reads' material and its clock."""
    return repr((doc, mat, clock.outlet(doc), clock.published.get(doc),
                 tuple((u.start, u.end, u.timestamp) for u in clock.updates.get(doc, ()))))


def _chain(parts: list[str]) -> list[str]:
    """The digest of the first k reports of a story, for k from 0 to all of them."""
    h = hashlib.sha1()
    out = [h.hexdigest()]
    for p in parts:
        h.update(p.encode() + b"\x1e")
        out.append(h.hexdigest())
    return out


def _peek(m: blockcache.Memo, material: str) -> Any:
    """The value kept under ``material`` by the last link, read without keeping it."""
    key = m.key(KIND, material)
    text = m.used.get(key) or (m.fetch([key]).get(key) if m.fetch is not None else None)
    return json.loads(text) if text is not None else None


class _Story:
    """One story's reports (in order), their texts and reads, and its sentences' statements."""

    def __init__(self, name: str, exs: list, texts: list[str], reads: list[Reads], clock):
        self.name, self.exs, self.texts, self.reads, self.clock = name, exs, texts, reads, clock
        self.made: dict[tuple[int, int], Statement] = {}
        self.lows: dict[int, str] = {}

    def plain_low(self, r: int) -> str:
        """Report ``r``'s text as a sentence's stems are read from (straight quotes, lower case)."""
        if r not in self.lows:
            self.lows[r] = _plain(self.texts[r]).lower()
        return self.lows[r]

    def sentence(self, r: int, s: int) -> str:
        s0, s1 = self.exs[r].sentences[s]
        return self.texts[r][s0:s1]

    def statement(self, r: int, s: int) -> Statement:
        if (r, s) not in self.made:
            self.made[(r, s)] = _statement(self.exs[r], s, {self.exs[r].doc: self.texts[r]},
                                           self.clock, self.name)
        return self.made[(r, s)]

    def same_moment(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        return _same_moment(self.statement(*a), self.statement(*b))


def _valid(v: Any, st: _Story, reports: int | None = None) -> dict[str, list[Entry]] | None:
    """A story's kept pairs if of the shape :func:`_judge` gives for ``reports`` of its reports
    (all of them: None), naming only their sentences; else None."""
    k = len(st.exs) if reports is None else reports
    try:
        if v["k"] != k or set(v) != {"k", *RULES}:
            return None
        for rule in RULES:
            for e in v[rule]:
                if len(e) != (6 if rule == "c" else 4) or not all(
                        type(r) is int and 0 <= r < k and type(s) is int
                        and 0 <= s < len(st.exs[r].sentences) for r, s in (e[:2], e[2:4])):
                    return None
                if rule == "c" and not (type(e[4]) is str and type(e[5]) is str):
                    return None
    except (TypeError, KeyError):
        return None
    return v


def _judge(st: _Story, old: int, kept: dict[str, list[Entry]] | None) -> dict[str, Any]:
    """The pairs of a story: those of ``kept`` (of its first ``old`` reports) that still hold,
    and the others judged (all of them without ``kept``)."""
    if kept is None:
        old = 0
    return {"k": len(st.exs),
            "n": _negations(st, old, kept["n"] if kept else []),
            "c": _conditions(st, old, kept["c"] if kept else []),
            "p": _propositions(st, old, kept["p"] if kept else [])}


def _holds(text: str, words: set[str]) -> bool:
    """Whether a report's text may hold a word of ``words`` in a sentence's lower case: one
    without a letter outside ASCII is in a sentence's lower case only if in the text's (only
    a Greek sigma lowers by its context, and to no ASCII letter)."""
    if not all(w.isascii() for w in words):
        return True
    low = text.lower()
    return any(w in low for w in words)


def _negations(st: _Story, old: int, kept: list[Entry]) -> list[Entry]:
    """:func:`negation_outcomes` of one story as kept pairs (see the module)."""
    found = [(r, s, n) for r, rd in enumerate(st.reads) for s, n in rd.negated]
    if not found:
        return []
    acts = {n.act[:ACT_PREFIX] for _, _, n in found}
    new_acts = acts - {n.act[:ACT_PREFIX] for r, _, n in found if r < old}
    watch = new_acts | {n.act[:ACT_PREFIX] for r, _, n in found if r >= old}
    hit = re.compile("|".join(re.escape(a) for a in sorted(acts, key=len, reverse=True)))
    holding: dict[str, list[tuple[int, int]]] = defaultdict(list)
    moved: set[tuple[int, int]] = set()  # old sentences holding a new act (their matches may differ)
    for r, ex in enumerate(st.exs):
        if r < old and not (watch and _holds(st.texts[r], watch)):
            continue
        for s in range(len(ex.sentences)):
            low = st.sentence(r, s).lower()
            if r < old:
                if not any(a in low for a in watch):
                    continue
                if any(a in low for a in new_acts):
                    moved.add((r, s))
            for a in set(hit.findall(low)):
                holding[a].append((r, s))
    out = [e for e in kept if (e[2], e[3]) not in moved]
    told: dict[tuple[int, int], frozenset[str] | None] = {}
    for r, s, n in found:
        for r2, s2 in holding.get(n.act[:ACT_PREFIX], ()):
            if r < old and r2 < old and (r2, s2) not in moved:
                continue  # kept
            if st.exs[r2].doc == st.exs[r].doc or st.reads[r2].quoting:
                continue
            if (r2, s2) not in told:
                told[(r2, s2)] = _asserted(st.sentence(r2, s2))
            if _covers(n, told[(r2, s2)]) and st.same_moment((r, s), (r2, s2)):
                out.append([r, s, r2, s2])
    return sorted(out)


def _conditions(st: _Story, old: int, kept: list[Entry]) -> list[Entry]:
    """:func:`condition_outcomes` of one story as kept pairs: the pairs of two old reports kept,
    those with a new report's sentence judged."""
    found = [(r, s, cs) for r, rd in enumerate(st.reads) for s, cs in rd.conditions]
    out = list(kept)
    for j, (r2, s2, cs2) in enumerate(found):
        if r2 < old:
            continue
        for r, s, cs in found[:j]:
            if st.exs[r].doc == st.exs[r2].doc:
                continue
            hit = next(((c, d) for c in cs for d in cs2 if clash(c, d)), None)
            if hit is not None and st.same_moment((r, s), (r2, s2)) and dated_enough(
                    hit[0], st.statement(r, s), st.statement(r2, s2)):
                out.append([r, s, r2, s2, hit[0].state, hit[1].state])
    return sorted(out)


def _act_letters(act: str) -> tuple[str, ...]:
    """The letters one of which every stem naming ``act``
    (:func:`~.disputes_propositions.same_act`) starts with: its own, and those of the stems of
    its families (round 19, :func:`~.disputes_propositions.family_stems`)."""
    n = _table()["min_stem"]
    return tuple(sorted({st[:min(len(st), n)] for st in family_stems(act)}))


def _subject_letters(subject: frozenset[str]) -> tuple[str, ...]:
    """The letters one of which every sentence telling a thing available holds: those of the
    thing's stems (:mod:`~.disputes_available`, round 21; the act is no word of it)."""
    n = _table()["min_stem"]
    return tuple(sorted({st[:min(len(st), n)] for st in subject}))


def _propositions(st: _Story, old: int, kept: list[Entry]) -> list[Entry]:
    """:func:`proposition_outcomes` of one story as kept pairs: the pairs of an old denial and an
    old sentence kept, the others judged, each denial only against the sentences holding the
    first letters of its act (see the module)."""
    found = [(r, s, d) for r, rd in enumerate(st.reads) for s, d in rd.propositions]
    if not found:
        return []
    denied = {(r, s) for r, s, _ in found}
    asserting = [[s for s in range(len(ex.sentences))
                  if (r, s) not in denied and s not in st.reads[r].unasserted]
                 for r, ex in enumerate(st.exs)]
    pools: dict[tuple[tuple[str, ...], bool], list[tuple[int, int]]] = {}
    lows: dict[tuple[int, int], str] = {}
    out = list(kept)
    for r, s, d in found:
        letters = _subject_letters(d.subject) if d.kind == "available" else head_letters(
            d.act, _table()["min_stem"]) if d.kind == "state" else _act_letters(d.act)
        if (letters, r < old) not in pools:
            pools[(letters, r < old)] = _holding(st, asserting, letters, old if r < old else 0,
                                                 lows)
        for r2, s2 in pools[(letters, r < old)]:
            if st.exs[r2].doc == st.exs[r].doc or st.reads[r2].quoting:
                continue
            sent = st.sentence(r2, s2)
            if tells(d, _asserted(sent), agent_stems(sent), sent) and st.same_moment((r, s), (r2, s2)):
                out.append([r, s, r2, s2])
    return sorted(out)


def _holding(st: _Story, asserting: list[list[int]], letters: tuple[str, ...], start: int,
             lows: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
    """The asserting sentences of the story's reports from ``start`` on whose words, as their
    stems are read (:func:`~.disputes_negations._asserted`), hold one of ``letters``, in
    order; a report's text is searched first (:func:`_holds`)."""
    out = []
    for r in range(start, len(st.exs)):
        if not asserting[r] or all(x.isascii() for x in letters) and not any(
                x in st.plain_low(r) for x in letters):
            continue  # (see :func:`_holds`)
        for s in asserting[r]:
            if (r, s) not in lows:
                lows[(r, s)] = _plain(st.sentence(r, s)).lower()
            if any(x in lows[(r, s)] for x in letters):
                out.append((r, s))
    return out


def _outcomes(rule: str, name: str, idx: list[int], entries: list[Entry], placed,
              texts: dict[str, str], clock) -> Iterator[Outcome]:
    """What a story's kept pairs make, as the plain function makes them."""
    made: dict[tuple[int, int], Statement] = {}

    def statement(r: int, s: int) -> Statement:
        if (r, s) not in made:
            made[(r, s)] = _statement(placed[idx[r]], s, texts, clock, name)
        return made[(r, s)]

    for e in entries:
        a, b = statement(e[0], e[1]), statement(e[2], e[3])
        if rule == "c":
            first, later = _order(a, b)
            c1, c2 = (e[4], e[5]) if first is a else (e[5], e[4])
            yield ("contradicts", f"condition ({c1} vs {c2})", first, later, c1, c2)
        else:
            first, later = _order(b, a)
            yield ("contradicts", "denial", first, later, "asserted" if first is b else
                   "denied", "denied" if later is a else "asserted")

