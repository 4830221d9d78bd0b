"""Time build_picture (the link stage alone) on N synthetic reports.

Usage: .venv/bin/python scripts/bench_link.py [N] [EVERY]

Each report has 10 sentences, each a claim with two actors and a place from small shared pools
(so every report is in one story and shares its names with all others: a worst case for
blocking); every EVERY-th sentence also holds an event, every third a quote.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from linkkit import Sent, report  # noqa: E402

from sitroom.link.picture import build_picture  # noqa: E402

CITIES = ["Varna", "Burgas", "Ruse"]
VERBS = [("shelled", "ASSAULT"), ("seized", "COERCE"), ("accused", "ACCUSE"), ("denied", "REJECT"),
         ("agreed", "AGREE"), ("protested", "PROTEST"), ("mobilized", "MOBILIZE"),
         ("met", "CONSULT")]
NAMES = [f"{a} {b}" for a in "Ivan Maria Petar Elena Georgi Anna Nikolai Vera".split()
         for b in "Petrov Ivanova Dimitrov Stoyanova Kolev Todorova".split()]
WORDS = ("flood storm strike election protest mutiny fire blockade talks riot harbour bridge "
         "factory school hospital market council police army").split()


def corpus(n: int, every: int, seed: int = 1):
    """(documents, extractions, texts) of ``n`` synthetic reports."""
    rnd = random.Random(seed)
    topics = [rnd.sample(WORDS, 5) for _ in range(40)]
    docs, exs, texts = [], [], {}
    for i in range(n):
        topic = topics[rnd.randrange(len(topics))]
        sents = []
        for k in range(10):
            who, other, city = rnd.choice(NAMES), rnd.choice(NAMES), rnd.choice(CITIES)
            verb, etype = rnd.choice(VERBS)
            words = " ".join(rnd.sample(topic, 3))
            text = (f"{who} {verb} {other} in {city} on day {k}, with {rnd.randint(2, 40)} "
                    f"people killed near the {words}.")
            day = f"2024-05-{1 + (i + k) % 20:02d}"
            events = [(verb, etype, {"actor": who, "recipient": other, "place": city,
                                     "date": day})] if k % every == 0 else []
            sents.append(Sent(text, actors=[(who, who, "person"), (other, other, "person")],
                              places=[city], events=events, claim={"certainty": "asserted"},
                              quotes=[(words, who)] if k % 3 == 0 else []))
        ex, text = report(f"d{i}", *sents)
        docs.append({"id": f"d{i}", "published": f"2024-05-{1 + i % 20:02d}T{i % 24:02d}:00",
                     "outlet": f"Outlet {i % 30}", "copy_of": None, "title": None})
        exs.append(ex)
        texts[f"d{i}"] = text
    return docs, exs, texts


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    every = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    docs, exs, texts = corpus(n, every)
    t0 = time.perf_counter()
    pic = build_picture(docs, exs, texts)
    print(f"build_picture on {n} reports: {time.perf_counter() - t0:.1f} s",
          {k: len(v) for k, v in pic.items()})


if __name__ == "__main__":
    main()
