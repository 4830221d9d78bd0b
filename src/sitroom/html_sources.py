"""Cross-source pieces of the HTML report and the web app: who reports what, disputes with both
sides, overtaken statements, stories, each outlet's framing, and the measured-quality footer.

They read the picture's cross-source fields (docs/format.md): event/claim ``outlets`` (outlet ->
reports | corroborates | contradicts | discusses; absent = silent), ``disputed``,
``superseded_by``, ``story``; links ``contradicts`` / ``supersedes``; the ``stories`` and
``framing`` records. Pictures without them (older databases) still render: outlets then come from
the records' documents. Every piece of text goes through :func:`esc`.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .link.framing import MIN_TERM_COUNT, MIN_WORDS, profiled, telling_omissions, telling_terms
from .picture_view import PictureView as View
from .report_text import KIND_PREFIX, esc, human_date, quoted, short, slug, span_words

MAX_MATRIX_ROWS = 40
MAX_OMITTED = 6  # omitted claims listed per outlet
OPEN_FRAMING = 3  # outlets whose framing is unfolded at first
ROLES = ("reports", "corroborates", "contradicts", "discusses")
ROLE_MARK = {"reports": "●", "corroborates": "✓", "contradicts": "✗", "discusses": "…"}


def outlet_roles(v: View, record: dict[str, Any]) -> dict[str, str]:
    """Outlet -> role of one event or claim: its ``outlets`` map, else every outlet of its
    documents ``reports`` it (pictures made before cross-source linking)."""
    return v.roles(record)


def _outlets(v: View) -> list[str]:
    """Every outlet of the picture's documents, in arrival order."""
    return list(dict.fromkeys(v.outlet(d) for d in v.docs))


def matrix_rows(v: View, limit: int = MAX_MATRIX_ROWS, least: int = 10
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]],
                           dict[str, dict[str, str]]]:
    """(the crisis events, the rows of :func:`sources_matrix`, the events carried by more
    than one outlet or disputed, event id -> outlet -> role): disputed first, then those of most outlets; single-outlet
    events fill up to ``least`` rows; at most ``limit`` rows."""
    events = [e for e in v.picture.get("events", []) if not e.get("historical")]
    roles = {e["id"]: outlet_roles(v, e) for e in events}
    ranked = sorted(events, key=lambda e: (not e.get("disputed"), -len(roles[e["id"]])))
    several = [e for e in ranked if len(roles[e["id"]]) > 1 or e.get("disputed")]
    return events, (several if len(several) >= least else ranked[:least])[:limit], several, roles


