"""Stance between reports: does a body of text agree with, disagree with, discuss, or not
relate to a headline (claim)? FNC-1 labels.

Features in the spirit of the FNC-1 baseline and the light winning models: TF-IDF and count
cosines, word / n-gram / character-gram overlap of headline and body (whole body, lead, best
matching sentences), refuting / hedging / confirming word counts near the headline's terms,
negation polarity. Classifier: a multi-class gradient-boosted tree model (softmax loss,
histogram splits) written in numpy. A trained model is shipped as ``sitroom/data/stance_model.npz``;
it is fitted by :mod:`sitroom.training.stance`.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable, Sequence

import numpy as np

from .. import lexicon
from ..errors import InputError
from .textsim import STOPWORDS, char_ngrams, cosine, ngrams, stem, words

LABELS = ("agree", "disagree", "discuss", "unrelated")
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "data" / "stance_model.npz"

REFUTING = lexicon.word_list("stance", "refuting")
HEDGING = lexicon.word_list("stance", "hedging")
CONFIRMING = lexicon.word_list("stance", "confirming")
NEGATION = lexicon.word_list("negators", "stance")

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
    """Load a model written by :func:`sitroom.training.stance.train` (default: the one shipped
    in sitroom/data)."""
    path = Path(path) if path is not None else DEFAULT_MODEL
    if not path.is_file():
        raise InputError(str(path), "no stance model file",
                         "train one with `sitroom train stance --data STANCE-FNC1-FOLDER`")
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
