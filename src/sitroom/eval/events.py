"""PLOVER event evaluation on the gold-standard example records (``PLOVER_GSR*.json``).

Per SCORING.md: one predicted event type per record (current PLOVER names; the old names of
the gold records are mapped: DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE,
FIGHT -> ASSAULT), type accuracy over records; a predicted actor (recipient) span matches a
gold ``actorText`` of the record's ``source`` (``target``) when they share a token;
precision = matched predictions / predictions, recall = matched gold spans / gold spans.

The prediction for a record is the main event of its text (:func:`best_event`); a text
without any parsed trigger gets the type of a lexicon word inside one of its words
(:func:`~sitroom.extract.plover.fuzzy_sense`, the root first), else :data:`FALLBACK_TYPE`.

:func:`evaluate` scores two predictions of the same annotated records: the main event of
every trigger the rules find (``type_acc``, ``actor_f1``, ...: the figures of the floors since
the first round) and the main event of the events the shipped extract stage keeps after its
act filters (``pipeline_type_acc``, ``pipeline_actor_f1``, ...: what users get).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..extract.plover import OLD_TYPES, fuzzy_sense

# the prediction for a text with no trigger at all: verbal disapproval is the commonest
# residual of news statements (CAMEO's "make public statement" is dropped in PLOVER)
FALLBACK_TYPE = "ACCUSE"
_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = frozenset("the a an of in on at to for and or by with from its their his her".split())


@dataclass(frozen=True)
class Gold:
    id: str
    text: str
    type: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class Prediction:
    type: str
    actor: tuple[int, int] | None  # character span in the text
    recipient: tuple[int, int] | None


def gold_type(event: str) -> str:
    """Current PLOVER name of a gold record's event type."""
    return OLD_TYPES.get(event, (event, None))[0]


def _spans(field) -> tuple[str, ...]:
    if not isinstance(field, list):
        return ()
    return tuple(a["actorText"].strip() for a in field if isinstance(a, dict)
                 and isinstance(a.get("actorText"), str) and a["actorText"].strip())


def _find_file(data: Path) -> Path:
    if data.is_file():
        return data
    if data.is_dir():
        for pattern in ("PLOVER_GSR*.json", "events-plover/PLOVER_GSR*.json", "*/PLOVER_GSR*.json"):
            hits = sorted(data.glob(pattern))
            if hits:
                return hits[0]
    raise InputError(str(data), "no PLOVER gold records found",
                     "pass the PLOVER_GSR_dev.json file or the folder holding it "
                     "(shared/eval/events-plover)")


def _in_part(number: int, part: str) -> bool:
    """True when a record numbered ``number`` belongs to ``part`` ("even", "odd", "4k+N")."""
    if part.startswith("4k+"):
        return number % 4 == int(part[3:])
    return (number % 2 == 0) == (part == "even")


def load(data: Path, limit: int | None = None, part: str | None = None) -> list[Gold]:
    """Gold records of a PLOVER_GSR JSON file (or the folder holding one), DOCUMENT records
    skipped. ``part`` "even"/"odd" keeps the records whose id number has that parity,
    "4k+N" (N in 0..3) those whose id number leaves N when divided by 4."""
    path = _find_file(Path(data))
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"cannot read the gold records: {exc}",
                         "the file must be the JSON list of PLOVER_GSR records") from exc
    if not isinstance(records, list):
        raise InputError(str(path), "expected a JSON list of records", "use PLOVER_GSR_dev.json")
    out = []
    for r in records:
        if not isinstance(r, dict) or r.get("event") in (None, "DOCUMENT") or not r.get("text"):
            continue
        num = re.search(r"(\d+)$", str(r.get("id", "")))
        if part and num and not _in_part(int(num.group(1)), part):
            continue
        out.append(Gold(str(r.get("id")), r["text"], gold_type(r["event"]),
                        _spans(r.get("source")), _spans(r.get("target"))))
        if limit is not None and len(out) >= limit:
            break
    return out


def predict(text: str, pipeline: bool = False) -> Prediction:
    """The main event of ``text``: its type and the character spans of actor and recipient
    (pronouns resolved to their antecedent); see :func:`predict_annotated`."""
    from ..annotate import annotate_text

    return predict_annotated(annotate_text(text), pipeline)


