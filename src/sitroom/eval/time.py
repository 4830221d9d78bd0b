"""TempEval-3 task A: time expression extent, type and value against TimeML gold.

Reads every ``.tml`` file under a folder (TimeBank/AQUAINT ``TBAQ-cleaned``), takes the raw
text inside ``<TEXT>`` (tags removed, entities decoded; gold offsets are relative to it)
and the creation time from ``<DCT>``, runs sitroom's tagger on each document (through
:func:`sitroom.annotate.annotate` so clause tense comes from the parse) and scores it as
``/work/shared/eval/SCORING.md`` defines:

- strict match: same character extent; relaxed match: the extents share a token
  (overlapping characters); gold and predictions are matched each on their own side;
- precision = matched / predicted, recall = matched / gold, F1 their harmonic mean;
- attribute F1 (value, type) = relaxed matches with the gold attribute / relaxed
  matches x relaxed F1; values compare upper-cased.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True)
class Timex:
    """One time expression of one document: char extent in the TEXT content, type, value."""

    doc: str
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass(frozen=True)
class TmlDoc:
    name: str
    text: str
    dct: str | None
    gold: tuple[Timex, ...]


_PIECE = re.compile(r"<(/?)(\w+)([^>]*)>|&#?\w+;|[^<&]+|[<&]")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> TmlDoc:
    """Parse one TimeML file: the TEXT content with its TIMEX3 gold and the DCT value.

    Raises InputError when the file has no ``<TEXT>`` element.
    """
    raw = path.read_text(encoding="utf-8", errors="replace")
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if not m:
        raise InputError(str(path), "no <TEXT> element", "give TimeML (.tml) files")
    dct = None
    d = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if d:
        dct = dict(_ATTR.findall(d.group(1))).get("value")
    out: list[str] = []
    pos = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for p in _PIECE.finditer(m.group(1)):
        if p.group(2):
            if p.group(2) == "TIMEX3":
                if p.group(1):
                    if open_timex:
                        s, attrs = open_timex
                        gold.append(Timex(path.stem, s, pos, attrs.get("type", ""),
                                          attrs.get("value", ""), "".join(out)[s:pos]))
                    open_timex = None
                else:
                    open_timex = (pos, dict(_ATTR.findall(p.group(3))))
            continue
        piece = p.group(0)
        if piece.startswith("&") and piece.endswith(";"):
            piece = html.unescape(piece)
        out.append(piece)
        pos += len(piece)
    return TmlDoc(path.stem, "".join(out), dct, tuple(gold))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: list[Timex], pred: list[Timex]) -> dict:
    """TempEval-3 task A figures of ``pred`` against ``gold`` (both over any documents).

    A gold expression is matched (strict: by a prediction of the same extent; relaxed:
    by one sharing a character) and so is a prediction, each side counted on its own
    as the TempEval-3 scorer does. Attributes are compared between each relaxed-matched
    gold expression and its prediction (the exact-extent one, else the one sharing most
    characters). Returns the figures and the lists ``missed`` (gold unmatched),
    ``spurious`` (predictions unmatched) and ``pairs`` (gold, prediction).
    """
    by_doc: dict[str, list[Timex]] = {}
    for p in pred:
        by_doc.setdefault(p.doc, []).append(p)
    gold_by_doc: dict[str, list[Timex]] = {}
    for g in gold:
        gold_by_doc.setdefault(g.doc, []).append(g)
    pairs: list[tuple[Timex, Timex]] = []
    missed: list[Timex] = []
    strict_gold = 0
    for g in gold:
        best, best_key = None, (0, False)
        for p in by_doc.get(g.doc, ()):
            ov = min(g.end, p.end) - max(g.start, p.start)
            key = (ov, p.start == g.start and p.end == g.end)
            if ov > 0 and (key[1], key[0]) > (best_key[1], best_key[0]):
                best, best_key = p, key
        if best is None:
            missed.append(g)
            continue
        strict_gold += best_key[1]
        pairs.append((g, best))
    spurious: list[Timex] = []
    strict_pred = relaxed_pred = 0
    for p in pred:
        golds = gold_by_doc.get(p.doc, ())
        if any(g.start == p.start and g.end == p.end for g in golds):
            strict_pred += 1
        if any(min(g.end, p.end) > max(g.start, p.start) for g in golds):
            relaxed_pred += 1
        else:
            spurious.append(p)
    n_gold, n_pred, relaxed = len(gold), len(pred), len(pairs)
    sp = strict_pred / n_pred if n_pred else 0.0
    sr = strict_gold / n_gold if n_gold else 0.0
    rp = relaxed_pred / n_pred if n_pred else 0.0
    rr = relaxed / n_gold if n_gold else 0.0
    rf = _f1(rp, rr)
    value_ok = sum(1 for g, p in pairs if g.value.upper() == p.value.upper())
    type_ok = sum(1 for g, p in pairs if g.type.upper() == p.type.upper())
    return {
        "strict_precision": sp, "strict_recall": sr, "strict_f1": _f1(sp, sr),
        "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
        "value_f1": (value_ok / relaxed) * rf if relaxed else 0.0,
        "type_f1": (type_ok / relaxed) * rf if relaxed else 0.0,
        "n_gold": n_gold, "n_pred": n_pred,
        "missed": missed, "spurious": spurious, "pairs": pairs,
    }  # fmt: skip


def half(items: list, part: str | None) -> list:
    """``items`` (``part`` None or "all"), or their alternate halves ("even": 0th, 2nd, ...;
    "odd": 1st, 3rd, ...): the halves a rule change must hold on both of."""
    if part in (None, "all"):
        return items
    if part not in ("even", "odd"):
        raise InputError(str(part), "unknown part", "use all, even or odd")
    return items[part == "odd"::2]


def _files(data: Path, limit: int | None, part: str | None = None) -> list[Path]:
    if not data.exists():
        raise InputError(str(data), "no such folder",
                         "point --data at the TempEval-3 TBAQ-cleaned folder")
    files = sorted(data.rglob("*.tml"), key=lambda p: p.name) if data.is_dir() else [data]
    if not files:
        raise InputError(str(data), "no .tml files here",
                         "point --data at a folder of TimeML files (TBAQ-cleaned)")
    files = half(files, part)
    if limit is not None and 0 < limit < len(files):
        step = len(files) / limit  # spread the subset over all sources
        files = [files[int(k * step)] for k in range(limit)]
    return files


def evaluate(data: Path, limit: int | None = None, parse: bool = True,
             details: bool = False, part: str | None = None) -> dict:
    """Score the tagger on the TimeML files under ``data`` (``limit`` documents, spread
    over the sorted file list; ``part`` "even"/"odd": alternate files by name). ``parse=False`` skips spaCy (cue-word tense only).
    ``details=True`` adds the error lists (``missed``, ``spurious``, ``pairs``).
    """
    from ..extract.times import extract_times, tag_text

    docs = [read_tml(f) for f in _files(Path(data), limit, part)]
    pred: list[Timex] = []
    if parse:
        from ..annotate import annotate
        from ..model import Document

        documents = [Document(id=d.name, text=d.text, published=d.dct) for d in docs]
        for adoc in annotate(documents):
            pred.extend(Timex(adoc.doc.id, t.start, t.end, t.type, t.value, t.text)
                        for t in extract_times(adoc))
    else:
        for d in docs:
            pred.extend(Timex(d.name, t.start, t.end, t.type, t.value, t.text)
                        for t in tag_text(d.text, d.dct, doc_id=d.name))
    gold = [g for d in docs for g in d.gold]
    result = score(gold, pred)
    if not details:
        for k in ("missed", "spurious", "pairs"):
            result.pop(k)
    result["n_docs"] = len(docs)
    result["n"] = len(gold)
    return result


def format_text(result: dict) -> str:
    """A short table of the figures."""
    lines = [f"TempEval-3 task A on {result['n_docs']} documents "
             f"({result['n_gold']} gold, {result['n_pred']} predicted)",
             f"{'':10}{'P':>8}{'R':>8}{'F1':>8}"]
    for k in ("strict", "relaxed"):
        lines.append(f"{k:10}{result[k + '_precision']:8.3f}{result[k + '_recall']:8.3f}"
                     f"{result[k + '_f1']:8.3f}")
    lines.append(f"{'value':10}{'':16}{result['value_f1']:8.3f}")
    lines.append(f"{'type':10}{'':16}{result['type_f1']:8.3f}")
    return "\n".join(lines)
