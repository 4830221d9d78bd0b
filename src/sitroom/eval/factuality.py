"""Event factuality evaluation: UW (Lee et al. 2015) scores and MEANTIME certainty/polarity.

``format="uw"``: ``DIR`` holds CoNLL-style files (``dev.conll`` is scored when present, else
every ``*.conll``); columns ``index token score tag head dep lemma``, blank line between
sentences, score ``_`` for tokens without gold. Each sentence's tokens are joined by spaces
into a Document, annotated, and every gold token gets :func:`event_certainty`'s score;
mean absolute error and Pearson r over all of them.

``format="meantime"``: ``DIR`` holds MEANTIME CAT XML files (``intra-doc_annotation`` is used
when present). For each gold EVENT_MENTION with a certainty (or polarity) value, the
system's certainty (CERTAIN, PROBABLE, POSSIBLE, UNDERSPECIFIED) and polarity (POS, NEG,
UNDERSPECIFIED) of its first token; accuracy of each.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .cat import cat_root, cat_tokens
from ..extract.certainty import Certainty, event_certainty
from ..model import AnnotatedDoc, Document


@dataclass(frozen=True)
class Sentence:
    """One UW sentence: its tokens and the gold score of each (None when ``_``)."""

    tokens: tuple[str, ...]
    scores: tuple[float | None, ...]


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a UW ``.conll`` file."""
    sents: list[Sentence] = []
    toks: list[str] = []
    scores: list[float | None] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            if toks:
                sents.append(Sentence(tuple(toks), tuple(scores)))
            toks, scores = [], []
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            raise InputError(str(path), f"line {n}: expected tab-separated columns "
                             "(index, token, score, ...)", "give UW factuality .conll files")
        toks.append(cols[1])
        try:
            scores.append(None if cols[2] == "_" else float(cols[2]))
        except ValueError as exc:
            raise InputError(str(path), f"line {n}: score {cols[2]!r} is not a number") from exc
    if toks:
        sents.append(Sentence(tuple(toks), tuple(scores)))
    return sents


def sentence_doc(tokens: tuple[str, ...], doc_id: str = "s") -> tuple[Document, list[int]]:
    """A Document of the tokens joined by single spaces, and each token's char offset."""
    offsets, pos = [], 0
    for t in tokens:
        offsets.append(pos)
        pos += len(t) + 1
    return Document(id=doc_id, text=" ".join(tokens)), offsets


def token_index(adoc: AnnotatedDoc, char: int) -> int:
    """The annotated token at character offset ``char``."""
    return adoc.token_at(char)


def pearson(xs: list[float], ys: list[float]) -> float:
    """Pearson correlation (0.0 when either side is constant)."""
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else 0.0


def score_uw(gold: list[float], pred: list[float]) -> dict:
    """MAE and Pearson r of predicted against gold scores."""
    n = len(gold)
    mae = sum(abs(g - p) for g, p in zip(gold, pred)) / n if n else 0.0
    return {"mae": mae, "pearson_r": pearson(pred, gold), "n": n}


def _uw_files(data: Path) -> list[Path]:
    if data.is_file():
        return [data]
    if (data / "dev.conll").exists():
        return [data / "dev.conll"]
    files = sorted(data.glob("*.conll"))
    if not files:
        raise InputError(str(data), "no .conll files here",
                         "point --data at the UW factuality folder (dev.conll)")
    return files


def evaluate_uw(data: Path, limit: int | None = None, part: str | None = None) -> dict:
    from ..annotate import annotate
    from .time import half

    sents = [s for f in _uw_files(data) for s in read_conll(f)]
    sents = half([s for s in sents if any(x is not None for x in s.scores)], part)
    if limit is not None:
        sents = sents[:limit]
    docs = [sentence_doc(s.tokens, f"s{k}") for k, s in enumerate(sents)]
    gold: list[float] = []
    pred: list[float] = []
    for s, (_doc, offs), adoc in zip(sents, docs, annotate([d for d, _ in docs])):
        for sc, off in zip(s.scores, offs):
            if sc is None:
                continue
            gold.append(sc)
            pred.append(event_certainty(adoc, token_index(adoc, off)).score)
    return score_uw(gold, pred)


# --------------------------------------------------------------------------- MEANTIME


