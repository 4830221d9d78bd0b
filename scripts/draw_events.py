"""The shipped events of one untouched event draw's documents, matched to its judged table.

usage: PYTHONPATH=src python scripts/draw_events.py S [--eval ../shared/eval]

(P, Q, R, S, T, ...: "## Untouched draw X", or "## Sample P" for the first such draw.)

The draw's section of docs/judgements/events.md ("## Untouched draw S") names its PolNeAR
training articles and its FNC-1 Body IDs; its table ("### S (...") holds the verdicts by
article and offsets. Every event the shipped `sitroom.extract.extract` gives on those documents
is printed with the verdict of the same article and trigger offsets, or NEW (to be judged by
hand); the last lines give strict and lenient precision over the matched events and count the
judged events no longer extracted. Events whose type, actor or recipient differ from the
table's are marked CHANGED: re-judge them before quoting a figure."""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from pathlib import Path

from sitroom.annotate import annotate
from sitroom.extract import extract
from sitroom.model import Document
from sitroom.training.events import _date_of, fnc1_documents

DOCS = Path(__file__).resolve().parent.parent / "docs" / "judgements" / "events.md"


def section(text: str, draw: str) -> tuple[str, list[list[str]]]:
    """The prose of the draw's section and the rows of its judged table."""
    heads = (f"## Untouched draw {draw}\n", f"## Sample {draw} (")  # P is a "Sample"
    start = next((text.index(h) for h in heads if h in text), None)
    if start is None:
        raise SystemExit(f"no section of draw {draw} in {DOCS}")
    end = text.find("\n## ", start + 1)
    body = text[start:end if end > 0 else len(text)]
    head = body.index(f"### {draw} (")
    rows = []
    for line in body[head:].splitlines()[1:]:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 10 and cells[0].isdigit() and re.fullmatch(r"\d+-\d+", cells[2]):
            rows.append(cells)
        elif rows and not line.startswith("|"):
            break
    return body[:head], rows


def flat(text: str | None) -> str:
    """A text as a table cell holds it: its runs of white space (line breaks too) as one space."""
    return " ".join((text or "").split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("draw")
    ap.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    args = ap.parse_args()
    prose, rows = section(DOCS.read_text(encoding="utf-8"), args.draw)
    text = args.eval / "quotes-polnear" / "data" / "train" / "text"
    names = sorted(p.stem for p in text.glob("*.txt"))
    listed = re.findall(r"[a-z-]+_\d{4}-\d\d-\d\d_[\w-]+", prose)
    arts = sorted({a for a in names for t in listed if a.startswith(t)})
    ids = re.search(r"Body IDs ([\d,\s]+)", prose)
    bodies = [f"fnc1-{b}" for b in re.findall(r"\d+", ids.group(1))] if ids else []
    fnc = {d.id: d for d in fnc1_documents(args.eval / "stance-fnc1" / "bodies.csv")}
    dated = re.search(r"published (\d{4}-\d\d-\d\d)", prose)  # the date the draw gave its bodies
    if dated:
        fnc = {k: replace(d, published=dated.group(1)) for k, d in fnc.items()}
    docs = [Document(id=a, text=(text / f"{a}.txt").read_text(encoding="utf-8"),
                     published=_date_of(a)) for a in arts] + [fnc[b] for b in bodies if b in fnc]
    judged = {(c[1], c[2]): c for c in rows}
    seen, verdicts = set(), []
    for adoc in annotate(docs):
        for e in extract(adoc).events:
            key = next((k for k in judged if adoc.doc.id.startswith(k[0])
                        and k[1] == f"{e.start}-{e.end}"), None)
            row = judged.get(key) if key else None
            mark = "NEW"
            if row:
                seen.add(key)
                label = row[8].split("->")[-1].strip()
                same = (row[3], row[4], row[6]) == (e.type, flat(e.actor_text),
                                                     flat(e.recipient_text))
                mark = label if same else f"CHANGED (was {label})"
                verdicts.append(label if same else "?")
            print("\t".join([adoc.doc.id[:30], f"{e.start}-{e.end}", e.type, flat(e.actor_text),
                             e.trigger, flat(e.recipient_text), mark]))
    judged_now = [v for v in verdicts if v in ("R", "P", "W")]
    n = len(judged_now)
    r, p = judged_now.count("R"), judged_now.count("P")
    print(f"{len(docs)} documents; {n} events with their verdicts, "
          f"{verdicts.count('?')} changed, {len(judged) - len(seen)} judged events gone")
    if n:
        print(f"over the unchanged judged events: strict {r / n:.3f}, lenient {(r + p) / n:.3f}")


if __name__ == "__main__":
    main()
