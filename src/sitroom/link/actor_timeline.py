"""Per-actor timelines across reports: every happening the reports tell about an actor
(:mod:`sitroom.extract.happenings`), dated by the narrative-time code, on lines in time order.

The picture's timeline holds the PLOVER-coded events; an actor's timeline holds everything
the reports tell the actor did or underwent. :func:`actor_timelines` reads the stored
extractions only: an actor is known across reports by the name key of the mention a
happening names, after its pronoun or role noun is resolved (``coref_of``) to the named
mention; lines come from :func:`sitroom.link.timeline.order_events` (same date, same line;
undated happenings dropped, placed first or last). :func:`participants` tells who did a
happening and who underwent it (agent, patient, recipient, partner, source): the roles the
extract stage read from the dependency parse (``Happening.roles``), else, for extractions
stored without them, read from the report's text around the trigger and its arguments (the
words in ``data/happening_roles.json``).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from ..model import Extraction, Happening
from .actors import name_key
from .timeline import TimelineItem, order_events


def happening_key(h: Happening) -> str:
    """The key of a happening in timeline relations: ``doc@start`` (as ``event_key``)."""
    return f"{h.doc}@{h.start}"


def named_actor(ex: Extraction, k: int) -> int:
    """The actor mention ``k`` stands for: its ``coref_of`` chain followed to its end."""
    seen = {k}
    while ex.actors[k].coref_of is not None and ex.actors[k].coref_of not in seen:
        k = ex.actors[k].coref_of  # type: ignore[assignment]
        seen.add(k)
    return k


def order_happenings(happenings: Sequence[Happening],
                     relations: Iterable[tuple[str, str, str]] = (),
                     undated: str = "drop") -> list[list[Happening]]:
    """Lines of simultaneous happenings in time order (:func:`order_events`); a happening
    keyed twice keeps its first occurrence."""
    by_key: dict[str, Happening] = {}
    items = []
    for h in happenings:
        key = happening_key(h)
        if key in by_key:
            continue
        by_key[key] = h
        items.append(TimelineItem(key, h.date, h.date_precision, h.doc, h.start))
    return [[by_key[it.key] for it in line]
            for line in order_events(items, relations, undated=undated)]


def actor_timelines(extractions: Iterable[Extraction], undated: str = "drop"
                    ) -> dict[str, list[list[Happening]]]:
    """Each actor's timeline over the reports: name key of the actor -> lines of happenings.

    An actor is named by the mention its happening's argument resolves to; an actor with no
    name of its own (an unresolved "he") is left out. Pure.
    """
    per_actor: dict[str, list[Happening]] = defaultdict(list)
    for ex in extractions:
        for h in ex.happenings:
            names = {name_key(ex.actors[named_actor(ex, k)].name) for k in h.actors}
            for name in names - {""}:
                per_actor[name].append(h)
    return {name: lines for name, hs in sorted(per_actor.items())
            if (lines := order_happenings(hs, undated=undated))}


# --------------------------------------------------------------------------- roles

ROLES = ("agent", "patient", "recipient", "partner", "source", "participant")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d[\w-]*|[^\w\s]")
_STOPS = {";", ":", "(", ")", "—", "–", '"', "“", "”"}  # sentences end by Extraction.sentences


@lru_cache(maxsize=1)
def _role_rules() -> dict:
    text = resources.files("sitroom.data").joinpath("happening_roles.json").read_text(
        encoding="utf-8")
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in json.loads(text).items()}


class Participant(NamedTuple):
    """One argument of a happening: its head word's span, the name it stands for (a pronoun
    or role noun followed to its named mention), its role, and the named actor mention (an
    index into ``Extraction.actors``) or None for a participant that is no actor mention."""

    start: int
    end: int
    name: str
    role: str
    mention: int | None


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _passive_aux(text: str, at: int) -> bool:
    """The word before ``at`` (adverbs skipped) is an auxiliary of the passive: "was (not)
    arrested", "has been detained"."""
    r = _role_rules()
    for w in reversed(_words(text[max(0, at - 80):at])):
        if w in r["adverbs_skipped"]:
            continue
        return w in r["passive_auxiliaries"]
    return False


def _after_role(gap: str) -> str:
    """The role of an argument after the trigger from the words between them: the last
    role preposition ("shot down by", "gave aid to"), else the object (patient)."""
    r = _role_rules()
    ws = _words(gap)
    if any(w in _STOPS or w == "," for w in ws) or len(ws) > r["max_gap_words"]:
        return "participant"  # "In defending his record, Trump offered": another clause
    for w in reversed(ws):
        if w in r["preposition_roles"]:
            return str(r["preposition_roles"][w])
    return "patient"


def _name_gap(gap: str) -> bool:
    """Only the words of a name (capitalised) or a determiner lie in ``gap``."""
    kept = _role_rules()["determiners_kept"]
    return all(w[:1].isupper() or w.lower() in kept for w in gap.split())


