"""Timelines of another corpus: SemEval-2015 Task 4 style gold derived from MEANTIME.

The timeline task's own gold covers one corpus here (``corpus_1``, airbus, 13 targets); the
held-out half is other corpora with other target entities, where the dev figure fell to a
third. MEANTIME's cross-document annotation (``intra_cross-doc_annotation/corpus_*``) holds what
the task's gold was made from: entity instances (a DBpedia ``external_ref`` across documents),
their mentions (``REFERS_TO``), the events they take part in (``HAS_PARTICIPANT`` with a
PropBank role) and each event's TLINKs to time expressions and the creation time. From them:

- targets: the instances with a DBpedia reference, of type ORG, PER or PRO, that take part as
  Arg0 or Arg1 in events of at least ``min_docs`` documents; the name is the reference's title
  (``Steve_Jobs`` -> "Steve Jobs"), its first letter cased as the text writes it ("iPod");
- an entity's timeline: every event mention where one of its mentions is Arg0, Arg1 or Arg2
  (leaving out the uncertain or negated ones, or taking only Arg0 and Arg1, agrees less with
  the task's gold below);
- its date: the value of the time expression (or creation time) the event is inside or
  simultaneous with (a TLINK, as :mod:`sitroom.eval.anchoring` reads them), a text time
  winning over the creation time; else the creation time's day for an event not in the future
  (``time`` NON_FUTURE: the task's gold dates them so, and MEANTIME keeps few of those links);
  ``XXXX-XX-XX`` for the future ones;
- lines: one per date, in date order (undated events on line 0), as the gold files write them.

``derive_gold(corpus_airbus)`` against ``corpus_1``'s own gold (the same 30 articles) says how
close this derivation is to the task's: F1 0.23 (P 0.35, R 0.17; MEANTIME lacks many of the
participant links the task's gold was made from), so a figure on derived gold compares only
with a figure on derived gold. On ``corpus_apple`` it gives the timelines of a corpus no rule
was written from, scored the same way as ``corpus_airbus``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote

from ..errors import InputError
from .cat import cat_root, cat_tokens, events_in_times, link_ends
from .timeline import TmlDoc, build_doc, task_date
from .timeline_scoring import UNKNOWN_DATE, Row

_ROLES = {"Arg0", "Arg1", "Arg2"}
_TYPES = {"ORG", "PER", "PRO"}


def is_meantime(data: Path) -> bool:
    """A folder of MEANTIME CAT files (``*.xml``) rather than a task corpus folder."""
    data = Path(data)
    return data.is_dir() and not (data / "corpus_trackA_TimeML").is_dir() \
        and any(data.glob("*.xml"))


def _name(ref: str) -> str:
    title = unquote(ref.strip().rsplit("/", 1)[-1]).replace("_", " ")
    return re.sub(r"\s*\(.*\)$", "", title)


def _span(el: ET.Element, ids: dict[str | None, int]) -> list[int]:
    return sorted(ids[a.get("t_id")] for a in el.iter("token_anchor") if a.get("t_id") in ids)


def _event_dates(root: ET.Element, events: set[str]) -> dict[str, tuple[str, bool]]:
    """event m_id -> (task date, a text time) of the time it is inside or simultaneous with."""
    timex = {t.get("m_id", ""): (t.get("value", ""), t.get("functionInDocument"))
             for t in root.iter("TIMEX3")}
    dates: dict[str, tuple[str, bool]] = {}
    for ev, t in events_in_times(root, events, timex):
        tx = timex[t]
        text_time = tx[1] != "CREATION_TIME"
        if task_date(tx[0]) != UNKNOWN_DATE and (ev not in dates
                                                 or (text_time and not dates[ev][1])):
            dates[ev] = (task_date(tx[0]), text_time)
    return dates


def _read_file(path: Path, kinds: dict[str, str]
               ) -> tuple[TmlDoc, dict[str, dict[str, str]], dict[str, list[str]]]:
    """One CAT file: the document, entity ref -> event id -> date, entity ref -> mention texts."""
    root = cat_root(path)
    docid = root.get("doc_id") or path.name.split("_")[0]
    toks, sents, ids = cat_tokens(root, strip=True)
    by_sent: dict[int, list[str]] = defaultdict(list)
    for w, n in zip(toks, sents):
        by_sent[n].append(w)
    dct = next((t.get("value", "") for t in root.iter("TIMEX3")
                if t.get("functionInDocument") == "CREATION_TIME"), "")
    doc = build_doc(docid, dct, " ".join(by_sent.get(0, [])), sorted(by_sent.items()))
    mentions = {m.get("m_id", ""): _span(m, ids) for m in root.iter("ENTITY_MENTION")}
    refs: dict[str, str] = {}
    for ent in root.iter("ENTITY"):
        ref = ent.get("external_ref", "").strip()
        if "dbpedia.org" in ref and ent.get("ent_type") in _TYPES:
            refs[ent.get("m_id", "")] = ref
            kinds[ref] = ent.get("ent_type", "")
    mention_ref: dict[str, str] = {}
    surface: dict[str, list[str]] = defaultdict(list)
    for link in root.iter("REFERS_TO"):
        tgt = link.find("target")
        owner = refs.get(tgt.get("m_id", ""), "") if tgt is not None else ""
        for src in link.iter("source") if owner else ():
            mention_ref[src.get("m_id", "")] = owner
            if mentions.get(src.get("m_id", "")):
                surface[owner].append(" ".join(toks[i] for i in mentions[src.get("m_id", "")]))
    ev_tok: dict[str, list[int]] = {}
    now: set[str] = set()
    for m in root.iter("EVENT_MENTION"):
        if _span(m, ids):
            ev_tok[m.get("m_id", "")] = _span(m, ids)
            if m.get("time") != "FUTURE":
                now.add(m.get("m_id", ""))
    dates = _event_dates(root, set(ev_tok))
    events: dict[str, dict[str, str]] = defaultdict(dict)
    for link in root.iter("HAS_PARTICIPANT"):
        ends = link_ends(link)
        if ends is None or link.get("sem_role") not in _ROLES:
            continue
        ev, who = ends[0], mention_ref.get(ends[1], "")
        if ev in ev_tok and who:
            first = ev_tok[ev]
            sid = sents[first[0]]
            eid = f"{docid}-{sid}-" + "_".join(toks[i] for i in first if sents[i] == sid)
            fallback = task_date(dct) if ev in now else UNKNOWN_DATE
            events[who][eid] = dates.get(ev, (fallback, False))[0]
    return doc, events, surface


def read_corpus(data: Path, min_docs: int = 2
                ) -> tuple[list[TmlDoc], list[str], dict[str, list[Row]]]:
    """The documents, the target entities and their derived gold timelines (module docstring)."""
    paths = sorted(Path(data).glob("*.xml"))
    if not paths:
        raise InputError(str(data), "no MEANTIME .xml files",
                         "give a folder such as factuality-meantime/intra_cross-doc_annotation/"
                         "corpus_apple")
    docs: list[TmlDoc] = []
    events: dict[str, dict[str, str]] = defaultdict(dict)  # entity ref -> event id -> date
    seen_in: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    surface: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        doc, evs, forms = _read_file(path, kinds)
        docs.append(doc)
        for ref, by_id in evs.items():
            events[ref].update(by_id)
            seen_in[ref].add(doc.id)
        for ref, texts in forms.items():
            surface[ref] += texts
    gold: dict[str, list[Row]] = {}
    for ref, by_event in sorted(events.items()):
        if len(seen_in[ref]) < min_docs:
            continue
        name = _name(ref)
        cased = [t for t in surface[ref] if t.lower() == name.lower()]
        if cased:
            name = max(sorted(set(cased)), key=cased.count)  # a tie: the first by code point
        by_date: dict[str, list[str]] = defaultdict(list)
        for eid, value in sorted(by_event.items()):
            by_date[value].append(eid)
        rows: list[Row] = []
        if UNKNOWN_DATE in by_date:
            rows.append((0, UNKNOWN_DATE, tuple(by_date.pop(UNKNOWN_DATE))))
        rows += [(n, v, tuple(by_date[v])) for n, v in enumerate(sorted(by_date), start=1)]
        gold[name] = rows
    return docs, list(gold), gold
