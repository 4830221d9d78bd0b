"""Quality gate: SemEval-2015 Task 4 track A (cross-document, entity-centred timelines).

Data layout (``corpus_1`` of the task): ``corpus_trackA_TimeML/*.tml`` (tokenised raw text in
``<s id=..>`` sentences, the creation time in ``<DCT>``; no gold events or times are read),
``list_target_entities_corpus_1.txt`` (one entity a line) and ``TimeLines_Gold_Standard/*.txt``
(first line the entity, then ``ordinal<TAB>date<TAB>id<TAB>id...`` rows; an id is
``docid-sentence-word``, the sentence as numbered by ``<s id>``, the word as written, a
multi-word trigger joined by ``_``).

Scoring (temporal awareness, UzZaman & Allen 2011, as ``SCORING.md`` says):

- A timeline becomes a graph. A *line* is an ordinal: events with the same ordinal are
  SIMULTANEOUS (several rows may share an ordinal); every event of an ordinal is BEFORE every
  event of a later ordinal (ordinal 0, the undated events, included); each event is SIMULTANEOUS
  with the node of its row's date unless the date is ``XXXX-XX-XX``. An id listed under two
  ordinals (the same word twice in a sentence) keeps its first row; a field shaped like a date
  in an id column (a malformed row) is skipped.
- Closure: classes of SIMULTANEOUS nodes (union-find), BEFORE between classes by reachability;
  a BEFORE cycle (a contradictory timeline) merges its classes.
- Reduced graph (a minimum graph with the same closure; the choice among equals is fixed
  here): in each class, every member SIMULTANEOUS with the class centre (its first date node by
  value, else its first event id); between classes, only the covering BEFORE edges (transitive
  reduction of the class order), each drawn between the classes' first event ids.
- precision = Σ |reduced(sys) ∩ closure(gold)| / Σ |reduced(sys)|, recall = Σ |reduced(gold) ∩
  closure(sys)| / Σ |reduced(gold)|, sums over the timelines of all target entities (micro
  average); F1 their harmonic mean. SIMULTANEOUS pairs are unordered. The choice of reduced
  graph matters: on corpus_1 a chain through each class instead of the star on its date
  lowers recall by about half. The star credits every correctly dated event on its own.

System (:func:`system_timelines`): the text is rebuilt from the TimeML words and run through
the shipped pipeline (annotate, then :func:`sitroom.extract.extract`, as ``sitroom analyze``
does); target entities are found by their names and aliases (:func:`entity_aliases`), by the
pronouns and role nouns the actor stage resolves to them and by definite nouns that take up a
model name; a happening of the extraction (what the report tells happened to or by an actor,
:mod:`sitroom.extract.happenings`, the items of an actor's timeline) involves an entity when
one of its arguments names the entity (:func:`document_events`); each keeps the date the
extraction gave it (undated ones are dropped) and they are ordered by
:func:`sitroom.link.timeline.order_events`, as :mod:`sitroom.link.actor_timeline` orders
them. The evaluation finds no event, argument or date of its own: it scores what a user is
shown.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Sequence

from ..errors import InputError
from .timeline_entities import (_PLACE_LABELS, _bare, _entity_tokens,  # noqa: F401
                                _head_noun_anaphora, entity_aliases, find_entities,
                                model_kinds)
from .timeline_scoring import (UNKNOWN_DATE, Row, awareness_counts, closure,  # noqa: F401
                               read_timeline, reduced, score, timeline_graph)


# ---------------------------------------------------------------- the system's timelines

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "'s", "'", "n't",
                    "'re", "'ve", "'ll", "'d", "'m", "...", "'S"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}
_QUOTES = {"``": '"', "''": '"'}
_SENTENCE_END = {".", "!", "?", "''", "'", ")", "..."}


@dataclass(frozen=True)
class TmlDoc:
    """One task document: its text rebuilt from the TimeML tokens, with each token's place.

    ``tokens`` are ``(start, end, sentence, word)``: character offsets into ``text``, the
    ``<s id>`` number and the word as the gold ids write it.
    """

    id: str
    dct: str
    title: str
    text: str
    tokens: tuple[tuple[int, int, int, str], ...]


def read_tml(path: Path) -> TmlDoc:
    """A track-A TimeML file: its DOCID, DCT value and sentences (only their words are used).

    The text is detokenised lightly (no space before punctuation and clitics, straight double
    quotes for `` and ''), sentences separated by a blank line, a full stop added (belonging to
    no token) after one without final punctuation, such as the headline, so that the parser
    ends the sentence there. Raises InputError when the file
    is not TimeML with a DOCID, a DCT and sentences.
    """
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(str(path), f"not a readable TimeML file ({exc})") from exc
    docid = (root.findtext("DOCID") or "").strip()
    dct_el = root.find("DCT/TIMEX3")
    sents = root.findall("TEXT/s")
    if not docid or dct_el is None or not sents:
        raise InputError(str(path), "TimeML file without DOCID, DCT/TIMEX3 or TEXT/s",
                         "give the corpus_trackA_TimeML files of SemEval-2015 Task 4")
    return build_doc(docid, dct_el.get("value", ""), (root.findtext("EXTRAINFO") or "").strip(),
                     [(int(s.get("id", n)), "".join(s.itertext()).split())
                      for n, s in enumerate(sents)])


def build_doc(docid: str, dct: str, title: str,
              sentences: Sequence[tuple[int, Sequence[str]]]) -> TmlDoc:
    """A task document from its sentences (``(number, words)``), detokenised as
    :func:`read_tml` says."""
    parts: list[str] = []
    tokens: list[tuple[int, int, int, str]] = []
    pos = 0
    for sid, words in sentences:
        if tokens:
            parts.append("\n\n")
            pos += 2
        glue = True
        for word in words:
            shown = _QUOTES.get(word, word)
            if not glue and word not in _NO_SPACE_BEFORE:
                parts.append(" ")
                pos += 1
            parts.append(shown)
            tokens.append((pos, pos + len(shown), sid, word))
            pos += len(shown)
            glue = word in _NO_SPACE_AFTER
        if tokens and tokens[-1][3] not in _SENTENCE_END:
            parts.append(".")  # a headline or dateline ends here: say so to the parser
            pos += 1
    return TmlDoc(docid, dct, title, "".join(parts), tuple(tokens))


def mention_id(doc: TmlDoc, start: int, end: int) -> str | None:
    """``docid-sentence-word`` of the task tokens under [start, end) (words joined by ``_``)."""
    toks = [t for t in doc.tokens if t[0] < end and t[1] > start]
    if not toks:
        return None
    words = [t[3] for t in toks if t[2] == toks[0][2]]
    return f"{doc.id}-{toks[0][2]}-{'_'.join(words)}"


def task_date(value: str | None) -> str:
    """An ISO/TimeML value in the task's ``YYYY-MM-DD`` form, ``X`` for unknown parts.

    ``2005-06-13T10:00`` -> ``2005-06-13``, ``2005-06`` -> ``2005-06-XX``, ``2005-W25`` and
    ``2005-Q2`` -> ``2005-XX-XX``, ``PAST_REF`` or None -> ``XXXX-XX-XX``.
    """
    if not value:
        return UNKNOWN_DATE
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)", value)
    if not m:
        return UNKNOWN_DATE
    return f"{m.group(1)}-{m.group(2) or 'XX'}-{m.group(3) or 'XX'}"



@dataclass(frozen=True)
class DocEvent:
    """An event mention of one task document that involves some target entities."""

    id: str  # docid-sentence-word
    start: int
    date: str  # task form, XXXX-XX-XX when undated
    date_source: str  # the extracted event's: governing | paragraph | entry | publication | none
    entities: frozenset[str]
    key: str  # event_key of the trigger (for relations)



def target_spans(doc: TmlDoc, adoc, actors: Sequence, aliases: dict[str, list[str]],
                 names: dict[str, str] | None = None, kinds: dict[str, set[str]] | None = None,
                 anaphora: bool = True) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` mentions of the target entities in ``doc``.

    By name and alias (:func:`find_entities`); an actor mention of the extraction whose
    canonical name ``names`` maps to a target (:func:`actor_names`: the picture's actors,
    "GM" where the actor stage made it one actor with "General Motors"); a pronoun or role
    noun the actor stage resolved to a mention of a target; a definite noun taking up a
    model name.
    """
    spans = find_entities(doc.text, aliases)
    for a in actors if names else ():
        ent = names.get(a.name) if names else None
        if ent and not any(s < a.end and e > a.start for s, e, _ in spans):
            spans.append((a.start, a.end, ent))
    # resolved pronouns and role nouns ("it", "the planemaker") name what their antecedent names
    for a in actors:
        root, seen = a, set()
        while root.coref_of is not None and root.coref_of not in seen:
            seen.add(root.coref_of)
            root = actors[root.coref_of]
        if root is not a and not any(s < a.end and e > a.start for s, e, _ in spans):
            spans += [(a.start, a.end, ent) for s, e, ent in spans
                      if s < root.end and e > root.start]
    if not anaphora:
        return spans
    return spans + _head_noun_anaphora(adoc, _entity_tokens(adoc, spans), kinds)


