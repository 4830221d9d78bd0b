"""Stories: documents grouped by the unfolding situation they report, as they arrive.

Documents are taken in arrival (ingest) order. Each joins the story whose documents it is most
like (cosine of log-scaled term vectors over content stems and names, averaged over the
story's documents, kept as one sum per story; for a short message, at least its cosine to the
story's centroid) when that similarity reaches ``THRESHOLD``, else opens a new story. A
document's story depends only on the documents that arrived before it, so story ids (taken
from each story's first document) stay stable as reports keep arriving: the grouping is
incremental, never reshuffled by later input. Copies join their original's story.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from .textsim import doc_terms

THRESHOLD = 0.12  # average cosine to a story's documents needed to join it
MAX_TERMS = 80  # the strongest terms kept per document (bounds the cost per comparison)
SHORT_TERMS = 40  # a document with fewer distinct terms is short (compared to centroids)


def _vector(text: str, extra: Iterable[str] = ()) -> dict[str, float]:
    """Log-scaled, l2-normalised term weights of a text and its ``extra`` terms (no corpus
    statistics, so a vector never changes when other documents arrive)."""
    tf = Counter(doc_terms(text)) + Counter(extra)
    weights = sorted(((1.0 + math.log(c), t) for t, c in tf.items()), reverse=True)[:MAX_TERMS]
    norm = math.sqrt(sum(w * w for w, _ in weights))
    return {t: w / norm for w, t in weights} if norm else {}


class Stories:
    """Stories built incrementally: :meth:`add` puts one arriving document into the story it
    is most like, or opens a new story with the document's id (``story:<doc id>``).

    A story keeps the sum of its documents' (unit) vectors, so the average cosine of a new
    document to its documents is one sparse dot product; an inverted index over the stories'
    terms limits the comparison to stories sharing a term with the document."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.story_of: dict[str, str] = {}
        self._sum: dict[str, dict[str, float]] = {}
        self._size: dict[str, int] = {}
        self._opened: dict[str, int] = {}
        self._square: dict[str, float] = {}  # squared norm of each story's vector sum
        self._by_term: dict[str, list[str]] = defaultdict(list)

    def _similarity(self, sid: str, dot: float, short: bool) -> float:
        """Average cosine of a document (``dot``: its dot product with the story's vector
        sum) to the story's documents; for a short document, at least its cosine to the
        story's centroid (a few-line message shares few of a long report's terms)."""
        average = dot / self._size[sid]
        if not short:
            return average
        return max(average, dot / math.sqrt(self._square[sid])) if self._square[sid] else average

    def add(self, doc: str, text: str, copy_of: str | None = None,
            extra: Iterable[str] = ()) -> str:
        """The story of the arriving document ``doc`` (a copy joins its original's story).
        ``extra``: language-independent terms of the document (its linked actors and
        resolved places), which let reports in different languages meet."""
        if doc in self.story_of:
            return self.story_of[doc]
        if copy_of in self.story_of:
            self.story_of[doc] = self.story_of[copy_of]
            return self.story_of[doc]
        vec = _vector(text, extra)
        scores: dict[str, float] = defaultdict(float)
        for t, w in vec.items():
            for sid in self._by_term.get(t, ()):
                scores[sid] += w * self._sum[sid][t]
        short = len(vec) < SHORT_TERMS
        ranked = sorted((-self._similarity(sid, dot, short), self._opened[sid], sid)
                        for sid, dot in scores.items())  # on a tie, the older story
        best = ranked[0][2] if ranked and -ranked[0][0] >= self.threshold else None
        if best is None:
            best = "story:" + doc
            self._sum[best], self._size[best], self._square[best] = {}, 0, 0.0
            self._opened[best] = len(self._opened)
        total = self._sum[best]
        for t, w in vec.items():
            if t not in total:
                self._by_term[t].append(best)
            old = total.get(t, 0.0)
            total[t] = old + w
            self._square[best] += (old + w) ** 2 - old ** 2
        self._size[best] += 1
        self.story_of[doc] = best
        return best


def assign_stories(documents: list[dict[str, Any]], texts: dict[str, str],
                   threshold: float = THRESHOLD,
                   terms: dict[str, list[str]] | None = None) -> dict[str, str]:
    """Doc id -> story id for ``documents`` (metadata rows in arrival order, with ``id`` and
    optional ``copy_of``); ``texts``: doc id -> text; ``terms``: doc id -> extra terms."""
    stories = Stories(threshold)
    terms = terms or {}
    for d in documents:
        stories.add(d["id"], texts.get(d["id"], ""), d.get("copy_of"), terms.get(d["id"], ()))
    return stories.story_of


def story_records(documents: list[dict[str, Any]], story_of: dict[str, str]
                  ) -> list[dict[str, Any]]:
    """The ``stories`` records: id, title (of the first document with one), docs, first and
    last publication time and outlets; largest story first."""
    by_story: dict[str, list[dict[str, Any]]] = {}
    for d in documents:
        by_story.setdefault(story_of[d["id"]], []).append(d)
    out: list[dict[str, Any]] = []
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
