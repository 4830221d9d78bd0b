"""Fitting the event-coreference pair model shipped as ``sitroom/data/coref_model.json`` (read
at run time by :mod:`sitroom.link.coref`): logistic weights on the mention pairs of the ECB+
topics, the merge threshold and subtopic cut chosen on leave-topics-out probabilities. The
folds and the cross-validation are the evaluation's (:mod:`sitroom.eval.coref`)."""

from __future__ import annotations

import json
from pathlib import Path

from ..eval.coref import _cross_validate, _fit_with_threshold, _load_folds
from ..link.coref import MODEL_PATH


def train(data: Path, out: Path | None = None, k: int = 5, l2: float = 1.0) -> dict:
    """Fit the pair model on all ECB+ topics under ``data`` (threshold chosen on k-fold
    leave-topics-out probabilities) and write it as JSON to ``out`` (default MODEL_PATH).
    Also reports the k-fold leave-topics-out CoNLL F1 of the whole procedure (the honest figure;
    ``sitroom eval coref`` scores the topics the model was fitted on)."""
    folds, chains, members = _load_folds(data, k, None)
    cv = _cross_validate(folds, chains, members, l2)
    model, oof = _fit_with_threshold(folds, chains, l2)
    out = Path(out or MODEL_PATH)
    n_pairs = sum(len(f.pairs()[1]) for f in folds)
    figures = {f"cross_validated_{m}": round(cv[m], 4)
               for m in ("conll_f1", "muc_f1", "b3_f1", "ceafe_f1")}
    out.write_text(json.dumps({
        "about": "sitroom event-coreference pair model: logistic weights over pair features "
                 "and the average-probability merge threshold; written by `sitroom train "
                 "coref` (sitroom.training.coref.train)",
        "data": "ECB+ topics " + " ".join(sorted((t for m in members for t in m),
                                                 key=lambda t: t.zfill(6))),
        "pairs": n_pairs, "l2": l2, "folds": len(folds), **figures,
        "threshold": model.threshold, "subtopic": model.subtopic,
        "features": list(model.features), "weights": list(model.weights),
    }, indent=1) + "\n", encoding="utf-8")
    return {"pairs": n_pairs, "threshold": model.threshold, "subtopic": model.subtopic,
            **figures,
            "folds": [{"topics": f["topics"], "conll_f1": f["conll_f1"]} for f in cv["folds"]]}