def meantime_labels(c: Certainty) -> tuple[str, str]:
    """MEANTIME (certainty, polarity) of a sitroom Certainty."""
    polarity = "NEG" if c.polarity == "negative" else "POS"
    if c.certainty in ("asserted", "reported", "denied"):
        return "CERTAIN", polarity
    if abs(c.score) >= 2.0:
        return "CERTAIN", polarity
    if abs(c.score) >= 1.4:
        return "PROBABLE", polarity
    return "POSSIBLE", polarity


def _meantime_files(data: Path) -> list[Path]:
    base = data / "intra-doc_annotation" if (data / "intra-doc_annotation").is_dir() else data
    files = sorted(base.rglob("*.xml"))
    if not files:
        raise InputError(str(data), "no MEANTIME .xml files here",
                         "point --data at the MEANTIME folder (intra-doc_annotation/...)")
    return files


def read_meantime(path: Path) -> tuple[list[str], list[int], list[tuple[int, str, str]]]:
    """Tokens, their sentence numbers and the gold (first token index, certainty,
    polarity) of each EVENT_MENTION of one CAT file."""
    root = cat_root(path)
    toks, sents, ids = cat_tokens(root)
    gold = []
    for m in root.iter("EVENT_MENTION"):
        anchors = [ids[a.get("t_id")] for a in m.iter("token_anchor") if a.get("t_id") in ids]
        if anchors:
            gold.append((min(anchors), m.get("certainty", ""), m.get("polarity", "")))
    return toks, sents, gold


def evaluate_meantime(data: Path, limit: int | None = None, part: str | None = None) -> dict:
    from ..annotate import annotate
    from .time import half

    files = half(_meantime_files(data), part)
    files = files[:limit] if limit else files
    items = []
    for f in files:
        toks, sents, gold = read_meantime(f)
        parts, offs, pos = [], [], 0
        for k, t in enumerate(toks):
            sep = "" if k == 0 else ("\n" if sents[k] != sents[k - 1] else " ")
            pos += len(sep)
            parts.append(sep + t)
            offs.append(pos)
            pos += len(t)
        items.append((Document(id=f.stem, text="".join(parts)), offs, gold))
    gold_labels: list[tuple[str, str]] = []
    pred_labels: list[tuple[str, str]] = []
    for (_doc, offs, gold), adoc in zip(items, annotate([d for d, _, _ in items])):
        for tok, cert, pol in gold:
            gold_labels.append((cert, pol))
            pred_labels.append(meantime_labels(event_certainty(adoc, token_index(adoc, offs[tok]))))
    return score_meantime(gold_labels, pred_labels)


def score_meantime(gold: list[tuple[str, str]], pred: list[tuple[str, str]]) -> dict:
    """Accuracy of predicted (certainty, polarity) pairs; a gold value "" is not scored."""
    n_c = sum(1 for g, _ in gold if g)
    n_p = sum(1 for _, g in gold if g)
    ok_c = sum(1 for (g, _), (p, _) in zip(gold, pred) if g and g == p)
    ok_p = sum(1 for (_, g), (_, p) in zip(gold, pred) if g and g == p)
    return {"certainty_acc": ok_c / n_c if n_c else 0.0,
            "polarity_acc": ok_p / n_p if n_p else 0.0, "n": n_c}


def evaluate(data: Path, limit: int | None = None, format: str = "uw",
             part: str | None = None, **options) -> dict:
    """Score sitroom's event certainty on UW (``format="uw"``: mae, pearson_r, n; limit =
    sentences) or MEANTIME (``format="meantime"``: certainty_acc, polarity_acc, n;
    limit = files). ``part`` "even"/"odd": alternate sentences (UW) or files (MEANTIME)."""
    data = Path(data)
    if not data.exists():
        raise InputError(str(data), "no such file or directory",
                         "point --data at the factuality data")
    if format == "uw":
        return evaluate_uw(data, limit, part)
    if format == "meantime":
        return evaluate_meantime(data, limit, part)
    raise InputError(str(data), f"unknown format {format!r}", "use format 'uw' or 'meantime'")


def format_text(result: dict) -> str:
    """A short table of the figures."""
    if "mae" in result:
        return (f"UW factuality: {result['n']} tokens\n"
                f"MAE        {result['mae']:.3f}\nPearson r  {result['pearson_r']:.3f}")
    return (f"MEANTIME factuality: {result['n']} event mentions\n"
            f"certainty accuracy  {result['certainty_acc']:.3f}\n"
            f"polarity accuracy   {result['polarity_acc']:.3f}")
