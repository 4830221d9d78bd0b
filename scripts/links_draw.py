"""The links draw of issue 15 (item 4): contradicts / supersedes links of the shipped pipeline
over the FNC-1 article bodies grouped by story, for the hand judgements in
docs/judgements/links.md (round 10).

    PYTHONPATH=src python scripts/links_draw.py ../shared/eval/stance-fnc1 --cache /tmp/ld/fnc.pkl
    PYTHONPATH=src python scripts/links_draw.py ../shared/eval/stance-fnc1 --cache /tmp/ld/fnc.pkl --half odd
    ... --headlines /tmp/ld/heads.pkl   # with the related headlines as reports of their stories

How the run is made (every step deterministic, nothing of the articles copied):

- **Stories**: the FNC-1 bodies (``bodies.csv``, 457) joined into stories by the related
  (agree / disagree / discuss) pairs of ``stances.csv``: two bodies are of one story when a
  headline is related to both (connected components of the headline-body graph; 104 stories).
  Stories are numbered by their lowest Body ID; **even** numbers are the tuned-on half,
  **odd** the half not tuned on (``--half``).
- **Meta** (FNC-1 gives no dates or outlets): each body is a report ``fnc-<Body ID>`` of its own
  outlet; the bodies of a story are published on one day (2015-01-15), in Body ID order, 30
  minutes apart from 08:00 UTC (a folder of one rumour's coverage over a day). The meta is
  written as ``meta.tsv`` (id, story, outlet, published) beside ``--cache`` so the run can be
  repeated with ``sitroom run`` too.
- **Pipeline**: ``sitroom.annotate.annotate`` -> ``sitroom.extract.extract`` per body, then
  ``sitroom.link.picture.build_picture`` per story (one picture each).
- ``--draw F1 F2 ... --n 50 --seed 16``: the links of a run (the JSON lines of these files,
  in order) drawn at random for hand judgement (round 16, batch F).
- Each link is one JSON line: kind, reason, story, both sides (report, character offsets into
  the body's ``articleBody``, value, the sentence's first words), shown once.
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
import sys
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dispute_links import extract_all  # scripts/dispute_links.py: the same extraction

from sitroom.eval.stories import fnc_stories
from sitroom.link.picture import build_picture
from sitroom.model import Document

DAY = datetime(2015, 1, 15, 8, 0, tzinfo=UTC)


def stories(folder: Path) -> list[list[str]]:
    """The FNC-1 bodies grouped by story (lists of Body IDs, each sorted; stories sorted by
    their lowest Body ID): the gold stories of `sitroom eval stories`."""
    return fnc_stories(folder)


def documents(folder: Path) -> tuple[list[Document], dict[str, int]]:
    """Every body as a dated report of its own outlet, and the story number of each."""
    csv.field_size_limit(1 << 24)
    with open(folder / "bodies.csv", encoding="utf-8") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    docs, story = [], {}
    for n, ids in enumerate(stories(folder)):
        for k, b in enumerate(ids):
            when = (DAY + timedelta(minutes=30 * k)).strftime("%Y-%m-%dT%H:%M:%SZ")
            docs.append(Document(id=f"fnc-{b}", text=bodies[b], outlet=f"fnc-{b}",
                                 published=when))
            story[f"fnc-{b}"] = n
    return docs, story


def headline_documents(folder: Path) -> tuple[list[Document], dict[str, int]]:
    """``--headlines``: each FNC-1 headline related to a body of a story, a report
    ``fnc-h<n>`` (n by sorted headline, as ``scripts/dispute_links.py --fnc-headlines``) of its
    own outlet in the story of its bodies, published on the story's day at 07:00 UTC plus n
    seconds (before the bodies: a headline is the first short report of its rumour)."""
    csv.field_size_limit(1 << 24)
    of_body = {b: n for n, ids in enumerate(stories(folder)) for b in ids}
    with open(folder / "stances.csv", encoding="utf-8") as f:
        pairs = [(r["Headline"], r["Body ID"]) for r in csv.DictReader(f)
                 if r["Stance"] != "unrelated"]
    docs, story = [], {}
    for i, h in enumerate(sorted({h for h, _ in pairs})):
        b = next(b for x, b in pairs if x == h)
        when = (DAY - timedelta(hours=1) + timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        docs.append(Document(id=f"fnc-h{i}", text=h.strip(), outlet=f"fnc-h{i}",
                             published=when))
        story[f"fnc-h{i}"] = of_body[b]
    return docs, story


def links(rows, exs, texts, story: dict[str, int], half: str = "all") -> list[dict]:
    """The contradicts / supersedes links of each story's picture (``half``: even, odd, all)."""
    groups: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        n = story[r["id"]]
        if half == "all" or (n % 2 == 0) == (half == "even"):
            groups[n].append(i)
    out, shown = [], set()
    for n, idx in sorted(groups.items()):
        picture = build_picture([rows[i] for i in idx], [exs[i] for i in idx],
                                {rows[i]["id"]: texts[rows[i]["id"]] for i in idx})
        records = {r["id"]: r for k in ("events", "claims", "quotes")
                   for r in picture.get(k, [])}
        for link in picture.get("links", []):
            if link.get("kind") not in ("contradicts", "supersedes"):
                continue
            sides = [{"doc": e["doc"], "at": [e["start"], e["end"]], "value": e.get("value"),
                      "words": " ".join(e["text"].split()[:14])}
                     for e in link.get("evidence") or ()]
            if not sides:  # an overtaken record: its two records
                for end, doc in (("to", link.get("to_doc")), ("from", link.get("from_doc"))):
                    evs = records.get(link.get(end), {}).get("evidence") or [{}]
                    ev = next((e for e in evs if e.get("doc") == doc), evs[0])
                    sides.append({"doc": doc, "at": [ev.get("start"), ev.get("end")],
                                  "words": " ".join((ev.get("text") or "").split()[:14])})
            key = tuple(sorted((x["doc"], tuple(x["at"] or ())) for x in sides))
            if key in shown:
                continue
            shown.add(key)
            out.append({"story": n, "kind": link["kind"], "reason": link.get("reason"),
                        "sides": sides})
    return out


