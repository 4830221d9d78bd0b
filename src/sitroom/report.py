"""The situation report in Markdown (the terminal shows it rendered).

From the picture (docs/format.md): the stories; what happened in time order (crisis events with
actors first, events of one sentence on one line, commentary and unanchored events lower) with
every outlet that carries each; what is disputed, both sides with their sources; statements
overtaken by later news, latest first with their history; who reports what (a matrix of the main
events and claims by outlet); the actors, places, quotes, claims by certainty; each outlet's
framing; the reports; and a footer with the measured quality (``sitroom/data/quality.json``).
Long lists are capped with a pointer to ``sitroom export``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any
from collections.abc import Iterable

from .export import picture_dict
from .html_report import PART_NAMES, as_said, clean_sentence, counted, short  # noqa: F401
from .link.framing import (MIN_TERM_COUNT, MIN_WORDS, outlet_initials, profiled,
                           telling_omissions, telling_terms)
from .model import CERTAINTY_TITLE, CLAIMS_LISTING, DATED_BY_CLAUSE, DATED_BY_TEXT
from .picture_view import PictureView
from .report_text import languages_label, week_days
from .store import Store

CERTAINTY_ORDER = CLAIMS_LISTING  # the order claims are listed in (model.py)
ROLE_MARK = {"reports": "●", "corroborates": "✓", "contradicts": "✗", "discusses": "…"}
SILENT = "–"
MAX_ROWS = 25
MAX_KEY_EVENTS = 40
MAX_OTHER_EVENTS = 15
MAX_MATRIX_ROWS = 15
MATRIX_HEADER_ROOM = 48  # outlet names longer than this together become initials
MAX_DISPUTES = 15
MAX_FRAMING_TERMS = 8
MAX_FRAMING_TONE = 6
MAX_OMITTED_CLAIMS = 3
# a report of one of these kinds (its ``meta.kind``) is commentary rather than news
COMMENTARY = re.compile(r"\b(analysis|opinion|commentary|comment|editorial|column|op-ed|essay)\b",
                        re.I)
EXPORT_HINT = "`sitroom export --format json`"


# --------------------------------------------------------------------------- text helpers


def _md(text: str) -> str:
    """Escape Markdown control characters in report text."""
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return text


def _text(text: str | None, n: int = 220) -> str:
    """Report text: header-free, shortened and escaped."""
    return _md(short(text, n))


def readable_date(iso: str | None) -> str:
    """An ISO date kept sortable but readable: ``2023-06-24 evening`` for ``2023-06-24TEV``,
    ``2023-06-24 05:37`` for ``2023-06-24T05:37``, a week as its days (``19–25 Jun 2023``);
    ``undated`` for None."""
    if not iso:
        return "undated"
    week = week_days(iso)
    if week:
        return week
    day, sep, rest = iso.partition("T")
    if not sep:
        return iso
    part = PART_NAMES.get(rest)
    return f"{day} {part or rest[:5]}"


def _when(iso: str | None) -> str:
    """A publication time for a source line: date and minutes, no seconds or zone."""
    return (iso or "")[:16].replace("T", " ")


# --------------------------------------------------------------------------- picture view


class _View(PictureView):
    """The picture view (:class:`sitroom.picture_view.PictureView`) with Markdown escaping."""

    @classmethod
    def of(cls, picture: dict[str, Any]) -> _View:
        """The view of ``picture`` (a dict with the keys of docs/format.md)."""
        return cls(picture)

    def actor(self, aid: str | None, fallback: str | None = None) -> str:
        """The escaped name of an actor id, else the escaped ``fallback`` words, else ''."""
        if aid and aid in self.actors:
            return _md(self.actors[aid]["name"])
        return _md(fallback) if fallback else ""

    def carried_by(self, record: dict[str, Any]) -> str:
        """``[A, B; contradicted by C; discussed by D]``: every outlet carrying the record."""
        by_role: dict[str, list[str]] = defaultdict(list)
        for o, role in self.roles(record).items():
            by_role[role].append(_md(o))
        parts = [", ".join(by_role["reports"] + by_role["corroborates"])]
        parts += [f"{label} {', '.join(by_role[r])}" for r, label in
                  (("contradicts", "contradicted by"), ("discusses", "discussed by")) if by_role[r]]
        return "[" + "; ".join(p for p in parts if p) + "]"

    def said(self, rid: str, doc: str | None = None, n: int = 200) -> str:
        """What a record says, as reported by ``doc`` when given (its sentence there), else its
        summary or text; quotes as “…” with the speaker."""
        r = self.records.get(rid)
        if r is None:
            return _md(rid)
        if "speaker" in r:
            who = self.actor(r.get("speaker"), r.get("speaker_text")) or "unknown speaker"
            return f"{who}: {as_said(_text(r.get('text'), n), r.get('kind'))}"
        ev = [e for e in r.get("evidence") or () if doc and e.get("doc") == doc]
        if ev:
            return _text(ev[0].get("text"), n)
        return _text(r.get("summary") or r.get("text"), n)

    def stamp(self, doc: str | None) -> str:
        """``Outlet, 2026-03-14 10:20`` for a document."""
        when = _when(self.docs.get(doc or "", {}).get("published"))
        return _md(self.outlet(doc)) + (f", {when}" if when else "")


# --------------------------------------------------------------------------- sections


def _header(v: _View) -> list[str]:
    """Title, the reports and outlets, and the record counts."""
    p = v.picture
    outlets = sorted({v.outlet(d) for d in v.docs})
    published = sorted(d["published"] for d in v.docs.values() if d.get("published"))
    span = f"{_when(published[0])} to {_when(published[-1])}" if published else "undated"
    copies = sum(1 for d in v.docs.values() if d.get("copy_of"))
    return [
        "# Situation report",
        "",
        f"{counted(len(v.docs), 'report')} from {counted(len(outlets), 'outlet')} "
        f"({_md(', '.join(outlets))}), "
        f"published {span}" + (f"; {copies} near-duplicate cop{'ies' if copies > 1 else 'y'} "
                               "counted once" if copies else "")
        + ".",
        ", ".join(counted(len(p.get(k, [])), k[:-1]) for k in
                  ("events", "actors", "places", "quotes", "claims")) + ".",
    ]


def _summary(v: _View, latest: int = 6) -> list[str]:
    """The situation now, before the long sections: the latest developments, the main actors
    and places, and the claims by certainty."""
    from .html_report import latest_entries

    p = v.picture
    out = ["## Situation now", ""]
    recent, types = latest_entries(v, latest)
    if recent:
        out += ["Latest developments:", ""]
        for t in recent:
            e = v.events[t["event"]]
            out.append(f"- {readable_date(t.get('date'))}: "
                       f"**{', '.join(types[e.get('summary') or e['id']])}** "
                       f"{_text(e.get('summary'), 200)} {v.carried_by(e)}")
        out.append("")
    actors = sorted((a for a in p.get("actors", []) if not v.not_an_actor(a)),
                    key=lambda a: -int(a.get("mentions") or 0))[:8]
    if actors:
        out.append("Main actors: " + "; ".join(
            f"{_md(a['name'])} ({_md(a.get('kind') or '')}, "
            f"{counted(len(a.get('docs') or []), 'report')})" for a in actors) + ".")
    places = sorted(p.get("places", []), key=lambda x: -int(x.get("mentions") or 0))[:6]
    if places:
        out.append("Main places: " + ", ".join(
            f"{_md(x['name'])} ({x.get('mentions', 0)})" for x in places) + ".")
    claims = Counter(c.get("certainty") for c in p.get("claims", []))
    disputed = sum(bool(r.get("disputed")) for k in ("events", "claims") for r in p.get(k, []))
    if claims:
        out.append("Claims: " + ", ".join(f"{k} {claims[k]}" for k in CERTAINTY_ORDER
                                          if claims.get(k))
                   + (f"; {disputed} disputed (see Disputed)" if disputed else "") + ".")
    return out if len(out) > 2 else []


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
        span = " to ".join(dict.fromkeys(_when(x) for x in (s.get("first"), s.get("last")) if x))
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
        when = readable_date(t.get("date"))
        if t.get("date_source") and t["date_source"] not in DATED_BY_CLAUSE:
            when += f" ({t['date_source']})"
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


def _carriers(v: _View, r: dict[str, Any]) -> int:
    """How many outlets report, corroborate or contradict a record (not only discuss it)."""
    return sum(role != "discusses" for role in v.roles(r).values())


def _matrix_rows(v: _View) -> tuple[list[dict[str, Any]], int]:
    """The records for the sources matrix (crisis events and claims that two or more outlets
    report, corroborate or contradict, or that are disputed; disputed first, then those of
    most outlets) and how many there are."""
    recs = [e for e in v.picture.get("events", []) if not e.get("historical")]
    recs += v.picture.get("claims", [])
    several = [r for r in recs if _carriers(v, r) > 1 or r.get("disputed")]
    several.sort(key=lambda r: (not r.get("disputed"), -_carriers(v, r), -len(v.roles(r))))
    return several[:MAX_MATRIX_ROWS], len(several)


def _column_labels(outlets: list[str], room: int = MATRIX_HEADER_ROOM) -> list[str]:
    """Column headers for the outlets: their names when they fit in ``room`` characters
    together, else their initials (upper-case, numbered when two coincide)."""
    if sum(len(o) for o in outlets) <= room:
        return list(outlets)
    labels: list[str] = []
    for o in outlets:
        base = outlet_initials(o).upper() or o[:3]
        lab, i = base, 2
        while lab in labels:
            lab, i = f"{base}{i}", i + 1
        labels.append(lab)
    return labels


def _sources_matrix(v: _View) -> list[str]:
    """Main events and claims (rows) by outlet (columns): reports / corroborates / contradicts
    / discusses / silent."""
    out = ["## Sources", ""]
    rows, total = _matrix_rows(v)
    outlets = v.outlets()
    if not rows:
        return out + ["No event or claim is carried by more than one outlet."]
    legend = ", ".join(f"{m} {r}" for r, m in ROLE_MARK.items())
    labels = _column_labels(outlets)
    key = "; ".join(f"{_md(lab)} = {_md(o)}" for o, lab in zip(outlets, labels) if lab != o)
    out += [f"Who carries the main events and claims: {legend}, {SILENT} silent."
            + (f" Outlets: {key}." if key else ""), "",
            "| event or claim | " + " | ".join(_md(lab) for lab in labels) + " |",
            "|---|" + "---|" * len(outlets)]
    for r in rows:
        label = f"**{r['type']}** " if r.get("type") else "claim: "
        label += _text(r.get("summary") or r.get("text"), 90)
        if r.get("disputed"):
            label += " (disputed)"
        roles = v.roles(r)
        cells = [ROLE_MARK.get(roles[o], "●") if o in roles else SILENT for o in outlets]
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    more = _more(len(rows), total, f"the `outlets` of events and claims in {EXPORT_HINT}")
    return out + ([""] + more if more else [])


def _side(v: _View, link: dict[str, Any], doc: str | None) -> str:
    """The sentence ``doc`` said in a contradiction (from the link's evidence, else the
    contradicted record's), as “…”, or ''."""
    ev = [e for e in link.get("evidence") or () if e.get("doc") == doc]
    if not ev:
        ev = [e for e in v.records.get(link.get("to", ""), {}).get("evidence") or ()
              if e.get("doc") == doc]
    return f": “{_text(ev[0].get('text'), 240)}”" if ev else ""


def _disputed(v: _View) -> list[str]:
    """Each contradicted record with its first side (the report contradicted) and every
    contradicting report, with their sentences; then disputed records without such a link."""
    out = ["## Disputed", ""]
    by_target: dict[str, list[dict]] = defaultdict(list)
    for ln in v.picture.get("links", []):
        if ln.get("kind") == "contradicts":
            by_target[ln.get("to", "")].append(ln)
    quoted = {(e.get("doc"), e.get("start")) for lns in by_target.values() for ln in lns
              for e in ln.get("evidence") or ()}
    unlinked = [r for r in v.records.values() if r.get("disputed") and r["id"] not in by_target
                and not any((e.get("doc"), e.get("start")) in quoted for e in r.get("evidence") or ())]
    if not by_target and not unlinked:
        return out + ["No contradictions between reports were detected."]
    for rid, links in list(by_target.items())[:MAX_DISPUTES]:
        r = v.records.get(rid, {})
        label = f"**{r['type']}**: " if r.get("type") else ""
        against = links[0].get("against") or (r.get("docs") or [r.get("doc")])[0]
        first = _side(v, links[0], against)
        if label or not first:
            out += [f"- {label}{v.said(rid, n=200)}", f"  - {v.stamp(against)}{first}"]
        else:  # a claim: its own sentence is the first side
            out.append(f"- {v.stamp(against)}{first}")
        for ln in links:
            out.append(f"  - contradicted by {v.stamp(ln.get('from'))} "
                       f"({_md(ln.get('reason') or 'contradiction')}){_side(v, ln, ln.get('from'))}")
    out += _more(min(len(by_target), MAX_DISPUTES), len(by_target),
                 f"`contradicts` links in {EXPORT_HINT}")
    if unlinked:
        out += ["", "Also disputed:", ""]
        out += [f"- {v.said(r['id'], n=160)} {v.carried_by(r)}" for r in unlinked[:MAX_DISPUTES]]
    return out


def _latest(v: _View, rid: str) -> str:
    """The end of a ``superseded_by`` chain (cycles stop)."""
    seen = {rid}
    while (nxt := v.records.get(rid, {}).get("superseded_by")) and nxt not in seen:
        seen.add(nxt)
        rid = nxt
    return rid


def _overtaken(v: _View) -> list[str]:
    """Statements overtaken by later news: the latest state first, each earlier one on the
    line below (``was: … (outlet, time) — overtaken by …``), newest history first."""
    links = [ln for ln in v.picture.get("links", []) if ln.get("kind") == "supersedes"]
    if not links:
        return []
    by_latest: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for ln in links:
        latest = _latest(v, ln["from"])
        now_doc = ln.get("from_doc") if latest == ln["from"] else None
        by_latest[(latest, now_doc or "")].append(ln)
    out = ["## Overtaken statements", "",
           "Statements true when written and overtaken by later reports (latest first):", ""]
    for (latest, now_doc), lns in by_latest.items():
        doc = now_doc or (v.records.get(latest, {}).get("docs") or
                          [v.records.get(latest, {}).get("doc")])[0]
        out.append(f"- **now:** {v.said(latest, now_doc or None)} ({v.stamp(doc)})")
        for ln in sorted(lns, key=lambda x: v.docs.get(x.get("to_doc") or "", {}).get(
                "published") or "", reverse=True):
            reason = str(ln.get("reason") or "")
            why = f": {_md(reason)}" if reason and not reason.startswith("overtaken") else ""
            out.append(f"  - was: {v.said(ln['to'], ln.get('to_doc'))} ({v.stamp(ln.get('to_doc'))})"
                       f" — overtaken by {_md(v.outlet(ln.get('from_doc')))}{why}")
    return out


def _not_an_actor(v: _View, a: dict[str, Any]) -> bool:
    """See :meth:`PictureView.not_an_actor`."""
    return v.not_an_actor(a)


def _actors(v: _View) -> list[str]:
    """The actors table, most reported first; generic phrases, towns and the outlets
    themselves are left to the export."""
    shown = [a for a in v.picture.get("actors", []) if not _not_an_actor(v, a)]
    out = ["## Actors", "", "| actor | kind | also named | role | reports |",
           "|---|---|---|---|---|"]
    for a in shown[:MAX_ROWS]:
        out.append(f"| {_md(a['name'])} | {a['kind']} | {_md('; '.join(a.get('aliases', [])[:4]))}"
                   f" | {_md('; '.join(a.get('roles', [])[:2]))} | {len(a.get('docs', []))} |")
    total = len(v.picture.get("actors", []))
    if total > min(len(shown), MAX_ROWS):
        out += ["", f"{min(len(shown), MAX_ROWS)} of {total} actors shown "
                    "(`sitroom export --what actors`)."]
    return out


def _places(v: _View) -> list[str]:
    """The places table with coordinates."""
    out = ["## Places", "", "| place | country | lat, lon | mentions | reports |",
           "|---|---|---|---|---|"]
    if not v.picture.get("places"):
        return ["## Places", "", "No places were found."]
    for p in v.picture.get("places", [])[:MAX_ROWS]:
        coords = f"{p['lat']:.2f}, {p['lon']:.2f}" if p.get("lat") is not None else "unresolved"
        out.append(f"| {_md(p['name'])} | {p.get('country_code') or ''} | {coords} | "
                   f"{p['mentions']} | {len(p['docs'])} |")
    return out


def _doc_sources(v: _View, doc_ids: Iterable[str]) -> str:
    """``[A, B]``: the outlets of some documents."""
    return "[" + ", ".join(_md(o) for o in dict.fromkeys(v.outlet(d) for d in doc_ids)) + "]"


def _quotes(v: _View) -> list[str]:
    """Quotes with speaker, cue and medium."""
    out = ["## Quotes", ""]
    quotes = v.picture.get("quotes", [])
    if not quotes:
        return out + ["No quotes were found."]
    for q in quotes[:40]:
        who = v.actor(q.get("speaker"), q.get("speaker_text")) or "unknown speaker"
        how = ", ".join(x for x in (q.get("cue"), q.get("medium") and f"via {q['medium']}") if x)
        out.append(f"- **{who}**" + (f" ({_md(how)})" if how else "") +
                   f": {as_said(_text(q['text'], 300), q.get('kind'))} "
                   f"{_doc_sources(v, q.get('docs') or [q['doc']])}")
    return out + _more(min(len(quotes), 40), len(quotes), "`sitroom export --what quotes`")


def _claim_line(v: _View, c: dict[str, Any]) -> str:
    """One claim: its text, who it is attributed to, the cue, its sources."""
    s = c.get("source") or {"kind": "author"}
    who = v.actor(s.get("actor"), s.get("text")) if s.get("kind") != "author" else ""
    by = {"author": "the author", "anonymous": f"anonymous source{': ' + who if who else ''}",
          "named": who or "named source"}.get(s.get("kind") or "", _md(str(s.get("kind"))))
    cue = f", cue “{_md(c['cue'])}”" if c.get("cue") else ""
    flag = " **disputed**" if c.get("disputed") else ""
    return f"- {_text(c['text'])} — _{by}{cue}_ {v.carried_by(c)}{flag}"


def _claims(v: _View) -> list[str]:
    """Claims by certainty, most doubtful first; overtaken claims are under 'Overtaken'."""
    claims = v.picture.get("claims", [])
    current = [c for c in claims if not c.get("superseded_by")]
    out = ["## Claims by certainty", ""]
    counts = Counter(c["certainty"] for c in current)
    out.append(", ".join(f"{k}: {counts.get(k, 0)}" for k in CERTAINTY_ORDER) + "."
               + (f" {len(claims) - len(current)} overtaken (see above)."
                  if len(current) < len(claims) else ""))
    by_cert: dict[str, list] = defaultdict(list)
    for c in current:
        by_cert[c["certainty"]].append(c)
    for cert in CERTAINTY_ORDER:
        items = by_cert.get(cert, [])
        if not items:
            continue
        limit = 8 if cert == "asserted" else 20
        out += ["", f"### {CERTAINTY_TITLE[cert]} ({len(items)})", ""]
        out += [_claim_line(v, c) for c in items[:limit]]
        out += _more(min(len(items), limit), len(items), "`sitroom export --what claims`")
    return out


def _framing_block(v: _View, f: dict[str, Any], single: bool) -> list[str]:
    """One outlet's framing: distinguishing terms, tone per main actor, what it leaves out."""
    n = len(f.get("docs") or [])
    out = ["", f"### {_md(f.get('outlet') or '')} ({n} report{'s' * (n != 1)})", ""]
    terms = telling_terms(f)
    if single:
        out.append("- Words that set it apart: none (a single outlet, nothing to contrast with).")
    elif terms:
        out.append("- Words that set it apart: " + ", ".join(
            f"{_md(t['term'])} (z {float(t['z']):.1f}, {t['count']}×)"
            for t in terms[:MAX_FRAMING_TERMS]) + ".")
    else:
        used = f", used {MIN_TERM_COUNT}× or more" if isinstance(f.get("words"), int) else ""
        out.append(f"- Words that set it apart: none significant (z > 1.96{used}).")
    leaning = telling_terms(f, "leaning")
    if leaning and not single:
        out.append("- Its wording leans to (not significant at 5%): " + ", ".join(
            f"{_md(t['term'])} ({t['count']}×)" for t in leaning[:MAX_FRAMING_TERMS]) + ".")
    tone = sorted(f.get("tone") or [], key=lambda t: -int(t.get("n") or 0))
    toned = [t for t in tone if float(t.get("tone") or 0)
             and not _not_an_actor(v, v.actors.get(t.get("actor"), t))][:MAX_FRAMING_TONE]
    neutral = [v.actor(t.get("actor"), t.get("name")) for t in tone
               if not float(t.get("tone") or 0)
               and not _not_an_actor(v, v.actors.get(t.get("actor"), t))][:MAX_FRAMING_TONE]
    if toned or neutral:
        out.append("- Tone: " + "; ".join(
            [f"{v.actor(t.get('actor'), t.get('name'))} {float(t['tone']):+.2f} "
             f"({t['n']} sentence{'s' * (t['n'] != 1)})" for t in toned]
            + ([f"neutral: {', '.join(neutral)}"] if neutral else [])) + ".")
    omits = f.get("omits") or {}
    left = [v.actor(a, a) for a in omits.get("actors") or []
            if not _not_an_actor(v, v.actors.get(a, {"name": a}))]
    claims = telling_omissions(f, v.records, len(v.picture.get("framing") or []))
    if left:
        out.append(f"- Never names: {', '.join(left)}.")
    if claims:
        shown = "; ".join(f"“{v.said(c, n=100).strip('“”')}”"
                          for c in claims[:MAX_OMITTED_CLAIMS])
        extra = len(claims) - MAX_OMITTED_CLAIMS
        more = f" (and {extra} more)" if extra > 0 else ""
        out.append(f"- Leaves out {len(claims)} claim{'s' * (len(claims) != 1)} other outlets "
                   f"carry: {shown}{more}.")
    return out


def _framing(v: _View) -> list[str]:
    """How each outlet's coverage differs (terms, tone, omissions), one block per outlet."""
    framing = v.picture.get("framing") or []
    if not framing:
        return []
    out = ["## Framing", "",
           "How each outlet's coverage differs from the others': words by log-odds ratio with "
           "an informative Dirichlet prior (z > 1.96); tone from -1 to +1 by evaluative words "
           "in the sentences naming each main actor. Only terms used "
           f"{MIN_TERM_COUNT}× or more, outlets of {MIN_WORDS:,} content words or more, and "
           "claims left out that at least half of the other outlets carry."]
    rest = [f for f in framing if not profiled(f)]
    for f in framing:
        if profiled(f):
            out += _framing_block(v, f, len(framing) == 1)
    if rest:
        names = ", ".join(f"{_md(f.get('outlet') or '')} ({len(f.get('docs') or [])})" for f in rest)
        out += ["", f"### {len(rest)} more outlet{'s' * (len(rest) != 1)}", "",
                f"Too little text each (under {MIN_WORDS:,} content words) to tell their framing "
                f"from count noise; reports each: {names}."]
    return out


def _reports(v: _View) -> list[str]:
    """The reports table."""
    out = ["## Reports", "", "| id | outlet | published | title | kind | language |",
           "|---|---|---|---|---|---|"]
    for d in v.picture.get("documents", []):
        title = d.get("title") or "(untitled)"
        if d.get("copy_of"):
            title += f" (copy of {d['copy_of']})"
        out.append(f"| {d['id']} | {_md(d.get('outlet') or '')} | {d.get('published') or ''} | "
                   f"{_md(short(title, 80))} | {d.get('kind', '')} | "
                   f"{_md(languages_label(d))} |")
    failed = [d for d in v.picture.get("documents", []) if d.get("state") == "failed"]
    if failed:
        out += ["", f"### Not analysed ({len(failed)})", "",
                "Their analysis failed; the picture above is built without them. "
                "`sitroom status` lists them, `sitroom analyze --retry-failed` tries again.", ""]
        out += [f"- {_md(d.get('source') or d['id'])}: {_md(short(d.get('error') or '', 160))}"
                for d in failed]
    return out


def _figures(name: str, figs: dict[str, Any]) -> str:
    """``name key 0.85, key 0.80``: a benchmark's headline figures (those named in the eval
    suite, else its first two numbers)."""
    from .benchmarks import BENCHES

    keys = next((b.headline for b in BENCHES if b.name == name), ())
    nums = [(k, x) for k, x in figs.items() if isinstance(x, (int, float)) and not isinstance(x, bool)]
    chosen = [(k, figs[k]) for k in keys if isinstance(figs.get(k), (int, float))][:2] or nums[:2]
    return f"{_md(name)} " + ", ".join(f"{_md(k)} {x:.2f}" for k, x in chosen) if chosen else ""


def quality_footer(quality: dict[str, Any] | None) -> list[str]:
    """The footer lines with the measured quality figures of ``quality`` (the quality.json
    record), or none when there is no record."""
    if not quality or not isinstance(quality.get("figures"), dict):
        return []
    parts = [p for name, figs in quality["figures"].items()
             if isinstance(figs, dict) and (p := _figures(name, figs))]
    if not parts:
        return []
    commit = f" (commit {_md(str(quality['commit'])[:10])})" if quality.get("commit") else ""
    return ["---", "", f"_Quality on public gold data, measured on "
            f"{_md(str(quality.get('measured_on') or 'an unknown date'))}{commit}: "
            + "; ".join(parts) + "._"]


def build(picture: dict[str, Any], quality: dict[str, Any] | None = None) -> str:
    """The Markdown situation report of ``picture`` (the dict of docs/format.md). ``quality``:
    the quality.json record for the footer; None reads ``sitroom/data/quality.json`` (no footer
    when it is missing); pass ``{}`` for no footer."""
    if quality is None:
        from .html_sources import load_quality

        quality = load_quality() or {}
    v = _View.of(picture)
    sections = [_header(v), _summary(v), _stories(v), _what_happened(v), _disputed(v), _overtaken(v),
                _sources_matrix(v), _actors(v), _places(v), _quotes(v), _claims(v), _framing(v),
                _reports(v), quality_footer(quality)]
    return "\n\n".join("\n".join(s) for s in sections if s) + "\n"


def markdown(store: Store) -> str:
    """The Markdown report of the picture stored in ``store``."""
    return build(picture_dict(store))


def print_terminal(store: Store, console=None) -> None:
    """Print the report rendered for the terminal (rich)."""
    from rich.console import Console
    from rich.markdown import Markdown

    console = console or Console()
    console.print(Markdown(markdown(store)))
