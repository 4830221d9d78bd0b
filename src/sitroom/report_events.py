"""The situation report's stories and what happened: events in time order, crisis events with
actors first, events of one sentence on one line, commentary and unanchored events lower."""

from __future__ import annotations

import re
from typing import Any

from .model import DATED_BY_CLAUSE, DATED_BY_TEXT
from .report_text import date_source_words, span_words
from .report_view import (COMMENTARY, MAX_KEY_EVENTS, MAX_OTHER_EVENTS, _View, _md, _text, _when,
                          readable_date)


def _stories(v: _View) -> list[str]:
    """The stories when there is more than one: title, reports, outlets, span."""
    stories = v.picture.get("stories") or []
    if len(stories) < 2:
        return []
    out = ["## Stories", "", f"The reports tell of {len(stories)} separate developments (the "
           "events of the 2nd and later ones are marked with their number below):", ""]
    for i, s in enumerate(stories, 1):
        docs = s.get("docs") or []
        title = s.get("title") or f"(untitled report of {v.outlet(docs[0] if docs else None)})"
        ends = [_when(x) for x in (s.get("first"), s.get("last")) if x]
        span = span_words(ends[0], ends[-1]) if ends else ""
        out.append(f"{i}. **{_text(title, 120)}** — {len(docs)} report{'s' * (len(docs) != 1)} "
                   f"from {_md(', '.join(s.get('outlets') or []))}" + (f", {span}" if span else ""))
    return out


def _event_phrase(v: _View, e: dict[str, Any]) -> str:
    """``**TYPE** (mode) by A on B in P _[certainty]_``: one event's type and arguments."""
    who = v.actor(e.get("actor"), e.get("actor_text"))
    whom = v.actor(e.get("recipient"), e.get("recipient_text"))
    where = _md(v.places[e["place"]]["name"]) if e.get("place") in v.places else ""
    head = f"**{e['type']}**" + (f" ({e['mode']})" if e.get("mode") else "")
    if where and whom and re.search(rf"\b(?:in|at|near) {re.escape(where)}$", whom):
        where = ""  # "on national security council in Sofia", not again "in Sofia"
    parts = [p for p in (who and f"by {who}", whom and f"on {whom}", where and f"in {where}") if p]
    hedge = "" if e.get("certainty", "asserted") == "asserted" else f" _[{e['certainty']}]_"
    neg = " _[negated]_" if e.get("polarity") == "negative" else ""
    return " ".join([head, *parts]) + hedge + neg


def _sentence_key(e: dict[str, Any]) -> tuple:
    """The sentence an event was told in (its first evidence), to put one sentence on one line."""
    ev = (e.get("evidence") or [{}])[0]
    return (ev.get("doc"), ev.get("start"), e.get("summary"))


def _is_key(v: _View, e: dict[str, Any]) -> bool:
    """A crisis event worth the first list: an actor, not speculation, and either anchored in
    time by the text or a live-blog entry, or carried by several outlets, or from a news (not
    commentary) report."""
    if not (e.get("actor") or e.get("actor_text")) or e.get("certainty") == "speculated":
        return False
    if e.get("date_source") in DATED_BY_TEXT or len(v.roles(e)) > 1:
        return True
    kinds = [str((v.docs.get(d, {}).get("meta") or {}).get("kind") or "") for d in e.get("docs", [])]
    return not all(COMMENTARY.search(k) for k in kinds)


def _event_lines(v: _View, timeline: list[dict[str, Any]], limit: int) -> list[str]:
    """One line per sentence (its events' phrases joined), in timeline order, at most
    ``limit`` lines."""
    events = {e["id"]: e for e in v.picture.get("events", [])}
    groups: dict[tuple, list[tuple[dict, dict]]] = {}
    for t in timeline:
        e = events.get(t["event"])
        if e is not None:
            groups.setdefault(_sentence_key(e), []).append((t, e))
    lines = []
    for items in list(groups.values())[:limit]:
        t, e = items[0]
        when = readable_date(t.get("date")) if t.get("date") else _undated(v, t)
        source = date_source_words(t.get("date_source"))
        if t.get("date") and source and t["date_source"] not in DATED_BY_CLAUSE:
            when += f" ({source})"
        phrases = "; ".join(_event_phrase(v, x) for _, x in items)
        flags = " **disputed**" if any(x.get("disputed") for _, x in items) else ""
        flags += " _(overtaken, see below)_" if any(x.get("superseded_by") for _, x in items) else ""
        story = v.story_number(e.get("story"))
        flags += f" _(story {story})_" if story > 1 else ""
        roles: dict[str, str] = {}
        for _, x in reversed(items):  # the first event's role wins
            roles.update(v.roles(x))
        lines.append(f"- {when}: {phrases} — {_text(e.get('summary'))} "
                     f"{v.carried_by({'outlets': roles})}{flags}")
    return lines


def _undated(v: _View, t: dict[str, Any]) -> str:
    """``undated, reported 2016-09-08``: an undated event is listed at its first report's
    publication (the picture's timeline order); the day says why it stands among those dates."""
    days = sorted(p[:10] for d in t.get("docs") or () if (p := v.docs.get(d, {}).get("published")))
    return f"undated, reported {days[0]}" if days else "undated"


def _group_count(v: _View, timeline: list[dict[str, Any]]) -> int:
    events = {e["id"]: e for e in v.picture.get("events", [])}
    return len({_sentence_key(events[t["event"]]) for t in timeline if t["event"] in events})


def _more(shown: int, total: int, what: str) -> list[str]:
    """A pointer to the export when a list was capped."""
    return [f"- … and {total - shown} more ({what})"] if total > shown else []


def _what_happened(v: _View) -> list[str]:
    """Crisis events with actors (time order, one line per sentence), then the others, then
    history and outlook."""
    events = {e["id"]: e for e in v.picture.get("events", [])}
    timeline = [t for t in v.picture.get("timeline", []) if t["event"] in events]
    current = [t for t in timeline if not t.get("historical")]
    key = [t for t in current if _is_key(v, events[t["event"]])]
    other = [t for t in current if not _is_key(v, events[t["event"]])]
    background = [t for t in timeline if t.get("historical")]
    out = ["## What happened", ""]
    if not current:
        out.append("No events were found.")
    hint = "`sitroom export --what timeline`"
    for title, items, limit in (
            (None, key, MAX_KEY_EVENTS),
            ("### Also reported (no named actor, speculation, or commentary without a date)",
             other, MAX_OTHER_EVENTS),
            ("### Background and outlook (outside the crisis's own time span)", background,
             MAX_OTHER_EVENTS)):
        if not items:
            continue
        if title:
            out += ["", title, ""]
        shown = _event_lines(v, items, limit)
        out += shown + _more(len(shown), _group_count(v, items), hint)
    return out
