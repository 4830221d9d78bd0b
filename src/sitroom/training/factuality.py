"""Fitting the factuality score model shipped as ``sitroom/data/factuality_uw.json``
(read at run time by :mod:`sitroom.extract.certainty`): a least-absolute-deviations
regression of the UW score over :func:`~sitroom.extract.certainty.features`, and a linear
probability model of "the score is exactly +3", both by scikit-learn's ridge regression."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import Ridge

from ..extract.certainty import MODEL_PATH, _score_model, features, rule_certainty


def train_score_model(conll: Path, out: Path = MODEL_PATH, alpha: float = 10.0,
                      min_count: int = 3, iterations: int = 30) -> dict:
    """Fit the score model (least absolute deviations over :func:`features`) on a UW
    ``.conll`` file and write it to ``out`` as JSON. Returns ``{"n": tokens, "features": kept}``.

    Requires the spaCy model (through :mod:`sitroom.annotate`) and numpy.
    """
    from ..annotate import annotate
    from ..eval.factuality import read_conll, sentence_doc

    sents = [s for s in read_conll(Path(conll)) if any(x is not None for x in s.scores)]
    docs = [sentence_doc(s.tokens, f"s{k}") for k, s in enumerate(sents)]
    points = [(adoc, [(adoc.token_at(off), sc) for sc, off in zip(s.scores, offs) if sc is not None])
              for s, (_, offs), adoc in zip(sents, docs, annotate([d for d, _ in docs]))]
    return fit_score_model(points, out, alpha, min_count, iterations)


def _design(rows: list[list[str]], names: list[str]) -> sparse.csr_matrix:
    """The sparse 0/1 design matrix: one row per token, one column per kept feature."""
    col = {k: j for j, k in enumerate(names)}
    cells = [(r, c) for r, row in enumerate(rows) for c in sorted({col[x] for x in row if x in col})]
    r_idx = np.fromiter((r for r, _ in cells), dtype=np.int64, count=len(cells))
    c_idx = np.fromiter((c for _, c in cells), dtype=np.int64, count=len(cells))
    return sparse.csr_matrix((np.ones(len(cells)), (r_idx, c_idx)), shape=(len(rows), len(names)))


def _ridge(X: sparse.csr_matrix, y: np.ndarray, alpha: float, iterations: int = 0,
           eps: float = 0.05) -> np.ndarray:
    """Ridge regression by scikit-learn (the bias, last in the result, not penalised); with
    ``iterations`` > 0, least absolute deviations by iteratively reweighted ridge regression
    (each token weighted by one over its last absolute residual, at most 1/``eps``)."""
    model = Ridge(alpha=alpha, solver="sparse_cg", tol=1e-12, max_iter=5000)
    weight = np.ones(X.shape[0])
    for it in range(iterations + 1):
        if it:
            weight = 1.0 / np.maximum(np.abs(y - model.predict(X)), eps)
        model.fit(X, y, sample_weight=weight)
    return np.append(model.coef_, model.intercept_)


def fit_score_model(points, out: Path = MODEL_PATH, alpha: float = 10.0, min_count: int = 3,
                    iterations: int = 30, threshold: float = 0.5, floor: float = 2.0) -> dict:
    """Fit the score model on ``points``, an iterable of (AnnotatedDoc, [(token index,
    gold score)]), keeping features seen ``min_count`` times, with ridge ``alpha``; write
    it to ``out``. Two stages: a least-absolute-deviations regression of the score, and a
    linear probability model of "the score is exactly +3" (a token scored at least
    ``floor`` whose probability reaches ``threshold`` gets 3.0). Returns ``{"n": tokens,
    "features": kept}``."""
    rows: list[list[str]] = []
    ys: list[float] = []
    for adoc, pts in points:
        for i, sc in pts:
            rows.append(features(adoc, i, rule_certainty(adoc, i)))
            ys.append(sc)
    counts: dict[str, int] = {}
    for r in rows:
        for x in set(r):
            counts[x] = counts.get(x, 0) + 1
    names = sorted(k for k, c in counts.items() if c >= min_count)
    X = _design(rows, names)
    y = np.asarray(ys)
    wb = _ridge(X, y, alpha, iterations)
    we = _ridge(X, (y == 3.0).astype(float), alpha)

    def table(w):
        return {k: round(float(v), 4) for k, v in zip(names, w[:-1]) if abs(v) >= 1e-4}

    weights = table(wb)
    exact = {"bias": round(float(we[-1]), 4), "weights": table(we), "threshold": threshold,
             "floor": floor}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"bias": round(float(wb[-1]), 4), "weights": weights, "exact": exact},
                              sort_keys=True, indent=0), encoding="utf-8")
    _score_model.cache_clear()
    return {"n": len(ys), "features": len(weights)}
