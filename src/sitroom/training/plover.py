"""A learned PLOVER type classifier, scored against the type rules by cross-validation over
the gold records (``events-plover/PLOVER_GSR_dev.json``) and shipped only when it beats them.

The rules (:mod:`sitroom.extract.events_senses`, the tables of :mod:`sitroom.extract.plover`)
were written while reading these records, so their accuracy on them is optimistic (0.876 on
the 161 records; 0.75 on the other half of the benchmark, which is not in ``../shared/eval``).
A model learned from the records can be scored honestly: k-fold cross-validation, each fold
typed by a model fitted on the others. Two models are scored on the same folds as the rules:

* ``learned``: an L2 logistic regression (scikit-learn) over the features of
  :func:`~sitroom.extract.events_senses.type_features` of the rules' main trigger (trigger,
  object, head and prepositions, senses of the sentence's words), the rule's own type left
  out: the record's type from the text alone;
* ``combined``: the same with the rule type and mode as features, a learned correction of
  the rules; ``cautious`` takes its answer only when it beats the rule type's probability
  by :data:`MARGIN`.

A record whose rule type came from the manual's recoding (a promise, a threat, a refusal:
the type differs from the trigger's sense) or that has no trigger keeps its rule type in
every model: the classifier types triggers, as it would inside the extract stage. Training
labels are the gold types (for recoded records whose rule type is right, the trigger's
sense; recoded records typed wrong are left out).

``sitroom train plover --data ../shared/eval/events-plover`` prints the figures and the
decision (:func:`train`): a model may replace the rules only when its cross-validated
accuracy beats theirs on the same folds. With the rules of the seventh round none does
(rules 0.876, learned 0.677, combined 0.838, cautious 0.876), so nothing is shipped and the
command writes no file; the rules stay the extract stage's typer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

C = 1.0  # inverse L2 strength of the logistic regression
FOLDS = 5
MARGIN = 0.4  # the cautious model's least lead over the rule type's probability


@dataclass(frozen=True)
class Row:
    """One gold record as the classifier sees it: gold type, the rules' type, the rules'
    trigger sense (None without a trigger), whether recoding changed it, its features."""

    gold: str
    rule: str
    sense: tuple[str, str | None] | None = None
    recoded: bool = False
    features: dict[str, float] = field(default_factory=dict)


def rows_of(golds: Sequence, adocs: Sequence) -> list[Row]:
    """The :class:`Row` of every gold record (``golds`` of :func:`sitroom.eval.events.load`
    and their annotated texts, same order), typed by the rules as ``sitroom eval events``
    types them."""
    from ..eval.events import fallback_type, main_candidate
    from ..extract.actors import extract_actors
    from ..extract.events_senses import _sense_at, type_features

    out = []
    for g, adoc in zip(golds, adocs):
        best = main_candidate(adoc, extract_actors(adoc))
        if best is None:
            out.append(Row(g.type, fallback_type(adoc)))
            continue
        sense = _sense_at(adoc, best.token)
        if sense is None:  # a request at the verb over "X must ...": no sense of its own
            sense = (best.event.type, best.event.mode)
        out.append(Row(g.type, best.event.type, sense, sense[0] != best.event.type,
                       type_features(adoc, best.token, sense[0], sense[1])))
    return out


def _label(row: Row) -> str | None:
    """The training label of ``row``: its gold type, or for a recoded record its trigger
    sense when the recoding got the gold type (None: not a training row)."""
    if row.sense is None:
        return None
    if row.recoded:
        return row.sense[0] if row.rule == row.gold else None
    return row.gold


def _strip(features: dict[str, float], with_rules: bool) -> dict[str, float]:
    if with_rules:
        return features
    return {k: x for k, x in features.items() if not k.startswith(("rule", "quad"))}


@dataclass
class TypeModel:
    """A fitted classifier: the feature vectoriser and the logistic regression."""

    vectorizer: object
    model: object
    with_rules: bool

    def predict(self, row: Row, margin: float = 0.0) -> str:
        """The type of ``row``: the rules' for a record without trigger or recoded, else the
        classifier's (with ``margin``, only when it beats the rule sense's probability by
        that much)."""
        if row.sense is None or row.recoded:
            return row.rule
        x = self.vectorizer.transform([_strip(row.features, self.with_rules)])  # type: ignore[attr-defined]
        proba = self.model.predict_proba(x)[0]  # type: ignore[attr-defined]
        classes = list(self.model.classes_)  # type: ignore[attr-defined]
        best = int(np.argmax(proba))
        rule_p = proba[classes.index(row.sense[0])] if row.sense[0] in classes else 0.0
        return str(classes[best]) if proba[best] - rule_p >= margin else row.sense[0]


def fit(rows: Sequence[Row], with_rules: bool = True, c: float = C) -> TypeModel | None:
    """An L2 logistic regression over the features of the training rows of ``rows`` (None
    when they hold fewer than two types). Deterministic (lbfgs from zero)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [(r, lab) for r in rows if (lab := _label(r)) is not None]
    if len({lab for _, lab in train}) < 2:
        return None
    vec = DictVectorizer()
    x = vec.fit_transform([_strip(r.features, with_rules) for r, _ in train])
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, [lab for _, lab in train])
    return TypeModel(vec, model, with_rules)


