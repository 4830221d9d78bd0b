"""The situation report on its sources: who reports what (the matrix), what is disputed,
statements overtaken by later news, and the reports table."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .html_report import short
from .link.framing import outlet_initials
from .report_text import counted, languages_label, quoted
from .report_events import _more
from .report_view import (EXPORT_HINT, MATRIX_COLUMNS, MATRIX_HEADER_ROOM, MAX_DISPUTES, MAX_MATRIX_ROWS,
                          ROLE_MARK, SILENT, _View, _md, _text, _when)


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
    if len(outlets) > MATRIX_COLUMNS:
        return out + _sources_list(v, rows, total, outlets)
    legend = ", ".join(f"{m} {r}" for r, m in ROLE_MARK.items())
    labels = _column_labels(outlets)
    key = "; ".join(f"{_md(lab)} = {_md(o)}" for o, lab in zip(outlets, labels) if lab != o)
    out += [f"Who carries the main events and claims: {legend}, {SILENT} silent."
            + (f" Outlets: {key}." if key else ""), "",
            "| event or claim | " + " | ".join(_md(lab) for lab in labels) + " |",
            "|---|" + "---|" * len(outlets)]
    for r in rows:
        label = _row_label(r)
        roles = v.roles(r)
        cells = [ROLE_MARK.get(roles[o], "●") if o in roles else SILENT for o in outlets]
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    more = _more(len(rows), total, f"the `outlets` of events and claims in {EXPORT_HINT}")
    return out + ([""] + more if more else [])


def _row_label(r: dict[str, Any]) -> str:
    """An event's type and summary, or a claim's text, as a row of the sources matrix."""
    label = f"**{r['type']}** " if r.get("type") else "claim: "
    label += _text(r.get("summary") or r.get("text"), 90)
    return label + (" (disputed)" if r.get("disputed") else "")


def _sources_list(v: _View, rows: list[dict[str, Any]], total: int,
                  outlets: list[str]) -> list[str]:
    """The matrix of more outlets than a table can show, as a list: per event or claim the
    outlets of each role by name and how many are silent."""
    copies = sum(bool(d.get("copy_of")) for d in v.picture.get("documents", []))
    whose = "its original" if copies == 1 else "their originals"
    note = (f"; {counted(copies, 'near-duplicate copy', 'near-duplicate copies')} counted with "
            f"{whose}") if copies else ""
    out = [f"Who carries the main events and claims ({len(outlets)} outlets, too many for a "
           f"table{note}): the outlets that report, corroborate, contradict or discuss each; "
           "the others are silent.", ""]
    for r in rows:
        label = _row_label(r)
        roles = v.roles(r)
        parts = [f"{role} {', '.join(_md(o) for o in outlets if roles.get(o) == role)}"
                 for role in ROLE_MARK if role in roles.values()]
        silent = sum(o not in roles for o in outlets)
        parts += [f"silent {silent}"] if silent else []
        out.append(f"- {label}: " + "; ".join(parts))
    more = _more(len(rows), total, f"the `outlets` of events and claims in {EXPORT_HINT}")
    return out + ([""] + more if more else [])


def _side(v: _View, link: dict[str, Any], doc: str | None) -> str:
    """The sentence ``doc`` said in a contradiction (from the link's evidence, else the
    contradicted record's), as “…”, or ''."""
    ev = [e for e in link.get("evidence") or () if e.get("doc") == doc]
    if not ev:
        ev = [e for e in v.records.get(link.get("to", ""), {}).get("evidence") or ()
              if e.get("doc") == doc]
    return f": {quoted(_text(ev[0].get('text'), 240))}" if ev else ""


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


def _reports(v: _View) -> list[str]:
    """The reports table."""
    out = ["## Reports", "", "| id | outlet | published | title | kind | language |",
           "|---|---|---|---|---|---|"]
    for d in v.picture.get("documents", []):
        title = d.get("title") or "(untitled)"
        if d.get("copy_of"):
            title += f" (copy of {d['copy_of']})"
        out.append(f"| {d['id']} | {_md(d.get('outlet') or '')} | {_when(d.get('published')) or 'undated'} | "
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