def sources_json(v: View, stories: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The sources page as data, filtered as the page is: the outlets, the matrix rows (event
    id, type, summary, disputed, outlet -> role; an outlet absent is silent), the
    ``contradicts`` links with both sides and the disputed records with no such link, the
    stories (``stories``, else the picture's: the page lists the whole picture's) and each
    outlet's framing with the omissions its card shows (``omits.named_elsewhere``: actor ->
    where other outlets name it)."""
    _, rows, several, roles = matrix_rows(v)
    links = _disputes(v)
    return {
        "outlets": _outlets(v),
        "matrix": [{"event": e["id"], "type": e.get("type"), "summary": e.get("summary"),
                    "disputed": bool(e.get("disputed")), "outlets": roles[e["id"]]}
                   for e in rows],
        "matrix_matched": len(several),
        "disputes": links,
        "disputed_unlinked": [r["id"] for r in _unlinked(v, links)],
        "stories": v.picture.get("stories", []) if stories is None else stories,
        "framing": [_framing_data(v, f) for f in v.picture.get("framing", [])],
    }


def _framing_data(v: View, f: dict[str, Any]) -> dict[str, Any]:
    """A framing record with the omissions its card shows (no actor its reports name, no
    phrase that is no actor; the claims most other outlets carry)."""
    left = v.omitted_actors(f)
    claims = telling_omissions(f, v.records, len(v.picture.get("framing") or []))
    return {**f, "omits": {"actors": [a for a, _ in left], "claims": claims,
                           "named_elsewhere": {a: basis for a, basis in left if basis}}}


def sources_matrix(v: View, limit: int = MAX_MATRIX_ROWS, least: int = 10) -> str:
    """Events x outlets: which outlets report, corroborate, contradict or only discuss each
    crisis event, and which are silent. Disputed events first, then those of most outlets;
    single-outlet events fill up to ``least`` rows; at most ``limit`` rows."""
    events, rows, several, roles = matrix_rows(v, limit, least)
    if not events or not v.docs:
        return '<p class="muted">No events.</p>'
    outlets = _outlets(v)
    legend = " ".join(
        f'<span class="cell r-{r}">{ROLE_MARK[r]}</span> {r}' for r in ROLES
    )
    out = [
        f'<p class="small muted">{legend} · <span class="cell no">–</span> silent. '
        f"{len(several)} of {len(events)} crisis events are carried by more than one outlet or "
        f"disputed{f'; the first {len(rows)} are shown' if len(rows) < len(several) else ''}.</p>"
        '<div class="scroll"><table class="matrix"><thead><tr><th class="evcol">event</th>'
        + "".join(f'<th class="outlet">{esc(o)}</th>' for o in outlets)
        + "</tr></thead><tbody>"
    ]
    for e in rows:
        role = roles[e["id"]]
        cells = "".join(
            f'<td class="cell yes r-{esc(role[o])}" title="{esc(o)}: {esc(role[o])}">'
            f"{ROLE_MARK.get(role[o], '●')}</td>"
            if o in role
            else f'<td class="cell no" title="{esc(o)}: silent">–</td>'
            for o in outlets
        )
        flag = ' <span class="neg">disputed</span>' if e.get("disputed") else ""
        out.append(
            f'<tr><td class="evcol"><a href="{esc(v.record_href("ev", e["id"]))}">'
            f'<b>{esc(e["type"])}</b></a> '
            f"{esc(short(e.get('summary'), 140))}{flag}</td>{cells}</tr>"
        )
    out.append("</tbody></table></div>")
    return "".join(out)


# --------------------------------------------------------------------------- disputes


def _side(v: View, evidence: list[dict[str, Any]], doc: str | None = None) -> str:
    """One side of a dispute: the outlet (of ``doc``, else of the evidence) and its sentences."""
    items = list({(e["doc"], e["start"]): e for e in evidence if doc is None or e.get("doc") == doc}
                 .values())
    said = "".join(
        f'<li>{esc(quoted(short(e.get("text"), 260)))} {v.evidence_links([e], 1)}</li>' for e in items[:2]
    )
    who = esc(v.outlet(doc)) if doc else v.sources(e["doc"] for e in items) or "another report"
    return (f'<div class="side"><b>{who}</b><ul class="said">'
            f'{said or "<li class=muted>(no sentence)</li>"}</ul></div>')


def _record_link(v: View, rid: str) -> str:
    """A record's type and text, linked to its row; the bare id for an unknown record."""
    r = v.records.get(rid)
    if not r:
        return esc(rid)
    kind = v.record_kinds[rid]
    text = r.get("summary") or r.get("text") or rid
    label = f"<b>{esc(r['type'])}</b> " if r.get("type") else ""
    return f'{label}<a href="{esc(v.record_href(KIND_PREFIX[kind], rid))}">{esc(short(text, 200))}</a>'


def _disputes(v: View) -> list[dict[str, Any]]:
    """The picture's ``contradicts`` links."""
    return [ln for ln in v.picture.get("links", []) if ln.get("kind") == "contradicts"]


