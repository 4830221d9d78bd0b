"""Checks of the kept actor resolution (sitroom.link.actors_delta) behind the figures of
docs/scale.md, "Round 17".

Usage:
  PYTHONPATH=src python scripts/check_actor_delta.py splits [FROM TO]  # seeded random splits
      # of made-up reports (seeds 0..200 by default): how many took the kept path, how many
      # fell back and why, how many differed from the full resolution (answer or state)
  PYTHONPATH=src python scripts/check_actor_delta.py corpus PICKLE [N]  # each of reports
      # N..N+9 of the pickled corpus (scripts/bench_link_add.py corpus) added alone to the
      # first N (5,000): kept path or fallback, and equal to the full resolution
  PYTHONPATH=src python scripts/check_actor_delta.py timings PICKLE [N]  # the parts measured
      # alone (collector off, min of 3, CPU s): plain resolution of N + 1, the state's size,
      # reading it, the pass over one report, writing the new state, the chain hash
"""

from __future__ import annotations

import gc
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from sitroom.bench_link import load_corpus
from sitroom.link import actors_delta as d
from sitroom.link.actors import _resolve
from sitroom.model import ActorMention, Extraction, PlaceMention

# a small pool of made-up names, so that new reports often couple with old decisions
GIVEN = ["Anna", "Alex", "Alexander", "Ole", "Tova", "Jelena", "Yelena"]
SUR = ["Berg", "Lind", "Stravinsky", "Stravinskiy"]
BODIES = [["Harbour", "Harbour Board"], ["Harbour Board"], ["Harbour Ferries"], ["Paris"],
          ["Texas"], ["Texas Rangers"], ["HB"], ["Harbour Bay"], ["Defence Ministry"],
          ["Ministry of Defence"], ["Kestrel Union", "KU"], ["Tova Lind"], ["Lind"],
          ["United Harbour Workers"], ["UHW"], ["Northwind"], ["Northwind Group"]]
KINDS = ["organisation", "group", "state", "government", "armed_group", "unknown"]


def _report(doc: str, entities: list[tuple[str, ...]], country: str | None) -> Extraction:
    """A report naming ``entities`` (kind, first mention, more mentions chained to it)."""
    actors: list[ActorMention] = []
    for kind, first, *more in entities:
        at = len(actors)
        for j, text in enumerate([first, *more]):
            start = 10 * len(actors)
            actors.append(ActorMention(doc, start, start + len(text), 0, text, text, kind,
                                       coref_of=at if j else None))
    places = (PlaceMention(doc, 500, 505, 0, "Town", "Town", country_code=country),) \
        if country else ()
    return Extraction(doc, actors=tuple(actors), places=places)


def _random_report(rng: random.Random, doc: str) -> Extraction:
    ents: list[tuple[str, ...]] = []
    for _ in range(rng.randint(1, 5)):
        if rng.random() < 0.5:
            g, s = rng.choice(GIVEN), rng.choice(SUR)
            first = rng.choice([f"{g} {s}", s, f"Mrs. {s}", f"Mr. {s}", f"{g} {s} Says",
                                f"Dr {g} {s}"])
            more = rng.sample([s, f"Mrs. {s}", f"{g} {s}", f"Mr. {s}"], rng.randint(0, 2))
            ents.append(("person", first, *more))
        else:
            names = rng.choice(BODIES)
            ents.append((rng.choice(KINDS), names[0], *names[1:rng.randint(1, len(names))]))
    return _report(doc, ents, rng.choice([None, "NO", "SE", "GB"]))


def _state(st: d.State) -> object:
    return json.loads(json.dumps(st.dump()))


def splits(lo: int, hi: int) -> None:
    kept = bad = 0
    why: Counter = Counter()
    for seed in range(lo, hi):
        rng = random.Random(seed)
        reps = [_random_report(rng, f"r{seed}-{i}") for i in range(rng.randint(3, 12))]
        cut = rng.randint(1, len(reps) - 1)
        old, new = reps[:cut], reps[cut:cut + rng.randint(1, 4)]
        want, want_state = d.resolve_full(old + new)
        _, st = d.resolve_full(old)
        try:
            got = d.resolve_added(st, new)
        except d.Fallback as e:
            why[str(e)] += 1
            continue
        kept += 1
        if (got.actors, got.mention_actor) != (want.actors, want.mention_actor) \
                or _state(st) != _state(want_state):
            bad += 1
            print("differs: seed", seed)
    print(f"seeds {lo}..{hi}: kept path {kept}, fell back {sum(why.values())}, differ {bad}")
    for reason, n in why.most_common():
        print(f"  {n:4d}  {reason}")


def corpus(path: Path, n: int) -> None:
    _, exs = load_corpus(path)
    _, st = d.resolve_full(exs[:n])
    text = json.dumps(st.dump())
    for k in range(10):
        s2 = d.State.load(json.loads(text))
        one = exs[n + k:n + k + 1]
        want, want_state = d.resolve_full(exs[:n] + one)
        try:
            got = d.resolve_added(s2, one)
        except d.Fallback as e:
            print(f"report {n + k}: fallback ({e})")
            continue
        same = (got.actors, got.mention_actor) == (want.actors, want.mention_actor)
        print(f"report {n + k}: kept path, answer equal {same}, "
              f"state equal {_state(s2) == _state(want_state)}")


def _best(f, n: int = 3) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.process_time()
        f()
        best = min(best, time.process_time() - t)
    return round(best, 3)


def timings(path: Path, n: int) -> None:
    _, exs = load_corpus(path)
    _resolve(exs[:n])  # caches warm
    gc.disable()
    print(f"plain resolution of {n + 1}", _best(lambda: _resolve(exs[:n + 1])))
    print(f"full pass with its state, {n + 1}", _best(lambda: d.resolve_full(exs[:n + 1])))
    _, st = d.resolve_full(exs[:n])
    text = json.dumps(st.dump(), separators=(",", ":"))
    print("state MB", round(len(text) / 1e6, 1))
    print("reading the state", _best(lambda: d.State.load(json.loads(text))))
    print("pass over one report (+ records, mention map)",
          _best(lambda: d.resolve_added(d.State.load(json.loads(text)), exs[n:n + 1])))
    s2 = d.State.load(json.loads(text))
    d.resolve_added(s2, exs[n:n + 1])
    print("writing the new state", _best(lambda: json.dumps(s2.dump(), separators=(",", ":"))))
    print(f"chain hash of {n + 1}", _best(lambda: d.chain(exs[:n + 1])))


def main(argv: list[str]) -> None:
    if argv[:1] == ["splits"]:
        lo, hi = (int(argv[1]), int(argv[2])) if len(argv) > 2 else (0, 200)
        splits(lo, hi)
    elif argv[:1] in (["corpus"], ["timings"]) and len(argv) > 1:
        n = int(argv[2]) if len(argv) > 2 else 5000
        (corpus if argv[0] == "corpus" else timings)(Path(argv[1]), n)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
