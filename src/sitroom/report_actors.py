"""The report's "Key actors: what each did" section: for the main actors of the picture (those
the summary names, most mentioned first), a few dated lines of their timelines
(:mod:`sitroom.actor_timeline_view`): what each did or underwent, with whom, and the report
that tells it.

The lines are chosen, not the first ones: a happening told the same day with the same verb
and role by several reports is one line (counting its reports); lines where the actor's role
is unknown are left out; one line per sentence; lines whose sentence names the actor (not
only a pronoun) come first, reporting verbs ("said", "told") give way to acts, the better
attested come first; then the lines are shown in time order. The full timeline is
``sitroom timeline ACTOR`` (``/actors/ID/timeline`` in the web app).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .lexicon import words
from .link.actors import name_key
from .picture_view import PictureView
from .report_text import anchor, counted, esc, human_date, quoted

TOP_ACTORS = 5
SUMMARY_ACTORS = 8  # the actors the summary names
LINES_PER_ACTOR = 4
MAX_SENTENCE = 200


def main_actors(picture: Mapping[str, Any], top: int = TOP_ACTORS,
                view: PictureView | None = None) -> list[dict[str, Any]]:
    """The actors the summaries (Markdown and HTML) and the key actors section name: not a
    generic phrase, an outlet or a town; those of most reports first, then most mentioned
    (an actor one long report names often is not a main actor of a many-report picture).
    ``view``: the caller's view of ``picture`` (else one is made)."""
    v = view if view is not None else PictureView(dict(picture))
    shown = [a for a in picture.get("actors", []) if not v.not_an_actor(a)]
    return sorted(shown, key=lambda a: (-len(a.get("docs") or ()),
                                        -int(a.get("mentions") or 0)))[:top]


def pick_lines(tl: Mapping[str, Any], n: int = LINES_PER_ACTOR) -> list[dict[str, Any]]:
    """At most ``n`` dated lines of one actor's timeline (module docstring), in time order,
    each row with ``reports`` (how many reports tell it) and ``outlets``."""
    said = words("reporting_verbs", "event_coreference")
    a = tl["actor"]
    names = {w for x in [a.get("name") or "", *(a.get("aliases") or ())]
             for w in name_key(x).split() if len(w) > 2}
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}
    order = 0
    for line in tl["lines"]:
        for r in line:
            if r.get("role") in (None, "participant"):
                continue
            key = ((r["date"] or "")[:10], r["lemma"], r["role"])
            g = groups.get(key)
            if g is None:
                named = bool(names & set(name_key(r["sentence"]).split()))
                groups[key] = g = {**r, "order": order, "named": named, "docs": [],
                                   "outlets": []}
                order += 1
            if r["doc"] not in g["docs"]:
                g["docs"].append(r["doc"])
            if r.get("outlet") and r["outlet"] not in g["outlets"]:
                g["outlets"].append(r["outlet"])
    ranked: list[dict[str, Any]] = []
    sentences: set[tuple[str, int]] = set()
    for g in sorted(groups.values(), key=lambda g: (not g["named"], g["lemma"] in said,
                                                     -len(g["docs"]), g["order"])):
        if (g["doc"], g["start"]) not in sentences and len(ranked) < n:
            sentences.add((g["doc"], g["start"]))
            ranked.append(g)
    out = []
    for g in sorted(ranked, key=lambda g: g["order"]):
        g = {k: x for k, x in g.items() if k not in ("order", "named")}
        g["reports"] = len(g.pop("docs"))
        out.append(g)
    return out


def key_actors(store: Any, picture: Mapping[str, Any], top: int = TOP_ACTORS,
               n: int = LINES_PER_ACTOR) -> list[dict[str, Any]]:
    """The section's content read from ``store``: per main actor (with at least one line),
    ``actor`` (id, name, kind, reports) and ``lines`` (:func:`pick_lines`). Only the main
    actors' reports are read, once."""
    from .actor_timeline_view import actor_timeline

    out = []
    actors = main_actors(picture, top)
    wanted = list(dict.fromkeys(d for a in actors for d in a.get("docs") or ()))
    extractions = {ex.doc: ex for ex in store.extractions_of(wanted)}  # read once for all
    documents = {d.id: d for d in store.documents(wanted)}
    for a in actors:
        docs = set(a.get("docs") or ())
        tl = actor_timeline(a, [ex for d, ex in extractions.items() if d in docs], documents)
        lines = pick_lines(tl, n)
        if lines:
            out.append({"actor": {"id": a["id"], "name": a["name"], "kind": a.get("kind"),
                                  "reports": len(docs)}, "lines": lines})
    return out


