"""Narrative time: are events anchored to the right day? (MEANTIME, intra-document TLINKs)

Gold (``../shared/eval/factuality-meantime``, CAT XML): an EVENT_MENTION has a gold day when a
TLINK places it inside, or simultaneous with, a TIMEX3 whose value is a full day
(``YYYY-MM-DD``): ``timex INCLUDES event``, ``event IS_INCLUDED timex``, ``SIMULTANEOUS``
either way, ``event DURING timex``. A time expression of the text wins over the document
creation time (``functionInDocument="CREATION_TIME"``) when the event is linked to both;
``kind`` says which ("text" or "dct"). Events only BEFORE or AFTER a time have no gold day
and are not scored.

System, end to end: the document's text is rebuilt from its tokens as a reader sees it
(:func:`rebuild_text`: sentences on lines of their own, no space before a comma or a clitic,
so that "June 13, 2005" is one date, as in the published article), annotated with the creation time as its publication time, its time expressions
extracted (:func:`sitroom.extract.times.extract_times`) and each gold event dated by
:func:`sitroom.extract.times.anchor_event` at its first token: the function the event
extractor dates every event with. A gold event is right when the system's date names the
same day (a value of month or year precision never does).

Figures: ``day_acc`` (right / scored), ``day_acc_text`` and ``day_acc_dct`` (by the gold
anchor's kind), ``sources`` (how the system dated the scored events, by ``date_source``:
governing, paragraph, entry, publication, none), ``n``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ..errors import InputError
from .cat import cat_root, cat_tokens, events_in_times
from .time import half

SENTENCE_GAP = "\n"
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'", "n't", "'re",
                    "'ve", "'ll", "'d", "'m", "...", "'S"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def read_gold(path: Path) -> tuple[list[str], list[int], str, list[tuple[int, str, str]]]:
    """Tokens, their sentence numbers, the creation-time value and the gold
    ``(first token index, day, kind)`` of each event with a gold day (module docstring)."""
    root = cat_root(path)
    toks, sents, ids = cat_tokens(root)
    events: dict[str, int] = {}
    for m in root.iter("EVENT_MENTION"):
        anchors = [ids[a.get("t_id")] for a in m.iter("token_anchor") if a.get("t_id") in ids]
        if anchors:
            events[m.get("m_id", "")] = min(anchors)
    timex: dict[str, tuple[str, str]] = {}  # m_id -> (value, kind)
    dct = ""
    for t in root.iter("TIMEX3"):
        value = t.get("value", "")
        kind = "dct" if t.get("functionInDocument") == "CREATION_TIME" else "text"
        if kind == "dct":
            dct = value
        timex[t.get("m_id", "")] = (value, kind)
    best: dict[str, tuple[str, str]] = {}
    for ev, tid in events_in_times(root, events, timex):
        tx = timex[tid]
        if _DAY.match(tx[0]) and (ev not in best or best[ev][1] == "dct"):
            best[ev] = (tx[0][:10], tx[1])
    gold = sorted((events[e], day, kind) for e, (day, kind) in best.items())
    return toks, sents, dct, gold


def _files(data: Path) -> list[Path]:
    data = Path(data)
    if not data.exists():
        raise InputError(str(data), "no such folder", "point --data at the MEANTIME folder")
    base = data / "intra-doc_annotation" if (data / "intra-doc_annotation").is_dir() else data
    files = sorted(base.rglob("*.xml"))
    if not files:
        raise InputError(str(data), "no MEANTIME .xml files here",
                         "point --data at ../shared/eval/factuality-meantime")
    return files


def rebuild_text(toks: list[str], sents: list[int], sentence_gap: str = SENTENCE_GAP
                 ) -> tuple[str, list[int]]:
    """The text a reader would see, from the file's tokens: sentences separated by
    ``sentence_gap``, no space before closing punctuation and clitics ("13, 2005", "Apple's")
    nor after opening brackets. Returns the text and each token's character offset."""
    parts: list[str] = []
    offs: list[int] = []
    pos = 0
    glue = True
    for k, t in enumerate(toks):
        if k and sents[k] != sents[k - 1]:
            sep = sentence_gap
        elif glue or t in _NO_SPACE_BEFORE:
            sep = ""
        else:
            sep = " "
        pos += len(sep)
        parts.append(sep + t)
        offs.append(pos)
        pos += len(t)
        glue = t in _NO_SPACE_AFTER
    return "".join(parts), offs


def score(pairs: list[tuple[str, str | None, str, str]]) -> dict:
    """``pairs``: (gold day, system date or None, gold kind, system date_source)."""
    def acc(items: list) -> float:
        return sum(1 for g, s, _, _ in items if s and s[:10] == g and _DAY.match(s)) / len(
            items) if items else 0.0

    return {"day_acc": acc(pairs),
            "day_acc_text": acc([p for p in pairs if p[2] == "text"]),
            "day_acc_dct": acc([p for p in pairs if p[2] == "dct"]),
            "n_text": sum(1 for p in pairs if p[2] == "text"),
            "n_dct": sum(1 for p in pairs if p[2] == "dct"),
            "sources": dict(Counter(p[3] for p in pairs)), "n": len(pairs)}


def evaluate(data: Path, limit: int | None = None, part: str | None = None,
             **options) -> dict:
    """Score the shipped event dating on the MEANTIME files under ``data`` (``limit``
    files; ``part`` "even"/"odd": alternate files by name). See the module docstring."""
    from ..annotate import annotate
    from ..extract.times import anchor_event, extract_times
    from ..model import Document

    files = half(_files(Path(data)), part)[:limit]
    items = []
    for f in files:
        toks, sents, dct, gold = read_gold(f)
        text, offs = rebuild_text(toks, sents)
        items.append((Document(id=f.stem, text=text, published=dct or None), offs, gold))
    pairs: list[tuple[str, str | None, str, str]] = []
    for (_doc, offs, gold), adoc in zip(items, annotate([d for d, _, _ in items])):
        times = extract_times(adoc)
        for tok, day, kind in gold:
            a = anchor_event(adoc, adoc.token_at(offs[tok]), times)
            pairs.append((day, a.date, kind, a.date_source))
    result = score(pairs)
    result["n_files"] = len(files)
    return result


def format_text(result: dict) -> str:
    """A short table of an :func:`evaluate` result."""
    src = ", ".join(f"{k} {v}" for k, v in sorted(result["sources"].items()))
    return "\n".join([
        f"MEANTIME event anchoring: {result['n']} gold events with a gold day, "
        f"{result['n_files']} files",
        f"  right day          {result['day_acc']:.3f}",
        f"  gold time in text  {result['day_acc_text']:.3f}  (n={result['n_text']})",
        f"  gold time = DCT    {result['day_acc_dct']:.3f}  (n={result['n_dct']})",
        f"  dated from         {src}"])
