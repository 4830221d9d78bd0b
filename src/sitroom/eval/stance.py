"""Quality gate: stance between reports on FNC-1 (FNC score, relative score, per-class F1).

Scoring as FNC-1 defines it (see shared/eval/SCORING.md): per pair +0.25 for the right label,
+0.50 more if that label is related (not ``unrelated``), +0.25 if gold and prediction are both
related; relative score = score / the score of a perfect prediction.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..link.stance import LABELS, load_model
from ..training.stance import fit, read_fnc, split_by_body

RELATED = frozenset(("agree", "disagree", "discuss"))


def pair_score(gold: str, pred: str) -> float:
    """FNC-1 score of one prediction."""
    s = 0.0
    if gold == pred:
        s += 0.25
        if gold != "unrelated":
            s += 0.50
    if gold in RELATED and pred in RELATED:
        s += 0.25
    return s


def score(gold: list[str], pred: list[str]) -> dict:
    """FNC score, max score, relative score, per-class F1 and accuracy of predictions."""
    if len(gold) != len(pred):
        raise ValueError("score: gold and predictions differ in length")
    fnc = sum(pair_score(g, p) for g, p in zip(gold, pred))
    best = sum(pair_score(g, g) for g in gold)
    f1 = {}
    for lab in LABELS:
        tp = sum(1 for g, p in zip(gold, pred) if g == p == lab)
        n_pred = sum(1 for p in pred if p == lab)
        n_gold = sum(1 for g in gold if g == lab)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1[lab] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"fnc_score": fnc, "max_score": best, "relative_score": fnc / best if best else 0.0,
            "per_class_f1": f1,
            "accuracy": sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0,
            "n": len(gold)}


def evaluate(data: Path, limit: int | None = None, model: Path | None = None,
             holdout: bool = False, seed: int = 0) -> dict:
    """Score a stance model on the FNC-1 files ``data``/stances.csv and ``data``/bodies.csv.

    Default: the shipped model (or ``model``) on the first ``limit`` pairs; the result says
    whether the model saw these bodies in training ("trained_on_this_data"). ``holdout``:
    split the pairs by body id (80/20, ``seed``), train a fresh model on the 80% and score the
    20% - the honest figure for unseen reports.
    """
    data = Path(data)
    stances, bodies_csv = data / "stances.csv", data / "bodies.csv"
    if not data.is_dir() or not stances.is_file() or not bodies_csv.is_file():
        raise InputError(str(data), "not an FNC-1 folder (needs stances.csv and bodies.csv)",
                         "pass --data pointing at shared/eval/stance-fnc1")
    pairs, bodies = read_fnc(stances, bodies_csv)
    if limit is not None:
        pairs = pairs[:limit]
    if not pairs:
        raise InputError(str(stances), "no pairs", "the stances file is empty")
    if holdout:
        train_pairs, pairs = split_by_body(pairs, 0.2, seed)
        m = fit(train_pairs, bodies, seed)
    else:
        m = load_model(model)
    pred = m.predict_many([(p.headline, bodies[p.body_id]) for p in pairs])
    result = score([p.stance for p in pairs], pred)
    result["trained_on_this_data"] = bool(m.body_ids & {p.body_id for p in pairs})
    result["holdout"] = holdout
    return result


def format_text(result: dict) -> str:
    """A short human table of an :func:`evaluate` result."""
    lines = [f"FNC-1 stance: {result['n']} pairs"
             + (" (held-out bodies, model trained on the rest)" if result.get("holdout") else "")
             + (" - WARNING: model trained on these bodies, figures overstated"
                if result.get("trained_on_this_data") else ""),
             f"  relative score {result['relative_score']:6.3f}  "
             f"({result['fnc_score']:.2f} / {result['max_score']:.2f})",
             f"  accuracy       {result['accuracy']:6.3f}"]
    lines += [f"  F1 {lab:<11} {f:6.3f}" for lab, f in result["per_class_f1"].items()]
    return "\n".join(lines)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def disputes_over_related(data: Path, part: str | None = None) -> dict:
    """The dispute rules of :mod:`sitroom.link.disputes` on FNC-1's related pairs labelled agree
    or disagree: a pair is called ``disagree`` when a body sentence explicitly denies the
    headline (or the headline a body sentence), or gives an incompatible figure for the same
    counted or measured thing. Precision and recall of ``disagree``; ``part`` even / odd keeps
    the 0th, 2nd, ... / 1st, 3rd, ... body by id (the rules were read against the errors of
    the first version on these pairs, so neither half is untouched)."""
    from ..link import disputes

    data = Path(data)
    pairs, bodies = read_fnc(data / "stances.csv", data / "bodies.csv")
    ids = sorted({p.body_id for p in pairs}, key=lambda s: (len(s), s))
    keep = set(ids if part is None else ids[part == "odd"::2])
    pairs = [p for p in pairs if p.stance in ("agree", "disagree") and p.body_id in keep]
    sents = {b: [s for s in _SENTENCE_END.split(t) if s.strip()] for b, t in bodies.items()}

    def clash(head: str, sent: str) -> bool:
        if disputes.denies(sent, head) or disputes.denies(head, sent):
            return True
        qh, qs = disputes.quantities(head), disputes.quantities(sent)
        keys = {(q.key, q.noun) for q in qh} & {(q.key, q.noun) for q in qs}
        return any(not any(disputes.compatible(x, y) for x in qh if (x.key, x.noun) == k
                           for y in qs if (y.key, y.noun) == k) for k in keys)

    tp = fp = fn = 0
    for p in pairs:
        said = any(clash(p.headline, s) for s in sents[p.body_id])
        gold = p.stance == "disagree"
        tp += said and gold
        fp += said and not gold
        fn += gold and not said
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"pairs": len(pairs), "disagree": tp + fn, "called_disagree": tp + fp, "right": tp,
            "precision": prec, "recall": rec,
            "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0, "part": part}