def _unlinked(v: View, links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The disputed records no ``contradicts`` link names or quotes."""
    linked = {ln.get("to") for ln in links} | {ln.get("from") for ln in links}
    quoted = {(e["doc"], e["start"]) for ln in links for e in ln.get("evidence") or ()}
    return [
        r for k in KIND_PREFIX for r in v.picture.get(k, [])
        if r.get("disputed") and r["id"] not in linked
        and not any((e["doc"], e["start"]) in quoted for e in r.get("evidence") or ())
    ]


def disputed_html(v: View) -> str:
    """Every ``contradicts`` link with both sides (each outlet and its sentences) and why;
    disputed records without such a link are listed after them."""
    links = _disputes(v)
    unlinked = _unlinked(v, links)
    if not links and not unlinked:
        return '<p class="muted">No contradictions between reports were detected.</p>'
    out = []
    for ln in links:
        target = v.records.get(ln.get("to", ""), {})
        evidence = [*(ln.get("evidence") or []), *(target.get("evidence") or [])]
        src = ln.get("from", "")
        if src in v.docs:  # an outlet contradicts what another (``against``) reports
            against = ln.get("against")
            first = _side(v, evidence if against else target.get("evidence") or [], against)
            second = _side(v, evidence, src)
        else:  # a record (such as a denial) contradicts another record
            first = _side(v, target.get("evidence") or [])
            other = v.records.get(src, {})
            second = _side(v, other.get("evidence") or []).replace(
                '<ul class="said">', f'<p class="small">{_record_link(v, src)}</p><ul class="said">', 1)
        out.append(
            f'<div class="dispute" id="dispute-{esc(slug(ln.get("to", "")))}-{esc(slug(str(src)))}">'
            f'<p>{_record_link(v, ln.get("to", ""))} <span class="badge c-denied">'
            f'{esc(ln.get("reason") or "contradicts")}</span></p>'
            f'<div class="sides">{first}<div class="vs">contradicted by</div>{second}</div></div>'
        )
    if unlinked:
        out.append("<h3>Also disputed</h3><ul class=latest>"
                   + "".join(f"<li>{_record_link(v, r['id'])}</li>" for r in unlinked) + "</ul>")
    return "".join(out)


# --------------------------------------------------------------------------- stories


def stories_html(v: View, href: str = "") -> str:
    """The stories (groups of reports on one development) with their span and outlets;
    ``href`` prefixes a ``?story=<id>`` filter link (the app's events page), else the titles
    link to nothing."""
    stories = v.picture.get("stories", [])
    if not stories:
        return '<p class="muted">No stories.</p>'
    rows = []
    for s in stories:
        title = esc(short(s.get("title") or s["id"], 160))
        if href:
            title = f'<a href="{esc(href)}?story={esc(s["id"])}">{title}</a>'
        ends = [human_date(x) for x in (s.get("first"), s.get("last")) if x]
        span = span_words(ends[0], ends[-1], " – ") if ends else ""
        rows.append(
            f'<tr id="story-{esc(slug(s["id"]))}"><td>{title}</td>'
            f'<td class="num">{len(s.get("docs", []))}</td>'
            f'<td>{esc(", ".join(s.get("outlets") or []))}</td><td class="date">{esc(span)}</td></tr>'
        )
    return (
        '<table id="stories-table"><thead><tr><th>story</th><th class="num">reports</th><th>outlets</th>'
        f"<th>when</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


# --------------------------------------------------------------------------- framing


def _tone_bar(tone: float) -> str:
    """A bar from the middle (0) to the left (-1, red) or right (+1, green)."""
    t = max(-1.0, min(1.0, float(tone)))
    width = abs(t) * 50
    left = 50 - width if t < 0 else 50
    cls = "neg" if t < 0 else "pos"
    return (f'<span class="tonebar" title="{t:+.2f}"><span class="tone-{cls}" '
            f'style="left:{left:.0f}%;width:{width:.0f}%"></span></span>')


def _framing_card(v: View, f: dict[str, Any], is_open: bool) -> str:
    """One outlet's framing, folded unless ``is_open``: terms, tone per actor, omissions."""
    terms = telling_terms(f)
    top = max((float(t.get("z") or 0) for t in terms), default=1.0) or 1.0
    term_items = "".join(
        f'<li><span class="term">{esc(t["term"])}</span> <span class="zbar" style="width:'
        f'{max(0.3, 6 * float(t.get("z") or 0) / top):.1f}rem"></span> '
        f'<span class="muted small">z {float(t.get("z") or 0):.1f} · '
        f'{esc(t.get("count"))}×</span></li>'
        for t in terms[:12]
    )
    leaning = ", ".join(f'<span class="term">{esc(t["term"])}</span> '
                        f'<span class="muted small">{esc(t.get("count"))}×</span>'
                        for t in telling_terms(f, "leaning")[:10])
    tone_rows = "".join(
        f'<tr><td><a href="{esc(v.record_href("actor", t.get("actor") or ""))}">'
        f'{esc(t.get("name") or v.actor_name(t.get("actor")))}</a></td>'
        f'<td>{_tone_bar(t.get("tone") or 0)}</td><td class="num">{float(t.get("tone") or 0):+.2f}</td>'
        f'<td class="num">{esc(t.get("n"))}</td></tr>'
        for t in f.get("tone") or []
    )
    actors = [
        f'<a href="{esc(v.record_href("actor", a))}">{esc(v.actor_name(a, a))}</a>'
        + (f' <span class="muted small">({esc(basis)})</span>' if basis else "")
        for a, basis in v.omitted_actors(f)
    ]
    omitted_claims = telling_omissions(f, v.records, len(v.picture.get("framing") or []))
    claims = [_record_link(v, c) for c in omitted_claims[:MAX_OMITTED]]
    more = len(omitted_claims) - MAX_OMITTED
    omitted = ""
    if actors:
        omitted += f"<p><b>Never names as an actor</b> {'; '.join(actors)}</p>"
    if claims:
        omitted += "<p><b>Leaves out claims others carry</b></p><ul class=latest>" + "".join(
            f"<li>{c}</li>" for c in claims) + (
            f'<li class="muted small">and {more} more</li>' if more > 0 else "") + "</ul>"
    n = len(f.get("docs") or [])
    head = terms or telling_terms(f, "leaning")
    return (
        f'<details class="framing" id="{esc(slug(f["id"]))}"{" open" if is_open else ""}><summary>'
        f'<b>{esc(f.get("outlet"))}</b> <span class="muted small">{n} report{"s" * (n != 1)}'
        f'{" · " + esc(", ".join(t["term"] for t in head[:4])) if head else ""}</span></summary>'
        '<div class="grid3"><div><h4>Words that set it apart</h4>'
        + (f'<ol class="terms">{term_items}</ol>' if term_items
           else '<p class="muted small">None significant at 5%'
                + (f" and used {MIN_TERM_COUNT} times or more" if isinstance(f.get("words"), int)
                   else "") + ".</p>")
        + (f'<p class="small"><span class="muted">Leans to (not significant):</span> {leaning}</p>'
           if leaning else "")
        + "</div><div><h4>Tone towards the main actors</h4>"
        + (
            '<table class="tone"><thead><tr><th>actor</th><th>−1 … +1</th><th class="num">tone</th>'
            f'<th class="num" title="sentences">n</th></tr></thead><tbody>{tone_rows}</tbody></table>'
            if tone_rows else '<p class="muted small">No evaluative words about the main actors.</p>'
        )
        + "</div><div><h4>What it leaves out</h4>"
        + (omitted or '<p class="muted small">Nothing the other outlets agree on.</p>')
        + "</div></div></details>"
    )


def framing_html(v: View) -> str:
    """One panel per outlet with enough text to say something (``link.framing.MIN_WORDS``):
    its distinguishing terms (log-odds z), tone per main actor and what it omits that most
    other outlets carry; the other outlets together in one panel."""
    framing = v.picture.get("framing", [])
    if not framing:
        return '<p class="muted">No framing: it needs reports from more than one outlet.</p>'
    full = [f for f in framing if profiled(f)]
    rest = [f for f in framing if not profiled(f)]
    out = [
        '<p class="small muted">Terms: log-odds ratio with an informative Dirichlet prior against '
        f"the other outlets (z over 1.96: significant at 5%; used {MIN_TERM_COUNT} times or more). "
        "Tone: balance of evaluative words in the sentences naming the actor."
        + (f" Outlets with fewer than {MIN_WORDS:,} content words have too little text to set "
           "apart from count noise; they are grouped at the end." if rest else "") + "</p>"
    ]
    out += [_framing_card(v, f, i < OPEN_FRAMING) for i, f in enumerate(full)]
    if rest:
        reports = sum(len(f.get("docs") or []) for f in rest)
        items = "".join(
            f'<li>{esc(f.get("outlet"))} <span class="muted small">'
            f'{len(f.get("docs") or [])} report{"s" * (len(f.get("docs") or []) != 1)}, '
            f'{int(f.get("words") or 0):,} words</span></li>' for f in rest)
        out.append(
            f'<details class="framing framing-rest" id="framing-rest"><summary><b>{len(rest)} '
            f'{"more " if full else ""}outlet{"s" * (len(rest) != 1)}</b> '
            f'<span class="muted small">{reports} '
            f"report{'s' * (reports != 1)}: too little text each to profile</span></summary>"
            f'<ul class="latest cols">{items}</ul></details>')
    return "".join(out)


# --------------------------------------------------------------------------- quality footer


def load_quality() -> dict[str, Any] | None:
    """``sitroom/data/quality.json`` (written by ``sitroom eval all --write``), or None."""
    try:
        text = resources.files("sitroom.data").joinpath("quality.json").read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("figures"), dict) else None


def _headline(figures: dict[str, Any]) -> str:
    """The headline figure of one benchmark, as ``name 0.83``: ``sitroom eval all --write``
    puts the headline figures first, so the first fraction (else the first number)."""
    numbers = [(k, x) for k, x in figures.items()
               if isinstance(x, (int, float)) and not isinstance(x, bool) and k != "seconds"]
    fractions = [(k, x) for k, x in numbers if isinstance(x, float)]
    if not numbers:
        return ""
    k, x = (fractions or numbers)[0]
    return f"{k} {x:.2f}" if isinstance(x, float) else f"{k} {x}"


def quality_footer(quality: dict[str, Any] | None = None) -> str:
    """A line with the measured quality figures (from quality.json), or '' when there are none."""
    quality = load_quality() if quality is None else quality
    if not quality:
        return ""
    parts = [
        f"{esc(name)}: {esc(_headline(figs))}"
        for name, figs in quality["figures"].items()
        if isinstance(figs, dict) and _headline(figs)
    ]
    if not parts:
        return ""
    when = esc(quality.get("measured_on") or "an unknown date")
    commit = f" (commit {esc(str(quality['commit'])[:10])})" if quality.get("commit") else ""
    return (f'<p class="quality small">Quality on public gold data, measured on {when}{commit}: '
            + " · ".join(parts) + ".</p>")
