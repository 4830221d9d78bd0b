"""Quote speakers on PolNeAR development articles, scored against a hand-checked gold.

The gold (``data/gold/speakers_polnear_dev.tsv``) holds, per attribution, the article's file
name, the character spans of the quote (``s-e;s-e`` for a quote interrupted by its
attribution), the speaker's full name as the article gives it, its kind and the span of the
source phrase; never the article's sentences. Kinds: ``named`` (the source phrase names the
speaker), ``pronoun`` ("he said"), ``role`` ("the mayor said"), ``headline`` (a headline's
``Name: quote`` or ``Name says ...``) and ``none`` (an unnamed speaker: "a source", "one
questioner"). How it was built and checked: ``docs/judgements/speakers.md``.

The articles go through the shipped pipeline (ingest + analyze into a temporary store, as
``sitroom analyze`` does); a quote's speaker is the picture actor its speaker mention resolved
to (:func:`sitroom.link.actors.resolve_actors`), or the speaker as written at the cue when
it resolved to no actor ("Politifact:" in a headline). A gold quote is *found* when a quote of the
run overlaps one of its spans (the one overlapping most is taken); it is *right* when found
and its speaker's name matches the gold's (:func:`same_person`); for kind ``none`` when found
and its speaker is no person.
"""

from __future__ import annotations

import csv
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "speakers_polnear_dev.tsv"
KINDS = ("named", "pronoun", "role", "headline", "none")
Span = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldSpeaker:
    file: str
    spans: Span
    speaker: str
    kind: str


def load_gold(path: Path = GOLD) -> list[GoldSpeaker]:
    """The gold attributions, in file order."""
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter="\t"), start=2):
            try:
                spans = tuple(tuple(int(x) for x in s.split("-")) for s in row["spans"].split(";"))
            except (ValueError, AttributeError):
                raise InputError(f"{path}:{n}", "spans are not s-e;s-e", "fix the gold row") from None
            if row["kind"] not in KINDS:
                raise InputError(f"{path}:{n}", f"unknown kind {row['kind']!r}",
                                 f"use one of {', '.join(KINDS)}")
            out.append(GoldSpeaker(row["file"], spans, row["speaker"], row["kind"]))  # type: ignore[arg-type]
    return out


_TITLES = frozenset("the mr mrs ms dr sen rep gov president jr sr ii iii rev".split())


def _words(name: str) -> list[str]:
    from ..link.actors import name_key

    # control characters are dropped: a mis-encoded article keeps C1 controls ("\x83") that a
    # hand-written gold row cannot hold
    name = "".join(c for c in name if unicodedata.category(c) != "Cc")
    return [w for w in name_key(name.replace(".", " ")).split() if w not in _TITLES]