def cross_validate(rows: Sequence[Row], k: int = FOLDS, c: float = C) -> dict:
    """Type accuracy of the rules, ``learned``, ``combined`` and ``cautious`` on the same
    ``k`` folds (record ``i`` in fold ``i % k``): mean over folds and each fold's figures."""
    names = ("rules", "learned", "combined", "cautious")
    folds = []
    for f in range(k):
        test = [r for i, r in enumerate(rows) if i % k == f]
        train = [r for i, r in enumerate(rows) if i % k != f]
        if not test:
            continue
        learned, combined = fit(train, with_rules=False, c=c), fit(train, with_rules=True, c=c)
        preds = {
            "rules": [r.rule for r in test],
            "learned": [learned.predict(r) if learned else r.rule for r in test],
            "combined": [combined.predict(r) if combined else r.rule for r in test],
            "cautious": [combined.predict(r, MARGIN) if combined else r.rule for r in test],
        }
        folds.append({"n": len(test), **{n: float(np.mean([p == r.gold for p, r in zip(preds[n], test)]))
                                         for n in names}})
    return {**{n: round(float(np.mean([fo[n] for fo in folds])), 4) for n in names},
            "folds": [{key: (round(x, 4) if isinstance(x, float) else x) for key, x in fo.items()}
                      for fo in folds]}


def _part_accuracy(rows: Sequence[Row], numbers: Sequence[int], part: str) -> float:
    from ..eval.events import _in_part

    keep = [r for r, n in zip(rows, numbers) if _in_part(n, part)]
    return round(sum(r.rule == r.gold for r in keep) / len(keep), 4) if keep else 0.0


def train(data: Path, k: int = FOLDS) -> dict:
    """Score the learned type classifiers against the rules on ``k`` folds of the PLOVER gold
    records at ``data`` and say whether one beats them (``beats_rules``: the best model whose
    cross-validated accuracy beats the rules', else None). Writes nothing. Also
    gives the rules' accuracy on the record halves and on the part read last (4k+3)."""
    from ..annotate import annotate_text
    from ..eval.events import load

    golds = load(Path(data))
    adocs = [annotate_text(g.text) for g in golds]
    rows = rows_of(golds, adocs)
    numbers = [int(m.group(1)) if (m := re.search(r"(\d+)$", g.id)) else 0 for g in golds]
    cv = cross_validate(rows, k)
    better = [n for n in ("combined", "cautious", "learned") if cv[n] > cv["rules"]]
    winner = max(better, key=lambda n: cv[n]) if better else None
    return {"records": len(rows), "folds": k, "C": C, "margin": MARGIN,
            "training_rows": sum(_label(r) is not None for r in rows),
            "rules_dev": round(sum(r.rule == r.gold for r in rows) / len(rows), 4),
            "rules_parts": {p: _part_accuracy(rows, numbers, p) for p in ("even", "odd", "4k+3")},
            "cross_validated": cv, "beats_rules": winner,
            "decision": (f"{winner} beats the rules under cross-validation" if winner else
                         "no learned model beats the rules under cross-validation: the rules "
                         "stay, nothing is written")}