def _phrase(text: str, s: int, e: int) -> str:
    """A participant that is no actor mention, named by its head word with the capitalised
    words before it ("Air Force") and a kept determiner ("the envoy")."""
    r = _role_rules()
    words = list(re.finditer(r"\S+", text[max(0, s - 120):s]))
    start = s
    for m in reversed(words):
        w = m.group().strip(",;:")
        if w != m.group():
            break
        if w[:1].isupper() or w[:1].isdigit():
            start = max(0, s - 120) + m.start()
            continue
        if w.lower() in r["determiners_kept"]:
            start = max(0, s - 120) + m.start()
        break
    return " ".join(text[start:e].split())


def _mention_at(ex: Extraction, s: int, e: int) -> int | None:
    """The most specific actor mention covering the span ``s``..``e``."""
    best = None
    for k, m in enumerate(ex.actors):
        if m.start <= s < m.end or (s <= m.start < e):
            if best is None or m.end - m.start <= ex.actors[best].end - ex.actors[best].start:
                best = k
    return best


def participants(ex: Extraction, h: Happening, text: str) -> list[Participant]:
    """The participants of happening ``h`` of extraction ``ex`` with their roles: the roles the
    extract stage gave its arguments from the dependency parse (``Happening.roles``), else,
    for a happening stored by an older version without them, read from ``text`` (the
    report's text; "" gives every role as ``participant``):

    - an argument after the trigger is the agent after "by" ("shot down by the rebels"), the
      recipient after "to"/"for", the partner after "with", the source after "from", else the
      object (patient), but the agent right after a verb that follows a closing quote or a
      dash ('"...," said the minister'); one with a comma, a quote, a dash or many words
      between is a ``participant`` ("In defending his record, Trump offered");
    - an argument before the trigger is its subject: the agent, or the patient when the verb
      is passive (an auxiliary before it, "was arrested", or an agent after "by", "the aircraft
      shot down by ..."; not "get rid"); a relative clause's object ("X, whom Y met") is the
      patient; one with a dash or a bracket between (a dateline) is a ``participant``, and
      so is one with another actor named between it and a "to" before the verb ("X called
      on Y to apologize": the act is Y's);
    - an argument outside the trigger's sentence (``Extraction.sentences``) is a
      ``participant``.

    A happening without argument spans (``args``) has its actor mentions as arguments. Pure.
    """
    if h.roles and len(h.roles) == len(h.args):
        return [_participant(ex, text, s, e, role) for (s, e), role in zip(h.args, h.roles)]
    spans = list(h.args) or [(ex.actors[k].start, ex.actors[k].end)
                             for k in h.actors if 0 <= k < len(ex.actors)]
    lo, hi = (ex.sentences[h.sent] if 0 <= h.sent < len(ex.sentences)
              else (0, len(text)))
    spans_in = {(s, e) for s, e in spans if lo <= s and e <= hi}
    r = _role_rules()
    first = (text[h.start:h.end].split() or [""])[0].lower()
    ing = first.endswith("ing")
    after = {(s, e): (_after_role(text[h.end:s]) if text else "participant")
             for s, e in spans if s >= h.end}
    if ing:
        after = {k: ("participant" if v == "agent" else v) for k, v in after.items()}
    passive = bool(text) and h.kind == "verb" and not ing and first not in r["never_passive"] and (
        _passive_aux(text, h.start) or "agent" in after.values())
    if text[max(0, h.start - r["inversion_window"]):h.start].rstrip()[-1:] in r["inversion_marks"]:
        # '"...," said the minister', '« ... », — заявила ...': the speaker follows the verb
        after = {k: ("agent" if v == "patient" and _name_gap(text[h.end:k[0]]) else v)
                 for k, v in after.items()}
    out = []
    for s, e in spans:
        if (s, e) not in spans_in:
            role = "participant"  # in another sentence than the trigger
        elif (s, e) in after:
            role = after[(s, e)]
        elif not text or e > h.start or _STOPS & set(between := _words(text[e:h.start])):
            role = "participant"  # "CITY, Country (Agency) — Soldiers seized": a dateline
        elif between[-1:] == ["to"] and any(
                e <= m.start and m.end <= h.start for m in ex.actors):
            role = "participant"  # "X called on Y to apologize": Y's act, not X's
        else:
            others = any(e <= s2 and e2 <= h.start for s2, e2 in spans if (s2, e2) != (s, e))
            relative_object = "whom" in between or (
                others and any(w in r["relative_object_words"] for w in between))
            role = "patient" if passive or relative_object else "agent"
        out.append(_participant(ex, text, s, e, role))
    return out


def _participant(ex: Extraction, text: str, s: int, e: int, role: str) -> Participant:
    """The participant whose head word spans ``s``..``e``, named by its actor mention (a
    pronoun followed to its named mention) or by its words in ``text``."""
    k = _mention_at(ex, s, e)
    named = named_actor(ex, k) if k is not None else None
    name = ex.actors[named].name if named is not None else (
        _phrase(text, s, e) if text else "")
    return Participant(s, e, name, role if role in ROLES else "participant", named)
