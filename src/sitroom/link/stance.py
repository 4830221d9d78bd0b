"""Stance between reports: does a body of text agree with, disagree with, discuss, or not
relate to a headline (claim)? FNC-1 labels.

Features in the spirit of the FNC-1 baseline and the light winning models: TF-IDF and count
cosines, word / n-gram / character-gram overlap of headline and body (whole body, lead, best
matching sentences), refuting / hedging / confirming word counts near the headline's terms,
negation polarity. Classifier: a multi-class gradient-boosted tree model (softmax loss,
histogram splits) written in numpy. A trained model is shipped as ``sitroom/data/stance_model.npz``.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable, Sequence

import numpy as np

from ..errors import InputError
from .textsim import STOPWORDS, char_ngrams, cosine, ngrams, stem, words

LABELS = ("agree", "disagree", "discuss", "unrelated")
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "data" / "stance_model.npz"

REFUTING = ("fake", "fraud", "hoax", "false", "deny", "denies", "denied", "refute", "refutes",
            "not", "despite", "nope", "doubt", "doubts", "bogus", "debunk", "debunked",
            "debunks", "prank", "pranks", "retract", "retracts", "untrue", "myth", "rumour",
            "rumor", "no", "never", "satire", "satirical", "baseless", "misleading",
            "fabricated", "dismissed", "dismiss", "incorrect", "wrong")
HEDGING = ("alleged", "allegedly", "reportedly", "reported", "reports", "claim", "claims",
           "claimed", "according", "apparently", "unconfirmed", "unverified", "may", "might",
           "could", "possibly", "purportedly", "suggest", "suggests", "rumored", "rumoured",
           "appears", "seems", "likely", "speculation", "believed", "supposedly", "if",
           "whether", "unclear", "sources", "report")
CONFIRMING = ("confirmed", "confirms", "confirm", "official", "officially", "announced",
              "verified", "true", "indeed", "actually", "revealed", "shows", "proved",
              "proof", "evidence")
NEGATION = ("not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without",
            "n't", "cannot", "didn't", "doesn't", "isn't", "wasn't", "aren't", "won't")

_SENT_RE = re.compile(r"(?<=[.!?])\s+|\n+")


def _stems(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in STOPWORDS]


@dataclass(frozen=True)
class _Body:
    stems: list[str]
    stem_set: frozenset[str]
    lead_set: frozenset[str]
    sents: list[list[str]]  # raw lower-case words per sentence
    sent_stems: list[list[str]]
    bigrams: frozenset[tuple[str, ...]]
    trigrams: frozenset[tuple[str, ...]]
    chars: frozenset[str]
    words: list[str]


def _body(text: str) -> _Body:
    sents = [s for s in _SENT_RE.split(text) if s.strip()]
    sw = [words(s) for s in sents]
    ss = [[stem(w) for w in s if w not in STOPWORDS] for s in sw]
    stems = [t for s in ss for t in s]
    all_words = [w for s in sw for w in s]
    stem_seq = [stem(w) for w in all_words]
    return _Body(stems, frozenset(stems), frozenset(_stems(text[:255])), sw, ss,
                 frozenset(ngrams(stem_seq, 2)), frozenset(ngrams(stem_seq, 3)),
                 frozenset(char_ngrams(text[:2000], 4)), all_words)


class _Idf:
    """Idf table over stems (smoothed), with a default for unseen stems."""

    def __init__(self, idf: dict[str, float], default: float):
        self.idf, self.default = idf, default

    @classmethod
    def fit(cls, docs: Iterable[Sequence[str]], max_terms: int = 20000) -> _Idf:
        df: Counter[str] = Counter()
        n = 0
        for d in docs:
            n += 1
            df.update(set(d))
        kept = dict(df.most_common(max_terms))
        return cls({t: math.log((1 + n) / (1 + c)) + 1 for t, c in kept.items()},
                   math.log(1 + n) + 1)

    def vec(self, toks: Sequence[str], use_idf: bool = True) -> dict[str, float]:
        tf = Counter(toks)
        v = {t: c * (self.idf.get(t, self.default) if use_idf else 1.0) for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values()))
        return {t: x / norm for t, x in v.items()} if norm else {}


def _count(ws: Iterable[str], vocab: frozenset[str]) -> int:
    return sum(1 for w in ws if w in vocab)


_REF, _HEDGE, _CONF, _NEG = (frozenset(x) for x in (REFUTING, HEDGING, CONFIRMING, NEGATION))

FEATURE_NAMES: tuple[str, ...] = (
    "cos_tfidf", "cos_tf", "jaccard", "head_in_body", "head_in_lead", "max_sent_cos",
    "top3_sent_cos", "bigram_overlap", "trigram_overlap", "char4_overlap",
    "head_refuting", "head_hedging", "head_negation", "head_question", "head_len", "body_len",
    "body_refuting", "body_hedging", "body_confirming", "body_negation",
    "near_refuting", "near_hedging", "near_confirming", "near_negation",
    "lead_refuting", "lead_hedging", "polarity_match",
) + tuple(f"head_has_{w}" for w in REFUTING[:16]) + tuple(f"body_has_{w}" for w in REFUTING[:16])


def _features(headline: str, body: _Body, idf: _Idf) -> list[float]:
    hw = words(headline)
    hs = [stem(w) for w in hw if w not in STOPWORDS]
    hset = set(hs)
    hv, bv = idf.vec(hs), idf.vec(body.stems)
    sent_cos = sorted((cosine(hv, idf.vec(s)) for s in body.sent_stems if s), reverse=True) or [0.0]
    near_idx = sorted(range(len(body.sent_stems)),
                      key=lambda i: -len(hset & set(body.sent_stems[i])))[:3]
    near = [w for i in near_idx for w in body.sents[i]]
    n_near = max(len(near), 1)
    n_body = max(len(body.words), 1)
    lead = [w for s in body.sents[:2] for w in s]
    hstem_seq = [stem(w) for w in hw]
    hb, ht = set(ngrams(hstem_seq, 2)), set(ngrams(hstem_seq, 3))
    hc = char_ngrams(headline, 4)
    head_neg = _count(hw, _NEG)
    near_neg = _count(near, _NEG)
    body_ws = set(body.words)
    return [
        cosine(hv, bv), cosine(idf.vec(hs, False), idf.vec(body.stems, False)),
        len(hset & body.stem_set) / max(len(hset | body.stem_set), 1),
        len(hset & body.stem_set) / max(len(hset), 1),
        len(hset & body.lead_set) / max(len(hset), 1),
        sent_cos[0], sum(sent_cos[:3]) / min(3, len(sent_cos)),
        len(hb & body.bigrams) / max(len(hb), 1), len(ht & body.trigrams) / max(len(ht), 1),
        len(hc & body.chars) / max(len(hc), 1),
        _count(hw, _REF), _count(hw, _HEDGE), head_neg, float("?" in headline),
        len(hw), math.log(1 + n_body),
        _count(body.words, _REF) / n_body * 100, _count(body.words, _HEDGE) / n_body * 100,
        _count(body.words, _CONF) / n_body * 100, _count(body.words, _NEG) / n_body * 100,
        _count(near, _REF) / n_near * 100, _count(near, _HEDGE) / n_near * 100,
        _count(near, _CONF) / n_near * 100, near_neg / n_near * 100,
        _count(lead, _REF), _count(lead, _HEDGE), float(head_neg % 2 == near_neg % 2),
    ] + [float(w in hw) for w in REFUTING[:16]] + [float(w in body_ws) for w in REFUTING[:16]]


# ---------------------------------------------------------------- gradient boosting


def _bin_edges(x: np.ndarray, n_bins: int) -> list[np.ndarray]:
    edges = []
    for j in range(x.shape[1]):
        qs = np.unique(np.quantile(x[:, j], np.linspace(0, 1, n_bins + 1)[1:-1]))
        edges.append(qs)
    return edges


def _binize(x: np.ndarray, edges: list[np.ndarray]) -> np.ndarray:
    return np.stack([np.searchsorted(e, x[:, j], side="right") for j, e in enumerate(edges)],
                    axis=1).astype(np.int32)


@dataclass(frozen=True)
class _Tree:
    """A regression tree as flat arrays: feature (-1 = leaf), threshold bin, children, value."""

    feature: np.ndarray
    bin: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray

    def predict_bins(self, xb: np.ndarray) -> np.ndarray:
        node = np.zeros(len(xb), dtype=np.int32)
        for _ in range(32):
            f = self.feature[node]
            inner = f >= 0
            if not inner.any():
                break
            rows = np.nonzero(inner)[0]
            go_left = xb[rows, f[rows]] <= self.bin[node[rows]]
            node[rows] = np.where(go_left, self.left[node[rows]], self.right[node[rows]])
        return self.value[node]


def _grow(xb: np.ndarray, g: np.ndarray, h: np.ndarray, n_bins: int, depth: int,
          min_leaf: float, lam: float) -> _Tree:
    feat: list[int] = []
    thr: list[int] = []
    left: list[int] = []
    right: list[int] = []
    val: list[float] = []
    n_feat = xb.shape[1]
    offsets = np.arange(n_feat) * n_bins

    def node(rows: np.ndarray, d: int) -> int:
        i = len(feat)
        feat.append(-1)
        thr.append(0)
        left.append(-1)
        right.append(-1)
        gs, hs = g[rows].sum(), h[rows].sum()
        val.append(-gs / (hs + lam))
        if d == depth or len(rows) < 2:
            return i
        idx = (xb[rows] + offsets).ravel()
        gh = np.bincount(idx, np.repeat(g[rows], n_feat),
                         minlength=n_feat * n_bins).reshape(n_feat, n_bins)
        hh = np.bincount(idx, np.repeat(h[rows], n_feat),
                         minlength=n_feat * n_bins).reshape(n_feat, n_bins)
        gl, hl = np.cumsum(gh, axis=1), np.cumsum(hh, axis=1)
        gr, hr = gs - gl, hs - hl
        gain = gl ** 2 / (hl + lam) + gr ** 2 / (hr + lam) - gs ** 2 / (hs + lam)
        gain[(hl < min_leaf) | (hr < min_leaf)] = -np.inf
        f, b = np.unravel_index(int(np.argmax(gain)), gain.shape)
        if not np.isfinite(gain[f, b]) or gain[f, b] <= 1e-9:
            return i
        mask = xb[rows, f] <= b
        feat[i], thr[i] = int(f), int(b)
        left[i] = node(rows[mask], d + 1)
        right[i] = node(rows[~mask], d + 1)
        return i

    node(np.arange(len(xb)), 0)
    return _Tree(np.array(feat), np.array(thr), np.array(left), np.array(right),
                 np.array(val, dtype=float))


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class Booster:
    """Softmax gradient boosting over binned features: ``trees[r][k]`` for round r, class k."""

    edges: list[np.ndarray]
    trees: list[list[_Tree]]
    rate: float
    base: np.ndarray

    @classmethod
    def fit(cls, x: np.ndarray, y: np.ndarray, n_classes: int, rounds: int = 200,
            rate: float = 0.1, depth: int = 3, n_bins: int = 32, min_leaf: float = 5.0,
            lam: float = 1.0, class_weight: np.ndarray | None = None) -> Booster:
        """Fit on features ``x`` (n, f) and integer labels ``y``; deterministic."""
        edges = _bin_edges(x, n_bins)
        xb = _binize(x, edges)
        onehot = np.eye(n_classes)[y]
        w = np.ones(len(y)) if class_weight is None else class_weight[y]
        prior = np.bincount(y, minlength=n_classes) / len(y)
        base = np.log(np.clip(prior, 1e-6, None))
        z = np.tile(base, (len(y), 1))
        trees: list[list[_Tree]] = []
        for _ in range(rounds):
            p = _softmax(z)
            row = []
            for k in range(n_classes):
                g = (p[:, k] - onehot[:, k]) * w
                h = np.maximum(p[:, k] * (1 - p[:, k]), 1e-6) * w
                t = _grow(xb, g, h, n_bins, depth, min_leaf, lam)
                z[:, k] += rate * t.predict_bins(xb)
                row.append(t)
            trees.append(row)
        return cls(edges, trees, rate, base)

    def proba(self, x: np.ndarray) -> np.ndarray:
        xb = _binize(x, self.edges)
        z = np.tile(self.base, (len(x), 1))
        for row in self.trees:
            for k, t in enumerate(row):
                z[:, k] += self.rate * t.predict_bins(xb)
        return _softmax(z)


# ---------------------------------------------------------------- model


class StanceModel:
    """A trained stance classifier: features + gradient-boosted trees."""

    def __init__(self, idf: _Idf, booster: Booster, body_ids: frozenset[str] = frozenset()):
        self.idf = idf
        self.booster = booster
        self.body_ids = body_ids  # FNC-1 body ids the model was trained on

    def features(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Feature matrix (n, len(FEATURE_NAMES)) of (headline, body) pairs."""
        cache: dict[str, _Body] = {}
        rows = []
        for head, body in pairs:
            if body not in cache:
                cache[body] = _body(body)
            rows.append(_features(head, cache[body], self.idf))
        return np.array(rows, dtype=float).reshape(len(rows), len(FEATURE_NAMES))

    def predict_many(self, pairs: list[tuple[str, str]]) -> list[str]:
        """Labels (agree | disagree | discuss | unrelated) for (headline, body) pairs."""
        if not pairs:
            return []
        p = self.booster.proba(self.features(pairs))
        return [LABELS[i] for i in p.argmax(axis=1)]

    def predict(self, headline: str, body: str) -> str:
        """Stance of ``body`` towards ``headline``: agree | disagree | discuss | unrelated."""
        return self.predict_many([(headline, body)])[0]

    def save(self, path: Path) -> None:
        """Write the model as one compressed .npz file."""
        arrays: dict[str, np.ndarray] = {}
        for r, row in enumerate(self.booster.trees):
            for k, t in enumerate(row):
                for name in ("feature", "bin", "left", "right"):
                    arrays[f"t{r}_{k}_{name}"] = getattr(t, name).astype(np.int16)
                arrays[f"t{r}_{k}_value"] = t.value.astype(np.float32)
        for j, e in enumerate(self.booster.edges):
            arrays[f"edges_{j}"] = e.astype(np.float64)
        meta = {"rounds": len(self.booster.trees), "classes": len(LABELS),
                "rate": self.booster.rate, "base": self.booster.base.tolist(),
                "features": list(FEATURE_NAMES), "idf_default": self.idf.default,
                "body_ids": sorted(self.body_ids)}
        terms = sorted(self.idf.idf)
        arrays["idf_terms"] = np.array(terms)
        arrays["idf_values"] = np.array([self.idf.idf[t] for t in terms], dtype=np.float32)
        arrays["meta"] = np.array(json.dumps(meta))
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            # numpy's stubs type **kwds like its allow_pickle keyword (bool); they are arrays
            np.savez_compressed(fh, **arrays)  # type: ignore[arg-type]