def main_candidate(adoc, actors, pipeline: bool = False):
    """The main event candidate of ``adoc`` (:func:`~sitroom.extract.events.best_event`):
    of every trigger with its arguments, or with ``pipeline`` of the events the shipped
    extract stage keeps (:func:`~sitroom.extract.events.rule_candidates`, with the
    document's places and times), None when there is none."""
    from ..extract.events import best_event, event_candidates, rule_candidates

    if not pipeline:
        return best_event(event_candidates(adoc, actors, (), ()))
    from ..extract.places import extract_places
    from ..extract.times import extract_times

    return best_event(rule_candidates(adoc, actors, extract_places(adoc), extract_times(adoc)))


def fallback_type(adoc) -> str:
    """The type of a text without a main event: the sense of a lexicon word inside one of
    its words (the root first), else :data:`FALLBACK_TYPE`."""
    for t in sorted(adoc.tokens, key=lambda t: t.head == t.i, reverse=True):
        sense = fuzzy_sense(t.text)
        if sense is not None:
            return sense[0]
    return FALLBACK_TYPE


def predict_annotated(adoc, pipeline: bool = False) -> Prediction:
    """The prediction for an annotated record: the main event of every candidate, or with
    ``pipeline`` the main event of those the shipped extract stage keeps (what users get)."""
    from ..extract.actors import extract_actors

    actors = extract_actors(adoc)
    best = main_candidate(adoc, actors, pipeline)
    if best is None:
        return Prediction(fallback_type(adoc), None, None)

    def span(idx, s) -> tuple[int, int] | None:
        """The candidate's span, or the antecedent's for a pronoun or a surname."""
        if idx is None or actors[idx].coref_of is None:
            return s
        seen = set()
        while actors[idx].coref_of is not None and idx not in seen:
            seen.add(idx)
            idx = actors[idx].coref_of
        return actors[idx].start, actors[idx].end

    # PLOVER codes the place as the target when the event has no recipient actor
    recipient = span(best.event.recipient, best.recipient_span) or best.place_span
    return Prediction(best.event.type, span(best.event.actor, best.actor_span), recipient)


def _tokens_at(text: str, start: int, end: int) -> set[int]:
    """Character offsets of the content words inside [start, end)."""
    return {m.start() for m in _WORD.finditer(text, start, end) if m.group().lower() not in _STOP}


def _locate(text: str, phrase: str) -> tuple[int, int] | None:
    i = text.find(phrase)
    if i < 0:
        i = text.lower().find(phrase.lower())
    return (i, i + len(phrase)) if i >= 0 else None


def span_matches(text: str, pred: tuple[int, int], gold: str) -> bool:
    """True when the predicted span shares a (content) token with the gold actor text: by
    position when the gold text occurs in ``text``, else by word."""
    loc = _locate(text, gold)
    if loc is not None:
        return bool(_tokens_at(text, *pred) & _tokens_at(text, *loc))
    pw = {m.group().lower() for m in _WORD.finditer(text, *pred)} - _STOP
    gw = {m.group().lower() for m in _WORD.finditer(gold)} - _STOP
    return bool(pw & gw)


