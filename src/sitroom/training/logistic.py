"""The event-coreference pair model's logistic regression, by scikit-learn: L2-penalised (the
bias not), on the pair features of :data:`sitroom.link.coref.FEATURES` except the FIXED ones,
which keep their set weights."""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression

from ..link.coref import FEATURES, FIXED


def fit_weights(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> tuple[float, ...]:
    """Logistic-regression weights over FEATURES for pair features ``x`` [pairs, features] and
    gold labels ``y`` (1: the two mentions corefer), L2 penalty ``l2`` on all but the bias;
    the FIXED features keep their set weights. The loss is convex and the solver runs to a
    tight tolerance, so the weights (rounded to 4 places) do not depend on where it starts."""
    free = [k for k, f in enumerate(FEATURES) if f not in FIXED and f != "bias"]
    labels = y.astype(int)
    weights: dict[str, float] = {}
    if len(set(labels.tolist())) < 2:
        # one class only (a fold with no coreferent pair): the penalised optimum is every
        # weight 0 and an unbounded bias; give the bias the smoothed log-odds instead
        pos = float(labels.sum())
        weights["bias"] = float(np.log((pos + 0.5) / (len(labels) - pos + 0.5)))
    else:
        model = LogisticRegression(C=1.0 / l2, tol=1e-10, max_iter=10_000)
        model.fit(x[:, free], labels)
        weights = {FEATURES[k]: float(w) for k, w in zip(free, model.coef_[0])}
        weights["bias"] = float(model.intercept_[0])
    return tuple(round(float(weights.get(f, FIXED.get(f, 0.0))), 4) for f in FEATURES)
