"""One actor's timeline in the web app: ``/actors/{id}/timeline`` and its JSON twin
``/actors/{id}/timeline.json`` (:mod:`sitroom.actor_timeline_view`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from .. import actor_timeline_view as atv
from ..errors import SitroomError
from ..html_report import anchor, esc, human_date
from ..html_tables import date_note
from ..store import Store
from . import pages
from .errors import ApiError
from .site import Site


def timeline_of(site: Site, actor_id: str) -> dict[str, Any]:
    actors = site.picture().get("actors", [])
    actor = next((a for a in actors if a.get("id") == actor_id), None)
    if actor is None:
        raise ApiError(404, f"no actor {actor_id!r}: see /actors.json for the ids")
    docs = list(actor.get("docs") or ())
    try:
        with Store(site.db_path, create=False) as store:
            return atv.actor_timeline(actor, store.extractions_of(docs),
                                      {d.id: d for d in store.documents(docs)})
    except SitroomError as exc:
        raise ApiError(503, exc.message) from None


def _with(r: dict[str, Any]) -> str:
    return "; ".join(f"{esc(o['name'])} <span class=\"muted\">({esc(o['role'])})</span>"
                     for o in r.get("with") or ()) or '<span class="muted">–</span>'


def _row(r: dict[str, Any]) -> str:
    s, e = r["start"], r["end"]
    a, b = r["mark"]
    text = r["sentence"]
    if s <= a <= b <= e and len(text) == e - s:  # the sentence as stored: mark the trigger
        text_html = f"{esc(text[:a - s])}<mark>{esc(text[a - s:b - s])}</mark>{esc(text[b - s:])}"
    else:
        text_html = esc(text)
    href = f"/documents/{r['doc']}?hl={a}-{b}#{anchor(r['doc'], s)}"
    where = esc(r.get("outlet") or r["doc"])
    note = date_note(r)  # the date's source in words, as on /timeline; no field code
    day = human_date(r["date"]) if r["date"] else "–"
    return (f'<tr><td title="{esc(r["date"] or "")}">{esc(day)}</td>'
            f'<td><b>{esc(r["what"])}</b></td>'
            f'<td>{esc(r.get("role") or "participant")}</td><td>{_with(r)}</td>'
            f'<td>{text_html}<br><a href="{esc(href)}">{where}</a>'
            + (f' <span class="muted small">{esc(note)}</span>' if note else "") + '</td></tr>')


HEAD = ("<thead><tr><th>date</th><th>what</th><th>role</th><th>with</th>"
        "<th>said in</th></tr></thead>")


def _table(rows: list[dict[str, Any]]) -> str:
    return f'<table class="timeline-rows">{HEAD}<tbody>{"".join(_row(r) for r in rows)}</tbody></table>'


def timeline_page(tl: dict[str, Any]) -> str:
    a = tl["actor"]
    dated = sum(len(line) for line in tl["lines"])
    intro = (f'<p>{esc(a.get("kind") or "actor")} · {tl["count"]} happenings told in the '
             f'reports, {dated} dated · role: agent (did it), patient or recipient (underwent '
             f'it), partner, source · <a href="{esc(pages.timeline_href(a["id"]))}.json">JSON</a> · '
             f'<a href="/actors#actor-{esc(pages.slug(a["id"]))}">all actors</a></p>')
    lines = "".join(
        f'<h3>{esc(human_date(line[0]["date"]))}</h3>{_table(line)}'
        for line in tl["lines"]) or '<p class="muted">Nothing dated.</p>'
    undated = ""
    if tl["undated"]:
        undated = (f'<details><summary>{len(tl["undated"])} not dated</summary>'
                   f'{_table(tl["undated"])}</details>')
    return pages.page(f"Timeline of {a['name']}", "/actors",
                      intro + pages.card("In time order", lines) + undated)


def router(site: Site) -> APIRouter:
    r = APIRouter()

    @r.get("/actors/{actor_id}/timeline.json", tags=["picture"],
           summary="One actor's timeline: what the reports tell it did or underwent, in time order")
    def timeline_json(actor_id: str) -> dict[str, Any]:
        return {"ok": True, **timeline_of(site, actor_id)}

    @r.get("/actors/{actor_id}/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_html(actor_id: str) -> str:
        return timeline_page(timeline_of(site, actor_id))

    return r