def load_model(path: Path | None = None) -> StanceModel:
    """Load a model written by :func:`train` (default: the one shipped in sitroom/data)."""
    path = Path(path) if path is not None else DEFAULT_MODEL
    if not path.is_file():
        raise InputError(str(path), "no stance model file",
                         "train one with sitroom.link.stance.train(stances, bodies, out)")
    try:
        z = np.load(path, allow_pickle=False)
        meta = json.loads(str(z["meta"]))
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(str(path), f"not a stance model: {exc}", "retrain the model") from exc
    if tuple(meta["features"]) != FEATURE_NAMES:
        raise InputError(str(path), "model was trained with other features",
                         "retrain it with this version of sitroom")

    def tree(r: int, k: int) -> _Tree:
        a = {n: z[f"t{r}_{k}_{n}"].astype(np.int32) for n in ("feature", "bin", "left", "right")}
        return _Tree(a["feature"], a["bin"], a["left"], a["right"], z[f"t{r}_{k}_value"].astype(float))

    trees = [[tree(r, k) for k in range(meta["classes"])] for r in range(meta["rounds"])]
    edges = [z[f"edges_{j}"] for j in range(len(FEATURE_NAMES))]
    idf = _Idf(dict(zip(z["idf_terms"].tolist(), z["idf_values"].astype(float).tolist())),
               float(meta["idf_default"]))
    booster = Booster(edges, trees, float(meta["rate"]), np.array(meta["base"]))
    return StanceModel(idf, booster, frozenset(meta["body_ids"]))


