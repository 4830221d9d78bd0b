"""Stories: documents grouped by the unfolding situation they report, as they arrive.

Documents are taken in arrival (ingest) order. Each joins the story whose documents it is most
like (cosine of log-scaled term vectors over content stems and names, averaged over the
story's documents, kept as one sum per story; for a short message, at least its cosine to the
story's centroid, and ``SHORT_THRESHOLD`` is enough) when that similarity reaches
``THRESHOLD``, else opens a new story. A document's story depends only on the documents that arrived before it, so story ids (taken
from each story's first document) stay stable as reports keep arriving: the grouping is
incremental, never reshuffled by later input. Copies join their original's story.

Reports of one crisis often differ in their words (a live blog, an analysis, a wire story) and
open stories of their own; :func:`merge_related` then joins the stories that share at least
``MERGE_SHARED`` of their core actors and places (named in at least half of each story's
reports, a copy naming what its original names; a story with fewer than ``CORE_LEAST`` such
keeps its most named ones, when in ``CORE_FLOOR`` of its reports) and lie within
``MERGE_GAP_DAYS`` of each other by publication day: one crisis, not several "separate
developments". Entities core to more than ``COMMON_SHARE`` of the
stories (and to ``COMMON_STORIES`` at least, among ``COMMON_MIN`` stories or more) are not
counted there: sharing a country or a big group is no sign of one crisis; and the shared ones
must be ``MERGE_OVERLAP`` of the smaller story's core at least (two of a report's twenty
entities are not one crisis). A merged story keeps the id of the first one opened.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from ..unionfind import UnionFind
from . import blockcache
from .stories_recheck import recheck_weak
from .textsim import doc_terms

THRESHOLD = 0.16  # average cosine to a story's documents needed to join it
SHORT_THRESHOLD = 0.12  # ... for a short document (at least its cosine to the centroid)
MAX_TERMS = 80  # the strongest terms kept per document (bounds the cost per comparison)
SHORT_TERMS = 40  # a document with fewer distinct terms is short (compared to centroids)
MERGE_SHARED = 2  # core actors and places two stories share to be one crisis
MERGE_GAP_DAYS = 2  # ... when at most this many days lie between their publication spans
MERGE_OVERLAP = 0.3  # ... and they are this share at least of the smaller story's core
COMMON_SHARE = 0.05  # an entity core to more than this share of the stories ...
COMMON_STORIES = 3  # ... and to this many at least is common: weak evidence of one crisis
COMMON_MIN = 10  # stories there must be before any entity is common
CORE_SHARE = 0.5  # an entity named in this share of a story's reports is core to it
CORE_LEAST = 2  # a story's core holds its this many most named entities at least ...
CORE_FLOOR = 0.3  # ... those named in this share of its reports at least
WEAK_JOIN = 0.2  # a document that joined a story below this similarity is looked at again


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
        # documents that joined a story below ``WEAK_JOIN`` (its similarity then)
        self.weak: dict[str, float] = {}
        self._by_term: dict[str, list[str]] = defaultdict(list)
        # the same postings with each story's vector sum at hand (one look-up less per term)
        self._post: dict[str, list[tuple[str, dict[str, float]]]] = defaultdict(list)

    def state(self) -> dict[str, Any]:
        """Everything :meth:`add` depends on, as JSON-ready data (:meth:`load` restores it)."""
        return {"story_of": self.story_of, "sum": self._sum, "size": self._size,
                "opened": self._opened, "square": self._square, "by_term": self._by_term,
                "weak": self.weak}

    def load(self, state: dict[str, Any]) -> None:
        self.story_of = dict(state["story_of"])
        self._sum = {k: dict(v) for k, v in state["sum"].items()}
        self._size = dict(state["size"])
        self._opened = dict(state["opened"])
        self._square = dict(state["square"])
        self.weak = dict(state.get("weak", {}))
        self._by_term = defaultdict(list, {k: list(v) for k, v in state["by_term"].items()})
        self._post = defaultdict(list, {t: [(sid, self._sum[sid]) for sid in v]
                                        for t, v in self._by_term.items()})

    def _similarity(self, sid: str, dot: float, short: bool) -> float:
        """Average cosine of a document (``dot``: its dot product with the story's vector
        sum) to the story's documents; for a short document, at least its cosine to the
        story's centroid (a few-line message shares few of a long report's terms)."""
        average = dot / self._size[sid]
        if not short:
            return average
        return max(average, dot / math.sqrt(self._square[sid])) if self._square[sid] else average

    def dots(self, text: str, extra: Iterable[str] = ()) -> dict[str, float]:
        """The dot product of a text's vector with each story's vector sum (the stories
        sharing a term with it)."""
        scores: dict[str, float] = defaultdict(float)
        for t, w in _vector(text, extra).items():
            for sid, summed in self._post.get(t, ()):
                scores[sid] += w * summed[t]
        return scores

    def size(self, sid: str) -> int:
        return self._size[sid]

    def opened(self, sid: str) -> int:
        return self._opened[sid]

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
        post = self._post
        for t, w in vec.items():
            for sid, summed in post.get(t, ()):
                scores[sid] += w * summed[t]
        short = len(vec) < SHORT_TERMS
        ranked = sorted((-self._similarity(sid, dot, short), self._opened[sid], sid)
                        for sid, dot in scores.items())  # on a tie, the older story
        needed = min(self.threshold, SHORT_THRESHOLD) if short else self.threshold
        best = ranked[0][2] if ranked and -ranked[0][0] >= needed else None
        if best is None:
            best = "story:" + doc
            self._sum[best], self._size[best], self._square[best] = {}, 0, 0.0
            self._opened[best] = len(self._opened)
        elif -ranked[0][0] < WEAK_JOIN:
            self.weak[doc] = -ranked[0][0]
        total = self._sum[best]
        for t, w in vec.items():
            if t not in total:
                self._by_term[t].append(best)
                self._post[t].append((best, total))
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
    terms = terms or {}
    stories = _stories(documents, texts, threshold, terms)
    story_of = recheck_weak(stories, texts, terms, _originals(documents))
    return merge_related(documents, story_of, terms)


def _stories(documents: list[dict[str, Any]], texts: dict[str, str], threshold: float,
             terms: dict[str, list[str]]) -> Stories:
    """The documents put into stories in order, through the running link's part memo: the
    stories after each document are keyed by a chain hash of the documents so far (id,
    original, text, extra terms), so a new document is added to the stories stored for the
    documents before it instead of replaying the archive. A document whose input changed
    (its extra terms name actors by ids that a new report can change) breaks the chain
    there, and the documents from it on are added again."""
    stories = Stories(threshold)
    m = blockcache.memo()
    chain: list[str] = []
    h = blockcache.text_hash(repr(float(threshold)))
    for d in documents if m is not None else ():
        h = blockcache.text_hash("\0".join([h, d["id"], d.get("copy_of") or "",
                                             blockcache.text_hash(texts.get(d["id"], "")),
                                             "\x1f".join(terms.get(d["id"], ()))]))
        chain.append(h)
    found = {len(chain) - 1: v for v in m.probe("stories", chain[-1:]).values()} \
        if m is not None and chain else {}
    if not found and m is not None and len(chain) > 1:
        found = m.probe("stories", chain[:-1])
        found = dict([max(found.items())]) if found else {}
    start = 0
    if found:
        (last, state), = found.items()
        stories.load(state)
        start = last + 1
    for d in documents[start:]:
        stories.add(d["id"], texts.get(d["id"], ""), d.get("copy_of"), terms.get(d["id"], ()))
    if m is not None and chain and start < len(chain):
        m.keep("stories", chain[-1], stories.state())
    return stories


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def merge_related(documents: list[dict[str, Any]], story_of: dict[str, str],
                  terms: dict[str, list[str]], shared: int = MERGE_SHARED,
                  gap_days: int = MERGE_GAP_DAYS) -> dict[str, str]:
    """``story_of`` with the stories of one crisis joined: two stories are one when their
    core entity terms (:func:`_core`; a copy counts with its original's terms) share ``shared`` or
    more and their publication days are at most ``gap_days`` apart (undated stories are not
    kept apart by time). The joined story keeps the id of the one opened first."""
    docs: dict[str, list[str]] = {}
    for d in documents:
        if d["id"] in story_of:
            docs.setdefault(story_of[d["id"]], []).append(d["id"])
    if len(docs) < 2 or not terms:
        return story_of
    published = {d["id"]: _day(d.get("published")) for d in documents}
    # a copy names what its original names (its own extraction is left out of the picture)
    original = _originals(documents)
    core: dict[str, set[str]] = {}
    span: dict[str, tuple[date, date] | None] = {}
    for sid, members in docs.items():
        counts = Counter(t for m in members for t in set(terms.get(original[m], ())))
        core[sid] = _core(counts, len(members))
        days = sorted(x for m in members if (x := published.get(m)))
        span[sid] = (days[0], days[-1]) if days else None
    weak = common_terms(core)
    core = {sid: c - weak for sid, c in core.items()}
    order = list(docs)  # the order the stories were opened in
    pos = {sid: i for i, sid in enumerate(order)}
    by_term: dict[str, list[str]] = defaultdict(list)
    for sid in order:
        for t in core[sid]:
            by_term[t].append(sid)
    sets = UnionFind(order)
    for i, sid in enumerate(order):
        common = Counter(o for t in core[sid] for o in by_term[t] if pos[o] < i)
        for other, n in common.items():
            a, b = span[sid], span[other]
            near = a is None or b is None or (
                max(a[0], b[0]) - min(a[1], b[1])).days <= gap_days
            if n >= shared and n >= MERGE_OVERLAP * min(len(core[sid]), len(core[other])) \
                    and near:
                sets.join(sid, other)
    root = {sid: members[0] for members in sets.groups(order).values() for sid in members}
    return {d: root[s] for d, s in story_of.items()}


def _originals(documents: list[dict[str, Any]]) -> dict[str, str]:
    """Doc id -> the original it is a copy of (a copy of a copy: the first original), or
    itself."""
    copy_of = {d["id"]: d.get("copy_of") for d in documents}
    out: dict[str, str] = {}
    for doc in copy_of:
        seen, root = {doc}, doc
        while (up := copy_of.get(root)) and up not in seen:
            seen.add(up)
            root = up
        out[doc] = root
    return out


def _core(counts: Counter[str], size: int) -> set[str]:
    """The core entity terms of a story of ``size`` reports (``counts``: term -> reports
    naming it): those named in ``CORE_SHARE`` of its reports; when fewer than
    ``CORE_LEAST`` are, its ``CORE_LEAST`` most named ones among those named in
    ``CORE_FLOOR`` of them (a story of mixed reports, a wire story, a live blog and an
    analysis, names its crisis's actor in four reports of ten, not in five)."""
    core = {t for t, n in counts.items() if n >= CORE_SHARE * size}
    if len(core) < CORE_LEAST:
        top = sorted((-n, t) for t, n in counts.items() if n >= CORE_FLOOR * size)
        core |= {t for _, t in top[:CORE_LEAST]}
    return core


def common_terms(core: dict[str, set[str]], share: float = COMMON_SHARE,
                 least: int = COMMON_STORIES) -> set[str]:
    """The entity terms core to more than ``share`` of the stories ``core`` (story -> its
    core terms) and to at least ``least`` of them, among ``COMMON_MIN`` stories or more: a
    country or a big group that many stories name, no sign that two of them are one (an
    archive of a few stories is too small to tell: none)."""
    if len(core) < COMMON_MIN:
        return set()
    df = Counter(t for c in core.values() for t in c)
    return {t for t, k in df.items() if k > share * len(core) and k >= least}


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
