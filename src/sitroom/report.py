"""The situation report: what happened in time order with sources, the actors, places, quotes,
claims by certainty and what is disputed. Markdown is the source; the terminal shows it rendered.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from .export import picture_dict
from .store import Store

CERTAINTY_ORDER = ("denied", "unconfirmed", "speculated", "reported", "asserted")
CERTAINTY_TITLE = {
    "asserted": "Asserted by the author",
    "reported": "Reported (attributed to others)",
    "unconfirmed": "Unconfirmed",
    "speculated": "Speculated",
    "denied": "Denied",
}
MAX_ROWS = 25


def _short(text: str, n: int = 220) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


def _md(text: str) -> str:
    """Escape Markdown control characters in report text."""
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return text


def _date(value: str | None, precision: str | None) -> str:
    if not value:
        return "undated"
    return value if not precision else value


def build(picture: dict[str, Any]) -> str:
    docs = {d["id"]: d for d in picture["documents"]}
    actors = {a["id"]: a for a in picture["actors"]}
    places = {p["id"]: p for p in picture["places"]}

    def src(doc_ids: list[str]) -> str:
        names = []
        for d in doc_ids:
            meta = docs.get(d, {})
            label = meta.get("outlet") or meta.get("title") or d
            if label not in names:
                names.append(label)
        return ", ".join(_md(n) for n in names)

    def actor(aid: str | None, fallback: str | None = None) -> str:
        if aid and aid in actors:
            return _md(actors[aid]["name"])
        return _md(fallback) if fallback else ""

    lines: list[str] = []
    outlets = sorted({d.get("outlet") or "unknown outlet" for d in docs.values()})
    published = sorted(d["published"] for d in docs.values() if d.get("published"))
    span = f"{published[0][:16]} to {published[-1][:16]}" if published else "undated"
    copies = sum(1 for d in docs.values() if d.get("copy_of"))
    lines += [
        "# Situation report",
        "",
        f"{len(docs)} reports from {len(outlets)} outlets ({_md(', '.join(outlets))}), "
        f"published {span}" + (f"; {copies} near-duplicate copies counted once" if copies else "")
        + ".",
        f"{len(picture['events'])} events, {len(picture['actors'])} actors, "
        f"{len(picture['places'])} places, {len(picture['quotes'])} quotes, "
        f"{len(picture['claims'])} claims.",
        "",
    ]

    current = [t for t in picture["timeline"] if not t["historical"]]
    background = [t for t in picture["timeline"] if t["historical"]]
    events = {e["id"]: e for e in picture["events"]}
    lines += ["## What happened", ""]
    if not current:
        lines.append("No events were found.")
    for t in current[:60]:
        e = events[t["event"]]
        who = actor(e["actor"], e.get("actor_text"))
        whom = actor(e["recipient"], e.get("recipient_text"))
        where = _md(places[e["place"]]["name"]) if e.get("place") in places else ""
        head = f"**{e['type']}**" + (f" ({e['mode']})" if e.get("mode") else "")
        parts = [p for p in (who and f"by {who}", whom and f"on {whom}", where and f"in {where}") if p]
        hedge = "" if e["certainty"] == "asserted" else f" _[{e['certainty']}]_"
        neg = " _[negated]_" if e.get("polarity") == "negative" else ""
        when = _date(t["date"], t["date_precision"])
        if t.get("date_source") and t["date_source"] != "text":
            when += f" ({t['date_source']})"
        lines.append(f"- {when}: {head} {' '.join(parts)}{hedge}{neg} — "
                     f"{_md(_short(e['summary']))} [{src(e['docs'])}]")
    if background:
        lines += ["", "### Background and outlook (outside the crisis's own time span)", ""]
        for t in background[:20]:
            e = events[t["event"]]
            lines.append(f"- {_date(t['date'], t['date_precision'])}: **{e['type']}** — "
                         f"{_md(_short(e['summary'], 160))} [{src(e['docs'])}]")

    lines += ["", "## Actors", ""]
    lines += ["| actor | kind | also named | role | reports |", "|---|---|---|---|---|"]
    for a in picture["actors"][:MAX_ROWS]:
        lines.append(f"| {_md(a['name'])} | {a['kind']} | {_md('; '.join(a['aliases'][:4]))} | "
                     f"{_md('; '.join(a.get('roles', [])[:2]))} | {len(a['docs'])} |")

    lines += ["", "## Places", ""]
    lines += ["| place | country | lat, lon | mentions | reports |", "|---|---|---|---|---|"]
    for p in picture["places"][:MAX_ROWS]:
        coords = f"{p['lat']:.2f}, {p['lon']:.2f}" if p.get("lat") is not None else "unresolved"
        lines.append(f"| {_md(p['name'])} | {p.get('country_code') or ''} | {coords} | "
                     f"{p['mentions']} | {len(p['docs'])} |")

    lines += ["", "## Quotes", ""]
    if not picture["quotes"]:
        lines.append("No quotes were found.")
    for q in picture["quotes"][:40]:
        who = actor(q["speaker"], q.get("speaker_text")) or "unknown speaker"
        how = ", ".join(x for x in (q.get("cue"), q.get("medium") and f"via {q['medium']}") if x)
        lines.append(f"- **{who}**" + (f" ({_md(how)})" if how else "") +
                     f": “{_md(_short(q['text'], 300))}” [{src(q['docs'])}]")

    lines += ["", "## Claims by certainty", ""]
    by_cert: dict[str, list] = defaultdict(list)
    for c in picture["claims"]:
        by_cert[c["certainty"]].append(c)
    counts = Counter(c["certainty"] for c in picture["claims"])
    lines.append(", ".join(f"{k}: {counts.get(k, 0)}" for k in CERTAINTY_ORDER) + ".")
    for cert in CERTAINTY_ORDER:
        items = by_cert.get(cert, [])
        if not items:
            continue
        lines += ["", f"### {CERTAINTY_TITLE[cert]} ({len(items)})", ""]
        limit = 8 if cert == "asserted" else 20
        for c in items[:limit]:
            s = c["source"]
            who = actor(s.get("actor"), s.get("text")) if s["kind"] != "author" else ""
            by = {"author": "the author", "anonymous": f"anonymous source{': ' + who if who else ''}",
                  "named": who or "named source"}.get(s["kind"], s["kind"])
            cue = f", cue “{_md(c['cue'])}”" if c.get("cue") else ""
            lines.append(f"- {_md(_short(c['text']))} — _{_md(by)}{cue}_ [{src([c['doc']])}]")
        if len(items) > limit:
            lines.append(f"- … and {len(items) - limit} more (`sitroom export --what claims`)")

    lines += ["", "## Disputed", ""]
    disputed = [ln for ln in picture["links"] if ln["kind"] in ("contradicts", "supersedes")]
    if not disputed:
        lines.append("No contradictions between reports were detected.")
    for ln in disputed[:30]:
        lines.append(f"- {ln['kind']}: {ln['from']} → {ln['to']}")
    corroborated = [e for e in picture["events"] if len(e["docs"]) > 1]
    if corroborated:
        lines += ["", "### Backed by several reports", ""]
        for e in corroborated[:20]:
            lines.append(f"- **{e['type']}** — {_md(_short(e['summary'], 160))} "
                         f"[{src(e['docs'])}]")

    lines += ["", "## Sources", ""]
    lines += ["| id | outlet | published | title | kind |", "|---|---|---|---|---|"]
    for d in picture["documents"]:
        title = d.get("title") or "(untitled)"
        if d.get("copy_of"):
            title += f" (copy of {d['copy_of']})"
        lines.append(f"| {d['id']} | {_md(d.get('outlet') or '')} | {d.get('published') or ''} | "
                     f"{_md(_short(title, 80))} | {d['kind']} |")
    return "\n".join(lines) + "\n"


def markdown(store: Store) -> str:
    return build(picture_dict(store))


def print_terminal(store: Store, console=None) -> None:
    from rich.console import Console
    from rich.markdown import Markdown

    console = console or Console()
    console.print(Markdown(markdown(store)))
