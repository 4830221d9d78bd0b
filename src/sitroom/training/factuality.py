"""Fitting the factuality score model shipped as ``sitroom/data/factuality_uw.json``
(read at run time by :mod:`sitroom.extract.certainty`): a least-absolute-deviations
regression of the UW score over :func:`~sitroom.extract.certainty.features`, and a linear
probability model of "the score is exactly +3"."""

from __future__ import annotations

import json
from pathlib import Path

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


class _Binary:
    """A sparse 0/1 design matrix (one row per token, the bias as the last column)."""

    def __init__(self, rows: list[list[str]], names: list[str]):
        import numpy as np

        col = {k: j for j, k in enumerate(names)}
        self.p, self.n = len(names) + 1, len(rows)
        r_idx: list[int] = []
        c_idx: list[int] = []
        for r_i, r in enumerate(rows):
            cs = sorted({col[x] for x in r if x in col} | {self.p - 1})
            r_idx.extend([r_i] * len(cs))
            c_idx.extend(cs)
        self.r, self.c = np.asarray(r_idx, dtype=np.int64), np.asarray(c_idx, dtype=np.int64)

    def dot(self, w):
        import numpy as np

        return np.bincount(self.r, weights=w[self.c], minlength=self.n)

    def tdot(self, v):
        import numpy as np

        return np.bincount(self.c, weights=v[self.r], minlength=self.p)


def _ridge(X: _Binary, y, alpha: float, iterations: int = 0, eps: float = 0.05):
    """Ridge regression (bias not penalised) by conjugate gradients; with ``iterations``
    > 0, least absolute deviations by iteratively reweighted ridge regression."""
    import numpy as np

    reg = np.full(X.p, alpha)
    reg[-1] = 0.0
    w = np.zeros(X.p)
    w[-1] = float(np.median(y))
    wt = np.ones(X.n)
    for it in range(iterations + 1):
        if it:
            wt = 1.0 / np.maximum(np.abs(y - X.dot(w)), eps)

        def op(v, wt=wt):
            return X.tdot(wt * X.dot(v)) + reg * v + 1e-8 * v

        b = X.tdot(wt * y)
        r = b - op(w)
        d, rs = r.copy(), float(r @ r)
        for _ in range(300):
            if rs <= 1e-10 * float(b @ b):
                break
            ad = op(d)
            a = rs / float(d @ ad)
            w = w + a * d
            r = r - a * ad
            rs, rs_old = float(r @ r), rs
            d = r + (rs / rs_old) * d
    return w


def fit_score_model(points, out: Path = MODEL_PATH, alpha: float = 10.0, min_count: int = 3,
                    iterations: int = 30, threshold: float = 0.5, floor: float = 2.0) -> dict:
    """Fit the score model on ``points``, an iterable of (AnnotatedDoc, [(token index,
    gold score)]), keeping features seen ``min_count`` times, with ridge ``alpha``; write
    it to ``out``. Two stages: a least-absolute-deviations regression of the score, and a
    linear probability model of "the score is exactly +3" (a token scored at least
    ``floor`` whose probability reaches ``threshold`` gets 3.0). Returns ``{"n": tokens,
    "features": kept}``. Requires numpy."""
    import numpy as np

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
    X = _Binary(rows, names)
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
