"""Story grouping of the shipped picture against gold stories (B-cubed, purity).

Two gold sets, told apart by the folder given:

- **ECB+** (``coref-ecbplus``): each document is a plain-text report (its sentences one a
  line, the URL line of the "plus" documents left out, as :mod:`sitroom.eval.participants`
  reads it). Each topic holds two real events of the same kind (its ECB and its ECB+
  documents), so the gold story of a document is its topic and subtopic (``1/ecb``,
  ``1/ecbplus``). ``part``: ``even`` or ``odd`` topics (alternate topics in numeric order).
- **FNC-1** (``stance-fnc1``): the article bodies grouped by story as ``scripts/links_draw.py``
  does (two bodies are of one story when a headline is related to both); each body a report of
  its own outlet, a story's bodies published on one day 30 minutes apart. ``part``: stories of
  even or odd number.

The reports of the chosen part arrive in one fixed mixed order (by a hash of their names, so
the stories of a topic do not arrive one after the other), are annotated and extracted
(:func:`sitroom.pipeline.process_documents`) and linked as ONE picture
(:func:`sitroom.link.picture.build_picture`): the score is of the stories users get. Figures
over documents: B-cubed precision, recall, F1; purity (each picture story counted for its
most common gold story) and inverse purity (each gold story for its most common picture
story); the number of picture and gold stories.
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ..errors import InputError

DAY = datetime(2015, 1, 15, 8, 0, tzinfo=UTC)  # the FNC-1 stories' day (as links_draw.py)


def _order(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()


def ecb_documents(data: Path, limit: int | None = None, part: str | None = None
                  ) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The ECB+ reports of ``part`` (rows with ``id`` and ``text``) and doc id -> gold story."""
    from .participants import _selected, _topics, read_doc

    selected = _selected(data)
    rows: list[dict[str, Any]] = []
    gold: dict[str, str] = {}
    for tdir in _topics(data, limit, part):
        for path in sorted(tdir.glob("*.xml")):
            if not selected.get(path.stem):
                continue
            text, _ = read_doc(path, selected[path.stem])
            rows.append({"id": path.stem, "text": text})
            sub = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
            gold[path.stem] = f"{tdir.name}/{sub}"
    return rows, gold