def score(golds: list[Gold], preds: list[Prediction]) -> dict:
    """Type accuracy and actor/recipient precision, recall, F1 of predictions (one per
    gold record, same order)."""
    if len(golds) != len(preds):
        raise ValueError("one prediction per gold record is required")
    n = len(golds)
    right = sum(g.type == p.type for g, p in zip(golds, preds))
    out = {"type_acc": right / n if n else 0.0}
    for role, gattr, pattr in (("actor", "actors", "actor"), ("recipient", "recipients", "recipient")):
        n_pred = n_pred_ok = n_gold = n_gold_ok = 0
        for g, p in zip(golds, preds):
            gs, ps = getattr(g, gattr), getattr(p, pattr)
            n_gold += len(gs)
            if ps is not None:
                n_pred += 1
                hits = [s for s in gs if span_matches(g.text, ps, s)]
                n_pred_ok += bool(hits)
                n_gold_ok += len(hits)
        prec = n_pred_ok / n_pred if n_pred else 0.0
        rec = n_gold_ok / n_gold if n_gold else 0.0
        out[f"{role}_precision"] = prec
        out[f"{role}_recall"] = rec
        out[f"{role}_f1"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    out["n"] = n
    return out


def evaluate(data: Path, limit: int | None = None, part: str | None = None, **options) -> dict:
    """Score the event extractor on PLOVER gold records at ``data`` (the JSON file or its
    folder). ``limit`` keeps the first N records, ``part`` "even"/"odd" one half by id.
    Returns type_acc, actor_/recipient_ precision, recall, f1 (fractions) and n."""
    golds = load(data, limit, part)
    if not golds:
        raise InputError(str(data), "no scorable PLOVER records", "check the file and the limit")
    from ..annotate import annotate_text

    adocs = [annotate_text(g.text) for g in golds]
    result = score(golds, [predict_annotated(a) for a in adocs])
    shipped = score(golds, [predict_annotated(a, pipeline=True) for a in adocs])
    result.update({f"pipeline_{k}": v for k, v in shipped.items() if k != "n"})
    return result


def format_text(result: dict) -> str:
    """A short table of the figures."""
    lines = [f"PLOVER events  (n={result['n']})",
             f"  type accuracy   {result['type_acc']:.3f}",
             "  role        precision  recall  F1"]
    for role in ("actor", "recipient"):
        lines.append(f"  {role:<10}  {result[role + '_precision']:.3f}      "
                     f"{result[role + '_recall']:.3f}   {result[role + '_f1']:.3f}")
    if "pipeline_type_acc" in result:
        lines.append("  shipped pipeline (the events the extract stage keeps; no event: fallback)")
        lines.append(f"  type accuracy   {result['pipeline_type_acc']:.3f}   actor F1 "
                     f"{result['pipeline_actor_f1']:.3f}   recipient F1 "
                     f"{result['pipeline_recipient_f1']:.3f}")
    return "\n".join(lines)


# ---------------------------------------------------------------- precision as users meet it


def judged_keys(markdown: Path) -> set[tuple[str, str, str]]:
    """The events judged in a judgements file (docs/judgements/events.md): (article
    prefix, trigger, first 60 characters of the sentence) of every row of its sample
    tables, for :func:`sample_events` to leave out; a table that gives the trigger's
    character offsets instead of the sentence gives (article prefix, "@start-end", "")."""
    keys = set()
    for line in Path(markdown).read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 10 or not cells[0].isdigit():
            continue
        if re.fullmatch(r"\d+-\d+", cells[2]):  # a table giving the trigger's offsets
            keys.add((cells[1], "@" + cells[2], ""))
        else:
            keys.add((cells[1], cells[4], cells[-1].removesuffix("...")[:60]))
    return keys


def sample_events(folder: Path, n: int = 150, seed: int = 15,
                  exclude: Collection[tuple[str, str, str]] = (),
                  articles: int | None = None) -> list[dict]:
    """``n`` events drawn at random (``random.Random(seed)``) from the shipped pipeline's
    events over the ``.txt`` articles of ``folder`` (PolNeAR ``data/dev/text``: real news),
    for judging by hand (docs/judgements/events.md). An article's publication date is the
    ``YYYY-MM-DD`` of its file name. Each item: number, article, type, mode, actor, trigger,
    recipient, date, date_source, certainty, polarity, start, end (the trigger's character
    offsets in the article), sentence. ``exclude``: events already judged, as (article
    prefix, trigger or "@start-end", first 60 characters of the sentence; see
    :func:`judged_keys`); with it, the draw is the first
    ``n`` others of the pool shuffled by ``seed``. ``articles``: run over only that many
    articles of ``folder``, drawn with the same seed (PolNeAR's 840 training articles are
    too many to annotate for one draw).
    """
    import random

    from ..annotate import annotate
    from ..extract.actors import extract_actors
    from ..extract.events import extract_events
    from ..extract.places import extract_places
    from ..extract.times import extract_times
    from ..model import Document

    paths = sorted(Path(folder).glob("*.txt"))
    if not paths:
        raise InputError(str(folder), "no .txt articles", "give PolNeAR's data/dev/text folder")
    if articles is not None:
        paths = sorted(random.Random(seed).sample(paths, min(articles, len(paths))))
    docs = []
    for p in paths:
        m = re.search(r"\d{4}-\d{2}-\d{2}", p.name)
        docs.append(Document(id=p.stem, text=p.read_text(encoding="utf-8"),
                             published=m.group(0) if m else None))
    pool = []
    for adoc in annotate(docs):
        actors = extract_actors(adoc)  # the extract stage's events, as sitroom.extract runs them
        events = extract_events(adoc, actors, extract_places(adoc), extract_times(adoc))
        for ev in events:
            pool.append({"article": adoc.doc.id, "start": ev.start, "end": ev.end,
                         "type": ev.type, "mode": ev.mode, "polarity": ev.polarity,
                         "actor": ev.actor_text, "trigger": ev.trigger,
                         "recipient": ev.recipient_text, "date": ev.date,
                         "date_source": ev.date_source, "certainty": ev.certainty,
                         "sentence": " ".join(ev.sentence_text.split())})
    if exclude:
        skip = set(exclude)

        def judged(item: dict) -> bool:
            at = f"@{item['start']}-{item['end']}"
            return any(t == at or (item["trigger"], item["sentence"][:60]) == (t, s)
                       for a, t, s in skip if item["article"].startswith(a))

        shuffled = random.Random(seed).sample(pool, len(pool))
        drawn = [item for item in shuffled if not judged(item)][:n]
    else:
        drawn = random.Random(seed).sample(pool, min(n, len(pool)))
    return [{"n": k + 1, **item} for k, item in enumerate(drawn)]


# ------------------------------------------------------------ news of other genres

GENRES = ("ecbplus", "timebank")


def genre_documents(source: str, data: Path) -> list:
    """The articles of a corpus of another genre than PolNeAR's campaign news, as
    :class:`~sitroom.model.Document` (id: the file's stem; sorted by id): ``ecbplus``
    (``coref-ecbplus``: disasters, crime, arrests; the text as
    :func:`sitroom.eval.coref.doc_text` joins its tokens, publication date unknown) or
    ``timebank`` (``time-tempeval3/TBAQ-cleaned/TimeBank``: news of 1989-1998, the text of
    :func:`sitroom.eval.time.read_tml`, published on its DCT). Offsets of the labels in
    ``data/gold/events_<source>.tsv`` are offsets in these texts."""
    from ..model import Document

    data = Path(data)
    if source == "ecbplus":
        from .coref import doc_text, read_ecbplus

        docs, _, _ = read_ecbplus(data)
        out = [Document(id=d.name, text=doc_text(d)) for d in docs]
    elif source == "timebank":
        from .time import read_tml

        folder = data / "TBAQ-cleaned" / "TimeBank" if (data / "TBAQ-cleaned").is_dir() else data
        out = []
        for p in sorted(folder.glob("*.tml")):
            t = read_tml(p)
            day = f"{t.dct[:4]}-{t.dct[4:6]}-{t.dct[6:8]}" if t.dct and t.dct[:8].isdigit() else (
                t.dct[:10] if t.dct else None)
            out.append(Document(id=t.name, text=t.text.strip("\n"), published=day))
    else:
        raise InputError(source, "no such corpus", f"choose one of: {', '.join(GENRES)}")
    return sorted(out, key=lambda d: d.id)


def sample_genre_events(source: str, data: Path, n: int = 150, seed: int = 40,
                        articles: int = 40) -> list[dict]:
    """``n`` events drawn at random from the shipped extract stage's events over
    ``articles`` documents of ``source`` (:func:`genre_documents`), both drawn with
    ``random.Random(seed)``: the articles by ``sample`` of the sorted documents, then the
    events by ``sample`` of their pool in text order. Items as :func:`sample_events`."""
    import random

    from ..annotate import annotate
    from ..extract.actors import extract_actors
    from ..extract.events import extract_events
    from ..extract.places import extract_places
    from ..extract.times import extract_times

    rng = random.Random(seed)
    docs = genre_documents(source, data)
    docs = sorted(rng.sample(docs, min(articles, len(docs))), key=lambda d: d.id)
    pool = []
    for adoc in annotate(docs):
        actors = extract_actors(adoc)
        for ev in extract_events(adoc, actors, extract_places(adoc), extract_times(adoc)):
            pool.append({"article": adoc.doc.id, "start": ev.start, "end": ev.end,
                         "type": ev.type, "mode": ev.mode, "polarity": ev.polarity,
                         "actor": ev.actor_text, "trigger": ev.trigger,
                         "recipient": ev.recipient_text, "certainty": ev.certainty,
                         "sentence": " ".join(ev.sentence_text.split())})
    drawn = rng.sample(pool, min(n, len(pool)))
    return [{"n": k + 1, **item} for k, item in enumerate(drawn)]
