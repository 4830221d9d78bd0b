"""Held-out FNC-1 figure of the shipped stance trees (hand-written, numpy) against
scikit-learn's HistGradientBoostingClassifier on the same features and the same splits by body
(80/20; seed 0 is the split of ``sitroom.eval.stance.evaluate(..., holdout=True)``, other seeds
are fresh draws). Prints one line per seed and the means:
``PYTHONPATH=src python scripts/compare_stance_sklearn.py ../shared/eval/stance-fnc1 0 1 2 3 4 5``
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from sitroom.eval.stance import score
from sitroom.link.stance import LABELS, Booster, StanceModel, _Idf, _stems
from sitroom.training.stance import fit_booster, read_fnc, split_by_body


def main(folder: str, *seeds: str) -> None:
    d = Path(folder)
    pairs, bodies = read_fnc(d / "stances.csv", d / "bodies.csv")
    totals = {"hand-written": [], "scikit-learn": []}
    for seed in map(int, seeds or ("0",)):
        tr, va = split_by_body(pairs, 0.2, seed)
        used = sorted({p.body_id for p in tr})
        idf = _Idf.fit([_stems(bodies[b]) for b in used]
                       + [_stems(h) for h in sorted({p.headline for p in tr})])
        m = StanceModel(idf, Booster([], [], 0.1, np.zeros(len(LABELS))), frozenset(used))
        x = m.features([(p.headline, bodies[p.body_id]) for p in tr])
        xv = m.features([(p.headline, bodies[p.body_id]) for p in va])
        y = np.array([LABELS.index(p.stance) for p in tr])
        order = np.random.default_rng(seed).permutation(len(y))  # as training.stance.fit
        hand = fit_booster(x[order], y[order], len(LABELS), rounds=200)
        sk = HistGradientBoostingClassifier(
            max_iter=200, learning_rate=0.1, max_depth=3, max_bins=32, min_samples_leaf=5,
            l2_regularization=1.0, early_stopping=False, random_state=seed,
        ).fit(x[order], y[order])
        gold = [p.stance for p in va]
        for name, pred in (("hand-written", hand.proba(xv).argmax(axis=1)),
                           ("scikit-learn", sk.predict(xv))):
            r = score(gold, [LABELS[i] for i in pred])["relative_score"]
            totals[name].append(r)
            print(f"seed {seed} {name:12s} relative FNC score {r:.4f}")
    for name, rs in totals.items():
        print(f"mean {name:12s} {sum(rs) / len(rs):.4f} over {len(rs)} splits")


if __name__ == "__main__":
    main(*sys.argv[1:])
