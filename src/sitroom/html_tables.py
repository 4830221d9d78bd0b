"""The tables and lists of the HTML report (events, timeline list, actors, places, quotes, claims
with their histories) and the report texts with their evidence sentences marked."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from .model import CERTAINTY_TITLE, CLAIMS_LISTING, DATED_BY_CLAUSE
from .picture_view import PictureView
from .report_text import (KIND_PREFIX, as_said, date_source_words, distinct_roles, esc, human_date, quoted,
                          short, slug, via_medium)
from .html_common import _hedge, badge, emphasise, filter_bar, filter_value
from .html_documents import (  # noqa: F401  (re-exported: the report texts, marked)
    document_meta, evidence_spans, evidence_starts, marked_text)

View = PictureView


# --------------------------------------------------------------------------- tables


def current(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records not overtaken by another record of the same list (the latest state; the
    older ones are shown in the history of the newer, see :func:`history_html`)."""
    ids = {r["id"] for r in records}
    return [r for r in records if not (r.get("superseded_by") and r["superseded_by"] in ids)]


def history_html(v: View, record: dict[str, Any], prefix: str, seen: frozenset[str] = frozenset()
                 ) -> str:
    """A folded "history" of what ``record`` overtook: the older records (with their anchor
    ``<prefix>-<id>``, their evidence and, recursively, their own history) and, for a figure
    updated within the record, the older report's sentence. '' when it overtook nothing."""
    items = []
    for ln in v.overtook.get(record["id"], []):
        reason = esc(ln.get("reason") or "newer report")
        if ln["to"] == record["id"]:
            older = [e for e in record.get("evidence") or () if e["doc"] == ln.get("to_doc")]
            newer = [e for e in record.get("evidence") or () if e["doc"] == ln.get("from_doc")]
            now = short(newer[0]["text"] if newer else "", 200)
            before = short(older[0]["text"] if older else "", 200)
            items.append(
                f"<li><span class=muted>{reason}:</span> {esc(v.outlet(ln.get('from_doc') or ''))} "
                f"{esc(quoted(now))} replaces {esc(v.outlet(ln.get('to_doc') or ''))} {esc(quoted(before))} "
                f"{v.evidence_links(older + newer, 2)}</li>"
            )
        elif ln["to"] in v.records and ln["to"] not in seen:
            old = v.records[ln["to"]]
            old_kind = v.record_kinds[old["id"]]
            # an older record of the same kind is shown only here (see current()): its anchor
            # is here; one of another kind keeps its own row, linked to
            here = old_kind == v.record_kinds.get(record["id"])
            anchor_ = f' id="{prefix}-{esc(slug(old["id"]))}"' if here else ""
            text = esc(quoted(short(old.get("summary") or old.get("text"), 240)))
            if not here:
                href = v.record_href(KIND_PREFIX[old_kind], old["id"])
                text = f'<a href="{esc(href)}">{text}</a>'
            items.append(
                f"<li{anchor_}><span class=muted>{reason}; earlier:</span> {text} "
                f"{v.evidence_links(old.get('evidence'), 2)}"
                f"{history_html(v, old, prefix, seen | {record['id']})}</li>"
            )
    if not items:
        return ""
    return (f'<details class="history"><summary>updated · history ({len(items)})</summary>'
            f'<ul class="latest">{"".join(items)}</ul></details>')


def overtaken_note(v: View, record: dict[str, Any]) -> str:
    """For a record overtaken by one of another kind (a claim by a later quote, say): a note
    linking to the newer record; '' otherwise."""
    newer = record.get("superseded_by")
    if not newer or newer not in v.records:
        return ""
    kind = v.record_kinds[newer]
    if kind == v.record_kinds.get(record["id"]):
        return ""
    text = short(v.records[newer].get("summary") or v.records[newer].get("text"), 120)
    href = v.record_href(KIND_PREFIX[kind], newer)
    return (f' <span class="neg">overtaken</span> <span class="small">by '
            f'<a href="{esc(href)}">{esc(quoted(text))}</a></span>')


def latest_summary(v: View, record: dict[str, Any]) -> str:
    """A record's summary as of its newest report: the newer sentence when a later report
    updated its figure, else its own summary or text."""
    for ln in reversed(v.overtook.get(record["id"], [])):
        if ln["to"] == record["id"]:
            newer = [e for e in record.get("evidence") or () if e["doc"] == ln.get("from_doc")]
            if newer:
                return newer[0]["text"]
    return record.get("summary") or record.get("text") or ""


