"""The statements of each report (:func:`sitroom.link.disputes.statements`) through the running
link's part memo (:class:`sitroom.link.blockcache.Memo`, docs/scale.md "The part memo").

A report's statements are a pure function of its own inputs: its text, the fields of its
extraction that :func:`~sitroom.link.disputes.statements` reads (sentences; each actor mention's
sentence, span, kind and resolved actor; each place's sentence, span, name, gazetteer id,
country and feature; each time's type, value, anchor and sentence), its outlet, publication
time and live-blog updates (the clock), its story, and the event and claim records told of by
each of its sentences. :func:`report_inputs` gives exactly these; the memo's salt adds the
link and extract code (the demonyms' gazetteer). A new report computes its own statements; the
others are read, and as a computed value is handed on as JSON gives it back, the statements
are the same whether computed or read (the full relink computes them all).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, overload

from ..store_pack import content_digest
from .blockcache import Memo, memo, text_hash
from .disputes import SECTIONS, Statement, statements
from .picture_relations import _Clock


def report_inputs(ex, text: str, clock: _Clock, story: str | None, mention_actor: dict,
                  records: list[tuple[int, tuple[str, ...]]]) -> str:
    """Everything the statements of report ``ex`` depend on, as text (hashed into its key).
    An extraction read from the store stands for itself by the digest of its stored form
    (:func:`sitroom.store_pack.content_digest`: the whole extraction, so it changes whenever a
    field read here does), without walking its mentions."""
    doc = ex.doc
    digest = content_digest(ex)
    fields: Any = ("x", digest.hex()) if digest is not None else (
        tuple(ex.sentences),
        tuple((m.sent, m.start, m.end, m.kind) for m in ex.actors),
        tuple((p.sent, p.start, p.end, p.name, p.geonameid, p.country_code, p.feature)
              for p in ex.places),
        tuple((t.type, t.value, t.anchor, t.sent) for t in ex.times))
    return repr((
        doc, text_hash(text), clock.outlet(doc), clock.published.get(doc),
        tuple((u.start, u.end, u.timestamp) for u in clock.updates.get(doc, ())), story,
        fields, tuple(mention_actor.get((doc, mi)) for mi in range(len(ex.actors))),
        tuple(sorted(records))))


def to_json(s: Statement) -> list[Any]:
    return [s.doc, s.sent, s.start, s.end, s.text, s.outlet, s.time, s.iso, s.story,
            sorted(s.entities), sorted(s.records), sorted(s.stems), sorted(s.dated),
            sorted(s.years), sorted(list(w) for w in s.where), sorted(s.scope),
            sorted(s.background), [list(x) for x in s.sites],
            s.denial if s.denial is None or isinstance(s.denial, str) else sorted(s.denial),
            sorted(s.actors), [[a, list(p)] for a, p in s.nest], sorted(s.planners),
            [sorted(set(keys(s))) for keys, _, _ in SECTIONS]]  # (what it is grouped by)


def from_json(v: list[Any]) -> Statement:
    return Statement(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], frozenset(v[9]),
                     frozenset(v[10]), frozenset(v[11]), frozenset(v[12]), frozenset(v[13]),
                     frozenset(tuple(w) for w in v[14]), frozenset(v[15]), frozenset(v[16]),
                     tuple((int(a), str(b)) for a, b in v[17]),
                     v[18] if v[18] is None or isinstance(v[18], str) else frozenset(v[18]),
                     frozenset(v[19]) if len(v) > 19 else frozenset(),
                     tuple((int(a), tuple(p)) for a, p in v[20]) if len(v) > 20 else (),
                     frozenset(v[21]) if len(v) > 21 else frozenset())


def statements_memo(extractions, texts: dict[str, str], clock, story_of: dict[str, str],
                    mention_actor: dict, record_of: dict[tuple[str, int], set[str]]
                    ) -> list[Statement]:
    """:func:`sitroom.link.disputes.statements`, report by report through the part memo (with
    a clock of another kind, whose inputs are not known here, computed as it is)."""
    return list(statements_kept(extractions, texts, clock, story_of, mention_actor,
                                record_of)[0])


# per report with statements, in order: (the memo key of its statements, how many, computed now)
Parts = list[tuple[str, int, bool]]


def statements_kept(extractions, texts: dict[str, str], clock, story_of: dict[str, str],
                    mention_actor: dict, record_of: dict[tuple[str, int], set[str]]
                    ) -> tuple[Sequence[Statement], Parts | None]:
    """:func:`statements_memo`, with what the statements of each report are keyed by (None:
    no part memo runs, or a clock of another kind, whose inputs are not known here)."""
    if type(clock) is not _Clock:
        return statements(extractions, texts, clock, story_of, mention_actor, record_of), None
    running = memo()
    m = running if running is not None else Memo()  # (values handed on as read, memo or not)
    of_doc: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for (doc, si), ids in record_of.items():
        if ids:
            of_doc[doc].append((si, tuple(sorted(ids))))
    material = [report_inputs(ex, texts.get(ex.doc, ""), clock, story_of.get(ex.doc),
                              mention_actor, of_doc.get(ex.doc, [])) for ex in extractions]
    computed: set[int] = set()

    def compute(i: int) -> list[list[Any]]:
        computed.add(i)
        return [to_json(s) for s in statements([extractions[i]], texts, clock, story_of,
                                               mention_actor, record_of)]

    found = m.values("statements", material, compute)
    parts = [(m.key("statements", material[i]), len(v), i in computed)
             for i, v in enumerate(found) if v]
    return Kept([v for vs in found for v in vs]), parts if running is not None else None


class Kept(Sequence[Statement]):
    """Statements as the memo hands them on (:func:`to_json`), each decoded when first used
    (then the same object every time): an addition reads the statements of every report, but
    judges only those of its stories and shows those of the links it makes."""

    def __init__(self, raw: list[list[Any]]) -> None:
        self.raw = raw
        self.done: list[Statement | None] = [None] * len(raw)

    def __len__(self) -> int:
        return len(self.raw)

    @overload
    def __getitem__(self, i: int) -> Statement: ...

    @overload
    def __getitem__(self, i: slice) -> list[Statement]: ...

    def __getitem__(self, i: int | slice) -> Statement | list[Statement]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self.raw)))]
        s = self.done[i]
        if s is None:
            s = self.done[i] = from_json(self.raw[i])
        return s

    def story(self, i: int) -> str | None:
        """The story of statement ``i`` (not decoding it)."""
        return self.raw[i][8]

    def section_keys(self, i: int, sec: int) -> list[str]:
        """The keys statement ``i`` is grouped by in comparison ``sec`` of
        :data:`~sitroom.link.disputes.SECTIONS`, as kept with it (not computed again)."""
        v = self.raw[i]
        return v[22][sec] if len(v) > 22 else sorted(set(SECTIONS[sec][0](self[i])))

    def places(self) -> dict[tuple[str, int], int]:
        """(report, sentence) -> the index of its statement (the last, as a dict of them)."""
        return {(v[0], v[1]): i for i, v in enumerate(self.raw)}
