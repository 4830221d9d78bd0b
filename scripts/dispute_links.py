"""Print the contradicts/supersedes links of the picture built from a folder of news texts.

Used for the hand-judged sample in docs/judgements/links.md:

    PYTHONPATH=src python scripts/dispute_links.py ../shared/eval/quotes-polnear/data/dev/text

Each ``.txt`` file is one report; its publication date is the ``YYYY-MM-DD`` of its name and
its outlet the name's prefix before ``_``. A report the extract stage fails on is listed and
left out, as the pipeline does.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from sitroom.annotate import annotate
from sitroom.extract import extract
from sitroom.link.picture import build_picture
from sitroom.model import Document


def main(folder: Path) -> None:
    docs = []
    for p in sorted(folder.glob("*.txt")):
        m = re.search(r"\d{4}-\d{2}-\d{2}", p.name)
        docs.append(Document(id=p.stem, text=p.read_text(encoding="utf-8"),
                             published=f"{m.group(0)}T12:00:00Z" if m else None))
    exs, rows, texts = [], [], {}
    for adoc in annotate(docs):
        try:
            ex = extract(adoc)
        except (IndexError, ValueError, KeyError) as exc:
            print(f"left out: {adoc.doc.id}: {type(exc).__name__}", file=sys.stderr)
            continue
        exs.append(ex)
        rows.append({"id": adoc.doc.id, "outlet": adoc.doc.id.split("_")[0],
                     "published": adoc.doc.published, "copy_of": None})
        texts[adoc.doc.id] = adoc.doc.text
    picture = build_picture(rows, exs, texts)
    records = {r["id"]: r for k in ("events", "claims", "quotes") for r in picture.get(k, [])}
    for link in picture.get("links", []):
        if link.get("kind") not in ("contradicts", "supersedes"):
            continue
        ends = {}
        for end in ("from", "to"):
            r = records.get(link.get(end), {})
            ev = (r.get("evidence") or [{}])[0]
            ends[end] = r.get("text") or ev.get("text") or link.get(end)
        print(json.dumps({"kind": link["kind"], "reason": link.get("reason"), **ends}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