def actor_names(found: Sequence[tuple[Sequence, list[tuple[int, int, str]]]]
                ) -> dict[str, str]:
    """Actor name -> target entity, across the documents: a canonical actor name (the actor
    stage's, one per actor of a document) is the target whose name or alias makes up at least
    two thirds of its mentions (all of the mention but words of kind: "Apple Inc." for
    "Apple", not "Apple Corps"), and at least two of them. ``found``: each document's actor
    mentions and its target mentions by name (:func:`find_entities`)."""
    votes: dict[str, dict[str, int]] = {}
    for actors, spans in found:
        for a in actors:
            if a.coref_of is not None or not a.name:
                continue
            hit = {ent for s, e, ent in spans if s < a.end and e > a.start
                   and _bare(a.text, a.text[max(s - a.start, 0):e - a.start])}
            tally = votes.setdefault(a.name, {})
            for ent in hit or {""}:
                tally[ent] = tally.get(ent, 0) + 1
    out = {}
    for name, tally in votes.items():
        ent, n = max(tally.items(), key=lambda kv: (kv[1], kv[0]))
        if ent and n >= 2 and n * 3 >= 2 * sum(tally.values()):
            out[name] = ent
    return out


def document_events(doc: TmlDoc, adoc, aliases: dict[str, list[str]], ex=None,
                    names: dict[str, str] | None = None,
                    kinds: dict[str, set[str]] | None = None
                    ) -> tuple[list[DocEvent], list[tuple[str, str, str]]]:
    """The happenings of ``doc`` that involve target entities, and BEFORE relations among them.

    Requires ``adoc``, the annotation of ``doc.text``. Runs the shipped extract stage
    (:func:`sitroom.extract.extract`, as ``sitroom analyze`` does; ``ex``: its result when
    already run) and keeps its happenings
    (:mod:`sitroom.extract.happenings`, the per-actor timeline of
    :mod:`sitroom.link.actor_timeline`) as they are stored: a happening involves an entity
    when one of its arguments is a mention of the entity (:func:`target_spans`; ``names``:
    :func:`actor_names`); its date is the
    happening's own ``date`` (``date_source`` none: undated). No event, argument or date is
    found here that the extraction does not hold.
    """
    from ..extract import extract
    from ..link.timeline import event_key, relations_from_text

    ex = ex if ex is not None else extract(adoc)
    spans = target_spans(doc, adoc, ex.actors, aliases, names, kinds)
    out = []
    for h in ex.happenings:
        ents = {ent for s, e, ent in spans for a0, a1 in h.args if s < a1 and e > a0}
        eid = mention_id(doc, h.start, h.end)
        if not ents or eid is None:
            continue
        date = h.date if h.date_source != "none" else None
        out.append(DocEvent(eid, h.start, task_date(date), h.date_source, frozenset(ents),
                            event_key(h)))
    return out, relations_from_text(adoc, list(ex.happenings))


