"""Cross-script actor linking: do two spellings of a name get the same key in
:mod:`sitroom.link.actors`? Scored on ``data/eval/name_pairs.tsv`` (pairs across scripts
and spellings, positive and negative), precision, recall and F1 of "same referent".

Two names are linked as the linker links them: full names by (given-name skeleton,
surname key); a lone surname or a one-word place by its word key, which meets the
surname of a full name (the linker joins a lone surname to the one full name it fits).
"""

from __future__ import annotations

from importlib import resources
from typing import Any
from pathlib import Path

from ..errors import InputError


def load_pairs(path: Path | None = None) -> list[tuple[str, str, bool, str]]:
    try:
        text = (Path(path).read_text("utf-8") if path else resources.files("sitroom.data")
                .joinpath("eval/name_pairs.tsv").read_text("utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot read it ({exc.strerror})",
                         "give a TSV of: name, name, same (1/0), kind") from None
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a, b, same, kind = line.split("\t")
        out.append((a, b, same.strip() == "1", kind.strip()))
    return out


def linked(a: str, b: str) -> bool:
    from ..link.actors import name_words, skeleton, translit

    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    if len(wa) >= 2 and len(wb) >= 2:
        return (skeleton(wa[0]), " ".join(map(translit, wa[1:]))) == (
            skeleton(wb[0]), " ".join(map(translit, wb[1:])))
    return translit(wa[-1]) == translit(wb[-1]) and (len(wa) == 1 or len(wb) == 1)


def _scores(rows) -> dict:
    tp = sum(1 for _, _, s, p in rows if s and p)
    fp = sum(1 for _, _, s, p in rows if not s and p)
    fn = sum(1 for _, _, s, p in rows if s and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"pairs": len(rows), "precision": round(prec, 3), "recall": round(rec, 3),
            "f1": round(f1, 3)}


def evaluate(data: Path | None = None, limit: int | None = None) -> dict:
    pairs = load_pairs(data)[:limit] if limit else load_pairs(data)
    rows = [(a, b, same, linked(a, b)) for a, b, same, _ in pairs]
    result: dict[str, Any] = {"all": _scores(rows)}
    for kind in sorted({k for *_, k in pairs}):
        result[kind] = _scores([r for r, p in zip(rows, pairs) if p[3] == kind])
    result["missed"] = [f"{a} ~ {b}" for a, b, s, p in rows if s and not p]
    result["false_links"] = [f"{a} ~ {b}" for a, b, s, p in rows if p and not s]
    return result


def format_text(result: dict) -> str:
    lines = [f"{k}: P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f} "
             f"({v['pairs']} pairs)" for k, v in result.items() if isinstance(v, dict)]
    if result["missed"]:
        lines.append("missed: " + "; ".join(result["missed"]))
    if result["false_links"]:
        lines.append("false links: " + "; ".join(result["false_links"]))
    return "\n".join(lines)
