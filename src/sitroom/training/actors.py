"""A learned false-actor filter (issue 14 items 3 and 5): trained on every judged actor draw
of ``docs/judgements/actors.md``, chosen by cross-validation grouped by draw, shipped only
when it beats the rules alone.

Each judged row (a real / false verdict on the first mention of an actor of the picture) is
matched by span to the mention the current rules give (:func:`sitroom.extract.actors.rule_actors`;
a row whose mention is gone is no label) and labelled with the features of its report's actor
(:func:`sitroom.extract.actor_model.features`: one annotated report only, as in the pipeline).
A logistic regression (scikit-learn, L2) over those binary features gives the probability of
no actor. Each draw is held out in turn (the model fitted on the other draws' rows, less any
row of a report the held-out draw has a row in); for a threshold, a held-out draw's figures
are the share real of the rows kept and the share of its real rows kept, against the rules
alone (every row kept). Actors that speak or hold a title are never dropped (the model's
guard, :func:`sitroom.extract.actor_model.guarded`).

The threshold is the one with the highest pooled held-out share real that keeps at least
:data:`REAL_KEPT` of the real rows and lowers no draw's share real by more than
:data:`WORST_DRAW`; the model ships (``"ship": true`` in ``data/actor_filter_model.json``) only
if that share is at least :data:`GAIN` above the rules'. ``sitroom train actors --data
../shared/eval`` (or ``python -m sitroom.training.actors --data ../shared/eval``) prints the
table and writes the model fitted on all the rows. Needs scikit-learn (training only).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

GAIN = 0.02  # least rise of the pooled held-out share real for the model to ship
REAL_KEPT = 0.97  # least share of the real rows kept, pooled
WORST_DRAW = 0.01  # most any held-out draw's share real may fall
L2S = (0.3, 1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(float(t), 3) for t in np.arange(0.10, 0.96, 0.025))
JUDGED = Path("docs/judgements/actors.md")
_SEED = re.compile(r"(?:[Ss]eed|draw) (\d{2,4})\b")


def judged_draws(md: str) -> dict[int, list[dict[str, Any]]]:
    """The judged rows of each draw of ``md`` (docs/judgements/actors.md): a row belongs to
    the draw its ``##`` heading names (or its ``###`` heading, when that names one); a draw's
    row met twice (its file and span) counts once, as first written."""
    from ..eval.actor_draws import judged_rows

    lines: dict[int, list[str]] = defaultdict(list)
    top = seed = None
    for line in md.splitlines():
        if line.startswith(("## ", "### ")):
            m = _SEED.search(line)
            here = int(m.group(1)) if m else None
            if line.startswith("## "):
                top = seed = here
            else:
                seed = here if here is not None else top
            continue
        if seed is not None:
            lines[seed].append(line)
    out: dict[int, list[dict[str, Any]]] = {}
    for s, ls in sorted(lines.items()):
        seen: set[tuple[str, int, int]] = set()
        rows = []
        for r in judged_rows("\n".join(ls)):
            key = (r["file"], r["start"], r["end"])
            if key not in seen:
                seen.add(key)
                rows.append(dict(r, seed=s, y=int(not r["verdict"].lower().startswith("real"))))
        if rows:
            out[s] = rows
    return out


def draw_documents(data: Path, files: set[str]) -> list:
    """The Documents of ``files`` (PolNeAR train and dev articles, FNC-1 bodies ``fnc1-``,
    LGL articles ``lgl-``) under the evaluation folder ``data``, as the draws read them."""
    from ..eval.actor_draws import fnc1_documents, lgl_documents
    from ..ingest import IngestFailure, read_paths

    docs = []
    if any(f.startswith("fnc1-") for f in files):
        docs += [d for d in fnc1_documents(data / "stance-fnc1" / "bodies.csv") if d.id in files]
    if any(f.startswith("lgl-") for f in files):
        docs += [d for d in lgl_documents(data / "geo-lgl" / "lgl.xml") if d.id in files]
    text = data / "quotes-polnear" / "data"
    paths = sorted({p / f for p in (text / "train" / "text", text / "dev" / "text")
                    for f in files if (p / f).is_file()})
    for d in read_paths(paths):
        if isinstance(d, IngestFailure):
            continue
        m = re.search(r"\d{4}-\d{2}-\d{2}", Path(d.source or d.id).name)
        docs.append(replace(d, published=m.group(0)) if m else d)
    return docs


def labelled_rows(draws: dict[int, list[dict]], annotated: list) -> list[dict]:
    """Every judged row of ``draws`` with ``gone`` (no mention of the rules at its span now)
    or ``x`` (the features of its report's actor) and ``guard`` (the model never drops it)."""
    from ..extract import actor_model as M
    from ..extract.actors import rule_actors

    by_file = {Path(a.doc.source or a.doc.id).name: a for a in annotated}
    want: dict[str, list[dict]] = defaultdict(list)
    for rows in draws.values():
        for r in rows:
            want[r["file"]].append(r)
    out = []
    for f, rows in sorted(want.items()):
        adoc = by_file.get(f)
        if adoc is None:
            out += [dict(r, gone=True) for r in rows]
            continue
        ms = rule_actors(adoc)
        groups = M.actor_groups(ms)
        group_of = {i: k for k, g in enumerate(groups) for i in g}
        cache: dict[int, tuple[tuple[str, ...], bool]] = {}
        for r in rows:
            exact = [j for j, x in enumerate(ms) if x.start == r["start"] and x.end == r["end"]]
            over = [j for j, x in enumerate(ms) if x.start < r["end"] and x.end > r["start"]]
            k = group_of.get((exact or over)[0]) if exact or over else None
            if k is None:
                out.append(dict(r, gone=True))
                continue
            if k not in cache:
                cache[k] = (M.features(adoc, ms, groups[k]), M.guarded(adoc, ms, groups[k]))
            out.append(dict(r, gone=False, x=cache[k][0], guard=cache[k][1]))
    return out


def _matrix(rows: list[dict], vocab: list[str]) -> Any:
    """The rows' binary features as a sparse matrix over ``vocab``."""
    from scipy.sparse import csr_matrix

    ix = {f: k for k, f in enumerate(vocab)}
    cols = [[ix[f] for f in r["x"] if f in ix] for r in rows]
    indptr = np.cumsum([0] + [len(c) for c in cols])
    data = np.ones(int(indptr[-1]))
    return csr_matrix((data, np.array([k for c in cols for k in c], dtype=int), indptr),
                      shape=(len(rows), len(vocab)))


def _fit(rows: list[dict], l2: float) -> dict[str, float]:
    """Weights per feature (the intercept folded into ``bias``), fitted on ``rows``."""
    from sklearn.linear_model import LogisticRegression

    vocab = sorted({f for r in rows for f in r["x"]})
    y = np.array([r["y"] for r in rows])
    m = LogisticRegression(C=1.0 / l2, tol=1e-6, max_iter=10_000).fit(_matrix(rows, vocab), y)
    w = {f: float(c) for f, c in zip(vocab, m.coef_[0])}
    w["bias"] = w.get("bias", 0.0) + float(m.intercept_[0])
    return {f: round(v, 4) for f, v in sorted(w.items()) if round(v, 4)}


def held_out_probabilities(rows: list[dict], l2: float) -> np.ndarray:
    """Each row's probability of no actor from the model fitted without its draw (and
    without the rows of any report its draw has a row in); 0 for a guarded row."""
    from ..extract.actor_model import false_probability

    p = np.zeros(len(rows))
    for s in sorted({r["seed"] for r in rows}):
        files = {r["file"] for r in rows if r["seed"] == s}
        w = _fit([r for r in rows if r["seed"] != s and r["file"] not in files], l2)
        for i, r in enumerate(rows):
            if r["seed"] == s and not r["guard"]:
                p[i] = false_probability(r["x"], w)
    return p


def figures(rows: list[dict], keep: np.ndarray) -> dict[str, Any]:
    """Pooled and per-draw share real of the kept rows and share of the real rows kept,
    against the rules alone (all rows kept)."""
    y = np.array([r["y"] for r in rows])
    seeds = np.array([r["seed"] for r in rows])

    def one(sel: np.ndarray) -> dict[str, float]:
        k = sel & keep
        real = (y == 0) & sel
        return {"rows": int(sel.sum()), "kept": int(k.sum()),
                "before": float(1 - y[sel].mean()) if sel.any() else 0.0,
                "after": float(1 - y[k].mean()) if k.any() else 0.0,
                "real_kept": float((real & keep).sum() / max(1, real.sum())),
                "false_dropped": int((sel & ~keep & (y == 1)).sum()),
                "real_dropped": int((real & ~keep).sum())}

    per = {int(s): one(seeds == s) for s in sorted(set(seeds.tolist()))}
    pooled = one(np.ones(len(rows), dtype=bool))
    worst = min(v["after"] - v["before"] for v in per.values())
    return {"pooled": pooled, "draws": per, "worst": worst}


def _ok(fig: dict) -> bool:
    return fig["pooled"]["real_kept"] >= REAL_KEPT and fig["worst"] >= -WORST_DRAW


def choose(rows: list[dict], p: np.ndarray) -> tuple[float, dict]:
    """The threshold of the best pooled share real within the bounds (1.0: drop nothing)."""
    best = (1.0, figures(rows, np.ones(len(rows), dtype=bool)))
    for t in THRESHOLDS:
        fig = figures(rows, p < t)
        if _ok(fig) and fig["pooled"]["after"] > best[1]["pooled"]["after"] + 1e-12:
            best = (t, fig)
    return best


def nested(rows: list[dict], p: np.ndarray) -> dict:
    """The held-out figures with each draw's threshold chosen on the other draws alone."""
    keep = np.ones(len(rows), dtype=bool)
    seeds = np.array([r["seed"] for r in rows])
    for s in sorted(set(seeds.tolist())):
        other = [i for i in range(len(rows)) if seeds[i] != s]
        t, _ = choose([rows[i] for i in other], p[other])
        keep[seeds == s] = p[seeds == s] < t
    return figures(rows, keep)


def fit_model(rows: list[dict]) -> dict[str, Any]:
    """Choose L2 and threshold by the draw-grouped cross-validation, fit on all the rows,
    and decide whether the model ships; with the held-out figures."""
    best: tuple[float, float, dict, np.ndarray] | None = None
    for l2 in L2S:
        p = held_out_probabilities(rows, l2)
        t, fig = choose(rows, p)
        if best is None or fig["pooled"]["after"] > best[2]["pooled"]["after"] + 1e-12:
            best = (l2, t, fig, p)
    assert best is not None
    l2, t, fig, p = best
    gain = fig["pooled"]["after"] - fig["pooled"]["before"]
    return {"ship": bool(t < 1.0 and gain >= GAIN), "threshold": t, "l2": l2,
            "target": "no actor (a judged row's verdict not real)", "labelled": len(rows),
            "false": sum(r["y"] for r in rows), "gain": round(gain, 4),
            "weights": _fit(rows, l2), "figures": fig, "nested": nested(rows, p),
            "probabilities": p}


def table(fitted: dict) -> str:
    """The per-draw held-out table (markdown) of a fitted model."""
    fig, nest = fitted["figures"], fitted["nested"]
    out = ["| draw | rows | rules alone | filter (held out) | real kept | false / real dropped "
           "| nested threshold |", "|---|---|---|---|---|---|---|"]
    for s, v in fig["draws"].items():
        n = nest["draws"][s]
        out.append(f"| {s} | {v['rows']} | {100 * v['before']:.1f}% | {100 * v['after']:.1f}% "
                   f"| {100 * v['real_kept']:.1f}% | {v['false_dropped']} / {v['real_dropped']} "
                   f"| {100 * n['after']:.1f}% |")
    v, n = fig["pooled"], nest["pooled"]
    out.append(f"| **pooled** | {v['rows']} | {100 * v['before']:.2f}% | {100 * v['after']:.2f}% "
               f"| {100 * v['real_kept']:.1f}% | {v['false_dropped']} / {v['real_dropped']} "
               f"| {100 * n['after']:.2f}% |")
    return "\n".join(out)


def write_model(fitted: dict, out: Path) -> None:
    keep = ("ship", "threshold", "l2", "target", "labelled", "false", "gain", "weights")
    model = {k: fitted[k] for k in keep}
    out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


def train(data: Path, judged: Path = JUDGED, out: Path | None = None,
          annotated: list | None = None, blind: int | None = None) -> dict[str, Any]:
    """Label every judged row, choose and fit the filter, write it to ``out`` (default
    ``data/actor_filter_model.json``); returns the summary with the held-out figures.
    ``blind``: a draw left out of everything (choice and fit alone on the others, nothing
    written), then scored with the fitted filter at its threshold."""
    from ..annotate import annotate
    from ..extract.actor_model import MODEL_NAME, false_probability

    draws = judged_draws(Path(judged).read_text(encoding="utf-8"))
    if annotated is None:
        files = {r["file"] for rows in draws.values() for r in rows}
        annotated = list(annotate(draw_documents(Path(data), files)))
    rows = labelled_rows(draws, annotated)
    held = [r for r in rows if r["seed"] == blind and not r["gone"]]
    held_files = {r["file"] for r in held}
    lab = [r for r in rows if not r["gone"] and r["seed"] != blind
           and r["file"] not in held_files]
    fitted = fit_model(lab)
    gone: dict[int, int] = defaultdict(int)
    for r in rows:
        gone[r["seed"]] += r["gone"]
    summary = {"draws": len(draws), "rows": len(rows), "gone": sum(gone.values()),
               "gone_by_draw": dict(gone), "labelled": len(lab), "false": fitted["false"],
               "guarded": sum(r["guard"] for r in lab),
               "ship": fitted["ship"], "threshold": fitted["threshold"], "l2": fitted["l2"],
               "gain": fitted["gain"], "table": table(fitted)}
    if blind is not None:
        keep = np.array([r["guard"] or false_probability(r["x"], fitted["weights"])
                         < fitted["threshold"] for r in held], dtype=bool)
        fig = figures(held, keep)["pooled"] if held else {}
        summary["blind"] = {"draw": blind, "gone": gone.get(blind, 0), **fig}
        return summary
    out = out or Path(__file__).resolve().parent.parent / "data" / MODEL_NAME
    write_model(fitted, out)
    return summary


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="the learned false-actor filter: CV by draw")
    ap.add_argument("--data", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--judged", type=Path, default=JUDGED)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--blind", type=int, default=None,
                    help="a judged draw to leave out and score (nothing is written)")
    args = ap.parse_args(argv)
    summary = train(args.data, args.judged, args.out, blind=args.blind)
    print(summary.pop("table"))
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