def _iso(task: str) -> str | None:
    """``2005-06-XX`` -> ``2005-06`` (the reduced ISO value), ``XXXX-XX-XX`` -> None."""
    parts = [p for p in task.split("-") if "X" not in p]
    return "-".join(parts) if parts and len(parts[0]) == 4 else None


def build_timelines(events: Sequence[DocEvent], relations: Sequence[tuple[str, str, str]],
                    entities: Sequence[str], undated: str = "first") -> dict[str, list[Row]]:
    """Each entity's timeline rows from the events that involve it, in the order of
    :func:`sitroom.link.timeline.order_events`. Undated lines get ordinal 0 (``undated``:
    "first" keeps them, "drop" leaves them out), dated lines 1, 2, ...; an id already placed
    (the same word twice in a sentence) is not repeated."""
    from ..link.timeline import TimelineItem, order_events

    out: dict[str, list[Row]] = {}
    for entity in entities:
        items: list[TimelineItem] = []
        ids: dict[str, str] = {}
        for ev in events:
            if entity in ev.entities and ev.id not in ids.values():
                ids[ev.key] = ev.id
                items.append(TimelineItem(ev.key, _iso(ev.date), None, ev.id.split("-")[0],
                                          ev.start))
        rows: list[Row] = []
        n = 0
        for line in order_events(items, relations, undated=undated):
            value = task_date(line[0].date)
            n += value != UNKNOWN_DATE
            rows.append((n if value != UNKNOWN_DATE else 0, value,
                         tuple(ids[it.key] for it in line)))
        out[entity] = rows
    return out


