"""Stories: documents grouped by the unfolding situation they report, as they arrive.

Documents are taken in arrival (ingest) order. Each joins the story whose documents it is most
like (cosine of log-scaled term vectors over content stems and names, averaged over the
story's documents) when that similarity reaches ``THRESHOLD``, else opens a new story. A
document's story depends only on the documents that arrived before it, so story ids (taken
from each story's first document) stay stable as reports keep arriving: the grouping is
incremental, never reshuffled by later input. Copies join their original's story.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .textsim import cosine, doc_terms

THRESHOLD = 0.12  # average cosine to a story's documents needed to join it
MAX_TERMS = 80  # the strongest terms kept per document (bounds the cost per comparison)


def _vector(text: str) -> dict[str, float]:
    """Log-scaled, l2-normalised term weights of a text (no corpus statistics, so a vector
    never changes when other documents arrive)."""
    tf = Counter(doc_terms(text))
    weights = sorted(((1.0 + math.log(c), t) for t, c in tf.items()), reverse=True)[:MAX_TERMS]
    norm = math.sqrt(sum(w * w for w, _ in weights))
    return {t: w / norm for w, t in weights} if norm else {}


@dataclass
class _Story:
    id: str
    docs: list[str] = field(default_factory=list)
    vectors: list[dict[str, float]] = field(default_factory=list)

    def similarity(self, vec: dict[str, float]) -> float:
        return sum(cosine(vec, v) for v in self.vectors) / len(self.vectors)


def assign_stories(documents: list[dict[str, Any]], texts: dict[str, str],
                   threshold: float = THRESHOLD) -> dict[str, str]:
    """Doc id -> story id for ``documents`` (metadata rows in arrival order, with ``id`` and
    optional ``copy_of``); ``texts``: doc id -> text."""
    stories: list[_Story] = []
    story_of: dict[str, str] = {}
    for d in documents:
        did = d["id"]
        if d.get("copy_of") in story_of:
            story_of[did] = story_of[d["copy_of"]]
            continue
        vec = _vector(texts.get(did, ""))
        best, score = None, threshold
        for s in stories:
            sim = s.similarity(vec)
            if sim >= score:
                best, score = s, sim
        if best is None:
            best = _Story("story:" + did)
            stories.append(best)
        best.docs.append(did)
        best.vectors.append(vec)
        story_of[did] = best.id
    return story_of


def story_records(documents: list[dict[str, Any]], story_of: dict[str, str]
                  ) -> list[dict[str, Any]]:
    """The ``stories`` records: id, title (of the first document with one), docs, first and
    last publication time and outlets; largest story first."""
    by_story: dict[str, list[dict[str, Any]]] = {}
    for d in documents:
        by_story.setdefault(story_of[d["id"]], []).append(d)
    out = []
    for sid, docs in by_story.items():
        published = sorted(d["published"] for d in docs if d.get("published"))
        out.append({
            "id": sid,
            "title": next((d["title"] for d in docs if d.get("title")), None),
            "docs": [d["id"] for d in docs],
            "first": published[0] if published else None,
            "last": published[-1] if published else None,
            "outlets": sorted({d["outlet"] for d in docs if d.get("outlet")}),
        })
    out.sort(key=lambda s: (-len(s["docs"]), s["first"] or "", s["id"]))
    return out
