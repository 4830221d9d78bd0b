"""Judged actor draws over reports that are not files: the FNC-1 news bodies.

:func:`sitroom.eval.actors.actor_sample` draws actors from a folder of reports; the core of
that draw, :func:`sample_documents`, takes any list of Documents, so that a pool kept in a CSV
file (FNC-1's ``bodies.csv``: 457 real news bodies of another genre mix) can be drawn from too.
:func:`fnc1_documents` reads the bodies as ``sitroom ingest`` reads a plain-text report (the
same cleaning, so the offsets of a draw are offsets into the ingested text), each a Document
with the id ``fnc1-<Body ID>``. ``part``: ``even`` or ``odd`` takes every other body by its index
in the order of the numeric Body ID (the even half to tune on, the odd half held out).
"""

from __future__ import annotations

import csv
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Document


def fnc1_documents(bodies_csv: Path, part: str | None = None) -> list[Document]:
    """The FNC-1 bodies as Documents ``fnc1-<Body ID>`` (``part``: even / odd index)."""
    from ..ingest import _document
    from ..ingest.readers import Record, read_text

    path = Path(bodies_csv)
    if not path.is_file():
        raise InputError(str(path), "file not found", "give FNC-1's bodies.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [(r["Body ID"], r["articleBody"]) for r in csv.DictReader(fh)]
    rows.sort(key=lambda r: int(r[0]))
    if part in ("even", "odd"):
        rows = rows[(part == "odd")::2]
    elif part:
        raise InputError(str(path), f"no part {part!r}", "use part='even' or part='odd'")
    docs = []
    for body_id, text in rows:
        if not text.strip():
            continue
        ident = f"fnc1-{body_id}"
        record = read_text(ident, text)[0]
        if not isinstance(record, Record):
            continue
        docs.append(replace(_document(record, None, None), id=ident, source=ident))
    return docs


def _drawn_filter(exclude: Path, seed: int, sources: dict[str, str],
                  first: dict[str, tuple[str, int, int]]):
    rows = [r for r in (line.split("\t") for line in
                        Path(exclude).read_text(encoding="utf-8").splitlines()[1:])
            if r[0] != str(seed)]  # the rows of this very draw do not leave themselves out
    names = {r[4].strip().lower() for r in rows if len(r) > 4}
    firsts = {(r[1], int(r[2])) for r in rows if len(r) > 4}

    def drawn(a: dict) -> bool:
        own = {a["name"].lower(), *(x.lower() for x in a["aliases"])}
        if a["kind"] == "person":  # a surname drawn alone ("Jones") was this person
            own |= {n.split()[-1] for n in list(own) if n.split()}
        return bool(own & names) or (sources[first[a["id"]][0]], first[a["id"]][1]) in firsts

    return drawn


def sample_documents(docs: list[Document], n: int = 200, seed: int = 14,
                     exclude: Path | None = None) -> list[dict]:
    """A seeded random sample of the picture's actors over ``docs`` (extracted and resolved
    across reports as in the picture), each with its first mention in context; the rows of
    :func:`sitroom.eval.actors.actor_sample`. ``file`` is the file name of the report's source
    (the Document id when it has none)."""
    from ..annotate import annotate
    from ..extract.actors import extract_actors
    from ..link.actors import resolve_actors
    from ..model import Extraction

    texts = {d.id: d.text for d in docs}
    sources = {d.id: Path(d.source or d.id).name for d in docs}
    exs = [Extraction(doc=a.doc.id, actors=extract_actors(a)) for a in annotate(docs)]
    res = resolve_actors(exs)
    first: dict[str, tuple[str, int, int]] = {}
    for ex in exs:
        for mi, m in enumerate(ex.actors):
            aid = res.mention_actor.get((ex.doc, mi))
            if aid and aid not in first:
                first[aid] = (ex.doc, m.start, m.end)
    actors = sorted(res.actors, key=lambda a: a["id"])
    total = len(actors)
    if exclude is not None:
        drawn = _drawn_filter(exclude, seed, sources, first)
        actors = [a for a in actors if not drawn(a)]
    picked = random.Random(seed).sample(actors, min(n, len(actors)))
    out = []
    for a in picked:
        doc, s, e = first[a["id"]]
        t = texts[doc]
        ctx = (t[max(0, s - 60):s] + "[[" + t[s:e] + "]]" + t[e:e + 60]).replace("\n", " ")
        out.append({"id": a["id"], "name": a["name"], "kind": a["kind"],
                    "mentions": a["mentions"], "reports": len(a["docs"]),
                    "file": sources[doc], "start": s, "end": e, "context": ctx,
                    "total_actors": total, "population": len(actors)})
    return out


def judged_rows(table: str) -> list[dict[str, Any]]:
    """The rows of a judged draw's markdown table (``| # | file | start | end | name | kind |
    verdict |``)."""
    rows: list[dict[str, Any]] = []
    for line in table.splitlines():
        c = [x.strip() for x in line.split("|")]
        if len(c) > 8 and c[1].isdigit():
            rows.append({"n": int(c[1]), "file": c[2], "start": int(c[3]), "end": int(c[4]),
                         "name": c[5], "kind": c[6], "verdict": c[7]})
    return rows


def rescore_documents(table: str, docs: list[Document]) -> list[dict]:
    """:func:`sitroom.eval.actors.rescore_judged` over Documents: each judged row with ``now``,
    the actor mention the current code gives at that span (exactly, else overlapping it, else
    None) and ``exact``."""
    from ..annotate import annotate
    from ..extract.actors import extract_actors

    rows = judged_rows(table)
    wanted = {r["file"] for r in rows}
    docs = [d for d in docs if Path(d.source or d.id).name in wanted]
    src = {d.id: Path(d.source or d.id).name for d in docs}
    found = {src[a.doc.id]: [(m.start, m.end, m.text, m.name, m.kind) for m in extract_actors(a)]
             for a in annotate(docs)}
    for r in rows:
        ms = found.get(r["file"], [])
        exact = [m for m in ms if m[0] == r["start"] and m[1] == r["end"]]
        over = [m for m in ms if m[0] < r["end"] and m[1] > r["start"]]
        r["exact"] = bool(exact)
        r["now"] = (exact or over)[0] if exact or over else None
    return rows


def undrawn_documents(docs: list[Document], judged: str) -> list[Document]:
    """The Documents of ``docs`` that no judged draw in ``judged`` (the text of
    docs/judgements/actors.md) has a row in: a pool for a fresh, untouched draw."""
    used = {r["file"] for r in judged_rows(judged)}
    return [d for d in docs if Path(d.source or d.id).name not in used]


def lgl_documents(path: Path) -> list[Document]:
    """The articles of LGL's ``lgl.xml`` (local US news; or the folder holding it), read by
    :func:`sitroom.eval.geo.load`, as Documents ``lgl-<docid>`` sorted by docid as a number,
    read as :func:`fnc1_documents` reads a body (the cleaning of ``sitroom ingest`` for plain
    text). An article without a numeric docid, or two with one docid, is an error (their
    Documents would share an id: a bare ``lgl-``). The XML gives no publication date (only
    the time the feed was fetched, ``dltime``), so ``published`` is None."""
    from ..ingest import _document
    from ..ingest.readers import Record, read_text
    from .geo import _file, load

    arts = load(Path(path))
    bad = [k for k, a in enumerate(arts) if not a.docid.isdigit()]
    if bad:
        raise InputError(str(_file(Path(path))), f"article {bad[0] + 1} has no numeric docid",
                         "use LGL's lgl.xml (every <article> has a docid)")
    if len({int(a.docid) for a in arts}) < len(arts):
        raise InputError(str(_file(Path(path))), "two articles share a docid", "use LGL's lgl.xml")
    docs = []
    for art in sorted(arts, key=lambda a: int(a.docid)):
        if not art.text.strip():
            continue
        ident = f"lgl-{art.docid}"
        record = read_text(ident, art.text)[0]
        if not isinstance(record, Record):
            continue
        docs.append(replace(_document(record, None, None), id=ident, source=ident))
    return docs