def fnc_stories(folder: Path) -> list[list[str]]:
    """FNC-1 Body IDs grouped by story (connected by related headlines), by lowest Body ID."""
    csv.field_size_limit(1 << 24)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    with open(folder / "stances.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["Stance"] != "unrelated":
                parent[find("h:" + r["Headline"])] = find(r["Body ID"])
    comp: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        if not x.startswith("h:"):
            comp[find(x)].append(x)
    return sorted((sorted(v, key=int) for v in comp.values()), key=lambda v: int(v[0]))


def fnc_documents(data: Path, limit: int | None = None, part: str | None = None
                  ) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The FNC-1 bodies of ``part`` as dated reports, and doc id -> gold story number."""
    csv.field_size_limit(1 << 24)
    with open(data / "bodies.csv", encoding="utf-8") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    groups = list(enumerate(fnc_stories(data)))
    if part in ("even", "odd"):
        groups = [(n, ids) for n, ids in groups if (n % 2 == 0) == (part == "even")]
    rows: list[dict[str, Any]] = []
    gold: dict[str, str] = {}
    for n, ids in groups[:limit] if limit else groups:
        for k, b in enumerate(ids):
            when = (DAY + timedelta(minutes=30 * k)).strftime("%Y-%m-%dT%H:%M:%SZ")
            rows.append({"id": f"fnc-{b}", "text": bodies[b], "outlet": f"fnc-{b}",
                         "published": when})
            gold[f"fnc-{b}"] = str(n)
    return rows, gold


def read(data: Path, limit: int | None = None, part: str | None = None
         ) -> tuple[str, list[dict[str, Any]], dict[str, str]]:
    """(set name, report rows in arrival order, doc id -> gold story) of the folder ``data``."""
    data = Path(data)
    if part not in (None, "even", "odd"):
        raise InputError(part, "unknown part", "use --part even or odd")
    if (data / "ECB+").is_dir():
        name, (rows, gold) = "ECB+", ecb_documents(data, limit, part)
    elif (data / "bodies.csv").is_file() and (data / "stances.csv").is_file():
        name, (rows, gold) = "FNC-1", fnc_documents(data, limit, part)
    else:
        raise InputError(str(data), "neither an ECB+ folder nor FNC-1 (bodies.csv, stances.csv)",
                         "point --data at ../shared/eval/coref-ecbplus or stance-fnc1")
    rows.sort(key=lambda r: _order(r["id"]))
    return name, rows, gold


def extract_rows(rows: list[dict[str, Any]]) -> list[Any]:
    """The Extraction of each report (annotated and extracted as the pipeline does)."""
    from ..model import Document
    from ..pipeline import process_documents

    docs = [Document(id=r["id"], text=r["text"], outlet=r.get("outlet"),
                     published=r.get("published")) for r in rows]
    return process_documents(docs)


def picture_stories(rows: list[dict[str, Any]], extractions: list[Any]) -> dict[str, str]:
    """Doc id -> story id of the picture the link stage builds of the reports."""
    from ..link.picture import build_picture

    meta = [{k: v for k, v in r.items() if k != "text"} for r in rows]
    picture = build_picture(meta, extractions, {r["id"]: r["text"] for r in rows})
    return {d: s["id"] for s in picture["stories"] for d in s["docs"]}


def score(gold: dict[str, str], got: dict[str, str]) -> dict[str, Any]:
    """B-cubed precision, recall and F1, purity and inverse purity of ``got`` against ``gold``
    (doc id -> story; a document missing from ``got`` is a story of its own)."""
    docs = sorted(gold)
    got = {d: got.get(d, "single:" + d) for d in docs}
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_got: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        by_gold[gold[d]].add(d)
        by_got[got[d]].add(d)
    n = len(docs)
    if not n:
        return {"b3_precision": 0.0, "b3_recall": 0.0, "b3_f1": 0.0, "purity": 0.0,
                "inverse_purity": 0.0, "n_docs": 0, "n_stories": 0, "n_gold": 0}
    p = sum(len(by_got[got[d]] & by_gold[gold[d]]) / len(by_got[got[d]]) for d in docs) / n
    r = sum(len(by_got[got[d]] & by_gold[gold[d]]) / len(by_gold[gold[d]]) for d in docs) / n
    purity = sum(Counter(gold[d] for d in m).most_common(1)[0][1] for m in by_got.values()) / n
    inverse = sum(Counter(got[d] for d in m).most_common(1)[0][1] for m in by_gold.values()) / n
    return {"b3_precision": p, "b3_recall": r, "b3_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "purity": purity, "inverse_purity": inverse, "n_docs": n,
            "n_stories": len(by_got), "n_gold": len(by_gold)}


def evaluate(data: Path, limit: int | None = None, part: str | None = None,
             **options: Any) -> dict[str, Any]:
    """The picture's stories of the reports under ``data`` (ECB+ or FNC-1; ``limit``: first N
    topics or stories; ``part``: even or odd) scored against the gold stories."""
    name, rows, gold = read(Path(data), limit, part)
    got = picture_stories(rows, extract_rows(rows))
    result = score(gold, got)
    result.update(set=name, part=part or "all")
    return result


def format_text(result: dict[str, Any]) -> str:
    return "\n".join([
        f"Stories of the picture, {result['set']} ({result['part']}): {result['n_docs']} reports, "
        f"{result['n_gold']} gold stories, {result['n_stories']} picture stories",
        f"B-cubed P {result['b3_precision']:.3f}  R {result['b3_recall']:.3f}  "
        f"F1 {result['b3_f1']:.3f}",
        f"purity {result['purity']:.3f}  inverse purity {result['inverse_purity']:.3f}",
    ])