def draw(paths: list[Path], n: int, seed: int) -> list[tuple[int, dict]]:
    """``n`` links drawn at random (``random.Random(seed).sample`` of their positions) from the
    links of ``paths`` read in order, numbered from 1 in the order of the files; all when fewer."""
    import random

    found = [json.loads(line) for p in paths
             for line in p.read_text(encoding="utf-8").splitlines() if line.startswith("{")]
    keep = sorted(random.Random(seed).sample(range(len(found)), min(n, len(found))))
    return [(i + 1, found[i]) for i in keep]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path, nargs="?",
                    help="the FNC-1 folder (bodies.csv, stances.csv)")
    ap.add_argument("--draw", type=Path, nargs="+", help="instead: draw --n links at random "
                    "(seeded by --seed) from these files of links (one JSON line each, as "
                    "printed by this script and scripts/dispute_links.py); all if fewer")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--cache", type=Path, help="keep the extractions in this pickle file (and "
                    "meta.tsv beside it); read them from it when it exists")
    ap.add_argument("--half", choices=("all", "even", "odd"), default="all",
                    help="the stories linked: even (tuned on), odd (not tuned on), all")
    ap.add_argument("--headlines", type=Path, help="add the related headlines as reports of "
                    "their stories, their extractions kept in this pickle file")
    a = ap.parse_args()
    if a.draw:
        for n, link in draw(a.draw, a.n, a.seed):
            print(json.dumps({"n": n, **link}, ensure_ascii=False))
        return
    if a.folder is None:
        ap.error("the FNC-1 folder is needed unless --draw is given")
    docs, story = documents(a.folder)
    if a.headlines:
        hdocs, hstory = headline_documents(a.folder)
        story.update(hstory)
        if a.headlines.exists():
            with open(a.headlines, "rb") as fh:
                head = pickle.load(fh)
        else:
            head = extract_all(hdocs)
            with open(a.headlines, "wb") as fh:
                pickle.dump(head, fh)
    if a.cache and a.cache.exists():
        with open(a.cache, "rb") as fh:
            rows, exs, texts = pickle.load(fh)
    else:
        rows, exs, texts = extract_all(docs)
        if a.cache:
            a.cache.parent.mkdir(parents=True, exist_ok=True)
            with open(a.cache, "wb") as fh:
                pickle.dump((rows, exs, texts), fh)
            with open(a.cache.parent / "meta.tsv", "w", encoding="utf-8") as fh:
                for d in docs:
                    fh.write(f"{d.id}\t{story[d.id]}\t{d.outlet}\t{d.published}\n")
    if a.headlines:
        rows, exs, texts = rows + head[0], exs + head[1], {**texts, **head[2]}
    found = links(rows, exs, texts, story, a.half)
    for link in found:
        print(json.dumps(link, ensure_ascii=False))
    kinds: dict[str, int] = defaultdict(int)
    for link in found:
        kinds[link["kind"]] += 1
    print(f"{len(rows)} reports, {len(found)} links {dict(kinds)} (half {a.half})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