def _outlet_note(record: dict[str, Any]) -> str:
    """'disputed' and how many outlets corroborate or contradict, for a table cell."""
    roles = Counter((record.get("outlets") or {}).values())
    bits = [f"{roles[r]} {r}" for r in ("corroborates", "contradicts") if roles.get(r)]
    flag = '<span class="neg">disputed</span> ' if record.get("disputed") else ""
    return f'{flag}<span class="muted small">{", ".join(bits)}</span>' if flag or bits else ""



def _when(v: View, e: dict[str, Any]) -> str:
    """An event's date as a day (or finer); for an undated one, the day its first report was
    published, marked as such."""
    if e.get("date"):
        return esc(human_date(e["date"]))
    published = sorted(str(v.docs.get(d, {}).get("published") or "")[:10] for d in e.get("docs") or ())
    published = [p for p in published if p]
    if not published:
        return "undated"
    return f'<span class="muted" title="undated in the text">reported {esc(human_date(published[0]))}</span>'


def date_note(t: dict[str, Any]) -> str:
    """Under a timeline entry's date: where the date came from, in words, when not from its
    own clause, and whether it is background."""
    source = "" if not t.get("date") or t.get("date_source") in DATED_BY_CLAUSE else \
        date_source_words(t.get("date_source"))
    return " · ".join(x for x in (source, "background" if t.get("historical") else "") if x)


