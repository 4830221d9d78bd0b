"""Whether a happening takes the date its clause is anchored to: a learned decision.

:func:`sitroom.extract.happenings` dates a happening by the narrative-time code
(:func:`sitroom.extract.time_anchoring.anchor_event`); the publication day, the fallback,
dates by rule only what the report tells as its news (the lead, what was said, a simple past,
none under a modal). This module holds the features of that decision (:func:`told_features`:
how the clause is told, tense, aspect, modality, where it stands, where its time came from)
and applies a logistic model over them when one is shipped (``data/happening_dates.json``,
written by ``sitroom train timeline``, :mod:`sitroom.training.timeline`): the model says
whether the anchored date is kept (:func:`model_keeps`). Without a model file, or where the
model does not decide (``sources`` of the file), the rule of :mod:`sitroom.extract.happenings`
stands. The model file holds weights and a threshold only; nothing here imports scikit-learn.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources

from ..lexicon import words
from ..model import AnnotatedDoc
from .time_anchoring import Anchor

MODEL_FILE = "happening_dates.json"
_PERFECT, _PROGRESSIVE = "have", "be"


_OFF: list[bool] = []  # set by rules_only(): the training compares the model with the rules


@contextmanager
def rules_only() -> Iterator[None]:
    """Within the block no model decides (the rules of :mod:`sitroom.extract.happenings`
    date every happening): what :mod:`sitroom.training.timeline` compares the model with."""
    _OFF.append(True)
    try:
        yield
    finally:
        _OFF.pop()


@lru_cache(maxsize=1)
def _model() -> dict | None:
    try:
        text = resources.files("sitroom.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    model = json.loads(text)
    return model if model.get("weights") else None


def _told(adoc: AnnotatedDoc, t: int) -> int:
    """The verb that tells ``t``: ``t`` itself, or for a noun argument of a verb ("made its
    maiden flight") that verb."""
    tok = adoc.tokens[t]
    if tok.pos == "NOUN" and tok.dep in ("dobj", "nsubj", "nsubjpass", "attr") and tok.head != t:
        return tok.head
    return t


def told_features(adoc: AnnotatedDoc, t: int, anchor: Anchor, modals: frozenset[str],
                  lead: int, rule: bool) -> dict[str, float]:
    """Binary features of the happening at token ``t`` with its ``anchor``: where the date
    came from, the word's part of speech, dependency and tag, the telling verb's tense,
    aspect, voice, modality and negation, its clause's head, reporting verbs, the sentence's
    place (``lead``: the lead's sentences), the date's precision and side of the
    publication day, and the rules' own decision (``rule``: a learned correction of them)."""
    toks = adoc.tokens
    tok = toks[t]
    v = _told(adoc, t)
    verb = toks[v]
    kids = [toks[c] for c in adoc.children(v)]
    own = [toks[c] for c in adoc.children(t)] if v != t else kids
    said = words("reporting_verbs", "event_coreference")
    f = {"bias": 1.0, "rule": float(rule), f"src={anchor.date_source}": 1.0, f"pos={tok.pos}": 1.0,
         f"dep={tok.dep}": 1.0, f"tag={verb.tag}": 1.0}
    if any(k.dep == "aux" and k.lemma.lower() == _PERFECT for k in kids):
        f["perfect"] = 1.0
    if any(k.dep == "aux" and k.lemma.lower() == _PROGRESSIVE for k in kids) and verb.tag == "VBG":
        f["progressive"] = 1.0
    if any(k.dep == "auxpass" for k in kids):
        f["passive"] = 1.0
    if any(k.text.lower() in modals for k in kids + own):
        f["modal"] = 1.0
    if any(k.dep == "neg" for k in kids):
        f["negated"] = 1.0
    if any(k.dep == "aux" and k.tag == "TO" for k in kids):
        f["infinitive"] = 1.0
    if tok.lemma.lower() in said:
        f["said"] = 1.0
    if v != t:
        f["light_object"] = 1.0
    if verb.dep != "ROOT" and verb.head != v:
        head = toks[verb.head]
        f[f"clause={verb.dep}"] = 1.0
        f[f"head_tag={head.tag}"] = 1.0
        if head.lemma.lower() in said:
            f["under_said"] = 1.0
    else:
        f["clause=ROOT"] = 1.0
    n = tok.sent
    f["lead" if n < lead else ("body" if n < 3 * lead else "late")] = 1.0
    if anchor.precision:
        f[f"prec={anchor.precision}"] = 1.0
    pub = adoc.doc.published
    if anchor.date and pub:
        day, ref = anchor.date[:10], pub[:10]
        if len(day) == 10 and len(ref) == 10:
            f["ahead" if day > ref else ("same_day" if day == ref else "before")] = 1.0
    return f


def model_keeps(adoc: AnnotatedDoc, t: int, anchor: Anchor, modals: frozenset[str],
                lead: int, rule: bool) -> bool | None:
    """True / False: the shipped model keeps / drops the anchored date of the happening at
    ``t``; None when no model is shipped or its ``sources`` leave this anchor to the rule."""
    model = None if _OFF else _model()
    if model is None or anchor.date is None or anchor.date_source not in model["sources"]:
        return None
    weights = model["weights"]
    score = sum(weights.get(k, 0.0) * x for k, x in told_features(adoc, t, anchor, modals,
                                                                   lead, rule).items())
    return 1.0 / (1.0 + math.exp(-score)) >= model["threshold"]
