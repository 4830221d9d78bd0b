"""A learned decision for the dating of happenings (``data/happening_dates.json``), scored
against the rules of :mod:`sitroom.extract.happenings` and shipped only when it beats them
on data it was not fitted on.

A *candidate* is a happening of the shipped pipeline that involves a target entity of a
timeline corpus and has an anchored date (:func:`sitroom.extract.time_anchoring.anchor_event`);
it enters the timeline with that date when the decision keeps it. Its label: its mention is
an event of a gold timeline of one of its entities with that very date (task form). The
features are :func:`sitroom.extract.time_told.told_features`. The rules' decision is the
happening's own ``date_source`` with no model (:func:`sitroom.extract.time_told.rules_only`).

:func:`train` fits an L2 logistic regression (scikit-learn) on the candidates of the fitting
documents (``corpus_1`` even half by default), the rules' own decision among the features (a
learned correction of the rules), and keeps a date at probability :data:`THRESHOLD` (0.5, not
tuned). It prints the document-grouped cross-validated candidate figures on the fitting half
(where the rules were written, so theirs are optimistic; the threshold that CV would pick is
printed, not used: on the timeline it was tried and lost on the held-out sets) and scores
rules and model on the candidates of the held-out sets (``corpus_1`` odd half, MEANTIME apple
derived gold): precision, recall and F1 of the kept candidates. It writes the model when
``out`` is given and the model is at least the rules' F1 on every held-out set; the figures
that count after that are ``sitroom eval timeline``'s, which score the shipped pipeline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..extract.time_told import told_features, rules_only
from ..extract.time_anchoring import anchor_event
from ..extract.happenings import _rules as happening_rules

C = 0.3  # inverse L2 strength
THRESHOLD = 0.5  # the classifier's default decision: not tuned (module docstring)
FOLDS = 5
SOURCES = ("publication", "paragraph", "entry", "governing")


def _corpus(data: Path, part: str):
    """(docs, entities, gold timelines) of a SemEval-2015 corpus folder or a MEANTIME
    cross-document folder, cut to ``part`` as ``sitroom eval timeline`` cuts them."""
    from ..eval import timeline as tl
    from ..eval.timeline_meantime import is_meantime, read_corpus
    from ..eval.timeline_scoring import read_timeline

    if is_meantime(data):
        every, entities, gold = read_corpus(data)
        docs = tl._part(every, part)
        kept = {d.id for d in docs}
        gold = {e: [(o, v, tuple(i for i in ids if i.split("-")[0] in kept))
                    for o, v, ids in rows] for e, rows in gold.items()}
        return docs, entities, gold
    entities = tl._read_entities(data)
    paths = tl._part(sorted((data / "corpus_trackA_TimeML").glob("*.tml")), part)
    docs = [tl.read_tml(p) for p in paths]
    by_slug = {re.sub(r"\W+", "_", e.lower()): e for e in entities}
    gold = {}
    for path in sorted((data / "TimeLines_Gold_Standard").glob("*.txt")):
        entity, rows = read_timeline(path)
        gold[by_slug.get(path.stem.lower(), entity)] = rows
    return docs, entities, gold


def candidates(data: Path, part: str) -> list[tuple[str, dict[str, float], int, int]]:
    """``(document, features, label, rule)`` of every candidate of ``data`` / ``part``
    (module docstring); ``rule`` 1 when the rules date it."""
    from ..annotate import annotate
    from ..extract import extract
    from ..model import Document
    from ..eval import timeline as tl

    docs, entities, gold = _corpus(Path(data), part)
    right = {(e, i, v) for e, rows in gold.items() for _, v, ids in rows for i in ids}
    adocs = list(annotate(Document(id=d.id, text=d.text, title=d.title, published=d.dct)
                          for d in docs))
    persons = {e.text for a in adocs for e in a.ents if e.label == "PERSON"}
    places = {e.text for a in adocs for e in a.ents if e.label in tl._PLACE_LABELS}
    aliases = {e: tl.entity_aliases(e, e in persons, entities, places) for e in entities}
    with rules_only():
        exs = [extract(a) for a in adocs]
    names = tl.actor_names([(ex.actors, tl.find_entities(d.text, aliases))
                            for d, ex in zip(docs, exs)])
    kinds = tl.model_kinds((a, tl._entity_tokens(a, tl.target_spans(d, a, ex.actors, aliases,
                                                                     names, anaphora=False)))
                           for d, a, ex in zip(docs, adocs, exs))
    r = happening_rules()
    out = []
    for doc, adoc, ex in zip(docs, adocs, exs):
        spans = tl.target_spans(doc, adoc, ex.actors, aliases, names, kinds)
        for h in ex.happenings:
            ents = {ent for s, e, ent in spans for a0, a1 in h.args if s < a1 and e > a0}
            eid = tl.mention_id(doc, h.start, h.end)
            if not ents or eid is None:
                continue
            t = adoc.token_at(h.start)
            a = anchor_event(adoc, t, ex.times)
            if a.date is None:
                continue
            day = tl.task_date(a.date)
            label = int(any((e, eid, day) in right for e in ents))
            rule = h.date_source != "none"
            feats = told_features(adoc, t, a, r["modals"], r["lead_sentences"], rule)
            out.append((doc.id, feats, label, int(rule)))
    return out


def _matrix(rows, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {n: k for k, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for k, (_, f, _, _) in enumerate(rows):
        for n, v in f.items():
            if n in index:
                x[k, index[n]] = v
    return x, np.array([r[2] for r in rows])


def _fit(x: np.ndarray, y: np.ndarray, names: list[str]) -> dict[str, float]:
    from sklearn.linear_model import LogisticRegression

    free = [k for k, n in enumerate(names) if n != "bias"]
    m = LogisticRegression(C=C, tol=1e-10, max_iter=10_000)
    m.fit(x[:, free], y)
    w = {names[k]: round(float(c), 4) for k, c in zip(free, m.coef_[0]) if abs(c) >= 1e-4}
    w["bias"] = round(float(m.intercept_[0]), 4)
    return w


def _probs(x: np.ndarray, names: list[str], w: dict[str, float]) -> np.ndarray:
    vec = np.array([w.get(n, 0.0) for n in names])
    return 1.0 / (1.0 + np.exp(-(x @ vec)))


def _prf(kept: Sequence[int], y: Sequence[int]) -> dict[str, float]:
    tp = sum(1 for k, v in zip(kept, y) if k and v)
    p = tp / max(sum(kept), 1)
    r = tp / max(sum(y), 1)
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "kept": int(sum(kept))}


def _restrict(rows, sources: Sequence[str]):
    """Candidates whose anchor source the model decides; the others keep the rule."""
    return [r for r in rows if any(r[1].get(f"src={s}") for s in sources)]


def train(fit_on: Sequence[tuple[Path, str]], held_out: Sequence[tuple[Path, str]],
          out: Path | None = None, sources: Sequence[str] = ("publication",)) -> dict:
    """Fit on the candidates of ``fit_on`` (``(folder, part)`` pairs), choose the threshold
    by grouped CV there, score rules and model on each ``held_out`` set; write ``out`` only
    when given and the model's candidate F1 is at least the rules' on every held-out set.
    ``sources``: the anchor sources the model decides (the rest keep the rules)."""
    fit_rows = [row for d, p in fit_on for row in candidates(d, p)]
    names = sorted({n for _, f, _, _ in fit_rows for n in f})
    dec = _restrict(fit_rows, sources)
    x, y = _matrix(dec, names)
    docs = sorted({r[0] for r in dec})
    fold = np.array([docs.index(r[0]) % FOLDS for r in dec])
    cv = np.zeros(len(dec))
    for k in range(FOLDS):
        test = fold == k
        if test.any() and (~test).any() and len(set(y[~test].tolist())) == 2:
            cv[test] = _probs(x[test], names, _fit(x[~test], y[~test], names))
    rule_fit = [r[3] for r in dec]
    grid = [round(0.05 * k, 2) for k in range(2, 17)]
    cv_best = max(grid, key=lambda th: (_prf([int(p >= th) for p in cv], y.tolist())["f1"], -th))
    best = THRESHOLD
    weights = _fit(x, y, names)
    result: dict = {"fitted_on": [f"{d.name}:{p}" for d, p in fit_on], "sources": list(sources),
                    "candidates": len(dec), "threshold": best,
                    "cv": {"rules": _prf(rule_fit, y.tolist()),
                           "model": _prf([int(p >= best) for p in cv], y.tolist()),
                           f"model at the CV-best threshold {cv_best}":
                               _prf([int(p >= cv_best) for p in cv], y.tolist())}}
    beats = True
    for d, p in held_out:
        rows = _restrict(candidates(d, p), sources)
        hx, hy = _matrix(rows, names)
        rules = _prf([r[3] for r in rows], hy.tolist())
        model = _prf([int(q >= best) for q in _probs(hx, names, weights)], hy.tolist())
        result[f"{d.name}:{p}"] = {"rules": rules, "model": model}
        beats = beats and model["f1"] >= rules["f1"]
    result["beats_rules"] = beats
    result["weights"] = weights
    if out is not None and beats:
        Path(out).write_text(json.dumps({
            "about": "Logistic model: does a happening keep the date anchor_event gives it "
                     "(extract/time_told.py)? Written by sitroom train timeline "
                     "(training/timeline.py).",
            "fitted_on": result["fitted_on"], "sources": list(sources), "threshold": best,
            "weights": dict(sorted(weights.items()))}, indent=1) + "\n", encoding="utf-8")
    return result


def held_out_sets(data: Path) -> list[tuple[Path, str]]:
    """The sets a model fitted on ``data``'s even half is scored on: its odd half and, when
    ``../shared/eval`` holds it beside ``data``, MEANTIME apple (another corpus, other
    targets, gold derived by :mod:`sitroom.eval.timeline_meantime`)."""
    data = Path(data)
    sets = [(data, "odd")]
    apple = (data.parent.parent / "factuality-meantime" / "intra_cross-doc_annotation"
             / "corpus_apple")
    if apple.is_dir():
        sets.append((apple, "all"))
    return sets