# ---------------------------------------------------------------- data and training


@dataclass(frozen=True)
class Pair:
    headline: str
    body_id: str
    stance: str


def read_fnc(stances_csv: Path, bodies_csv: Path) -> tuple[list[Pair], dict[str, str]]:
    """Read FNC-1 CSV files: the (headline, body id, stance) rows and body id -> text."""
    for p in (stances_csv, bodies_csv):
        if not Path(p).is_file():
            raise InputError(str(p), "file not found", "give the FNC-1 stances.csv and bodies.csv")
    try:
        with open(bodies_csv, newline="", encoding="utf-8") as fh:
            bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh)}
        with open(stances_csv, newline="", encoding="utf-8") as fh:
            pairs = [Pair(r["Headline"], r["Body ID"], r.get("Stance", "").strip())
                     for r in csv.DictReader(fh)]
    except (KeyError, csv.Error, UnicodeDecodeError) as exc:
        raise InputError(str(stances_csv), f"not FNC-1 CSV: {exc}",
                         "expected columns Headline,Body ID,Stance and Body ID,articleBody"
                         ) from exc
    missing = {p.body_id for p in pairs} - set(bodies)
    if missing:
        raise InputError(str(stances_csv), f"{len(missing)} body ids not in {bodies_csv}",
                         "use the bodies file that belongs to these stances")
    return pairs, bodies


