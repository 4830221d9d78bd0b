"""The report texts with their evidence sentences marked, for the HTML report and the web
app's report pages: the spans records point at, the marks, and a report's line of metadata."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from .report_text import anchor, esc, human_date, languages_label


def evidence_spans(picture: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    """Per document, the evidence sentences that records point at: sorted, non-overlapping
    (start, end) pairs (of overlapping spans the first, longest one is kept)."""
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for kind in ("actors", "places", "events", "quotes", "claims", "timeline"):
        for r in picture.get(kind, []):
            for ev in r.get("evidence") or ():
                spans[ev["doc"]].add((int(ev["start"]), int(ev["end"])))
    out: dict[str, list[tuple[int, int]]] = {}
    for doc, items in spans.items():
        kept: list[tuple[int, int]] = []
        for s, e in sorted(items, key=lambda p: (p[0], -p[1])):
            if not kept or s >= kept[-1][1]:
                kept.append((s, e))
        out[doc] = kept
    return out


def evidence_starts(picture: dict[str, Any]) -> dict[str, set[int]]:
    """Per document, the start of every evidence span records point at, those
    ``evidence_spans`` leaves inside a longer span included: each is a link's target."""
    out: dict[str, set[int]] = defaultdict(set)
    for kind in ("actors", "places", "events", "quotes", "claims", "timeline"):
        for r in picture.get(kind, []):
            for ev in r.get("evidence") or ():
                out[ev["doc"]].add(int(ev["start"]))
    return dict(out)


def marked_text(text: str, spans: list[tuple[int, int]], doc: str,
                starts: Iterable[int] = ()) -> str:
    """The escaped text with each (start, end) wrapped in ``<mark id="doc-<doc>-<start>">``.
    Requires sorted, non-overlapping spans; spans outside the text are ignored. Each of
    ``starts`` that is no mark's start (an evidence span a longer one covers, or one left
    unmarked beside it) gets an empty ``<span id="doc-<doc>-<start>">`` at its place, so that
    a link to it lands on its sentence."""
    inner = sorted(x for x in set(starts) if 0 <= x < len(text))

    def anchored(a: int, b: int, first: int) -> str:  # text[a:b], anchors at starts >= first
        out, at = [], a
        for x in inner[bisect_left(inner, first):bisect_left(inner, b)]:
            out.append(esc(text[at:x]) + f'<span id="{esc(anchor(doc, x))}"></span>')
            at = x
        return "".join(out) + esc(text[at:b])

    out, pos = [], 0
    for s, e in spans:
        if s < pos or s >= len(text):
            continue
        e = min(e, len(text))
        out.append(anchored(pos, s, pos))
        out.append(f'<mark id="{esc(anchor(doc, s))}">{anchored(s, e, s + 1)}</mark>')
        pos = e
    out.append(anchored(pos, len(text), pos))
    return "".join(out)


def document_meta(d: dict[str, Any]) -> str:
    bits = [esc(d.get("outlet") or "unknown outlet"), esc(human_date(d.get("published")))]
    if d.get("language"):
        bits.append(f'<span class="lang">language {esc(languages_label(d))}</span>')
    if d.get("author"):
        bits.append("by " + esc(d["author"]))
    if d.get("url"):
        bits.append(f'<span class="small">{esc(d["url"])}</span>')
    if d.get("copy_of"):
        bits.append(f"near-duplicate of {esc(d['copy_of'])}")
    return '<div class="docmeta muted">' + " · ".join(bits) + "</div>"
