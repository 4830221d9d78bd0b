"""Cross-document event coreference: which event mentions of different reports are one event.

Two steps, as in published gold-mention systems (e.g. Barhom et al. 2019):

1. documents are grouped by content (TF-IDF cosine, average-linkage clustering), unless the
   caller gives each mention a ``topic``;
2. within each group, every pair of mentions gets a coreference probability from a small
   logistic model over lexical and context features (trigger lemma / stem / synonym /
   phrasal-verb match, a particle read from the sentence, sentence similarity, overlap of
   the words next to the triggers (their arguments), similarity of the two documents with
   idf taken within the group, relative to each document's best neighbour and as the level
   at which they join in the group's document tree (tells the incidents of one topic apart),
   shared or clashing actors, places, dates and numbers, same document / sentence,
   reporting verbs, pronoun anaphors, event type), and mentions are merged by average-linkage
   agglomerative clustering until the best average probability falls under a threshold;
   mentions of two documents that join in the group's document tree below a similarity
   ``subtopic`` (different incidents of one topic) are never merged.

The weights and threshold are fitted by ``sitroom train coref`` (:func:`sitroom.training.logistic.fit_weights`,
:func:`sitroom.training.coref.train`: logistic regression on the mention pairs of the ECB+
development topics, threshold and subtopic cut chosen on leave-topics-out probabilities) and
read from ``data/coref_model.json``; the constants below are the fallback. Nothing here
depends on a particular story.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import combinations
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import cophenet, fcluster, linkage
from scipy.spatial.distance import squareform

from .. import lexicon
from . import blockcache
from .textsim import (STOPWORDS, TfIdf, content_stems, cosine, doc_terms, numbers, stem,
                      words)


@dataclass(frozen=True)
class MentionFeatures:
    """What the clusterer sees of one event mention.

    ``key`` is unique over the input; ``doc`` the report it comes from; ``topic`` an optional
    group (mentions of different topics are never merged; None: found by document clustering);
    ``trigger`` the words of the mention, ``lemma`` its head lemma; ``sentence`` its sentence;
    actors/places/date/type optional arguments (free text, ISO date, event type code).
    """

    key: str
    doc: str
    topic: str | None
    trigger: str
    lemma: str
    sentence: str
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    date: str | None = None
    type: str | None = None


# General news-event synonym sets (stems of lemmas); a pair of triggers in one set may corefer.
_SYNSETS: tuple[frozenset[str], ...] = tuple(
    frozenset(stem(w) for w in group.split())
    for group in lexicon.word_list("event_synonyms", "sets")
)


def _syn(a: str, b: str) -> bool:
    return any(a in s and b in s for s in _SYNSETS)


def trigger_related(a: str, b: str) -> bool:
    """Whether two trigger stems are in one of the general news-event synonym sets."""
    return _syn(a, b)


def synonym_sets(trigger_stem: str) -> tuple[str, ...]:
    """Keys ("syn:3") of the general news-event synonym sets holding a trigger stem."""
    return tuple(f"syn:{i}" for i, s in enumerate(_SYNSETS) if trigger_stem in s)


REPORTING = frozenset(stem(w) for w in lexicon.words("reporting_verbs", "event_coreference"))

FEATURES = ("bias", "lemma_eq", "stem_eq", "synonym", "trigger_overlap", "sent_cos",
            "lemma_and_context", "doc_cos", "lemma_and_doc", "doc_rel", "lemma_and_doc_rel",
            "doc_tree", "lemma_and_doc_tree", "same_doc", "lemma_and_same_doc",
            "same_sentence", "reporting", "actors", "places", "date", "numbers",
            "actors_clash", "places_clash", "numbers_clash", "window_cos", "match_and_window",
            "other_and_window", "pronoun", "pronoun_and_doc_tree", "type_eq", "type_diff")

# Fallback logistic weights over the first FEATURES (used when data/coref_model.json is
# missing or was fitted on other features), fitted (L2 1.0) on the ECB+ development topics;
# the two type weights are set by hand (ECB+ has no event types). `sitroom train coref`
# refits them reproducibly and writes MODEL_PATH.
_FALLBACK = dict(zip(
    ("bias", "lemma_eq", "stem_eq", "synonym", "trigger_overlap", "sent_cos",
     "lemma_and_context", "doc_cos", "lemma_and_doc", "doc_rel", "lemma_and_doc_rel",
     "same_doc", "lemma_and_same_doc", "same_sentence", "reporting", "actors", "places",
     "date", "numbers", "actors_clash", "places_clash", "numbers_clash", "type_eq",
     "type_diff"),
    (-5.05, 0.67, 0.12, 1.45, 0.43, 0.24, 2.02, 0.20, 2.82, 1.75, 3.06, -0.38,
     -3.29, -3.14, -2.77, 0.59, -0.00, -0.35, 0.73, -0.66, -0.27, -0.44, 0.5, -1.5)))
# Features the training data cannot inform (ECB+ has no event types): weights kept as set here.
FIXED = {"type_eq": 0.5, "type_diff": -1.5}
WEIGHTS = np.array([_FALLBACK.get(f, 0.0) for f in FEATURES])
THRESHOLD = 0.12  # average coreference probability needed to merge two clusters (fallback)
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "coref_model.json"
DOC_THRESHOLD = 0.1  # average TF-IDF cosine needed to put two documents in one topic
SUBTOPIC = 0.12  # document-tree similarity below which two documents are different incidents


@dataclass(frozen=True)
class _Prepared:
    lemma: str
    stem: str
    phrase: str | None  # stem of the meaning of a phrasal trigger ("opened fire": shoot)
    trigger: frozenset[str]
    vec: dict[str, float]
    actors: frozenset[str]
    places: frozenset[str]
    nums: frozenset[str]
    window: dict[str, float]  # TF-IDF vector of the content words next to the trigger
    pronoun: bool  # the trigger is a pronoun ("it", "this"): an anaphor of another event
    synsets: frozenset[int] = frozenset()  # the synonym sets holding its stem or phrase stem


def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for n in names for w in words(n) if w not in STOPWORDS)


# Phrasal triggers whose meaning is not their head's: (head stem, particle/object stem) -> stem
_PHRASES = {
    (stem(head), stem(part)): stem(meaning)
    for head, part, meaning in (
        ("open", "fire", "shoot"), ("opened", "fire", "shoot"), ("pass", "away", "die"),
        ("passed", "away", "die"), ("set", "fire", "burn"), ("catch", "fire", "burn"),
        ("caught", "fire", "burn"), ("step", "down", "resign"), ("take", "over", "acquire"),
        ("took", "over", "acquire"), ("gun", "down", "kill"), ("break", "out", "escape"),
        ("broke", "out", "escape"), ("lay", "off", "fire"), ("laid", "off", "fire"),
        ("blow", "up", "explode"), ("blew", "up", "explode"), ("shut", "down", "close"),
        ("make", "off", "escape"), ("made", "off", "escape"),
    )
}


def phrase_stem(trigger: str) -> str | None:
    """The stem of what a phrasal trigger means ("opened fire": shoot), if it is one."""
    ws = [stem(w) for w in words(trigger)]
    return next((_PHRASES[p] for p in zip(ws, ws[1:]) if p in _PHRASES), None)


WINDOW = 5  # words either side of the trigger that stand for its arguments
PRONOUNS = frozenset("it this that which these those what".split())


def _locate(trigger: list[str], sent: list[str]) -> int | None:
    """Index in ``sent`` where the words ``trigger`` start (first occurrence), if they do."""
    k = len(trigger)
    if not k:
        return None
    return next((i for i in range(len(sent) - k + 1) if sent[i:i + k] == trigger), None)


def _prepare(m: MentionFeatures, space: TfIdf, sentence_stems: list[str] | None = None
             ) -> _Prepared:
    lemma = m.lemma.lower().strip()
    trig = frozenset(content_stems(m.trigger)) or frozenset([stem(lemma)])
    tw, sw = words(m.trigger), words(m.sentence)
    at = _locate(tw, sw)
    near: list[str] = []
    phrase = phrase_stem(m.trigger)
    if at is not None:
        end = at + len(tw)
        near = [stem(w) for w in sw[max(0, at - WINDOW):at] + sw[end:end + WINDOW]
                if w not in STOPWORDS and not w.isdigit()]
        if phrase is None and end < len(sw):  # a particle outside the span: "passed | away"
            phrase = phrase_stem(" ".join(tw + sw[end:end + 1]))
    st = stem(lemma)
    if sentence_stems is None:
        sentence_stems = content_stems(m.sentence)
    return _Prepared(lemma, st, phrase, trig, space.vector(sentence_stems),
                     _name_words(m.actors), _name_words(m.places), frozenset(numbers(m.sentence)),
                     space.vector(near), lemma in PRONOUNS or " ".join(tw) in PRONOUNS,
                     _synset_ids(st) | (_synset_ids(phrase) if phrase else frozenset()))


@lru_cache(maxsize=4096)
def _synset_ids(trigger_stem: str) -> frozenset[int]:
    """Indexes of the synonym sets holding a trigger stem: two stems are synonyms (``_syn``)
    exactly when their index sets meet."""
    return frozenset(i for i, s in enumerate(_SYNSETS) if trigger_stem in s)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """:func:`sitroom.link.textsim.jaccard` of two sets, without copying them."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def pair_features(a: MentionFeatures, b: MentionFeatures, pa: _Prepared, pb: _Prepared,
                  doc: tuple[float, ...]) -> list[float]:
    """Feature values (in the order of FEATURES) for one pair of mentions; ``doc`` gives the
    similarity of their documents: TF-IDF cosine, that cosine over the best either document
    reaches with any other document of the group, and the average-linkage similarity at which
    the two documents join in the group's document tree (1.0 for one document)."""
    lemma_eq = float(pa.lemma == pb.lemma)
    stem_eq = float(pa.stem == pb.stem)
    # any(_syn(x, y)) over their stems and phrase stems: a synonym set holds one of each
    syn = float(not pa.synsets.isdisjoint(pb.synsets))
    sent = cosine(pa.vec, pb.vec)
    both_types = a.type is not None and b.type is not None
    match = max(lemma_eq, stem_eq, syn)
    doc_cos, doc_rel, doc_tree = doc
    win = cosine(pa.window, pb.window)
    pron = float(pa.pronoun or pb.pronoun)
    same_doc = float(a.doc == b.doc)
    # in the order of FEATURES
    return [
        1.0, lemma_eq, stem_eq, syn,
        _jaccard(pa.trigger, pb.trigger), sent,
        match * sent, doc_cos, match * doc_cos,
        doc_rel, match * doc_rel,
        doc_tree, match * doc_tree,
        same_doc, match * same_doc,
        float(a.doc == b.doc and a.sentence == b.sentence),
        float(pa.stem in REPORTING and pb.stem in REPORTING),
        _jaccard(pa.actors, pb.actors), _jaccard(pa.places, pb.places),
        float(a.date is not None and a.date == b.date),
        _jaccard(pa.nums, pb.nums),
        float(bool(pa.actors and pb.actors) and not pa.actors & pb.actors),
        float(bool(pa.places and pb.places) and not pa.places & pb.places),
        float(bool(pa.nums and pb.nums) and not pa.nums & pb.nums),
        win, match * win,
        (1.0 - match) * win * doc_tree,
        pron, pron * doc_tree,
        float(both_types and a.type == b.type),
        float(both_types and a.type != b.type),
    ]