def events_table(
    v: View, events: list[dict[str, Any]] | None = None, table_id: str = "events-table"
) -> str:
    events = current(v.picture.get("events", []) if events is None else events)
    if not events:
        return '<p class="muted">No events.</p>'
    types = Counter(e["type"] for e in events)
    names = {e["id"]: [n for n in (v.actor_name(e.get("actor"), e.get("actor_text")),
                                   v.actor_name(e.get("recipient"), e.get("recipient_text")))
                       if n] for e in events}
    by_actor = Counter(filter_value(n) for ns in names.values() for n in dict.fromkeys(ns))
    out = [
        filter_bar(f"#{table_id} tbody tr", [
            ("type", "type", types.most_common()),
            ("actor", "actor", by_actor.most_common(60))], "Filter events…", len(events)),
        f'<table id="{table_id}"><thead><tr><th>date</th><th>event</th><th>who → whom</th>'
        "<th>where</th>"
        f"<th>what the report says</th><th>sources</th></tr></thead><tbody>",
    ]
    for e in events:
        who = esc(v.actor_name(e.get("actor"), e.get("actor_text")))
        whom = esc(v.actor_name(e.get("recipient"), e.get("recipient_text")))
        said = latest_summary(v, e)
        out.append(
            f'<tr id="ev-{esc(slug(e["id"]))}" data-type="{esc(filter_value(e["type"]))}" '
            f'data-actor="{esc("|".join(filter_value(n) for n in names[e["id"]]))}">'
            f'<td class="date">{_when(v, e)}'
            f"{'<br><span class=small muted>background</span>' if e.get('historical') else ''}</td>"
            f"<td><b>{esc(e['type'])}</b>"
            f"{' <span class=muted>(' + esc(e['mode']) + ')</span>' if e.get('mode') else ''}"
            f"<br>{badge('quad', e.get('quad_class'))} {_hedge(e)}</td>"
            f"<td>{who or '<span class=muted>?</span>'}{' → ' + whom if whom else ''}</td>"
            f"<td>{esc(v.place_name(e.get('place')))}</td>"
            f"<td>{emphasise(short(said, 320), e.get('trigger'))}"
            f"{overtaken_note(v, e)}{history_html(v, e, 'ev')}</td>"
            f"<td>{v.evidence_links(e.get('evidence'), said=said)}"
            f'<br><span class="muted small">{len(e.get("docs", []))} '
            f'report{"s" * (len(e.get("docs", [])) != 1)}</span>'
            f"<br>{_outlet_note(e)}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def timeline_list(v: View, entries: list[dict[str, Any]] | None = None) -> str:
    entries = v.picture.get("timeline", []) if entries is None else entries
    if not entries:
        return '<p class="muted">No events.</p>'
    out = [
        '<table id="timeline-table"><thead><tr><th>#</th><th>date</th><th>event</th><th>summary</th>'
        "<th>sources</th></tr></thead><tbody>"
    ]
    for t in entries:
        e = v.events.get(t.get("event") or "", {})
        out.append(
            f'<tr><td class="num">{esc(t.get("order"))}</td><td '
            f'class="date">{esc(human_date(t.get("date")))}'
            f'<br><span class="muted small">{esc(date_note(t))}</span></td>'
            f'<td><a href="{esc(v.record_href("ev", t.get("event") or ""))}">'
            f'<b>{esc(t.get("type"))}</b></a>'
            f"<br>{badge('quad', e.get('quad_class'))}</td>"
            f"<td>{esc(short(t.get('summary'), 320))} {_hedge(e) if e else ''}</td>"
            f"<td>{v.evidence_links(t.get('evidence'))}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def actors_table(v: View, actors: list[dict[str, Any]] | None = None,
                 timeline: Callable[[str], str] | None = None) -> str:
    """The actors' table; ``timeline`` gives the address of an actor's timeline page (the web
    app's), linked from its name."""
    actors = v.picture.get("actors", []) if actors is None else actors
    if not actors:
        return '<p class="muted">No actors.</p>'
    out = [
        '<input class="tablefilter" type="search" placeholder="Filter actors…" '
        'data-table="actors-table">'
        '<table id="actors-table"><thead><tr><th>actor</th><th>kind</th><th>also named</th><th>'
        'roles</th>'
        '<th class="num">mentions</th><th>evidence</th></tr></thead><tbody>'
    ]
    for a in actors:
        name = esc(a["name"])
        if timeline is not None:
            name = f'<a href="{esc(timeline(a["id"]))}" title="timeline">{name}</a>'
        out.append(
            f'<tr id="actor-{esc(slug(a["id"]))}"><td><b>{name}</b></td>'
            f'<td>{esc(a.get("kind"))}</td>'
            f"<td>{esc('; '.join(a.get('aliases', [])[:6]))}</td>"
            f"<td>{esc('; '.join(distinct_roles(a.get('roles'))[:3]))}</td>"
            f'<td class="num">{esc(a.get("mentions"))} in {len(a.get("docs", []))}</td>'
            f"<td>{v.evidence_links(a.get('evidence'), 3)}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def places_table(v: View, places: list[dict[str, Any]] | None = None) -> str:
    places = v.picture.get("places", []) if places is None else places
    if not places:
        return '<p class="muted">No places.</p>'
    out = [
        '<table id="places-table"><thead><tr><th>place</th><th>country</th><th>feature</th><th>lat, '
        'lon</th>'
        '<th class="num">mentions</th><th>evidence</th></tr></thead><tbody>'
    ]
    for p in places:
        aliases = p.get("aliases")
        coords = (
            f"{p['lat']:.3f}, {p['lon']:.3f}"
            if p.get("lat") is not None and p.get("lon") is not None
            else "not located"
        )
        out.append(
            f'<tr id="place-{esc(slug(p["id"]))}"><td><b>{esc(p["name"])}</b>'
            + (f"<br><span class=small muted>as {esc('; '.join(aliases[:4]))}</span>" if aliases else "")
            + f'</td><td>{esc(p.get("country_code"))}</td><td>{esc(p.get("feature"))}</td>'
            f'<td class="date">{esc(coords)}</td>'
            f'<td class="num">{esc(p.get("mentions"))}</td>'
            f'<td>{v.evidence_links(p.get("evidence"), 3)}</td></tr>'
        )
    out.append("</tbody></table>")
    return "".join(out)


def _quote_when(v: View, q: dict[str, Any]) -> str:
    """A quote's time as the other dates are shown, else the day its first report was
    published (marked so): the date the quotes listing is ordered by."""
    docs = [*(q.get("docs") or ()), *([q["doc"]] if q.get("doc") else [])]
    return _when(v, {"date": q.get("time"), "docs": list(dict.fromkeys(docs))})


def quotes_html(v: View, quotes: list[dict[str, Any]] | None = None) -> str:
    quotes = v.picture.get("quotes", []) if quotes is None else quotes
    if not quotes:
        return '<p class="muted">No quotes.</p>'
    speakers = Counter(filter_value(v.actor_name(q.get("speaker"), q.get("speaker_text"))
                                    or "unknown speaker") for q in quotes)
    out = [filter_bar("#quotes-list > .quote", [("speaker", "speaker", speakers.most_common())],
                      "Filter quotes…", len(quotes)), '<div id="quotes-list">']
    for q in quotes:
        who = v.actor_name(q.get("speaker"), q.get("speaker_text")) or "unknown speaker"
        how = ", ".join(
            x for x in (q.get("cue"), via_medium(q.get("medium")), q.get("kind")) if x
        )
        out.append(
            f'<blockquote class="quote" id="quote-{esc(slug(q["id"]))}" '
            f'data-speaker="{esc(filter_value(who))}"><span '
            f'class="who">{esc(who)}</span> '
            '<span class="muted small">'
            f'({esc(how)}{", " if how else ""}{_quote_when(v, q)})</span>'
            f"<br>{esc(as_said(short(q.get('text'), 600), q.get('kind')))}"
            f"{history_html(v, q, 'quote')}"
            f"<br>{v.evidence_links(q.get('evidence'))} "
            f'<span class="muted small">{len(q.get("docs", []))} '
            f'report{"s" * (len(q.get("docs", [])) != 1)}</span></blockquote>'
        )
    out.append("</div>")
    return "".join(out)


CLAIMS_ORDER = CLAIMS_LISTING


def claims_html(v: View, claims: list[dict[str, Any]] | None = None) -> str:
    """Claims grouped by certainty, the contested and uncertain first; what the authors
    assert themselves (usually the bulk) last, folded."""
    claims = current(v.picture.get("claims", []) if claims is None else claims)
    if not claims:
        return '<p class="muted">No claims.</p>'
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        by[c.get("certainty") or "asserted"].append(c)
    order = [*CLAIMS_ORDER, *sorted(set(by) - set(CLAIMS_ORDER))]
    out = [
        filter_bar("#claims-list tr[data-certainty]",
                   [("certainty", "certainty", [(c, len(by[c])) for c in order if by.get(c)])],
                   "Filter claims…", len(claims)).replace(
            'class="rowfilter"', 'class="rowfilter" data-groups="#claims-list .claimgroup"', 1),
        '<p class="small">'
        + " · ".join(
            f'<a href="#claims-{esc(c)}">{badge("certainty", c)}</a>'
            f' {len(by[c])}' for c in order if by.get(c)
        )
        + "</p><div id=\"claims-list\">"
    ]
    for cert in order:
        items = by.get(cert)
        if not items:
            continue
        title = f"{badge('certainty', cert)} {esc(CERTAINTY_TITLE.get(cert, cert))} ({len(items)})"
        rows = []
        for c in items:
            s = c.get("source") or {}
            who = v.actor_name(s.get("actor"), s.get("text"))
            by_ = {
                "author": "the author",
                "anonymous": "anonymous" + (f": {who}" if who else ""),
                "named": who or "named source",
            }.get(s.get("kind") or "", s.get("kind") or "")
            score = f"{c['score']:+.1f}" if isinstance(c.get("score"), (int, float)) else ""
            negated = c.get("polarity") == "negative" and cert != "denied"
            said = latest_summary(v, c)
            rows.append(
                f'<tr id="claim-{esc(slug(c["id"]))}" data-certainty="{esc(cert)}">'
                f'<td>{esc(short(said, 400))}'
                f"{' <span class=neg>negated</span>' if negated else ''}"
                f" {_outlet_note(c)}{overtaken_note(v, c)}{history_html(v, c, 'claim')}"
                f'</td><td class="src">{esc(by_)}</td><td>{esc(c.get("cue"))}</td><td '
                f'class="num">{esc(score)}</td>'
                f"<td>{v.evidence_links(c.get('evidence'), 2, said=said)}</td></tr>"
            )
        table = (
            '<table class="claims"><thead><tr><th>claim</th><th class="src">source</th><th>cue</th>'
            f'<th class="num" title="factuality, -3 to +3">score</th><th>evidence</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        if cert == "asserted" and len(by) > 1:
            out.append(f'<details class="claimgroup" id="claims-{esc(cert)}"><summary><b>{title}'
                       f'</b></summary>{table}</details>')
        else:
            out.append(f'<div class="claimgroup"><h3 id="claims-{esc(cert)}">{title}</h3>'
                       f'{table}</div>')
    out.append("</div>")
    return "".join(out)
