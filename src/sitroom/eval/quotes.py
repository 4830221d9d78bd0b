"""Attribution evaluation on PolNeAR (Newell, Margolin & Ruths 2018).

Data layout (a PolNeAR ``data`` directory, or one of its compartments)::

    DIR/{train,dev}/text/<name>.txt
    DIR/{train,dev}/attributions/<name>_<annotator>.ann     (brat standoff)

When ``DIR`` holds ``dev`` that compartment is scored; a directory that itself holds
``text`` and ``attributions`` is scored as is. Each attribution (``E`` line) has Source,
Cue and Content spans; a discontinuous span (``s e;s e``) is one span made of its
fragments. Exact match after trimming white space at either end of each fragment;
precision, recall and F1 per role over all attributions of all articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

ROLES = ("source", "cue", "content")
Span = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Article:
    """One article: its text and its gold attributions (one dict role -> span each)."""

    name: str
    text: str
    gold: tuple[dict[str, Span], ...]


def trim(text: str, span: Span) -> Span:
    """Trim white space at either end of every fragment; drop empty fragments; sort."""
    out = []
    for s, e in span:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(sorted(set(out)))


def parse_ann(text: str, ann: str) -> tuple[dict[str, Span], ...]:
    """Attributions of one brat ``.ann`` file: for each ``E`` line, role -> trimmed span."""
    spans: dict[str, tuple[str, Span]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue  # the rest of a span text that held a line break
        if line.startswith("T"):
            tid, meta = fields[0], fields[1]
            label, _, offs = meta.partition(" ")
            frags = tuple((int(a), int(b)) for a, b in (f.split() for f in offs.split(";")))
            spans[tid] = (label, frags)
        elif line.startswith("E"):
            parts = fields[1].split()
            events.append([tuple(p.split(":", 1)) for p in parts])  # type: ignore[misc]
    out = []
    for ev in events:
        rec: dict[str, Span] = {}
        for role, tid in ev:
            role = role.rstrip("0123456789").lower()
            if role in ROLES and tid in spans:
                span = trim(text, spans[tid][1])
                if span:
                    rec[role] = span
        out.append(rec)
    return tuple(out)


def _compartment(data: Path) -> Path:
    if (data / "text").is_dir() and (data / "attributions").is_dir():
        return data
    for name in ("dev", "data/dev"):
        if (data / name / "text").is_dir():
            return data / name
    raise InputError(str(data), "no PolNeAR text/ and attributions/ folders here",
                     "give the PolNeAR data directory (holding dev/text and dev/attributions)")


def load(data: Path, limit: int | None = None) -> list[Article]:
    """Articles of the PolNeAR compartment at ``data`` (first ``.ann`` by file name)."""
    data = Path(data)
    if not data.exists():
        raise InputError(str(data), "no such directory", "point --data at the PolNeAR data")
    comp = _compartment(data)
    anns: dict[str, Path] = {}
    for ann in sorted((comp / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, ann)
    arts = []
    for txt in sorted((comp / "text").glob("*.txt")):
        if txt.stem not in anns:
            continue
        text = txt.read_text(encoding="utf-8")
        arts.append(Article(txt.stem, text, parse_ann(text, anns[txt.stem].read_text("utf-8"))))
        if limit is not None and len(arts) >= limit:
            break
    if not arts:
        raise InputError(str(comp), "no article has both a text and an .ann file",
                         "check the PolNeAR layout (text/*.txt, attributions/*_<ann>.ann)")
    return arts


def score(gold: list[tuple[dict[str, Span], ...]], pred: list[tuple[dict[str, Span], ...]]
          ) -> dict[str, float]:
    """Exact-match precision/recall/F1 per role; gold and pred are per-article lists."""
    out: dict[str, float] = {}
    for role in ROLES:
        tp = n_gold = n_pred = 0
        for g, p in zip(gold, pred):
            gc = Counter(a[role] for a in g if role in a)
            pc = Counter(a[role] for a in p if role in a)
            tp += sum((gc & pc).values())
            n_gold += sum(gc.values())
            n_pred += sum(pc.values())
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        out[f"{role}_precision"] = prec
        out[f"{role}_recall"] = rec
        out[f"{role}_f1"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


def polnear(adoc) -> tuple[dict[str, Span], ...]:
    """sitroom's attributions of an annotated text in PolNeAR conventions."""
    from ..extract.quotes import find_attributions

    out = []
    for a in find_attributions(adoc):
        rec = {"source": trim(adoc.text, a.source), "cue": trim(adoc.text, a.cue),
               "content": trim(adoc.text, a.content)}
        out.append({r: s for r, s in rec.items() if s})
    return tuple(out)


def predict(text: str) -> tuple[dict[str, Span], ...]:
    """sitroom's attributions of ``text`` in PolNeAR conventions (trimmed spans)."""
    from ..annotate import annotate_text

    return polnear(annotate_text(text))


def evaluate(data: Path, limit: int | None = None, part: str | None = None, **options) -> dict:
    """Score sitroom's attribution extractor on the PolNeAR articles under ``data``.

    Returns source/cue/content F1, precision and recall, ``n_articles``, ``n_gold``
    (gold attributions) and ``n`` (= n_gold).
    """
    from .time import half  # "even" / "odd": alternate articles

    arts = (load(Path(data), limit) if part in (None, "all")
            else half(load(Path(data), None), part)[:limit])
    preds = [predict(a.text) for a in arts]
    result = score([a.gold for a in arts], preds)
    result["n_articles"] = len(arts)
    result["n_gold"] = sum(len(a.gold) for a in arts)
    result["n"] = result["n_gold"]
    return result


def format_text(result: dict) -> str:
    """A short table of the figures."""
    lines = [f"PolNeAR attribution: {result['n_articles']} articles, {result['n_gold']} gold",
             f"{'role':<8} {'P':>6} {'R':>6} {'F1':>6}"]
    for role in ROLES:
        lines.append(f"{role:<8} {result[f'{role}_precision']:6.3f} "
                     f"{result[f'{role}_recall']:6.3f} {result[f'{role}_f1']:6.3f}")
    return "\n".join(lines)