def _read_entities(data: Path) -> list[str]:
    files = sorted(data.glob("list_target_entities*.txt"))
    if not files:
        raise InputError(str(data), "no list_target_entities*.txt",
                         "give the corpus_1 folder of SemEval-2015 Task 4")
    return [line.strip() for line in files[0].read_text(encoding="utf-8").splitlines()
            if line.strip()]


def system_timelines(docs: Sequence[TmlDoc], entities: Sequence[str],
                     undated: str = "drop") -> dict[str, list[Row]]:
    """Track A: every target entity's timeline over ``docs``, from their raw text only."""
    from ..annotate import annotate
    from ..model import Document

    adocs = list(annotate(Document(id=d.id, text=d.text, title=d.title, published=d.dct)
                          for d in docs))
    persons = {e.text for a in adocs for e in a.ents if e.label == "PERSON"}
    places = {e.text for a in adocs for e in a.ents if e.label in _PLACE_LABELS}
    aliases = {e: entity_aliases(e, e in persons, entities, places) for e in entities}
    from ..extract import extract

    exs = [extract(adoc) for adoc in adocs]
    names = actor_names([(ex.actors, find_entities(doc.text, aliases))
                         for doc, ex in zip(docs, exs)])
    # the nouns each model is called by in any of the reports ("the plane" of a report that
    # never says what the model is)
    kinds = model_kinds((adoc, _entity_tokens(adoc, target_spans(doc, adoc, ex.actors, aliases,
                                                                  names, anaphora=False)))
                        for doc, adoc, ex in zip(docs, adocs, exs))
    events: list[DocEvent] = []
    relations: list[tuple[str, str, str]] = []
    for doc, adoc, ex in zip(docs, adocs, exs):
        evs, rels = document_events(doc, adoc, aliases, ex, names, kinds)
        events += evs
        relations += rels
    timelines = build_timelines(events, relations, entities, undated=undated)
    return {e: rows for e, rows in timelines.items() if rows}


