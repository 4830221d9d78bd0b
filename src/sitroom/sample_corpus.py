"""A made-up corpus of about fifty reports of ONE crisis from about fifteen outlets, to try the
report on something the size of a real corpus (``python -m sitroom.sample_corpus OUT``).

The reports are recombined from the paragraphs and sentences of the bundled English example
reports (the fictional Plovdiv mutiny, ``examples/``; the bench's reader,
:func:`sitroom.bench._paragraphs`), with numbers varied and the people, places and units kept,
so that every report tells of the same crisis. The outlets are invented and skewed as in a real
corpus: a few wires and live desks send many reports, most outlets one or two. Publication
times run from Saturday evening to Monday, when the example reports were written. Nothing is taken from a real article.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .bench import EXAMPLES, NUMBER, _paragraphs

# invented outlets, and how many reports each sends (50 in all; most send one or two)
OUTLETS = (
    ("Meridian Wire", 11), ("Eastgate Live Desk", 8), ("Balkan Morning", 6),
    ("The Lowland Standard", 4), ("Riverside Courier", 3), ("Northwind Review", 3),
    ("Aurora Daily", 2), ("The Quarry Post", 2), ("Harbourlight News", 2),
    ("Stonebridge Times", 2), ("The Civic Ledger", 2), ("Pinecrest Journal", 2),
    ("Saltmarsh Gazette", 1), ("Old Mill Weekly", 1), ("The Lantern", 1),
)
START = datetime(2026, 3, 14, 18, 0, tzinfo=timezone(timedelta(hours=2)))
HOURS = 44  # the reports are published over this many hours from START (Saturday evening)
OTHER_LANGUAGES = re.compile(r"_(ru|uk|fr)\.")  # the example reports not in English
NAMED = re.compile(r"\b[A-Z][a-z]+\.? $")  # a number right after a capitalised word ...
NAMED_AFTER = re.compile(r" [A-Z][a-z]+\b")  # ... or right before one: a date's day


def english_sources(folder: Path = EXAMPLES) -> list[Path]:
    """The English example reports (the Russian, Ukrainian and French ones left out)."""
    if not folder.exists():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith(".") and not p.name.endswith(".json")
                  and not OTHER_LANGUAGES.search(p.name))


def _numbers(text: str, rng: random.Random) -> str:
    """Every number other than a year, a clock time or a day of a date (next to a capitalised
    word: "March 14", "14 March") replaced by another of the same length."""
    def number(m: re.Match) -> str:
        if NAMED.search(text, 0, m.start()) or NAMED_AFTER.match(text, m.end()):
            return m.group(0)
        n = len(m.group(0))
        return str(rng.randint(10 ** (n - 1) if n > 1 else 1, 10 ** n - 1))
    return NUMBER.sub(number, text)


def _some(sentences: list[str], rng: random.Random) -> list[str]:
    """A paragraph's sentences, or (for a long one) at least half of them in their order."""
    if len(sentences) <= 3:
        return sentences
    keep = sorted(rng.sample(range(len(sentences)), rng.randint(len(sentences) // 2, len(sentences))))
    return [sentences[i] for i in keep]


def generate(seed: int = 0, folder: Path = EXAMPLES) -> list[dict[str, str]]:
    """The reports as records that ``sitroom ingest`` reads from JSON Lines (``text``,
    ``title``, ``outlet``, ``published``), in publication order."""
    rng = random.Random(seed)
    paras: list[list[str]] = []
    for path in english_sources(folder):
        paras += _paragraphs(path)
    if not paras:  # the examples are not installed: the bench's made-up fallback
        paras = _paragraphs(Path("/nonexistent"))
    outlets = [o for o, n in OUTLETS for _ in range(n)]
    rng.shuffle(outlets)
    hours = sorted(rng.uniform(0, HOURS) for _ in outlets)
    out = []
    for outlet, hour in zip(outlets, hours):
        chosen = rng.sample(paras, min(len(paras), rng.randint(6, 11)))
        body = "\n\n".join(" ".join(_some(p, rng)) for p in chosen)
        text = _numbers(body, rng)
        title = text.split(".")[0][:90].strip()
        when = (START + timedelta(hours=hour)).replace(second=0, microsecond=0)
        out.append({"text": text, "title": title, "outlet": outlet,
                    "published": when.isoformat(timespec="minutes")})
    return out


def write(folder: str | Path, seed: int = 0) -> Path:
    """Write the corpus as ``<folder>/corpus50.jsonl`` (one report a line); gives the path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus50.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generate(seed)),
                    encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover - a convenience for measuring by hand
    print(write(sys.argv[1] if len(sys.argv) > 1 else "corpus50"))
