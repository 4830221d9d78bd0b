"""Retrain the small models sitroom ships in ``src/sitroom/data`` from public training data.

Training code lives in this package and nothing at run time imports it (nor ``sitroom.eval``):
the runtime modules only read the shipped model files.

* ``factuality``: the UW factuality score model (``data/factuality_uw.json``), fitted by
  :func:`sitroom.training.factuality.train_score_model` on the UW ``train.conll`` (never on
  ``dev.conll``, which ``sitroom eval factuality`` scores).
* ``quotes``: the attribution cue model (``data/attribution_cues.json``), counted by
  :func:`sitroom.extract.quotes.train_cue_model` on the PolNeAR ``train`` articles (never on
  ``dev``, which ``sitroom eval quotes`` scores).

* ``stance``: the report-to-report stance model (``data/stance_model.npz``), fitted by
  :func:`sitroom.training.stance.train` on the FNC-1 pairs (it first scores a model trained on
  80% of the bodies on the other 20%, the honest figure ``sitroom eval stance --holdout``
  reports, then fits the shipped model on all pairs).
* ``coref``: the event-coreference pair model (``data/coref_model.json``): logistic weights
  fitted by :func:`sitroom.training.coref.train` on the mention pairs of the ECB+ topics, merge
  threshold and subtopic cut chosen on leave-topics-out probabilities (``sitroom eval coref``
  scores the same topics: its figure is optimistic, the cross-validated one is in the
  trainer's output).
* ``events``: a learned event filter (``data/event_filter_model.json``) scored by
  :func:`sitroom.training.events.train` on the hand judgements of the events the pipeline
  extracts (``data/gold/events_*.tsv``: PolNeAR dev and training articles, ECB+ and TimeBank
  documents): it prints the article-grouped and cross-genre figures against the act rules
  alone, then writes the model fitted on all the labels. The extract stage does not apply it
  yet (it drops announced retreats, refusals and demands of hand-written conflict news).
  Round 22: ``--precise`` writes it to ``data/event_filter_model_precise.json``, the opt-in
  filter of ``SITROOM_EVENT_FILTER=precise``; round 23: and the refit with the guard of acts
  told as done to ``data/event_filter_model_balanced.json`` (``SITROOM_EVENT_FILTER=balanced``).
* ``plover``: a learned PLOVER type classifier scored by :func:`sitroom.training.plover.train`
  against the type rules by 5-fold cross-validation over the gold records
  (``events-plover/PLOVER_GSR_dev.json``); it prints the figures and whether a model beats the
  rules (none does: nothing is written).
* ``timeline``: a learned decision whether a happening keeps the date its clause is anchored
  to (``data/happening_dates.json``, applied by :mod:`sitroom.extract.time_told`), fitted by
  :func:`sitroom.training.timeline.train` on the SemEval-2015 ``corpus_1`` even half and
  scored against the rules on its odd half and MEANTIME apple; written only when it is at
  least the rules on both (round 12: it is, candidate F1 odd 0.702 -> 0.741, apple 0.546 -> 0.667).
* ``actors``: a learned false-actor filter (``data/actor_filter_model.json``, applied by
  :mod:`sitroom.extract.actor_model`), fitted by :func:`sitroom.training.actors.train` on every
  judged actor draw of ``docs/judgements/actors.md`` (the reports read from the evaluation
  folder ``--data``: PolNeAR, FNC-1, LGL); each draw held out in turn, it ships (``"ship"``)
  only when it beats the rules alone by the margins of that module.

Command: ``sitroom train factuality --data ../shared/eval/factuality-uw`` and
``sitroom train quotes --data ../shared/eval/quotes-polnear/data``. Both are deterministic.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError

MODELS = ("factuality", "quotes", "stance", "coref", "events", "plover", "timeline", "actors")


def _uw_train_file(data: Path) -> Path:
    """The UW training file under ``data`` (a ``train.conll`` file or a folder holding it)."""
    path = data / "train.conll" if data.is_dir() else data
    if not path.is_file():
        raise InputError(str(path), "no UW training file here",
                         "give the factuality-uw folder (holding train.conll) or the file itself")
    if path.name.startswith("dev"):
        raise InputError(str(path), "this is the development file the evaluation scores",
                         "train on train.conll")
    return path


def _polnear_train_dir(data: Path) -> Path:
    """The PolNeAR training compartment under ``data`` (``train`` or ``data/train``)."""
    for cand in (data, data / "train", data / "data" / "train"):
        if (cand / "text").is_dir() and (cand / "attributions").is_dir() and cand.name == "train":
            return cand
    raise InputError(str(data), "no PolNeAR train/text and train/attributions folders here",
                     "give the PolNeAR data directory (holding train/ and dev/)")


def _polnear_text_dir(data: Path, part: str) -> Path:
    """The text folder of PolNeAR compartment ``part`` under ``data``."""
    for cand in (data, data / "text", data / part / "text", data / "data" / part / "text"):
        if cand.is_dir() and any(cand.glob("*.txt")):
            return cand
    raise InputError(str(data), f"no PolNeAR {part}/text folder here",
                     "give the PolNeAR data directory (holding dev/) or its dev/text folder")


def train(what: str, data: Path, limit: int | None = None, precise: bool = False) -> dict:
    """Retrain model ``what`` (one of :data:`MODELS`) from the training data at ``data``
    and write it to its file in ``src/sitroom/data``. Returns a summary dict with
    ``model``, ``data`` and ``out`` plus the trainer's own figures. ``precise`` (events
    alone, round 22): write the refit to ``data/event_filter_model_precise.json``, the model
    of ``SITROOM_EVENT_FILTER=precise``."""
    from ..extract import certainty, quote_cues as quotes

    data = Path(data)
    if precise and what != "events":
        raise InputError(what, "--precise is for the event filter alone", "sitroom train events --precise")
    if not data.exists():
        raise InputError(str(data), "no such file or folder", "point --data at the training data")
    if what == "factuality":
        src = _uw_train_file(data)
        from .factuality import train_score_model

        result = train_score_model(src)
        out = certainty.MODEL_PATH
    elif what == "quotes":
        from ..annotate import annotate
        from ..eval.quotes import load
        from ..model import Document

        src = _polnear_train_dir(data)
        arts = load(src, limit)
        docs = annotate([Document(id=a.name, text=a.text) for a in arts])
        result = quotes.train_cue_model((d, a.gold) for d, a in zip(docs, arts))
        out = quotes.CUE_MODEL_PATH
    elif what == "stance":
        from ..link import stance
        from .stance import train as train_stance

        src = data if data.is_dir() else data.parent
        stances, bodies = src / "stances.csv", src / "bodies.csv"
        if not stances.is_file() or not bodies.is_file():
            raise InputError(str(data), "no FNC-1 stances.csv and bodies.csv here",
                             "give the stance-fnc1 folder")
        out = stance.DEFAULT_MODEL
        result = train_stance(stances, bodies, out)
        result.pop("model", None)
    elif what == "coref":
        from ..link.coref import MODEL_PATH as COREF_MODEL
        from .coref import train as train_coref

        src = data
        out = COREF_MODEL
        result = train_coref(data, out)
    elif what == "events":
        from .events import MODEL_FILE, PRECISE_FILE, train as train_events

        src = _polnear_text_dir(data, "dev")
        out = PRECISE_FILE if precise else MODEL_FILE
        result = train_events(src, out=out, precise=precise)
    elif what == "plover":
        from ..eval.events import _find_file
        from .plover import train as train_plover

        src = _find_file(data)
        out = src  # read, not written: no learned typer beats the rules
        result = train_plover(src)
    elif what == "timeline":
        from .timeline import held_out_sets, train as train_timeline

        src = data
        out = Path(__file__).resolve().parent.parent / "data" / "happening_dates.json"
        result = train_timeline([(data, "even")], held_out_sets(data), out=out)
    elif what == "actors":
        from .actors import train as train_actors

        src = data
        out = Path(__file__).resolve().parent.parent / "data" / "actor_filter_model.json"
        result = train_actors(data, out=out)
        result.pop("table", None)
    else:
        raise InputError(what, "no such model", f"choose one of: {', '.join(MODELS)}")
    return {"model": what, "data": str(src), "out": str(out), **result}