def _with(r: Mapping[str, Any]) -> str:
    return "; ".join(f"{o['name']} ({o['role']})" for o in r.get("with") or ())


def _short(r: Mapping[str, Any]) -> str:
    """The line's sentence, cut around its trigger when longer than ``MAX_SENTENCE``."""
    text = r["sentence"]
    if len(text) <= MAX_SENTENCE:
        return text
    at = r["mark"][0] - r["start"] if 0 <= r["mark"][0] - r["start"] < len(text) else 0
    lo = max(0, min(at - MAX_SENTENCE // 2, len(text) - MAX_SENTENCE))
    cut = text[lo:lo + MAX_SENTENCE]
    if lo:
        cut = cut.partition(" ")[2]  # whole words only
    if lo + MAX_SENTENCE < len(text):
        cut = cut.rpartition(" ")[0]
    cut = cut.strip()
    return ("…" if lo else "") + cut + ("…" if lo + MAX_SENTENCE < len(text) else "")


def markdown(items: Sequence[Mapping[str, Any]], md: Any, when: Any) -> list[str]:
    """The Markdown section (``md`` escapes text, ``when`` writes a date)."""
    if not items:
        return []
    out = ["## Key actors: what each did", "",
           "What the reports tell the main actors did (agent) or underwent (patient, "
           "recipient), a few lines each; `sitroom timeline ACTOR` gives the whole timeline."]
    for item in items:
        a = item["actor"]
        out += ["", f"### {md(a['name'])} ({md(a.get('kind') or 'actor')}, "
                    f"{a['reports']} report{'s' if a['reports'] != 1 else ''})", ""]
        for r in item["lines"]:
            others = f"; with {md(_with(r))}" if r.get("with") else ""
            more = f" and {r['reports'] - 1} more" if r["reports"] > 1 else ""
            out.append(f"- {when(r['date'])}: **{md(r['what'])}** ({r['role']}{others}): "
                       f"{quoted(md(_short(r)))} — {md(r.get('outlet') or '')} "
                       f"(report {r['doc']}, chars {r['start']}-{r['end']}){more}")
    return out


def sentence_spans(items: Sequence[Mapping[str, Any]]) -> dict[str, list[tuple[int, int]]]:
    """The sentences the section links to, per report, to be marked in the report texts."""
    out: dict[str, list[tuple[int, int]]] = {}
    for item in items:
        for r in item["lines"]:
            out.setdefault(r["doc"], []).append((int(r["start"]), int(r["end"])))
    return out


def merge_spans(spans: Mapping[str, list[tuple[int, int]]],
                more: Mapping[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """``spans`` with ``more`` added, per report sorted and non-overlapping (of overlapping
    spans the first, longest one is kept, as ``evidence_spans``)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for doc in dict.fromkeys([*spans, *more]):
        kept: list[tuple[int, int]] = []
        for s, e in sorted(set(spans.get(doc, [])) | set(more.get(doc, [])),
                           key=lambda p: (p[0], -p[1])):
            if not kept or s >= kept[-1][1]:
                kept.append((s, e))
        out[doc] = kept
    return out


def _href(r: Mapping[str, Any], spans: Mapping[str, list[tuple[int, int]]]) -> str:
    """The anchor of the marked sentence holding the line's trigger, else the report."""
    a = r["mark"][0]
    for s, e in spans.get(r["doc"], ()):
        if s <= a < e:
            return "#" + anchor(r["doc"], s)
    return f"#report-{r['doc']}"


def html(items: Sequence[Mapping[str, Any]], spans: Mapping[str, list[tuple[int, int]]]) -> str:
    """The HTML section: per actor its lines, each linked to its sentence in the file."""
    parts = ['<p class="muted small">What the reports tell the main actors did (agent) or '
             'underwent (patient, recipient), a few lines each; <code>sitroom timeline '
             'ACTOR</code> gives the whole timeline.</p>']
    for item in items:
        a = item["actor"]
        rows = []
        for r in item["lines"]:
            others = f"; with {esc(_with(r))}" if r.get("with") else ""
            more = f" and {r['reports'] - 1} more" if r["reports"] > 1 else ""
            rows.append(f'<li>{esc(human_date(r["date"]))}: <b>{esc(r["what"])}</b> '
                        f'({esc(r["role"])}{others}): {esc(quoted(_short(r)))} — '
                        f'<a href="{esc(_href(r, spans))}">{esc(r.get("outlet") or r["doc"])}</a>'
                        f'{more}</li>')
        parts.append(f'<h3>{esc(a["name"])} <span class="muted small">'
                     f'{esc(a.get("kind") or "actor")}, {counted(a["reports"], "report")}</span></h3>'
                     f'<ul>{"".join(rows)}</ul>')
    return "".join(parts)