def same_person(predicted: str | None, gold: str) -> bool:
    """A predicted speaker name matches the gold full name: the same last word (the surname,
    after dropping titles, ``Jr.``/``II``, accents and case), and where both give a first name,
    first names that agree (equal, or one an initial of the other). "Trump" and
    "Donald J. Trump" match "Donald Trump"; "Bill Clinton" does not match "Hillary Clinton".
    A name also matches when its words end the other's ("Security Council" and "United
    Nations Security Council"), or are the other's initials ("IMF")."""
    if not predicted:
        return False
    p, g = _words(predicted), _words(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    if len(p) == 1 and len(g) > 1 and p[0] == "".join(w[0] for w in g):
        return True  # "IMF" for "International Monetary Fund"
    if p[-1] != g[-1]:
        return False
    if p == g[-len(p):] or g == p[-len(g):]:
        return True  # "Security Council" for "United Nations Security Council"
    if len(p) > 1 and len(g) > 1:
        a, b = p[0], g[0]
        return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
    return True


def _folder(data: Path) -> Path:
    data = Path(data)
    for cand in (data, data / "dev", data / "data" / "dev", data / "text"):
        if (cand / "text").is_dir():
            return cand / "text"
        if cand.name == "text" and cand.is_dir():
            return cand
    raise InputError(str(data), "no PolNeAR dev/text folder here",
                     "give the PolNeAR data directory (holding dev/text)")


def run_pipeline(paths: list[Path]) -> dict[str, tuple[str, list[tuple[Span, str | None, str | None]]]]:
    """Ingest and analyse ``paths`` as ``sitroom analyze`` does; per file stem: the stored
    text and its quotes as (spans, speaker name, speaker kind) of the picture's actors."""
    from ..link.actors import resolve_actors
    from ..pipeline import analyze, ingest
    from ..store import Store

    out: dict[str, tuple[str, list[tuple[Span, str | None, str | None]]]] = {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        summary = ingest(store, paths)
        if summary.failures:
            raise InputError(str(paths[0].parent), "a report did not ingest", "check the articles")
        analyze(store)
        docs = {d.id: d for d in store.documents()}
        exs = store.extractions()
        res = resolve_actors(exs)
        actor = {a["id"]: a for a in res.actors}
        for ex in exs:
            d = docs[ex.doc]
            quotes = []
            for q in ex.quotes:
                spans = q.parts()
                name = kind = None
                if q.speaker is not None:
                    aid = res.mention_actor.get((ex.doc, q.speaker))
                    if aid is not None and aid in actor:
                        name, kind = actor[aid].get("name"), actor[aid].get("kind")
                    else:
                        m = ex.actors[q.speaker]
                        name, kind = m.name or m.text, m.kind
                elif q.speaker_text:
                    name = q.speaker_text  # a speaker named at the cue but no actor
                quotes.append((spans, name, kind))
            out[Path(d.source or "").stem] = (d.text, quotes)
    return out


def _overlap(a: Span, b: Span) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def judge(gold: list[GoldSpeaker], run: dict) -> list[dict]:
    """One verdict per gold row: found, the predicted speaker, right."""
    out = []
    for g in gold:
        _text, quotes = run.get(g.file, ("", []))
        best = max(quotes, key=lambda q: _overlap(q[0], g.spans), default=None)
        found = best is not None and _overlap(best[0], g.spans) > 0
        name, kind = (best[1], best[2]) if found and best else (None, None)
        if g.kind == "none":
            right = found and kind != "person"
        else:
            right = found and same_person(name, g.speaker)
        out.append({"file": g.file, "spans": g.spans, "kind": g.kind, "gold": g.speaker,
                    "found": found, "predicted": name, "right": right})
    return out


def score(verdicts: list[dict]) -> dict:
    """Speaker accuracy (right / gold) overall and per kind, and the share found."""
    n = Counter(v["kind"] for v in verdicts)
    right = Counter(v["kind"] for v in verdicts if v["right"])
    out: dict = {"n": len(verdicts), "accuracy": sum(right.values()) / len(verdicts) if verdicts else 0.0,
                 "found": sum(v["found"] for v in verdicts) / len(verdicts) if verdicts else 0.0}
    for k in KINDS:
        out[f"{k}_n"] = n[k]
        out[f"{k}_accuracy"] = right[k] / n[k] if n[k] else 0.0
    return out


def evaluate(data: Path, limit: int | None = None, part: str | None = None, gold_path: Path = GOLD,
             **options) -> dict:
    """Speaker accuracy of the shipped pipeline on the gold's PolNeAR articles under ``data``.
    ``part``: even | odd, alternate halves of the articles sorted by file name."""
    from .time import half

    folder = _folder(Path(data))
    gold = load_gold(gold_path)
    files = half(sorted({g.file for g in gold}), part)[:limit]
    paths = [folder / f"{f}.txt" for f in files]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise InputError(str(missing[0]), "a gold article is missing",
                         "give the PolNeAR data directory (holding dev/text)")
    wanted = set(files)
    gold = [g for g in gold if g.file in wanted]
    verdicts = judge(gold, run_pipeline(paths))
    result = score(verdicts)
    result["n_articles"] = len(files)
    result["errors"] = [{**v, "spans": ";".join(f"{s}-{e}" for s, e in v["spans"])}
                        for v in verdicts if not v["right"]]
    return result


def format_text(result: dict) -> str:
    lines = [f"PolNeAR quote speakers: {result['n_articles']} articles, {result['n']} gold quotes",
             f"speaker accuracy {result['accuracy']:.3f} (quotes found {result['found']:.3f})",
             f"{'kind':<9} {'n':>4} {'acc':>6}"]
    for k in KINDS:
        lines.append(f"{k:<9} {result[f'{k}_n']:>4} {result[f'{k}_accuracy']:6.3f}")
    return "\n".join(lines)