def evaluate(data: Path, limit: int | None = None, undated: str = "drop",
             part: str = "all") -> dict:
    """Build every target entity's timeline from the raw TimeML texts and score it.

    ``data``: a SemEval-2015 Task 4 corpus folder (``corpus_1``), or a folder of MEANTIME
    cross-document CAT files (``corpus_apple``: another corpus with other targets, gold
    derived by :mod:`sitroom.eval.timeline_meantime`; ``derived`` is then True). ``limit``: the first N
    documents by file name; the gold timelines are then cut to those documents' mentions.
    ``undated``: see :func:`build_timelines`. ``part``: "all", or "even" / "odd" for the
    alternate halves of the documents by file name (0th, 2nd, ... / 1st, 3rd, ...), the
    gold cut the same way.
    Returns f1, precision, recall (fractions), n_timelines (gold timelines scored), n_docs,
    n_target_entities, n_events (event mentions output), n (= n_timelines), and the system's
    ``timelines`` (entity -> rows).
    """
    data = Path(data)
    from .timeline_meantime import is_meantime
    if is_meantime(data):
        return _evaluate_derived(data, limit, undated, part)
    tml_dir, gold_dir = data / "corpus_trackA_TimeML", data / "TimeLines_Gold_Standard"
    if not tml_dir.is_dir() or not gold_dir.is_dir():
        raise InputError(str(data), "no corpus_trackA_TimeML/ or TimeLines_Gold_Standard/",
                         "give the corpus_1 folder of SemEval-2015 Task 4")
    entities = _read_entities(data)
    every = sorted(tml_dir.glob("*.tml"))
    if part in ("even", "odd"):
        paths = every[part == "odd"::2][:limit]
    elif part == "all":
        paths = every[:limit]
    else:
        raise InputError(part, "unknown part", "use all, even or odd")
    if not paths:
        raise InputError(str(tml_dir), "no .tml documents")
    docs = [read_tml(p) for p in paths]
    # documents left out by ``limit`` or ``part``; an id naming no document of the corpus (a
    # typo of the gold files) stays in, unmatchable, as it does in a full run
    kept = {p.name for p in paths}
    left_out = {p.name.split("_")[0] for p in every if p.name not in kept}
    gold: dict[str, list[Row]] = {}
    by_slug = {re.sub(r"\W+", "_", e.lower()): e for e in entities}
    for path in sorted(gold_dir.glob("*.txt")):
        entity, rows = read_timeline(path)
        entity = by_slug.get(path.stem.lower(), entity)  # the file name, not a misspelt title
        rows = [(o, v, tuple(i for i in ids if i.split("-")[0] not in left_out))
                for o, v, ids in rows]
        if any(r[2] for r in rows):
            gold[entity] = [r for r in rows if r[2]]
    system = system_timelines(docs, entities, undated=undated)
    result: dict = score(gold, system)
    result.update(part=part, n_timelines=len(gold), n_docs=len(docs), n_target_entities=len(entities),
                  n_events=sum(len(r[2]) for rows in system.values() for r in rows),
                  n=len(gold), timelines=system)
    return result


def _evaluate_derived(data: Path, limit: int | None, undated: str, part: str) -> dict:
    """:func:`evaluate` on a MEANTIME cross-document corpus folder, against the timelines
    :func:`sitroom.eval.timeline_meantime.read_corpus` derives from its annotation."""
    from .timeline_meantime import read_corpus

    every, entities, gold = read_corpus(data)
    docs = _part(every, part)[:limit]
    kept = {d.id for d in docs}
    cut = {e: [(o, v, tuple(i for i in ids if i.split("-")[0] in kept)) for o, v, ids in rows]
           for e, rows in gold.items()}
    gold = {e: [r for r in rows if r[2]] for e, rows in cut.items() if any(r[2] for r in rows)}
    system = system_timelines(docs, entities, undated=undated)
    result: dict = score(gold, system)
    result.update(part=part, derived=True, n_timelines=len(gold), n_docs=len(docs),
                  n_target_entities=len(entities),
                  n_events=sum(len(r[2]) for rows in system.values() for r in rows),
                  n=len(gold), timelines=system)
    return result


def _part(items: list, part: str) -> list:
    if part in ("even", "odd"):
        return items[part == "odd"::2]
    if part == "all":
        return items
    raise InputError(part, "unknown part", "use all, even or odd")


def format_text(result: dict) -> str:
    """A short human table of an :func:`evaluate` result."""
    lines = [f"SemEval-2015 Task 4 track A timelines: {result['n_timelines']} timelines, "
             f"{result['n_docs']} documents, {result['n_target_entities']} target entities",
             f"  precision {result['precision']:6.3f}",
             f"  recall    {result['recall']:6.3f}",
             f"  F1        {result['f1']:6.3f}"]
    return "\n".join(lines)