def _doc_vectors(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    return _vectors({d: doc_terms(t) for d, t in texts.items()})


def _vectors(toks: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """TF-IDF vectors of tokenised documents, idf taken over these documents."""
    space = TfIdf(toks.values())
    return {d: space.vector(t) for d, t in toks.items()}


def _tree_similarity(sim: np.ndarray) -> np.ndarray:
    """Similarity at which two items join in the average-linkage tree of ``sim``."""
    if sim.shape[0] < 2:
        return np.ones_like(sim)
    sim = sim.copy()
    np.fill_diagonal(sim, 1.0)
    return 1.0 - squareform(cophenet(merge_tree(sim)))


NAMES = ("E_", "N_")  # the prefixes doc_terms gives names and numbers
NAME_WEIGHT = 3.0


def _shared_vectors(toks: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Document vectors for telling the incidents of one topic apart: each term a document
    uses (once, however often) weighted by its idf over these documents, leaving out terms
    only one document uses when there are three or more (they show nothing shared, and only
    dilute the cosine). Names and numbers, what tells one incident from another of its kind,
    weigh NAME_WEIGHT times more."""
    df: Counter[str] = Counter(t for ts in toks.values() for t in set(ts))
    n = len(toks)
    out = {}
    for d, ts in toks.items():
        v = {t: (math.log((1 + n) / (1 + df[t])) + 1.0) * (NAME_WEIGHT if t[:2] in NAMES else 1.0)
             for t in set(ts) if df[t] > 1 or n < 3}
        norm = math.sqrt(sum(x * x for x in v.values()))
        out[d] = {t: x / norm for t, x in v.items()} if norm else {}
    return out


def pair_matrix(mentions: list[MentionFeatures], doc_vecs: dict[str, dict[str, float]]
                ) -> np.ndarray:
    """Feature tensor [i, j, f] for all pairs of ``mentions`` (one topic group), given the
    TF-IDF vectors of their documents."""
    stems = [content_stems(m.sentence) for m in mentions]  # each sentence's stems once
    space = TfIdf(stems)
    prepared = [_prepare(m, space, st) for m, st in zip(mentions, stems)]
    docs = sorted({m.doc for m in mentions})
    dsim = _similarities([doc_vecs[d] for d in docs])
    np.fill_diagonal(dsim, 0.0)
    row = {d: k for k, d in enumerate(docs)}
    best = {d: float(dsim[row[d]].max()) for d in docs}
    tree = _tree_similarity(dsim)
    n = len(mentions)
    out = np.zeros((n, n, len(FEATURES)))
    if n < 2:
        return out
    values = np.empty((n * (n - 1) // 2, len(FEATURES)))
    for k, (i, j) in enumerate(combinations(range(n), 2)):
        a, b = mentions[i], mentions[j]
        if a.doc == b.doc:
            doc = (1.0, 1.0, 1.0)
        else:
            ra, rb = row[a.doc], row[b.doc]
            dc = float(dsim[ra, rb])
            top = max(best[a.doc], best[b.doc])
            doc = (dc, dc / top if top > 0 else 0.0, float(tree[ra, rb]))
        values[k] = pair_features(a, b, prepared[i], prepared[j], doc)
    first, second = np.triu_indices(n, 1)  # the pairs in the order combinations gives them
    out[first, second] = values
    out[second, first] = values
    return out


def _similarities(vecs: list[dict[str, float]]) -> np.ndarray:
    """Dense matrix of the dot products (cosines) of sparse l2-normalised vectors."""
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, v in enumerate(vecs):
        for t, x in v.items():
            rows.append(r)
            cols.append(vocab.setdefault(t, len(vocab)))
            vals.append(x)
    m = np.zeros((len(vecs), max(len(vocab), 1)))
    m[rows, cols] = vals
    return m @ m.T


def _mention_doc_texts(mentions: list[MentionFeatures]) -> dict[str, str]:
    texts: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if m.sentence not in texts[m.doc]:
            texts[m.doc].append(m.sentence)
    return {d: " ".join(s) for d, s in texts.items()}


def _agglomerate(prob: np.ndarray, threshold: float) -> list[int]:
    """Average-linkage clustering of a symmetric probability matrix; labels per item."""
    n = prob.shape[0]
    if n == 1:
        return [0]
    return list(fcluster(merge_tree(prob), t=1.0 - threshold, criterion="distance"))


def merge_tree(prob: np.ndarray) -> np.ndarray:
    """The average-linkage merge tree (scipy linkage) of a symmetric probability matrix of two
    or more items, distance 1 - probability; cut it at 1 - threshold."""
    dist = np.clip(1.0 - prob, 0.0, None)
    np.fill_diagonal(dist, 0.0)
    return linkage(dist[np.triu_indices(prob.shape[0], 1)], method="average")


def cluster_documents(texts: dict[str, str], threshold: float | None = None) -> dict[str, str]:
    """Group documents by content: TF-IDF cosine over content-word stems, average linkage.

    Requires a mapping doc id -> text; returns doc id -> topic label ("t0", "t1", ...).
    Documents whose average similarity reaches ``threshold`` (default DOC_THRESHOLD) share a
    topic.
    """
    ids = list(texts)
    if not ids:
        return {}
    by_doc = _doc_vectors(texts)
    vecs = [by_doc[d] for d in ids]
    n = len(ids)
    sim = np.eye(n)
    for i, j in combinations(range(n), 2):
        sim[i, j] = sim[j, i] = cosine(vecs[i], vecs[j])
    labels = _agglomerate(sim, DOC_THRESHOLD if threshold is None else threshold)
    return {d: f"t{lab}" for d, lab in zip(ids, labels)}


@dataclass(frozen=True)
class PairModel:
    """The pair model: logistic weights over ``features`` and the merge threshold."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    threshold: float
    source: str = "fallback"
    subtopic: float = 0.0  # documents joining in their group's tree below this: apart

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Coreference probabilities of a feature tensor [..., len(FEATURES)]."""
        w = np.array([dict(zip(self.features, self.weights)).get(f, 0.0) for f in FEATURES])
        return 1.0 / (1.0 + np.exp(-(x @ w)))

    def merge_probabilities(self, x: np.ndarray) -> np.ndarray:
        """The probabilities the clusterer merges by: as :meth:`probabilities`, but 0 for the
        mentions of two documents that join in their group's document tree (feature
        ``doc_tree``) below ``subtopic``. The group's documents are thus cut into subtopics
        (the incidents of one topic, Cybulska & Vossen 2015) before mentions are clustered
        within each; a mention of one document is never kept from the others of it."""
        p = self.probabilities(x)
        if self.subtopic > 0.0:
            p = np.where(x[..., FEATURES.index("doc_tree")] < self.subtopic, 0.0, p)
        return p


FALLBACK_MODEL = PairModel(FEATURES, tuple(float(w) for w in WEIGHTS), THRESHOLD,
                           subtopic=SUBTOPIC)
_MODELS: dict[str, PairModel] = {}


def load_model(path: Path | None = None) -> PairModel:
    """The pair model written by ``sitroom train coref`` (default MODEL_PATH), or the fallback
    constants when the file is missing or was fitted on other features than FEATURES."""
    path = Path(path or MODEL_PATH)
    key = str(path)
    if key not in _MODELS:
        model = FALLBACK_MODEL
        if path.is_file():
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                feats = tuple(raw["features"])
                if set(feats) == set(FEATURES):
                    model = PairModel(feats, tuple(float(w) for w in raw["weights"]),
                                      float(raw["threshold"]), str(path.name),
                                      float(raw.get("subtopic", 0.0)))
            except (ValueError, KeyError, TypeError) as exc:
                from ..errors import InputError
                raise InputError(str(path), f"unreadable coreference model: {exc}",
                                 "rerun `sitroom train coref` or delete the file") from exc
        _MODELS[key] = model
    return _MODELS[key]


def _texts_of(mentions: list[MentionFeatures], doc_texts: dict[str, str] | None
              ) -> dict[str, str]:
    """Each document of ``mentions`` -> its text in ``doc_texts``, else the text of its
    mentions' sentences (:func:`_mention_doc_texts`, made only for the documents without one)."""
    given = doc_texts or {}
    docs = dict.fromkeys(m.doc for m in mentions)
    texts = _mention_doc_texts([m for m in mentions if m.doc not in given])
    return {d: given[d] if d in given else texts[d] for d in docs}


def topic_groups(mentions: list[MentionFeatures], doc_texts: dict[str, str] | None = None,
                 texts: dict[str, str] | None = None) -> list[list[MentionFeatures]]:
    """The mentions split into the groups clustered apart: by ``topic`` where given, else by
    clustering their documents (the text of their sentences, or ``doc_texts``). ``texts``:
    :func:`_texts_of` the mentions, if the caller has it already."""
    if texts is None:
        texts = _texts_of(mentions, doc_texts)
    untopiced = {m.doc for m in mentions if m.topic is None}
    doc_topic = cluster_documents({d: texts[d] for d in untopiced}) if untopiced else {}
    groups: dict[str, list[MentionFeatures]] = defaultdict(list)
    for m in mentions:
        groups["g:" + m.topic if m.topic is not None else "d:" + doc_topic[m.doc]].append(m)
    return list(groups.values())


def group_features(groups: list[list[MentionFeatures]], doc_texts: dict[str, str] | None = None
                   ) -> list[np.ndarray | None]:
    """The pair feature tensor of each group (None for a group of one mention)."""
    return list(_group_features(groups, doc_texts))


def _group_features(groups: list[list[MentionFeatures]], doc_texts: dict[str, str] | None
                    ) -> Iterator[np.ndarray | None]:
    """:func:`group_features` one group at a time (a tensor is dropped once its labels are
    taken: at 10,000 reports the blocks' tensors together held about 350 MB)."""
    texts = _mention_doc_texts([m for g in groups for m in g])
    if doc_texts:
        texts.update({d: t for d, t in doc_texts.items() if d in texts})
    toks: dict[str, list[str]] = {}  # each document tokenised once, whatever its groups
    left = Counter(d for g in groups if len(g) > 1 for d in {m.doc for m in g})
    for group in groups:
        if len(group) == 1:
            yield None
            continue
        # idf within the group: words shared by the whole topic weigh little, what tells
        # one incident from another (names, numbers, places) weighs much
        docs = {m.doc for m in group}
        for d in docs - toks.keys():
            toks[d] = doc_terms(texts[d])
        vectors = _shared_vectors({m.doc: toks[m.doc] for m in group})
        for d in docs:  # a document's terms are kept only while a group still needs them
            left[d] -= 1
            if not left[d]:
                del toks[d]
        yield pair_matrix(group, vectors)


def cluster_events(mentions: list[MentionFeatures], threshold: float | None = None,
                   doc_texts: dict[str, str] | None = None, model: PairModel | None = None
                   ) -> list[list[str]]:
    """Cluster event mentions into events; returns lists of mention keys (every key once).

    Mentions with a ``topic`` are clustered only with mentions of the same topic; mentions
    without one are first grouped by clustering their documents (the text of their
    sentences). ``doc_texts`` (doc id -> full text, optional) gives the document similarity
    feature and grouping more to go on than the mentions' sentences. ``threshold`` (default
    the model's) is the average pairwise coreference probability two clusters need to merge:
    higher gives smaller events. ``model``: the pair model (default :func:`load_model`).
    """
    if len({m.key for m in mentions}) != len(mentions):
        raise ValueError("cluster_events: mention keys must be unique")
    model = load_model() if model is None else model
    thr = model.threshold if threshold is None else threshold
    texts = _texts_of(mentions, doc_texts)
    groups = topic_groups(mentions, doc_texts, texts)
    clusters: list[list[str]] = []
    for group, labels in zip(groups, _group_labels(groups, doc_texts, model, thr, texts)):
        if labels is None:
            clusters.append([group[0].key])
            continue
        found: dict[int, list[str]] = defaultdict(list)
        for m, lab in zip(group, labels):
            found[lab].append(m.key)
        clusters.extend(found.values())
    return clusters


def _group_labels(groups: list[list[MentionFeatures]], doc_texts: dict[str, str] | None,
                  model: PairModel, thr: float, texts: dict[str, str]
                  ) -> Iterator[list[int] | None]:
    """Each group's cluster labels (None for one mention); through the block cache of the link
    running, if any (:mod:`sitroom.link.blockcache`: the same input gives the same labels).
    ``texts``: :func:`_texts_of` the groups' mentions."""
    cache = blockcache.active()
    if cache is None:
        for x in _group_features(groups, doc_texts):
            yield None if x is None else _agglomerate(model.merge_probabilities(x), thr)
        return
    keys = [blockcache.block_key(g, texts, model, thr) if len(g) > 1 else "" for g in groups]
    computed: dict[str, list[int]] = {}
    mapper = blockcache.mapper()
    if mapper is not None:  # the blocks to compute, on the workers
        todo = {k: g for k, g in zip(keys, groups) if k}
        missing = list(dict.fromkeys(cache.missing(list(todo))))
        if len(missing) >= blockcache.MIN_MAPPED:
            args = [(todo[k], {m.doc: texts[m.doc] for m in todo[k] if m.doc in texts}, model,
                     thr) for k in missing]
            computed = dict(zip(missing, mapper(_cluster_block, args)))
    for g, key in zip(groups, keys):
        if len(g) == 1:
            yield None
            continue
        yield cache.labels(key, partial(computed.__getitem__, key) if key in computed
                           else partial(_cluster_block, g, texts, model, thr))


def _cluster_block(group: list[MentionFeatures], texts: dict[str, str], model: PairModel,
                   thr: float) -> list[int]:
    """The cluster labels of one block of two mentions or more (computed when not cached)."""
    x = group_features([group], texts)[0]
    assert x is not None  # a block of two or more has pair features
    return _agglomerate(model.merge_probabilities(x), thr)
