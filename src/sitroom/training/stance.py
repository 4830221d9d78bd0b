"""Fitting the stance model shipped as ``sitroom/data/stance_model.npz`` (read at run time
by :mod:`sitroom.link.stance`): FNC-1 pairs, a split by body, and softmax gradient boosting
over binned features (histogram splits) written in numpy."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..link.stance import LABELS, Booster, StanceModel, _binize, _Idf, _softmax, _stems, _Tree


def _bin_edges(x: np.ndarray, n_bins: int) -> list[np.ndarray]:
    edges = []
    for j in range(x.shape[1]):
        qs = np.unique(np.quantile(x[:, j], np.linspace(0, 1, n_bins + 1)[1:-1]))
        edges.append(qs)
    return edges


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


def fit_booster(x: np.ndarray, y: np.ndarray, n_classes: int, rounds: int = 200,
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
    return Booster(edges, trees, rate, base)


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
    booster = fit_booster(x[order], y[order], len(LABELS), rounds=rounds)
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