def split_by_body(pairs: list[Pair], val_fraction: float = 0.2, seed: int = 0
                  ) -> tuple[list[Pair], list[Pair]]:
    """Split pairs so that no body is on both sides (a seeded shuffle of the body ids)."""
    ids = sorted({p.body_id for p in pairs}, key=lambda s: (len(s), s))
    order = np.random.default_rng(seed).permutation(len(ids))
    val = {ids[i] for i in order[: int(round(len(ids) * val_fraction))]}
    return [p for p in pairs if p.body_id not in val], [p for p in pairs if p.body_id in val]


def fit(pairs: list[Pair], bodies: dict[str, str], seed: int = 0, rounds: int = 200
        ) -> StanceModel:
    """Train a model on labelled pairs (idf fitted on their headlines and bodies)."""
    labels = [p.stance for p in pairs]
    bad = set(labels) - set(LABELS)
    if bad:
        raise InputError("stances", f"unknown stance labels {sorted(bad)}",
                         f"labels must be among {', '.join(LABELS)}")
    used = sorted({p.body_id for p in pairs})
    idf = _Idf.fit([_stems(bodies[b]) for b in used] +
                   [_stems(h) for h in sorted({p.headline for p in pairs})])
    model = StanceModel(idf, Booster([], [], 0.1, np.zeros(len(LABELS))), frozenset(used))
    x = model.features([(p.headline, bodies[p.body_id]) for p in pairs])
    y = np.array([LABELS.index(s) for s in labels])
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(y))  # seed fixes the row order (ties in splits)
    booster = Booster.fit(x[order], y[order], len(LABELS), rounds=rounds)
    return StanceModel(idf, booster, frozenset(used))


def train(stances_csv: Path, bodies_csv: Path, out: Path, seed: int = 0,
          val_fraction: float = 0.2) -> dict:
    """Train on FNC-1 files and write the model to ``out``.

    First trains on a split by body id (1 - val_fraction) and scores the held-out bodies
    (the honest figure), then trains the shipped model on all pairs. Returns the validation
    figures (see :func:`sitroom.eval.stance.score`) and the sizes.
    """
    from ..eval.stance import score

    pairs, bodies = read_fnc(Path(stances_csv), Path(bodies_csv))
    result: dict = {"n_pairs": len(pairs), "n_bodies": len({p.body_id for p in pairs})}
    if val_fraction > 0:
        tr, va = split_by_body(pairs, val_fraction, seed)
        m = fit(tr, bodies, seed)
        pred = m.predict_many([(p.headline, bodies[p.body_id]) for p in va])
        result["validation"] = score([p.stance for p in va], pred)
        result["n_train"], result["n_validation"] = len(tr), len(va)
    model = fit(pairs, bodies, seed)
    model.save(Path(out))
    result["model"] = str(out)
    return result
