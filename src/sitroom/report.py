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

from collections import Counter
from typing import Any

from .export import picture_dict
from .html_report import PART_NAMES, as_said, clean_sentence, counted, short  # noqa: F401
from .report_text import span_words
from .store import Store
from .report_actors import SUMMARY_ACTORS, main_actors
from .report_entities import _actors, _claims, _framing, _places, _quotes
from .report_events import _event_phrase, _stories, _what_happened  # noqa: F401
from .report_sources import _column_labels, _disputed, _overtaken, _reports, _sources_matrix  # noqa: F401
from .report_view import CERTAINTY_ORDER, _View, _md, _text, _when, readable_date  # noqa: F401


# --------------------------------------------------------------------------- sections


def _header(v: _View) -> list[str]:
    """Title, the reports and outlets, and the record counts."""
    p = v.picture
    outlets = sorted({v.outlet(d) for d in v.docs})
    published = sorted(d["published"] for d in v.docs.values() if d.get("published"))
    span = span_words(_when(published[0]), _when(published[-1])) if published else "undated"
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
    actors = main_actors(p, SUMMARY_ACTORS, v)
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


def build(picture: dict[str, Any], quality: dict[str, Any] | None = None,
          key_actors: list[dict[str, Any]] | None = None) -> str:
    """The Markdown situation report of ``picture`` (the dict of docs/format.md). ``quality``:
    the quality.json record for the footer; None reads ``sitroom/data/quality.json`` (no footer
    when it is missing); pass ``{}`` for no footer. ``key_actors``: the "Key actors: what each
    did" section's content (:func:`sitroom.report_actors.key_actors`), none when None."""
    from . import report_actors

    if quality is None:
        from .html_sources import load_quality

        quality = load_quality() or {}
    v = _View.of(picture)
    sections = [_header(v), _summary(v), _stories(v), _what_happened(v),
                report_actors.markdown(key_actors or [], _md, readable_date),
                _disputed(v), _overtaken(v),
                _sources_matrix(v), _actors(v), _places(v), _quotes(v), _claims(v), _framing(v),
                _reports(v), quality_footer(quality)]
    return "\n\n".join("\n".join(s) for s in sections if s) + "\n"


def markdown(store: Store) -> str:
    """The Markdown report of the picture stored in ``store``, with its key actors' lines."""
    from .report_actors import key_actors

    picture = picture_dict(store)
    return build(picture, key_actors=key_actors(store, picture))


def print_terminal(store: Store, console=None) -> None:
    """Print the report rendered for the terminal (rich)."""
    from rich.console import Console
    from rich.markdown import Markdown

    console = console or Console()
    console.print(Markdown(markdown(store)))
