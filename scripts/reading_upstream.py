"""Measures of the upstream defects E1, E2 and E9 of docs/judgements/reading.md (round 17).

    PYTHONPATH=src python scripts/reading_upstream.py sentences STORE.jsonl ...
    PYTHONPATH=src python scripts/reading_upstream.py claims STORE.db ...

- ``sentences``: over the texts of JSON Lines stores (``scripts/reading_stores.py``), the
  sentences that start inside a quotation (after its opening mark, within the paragraph),
  those that start inside a quotation followed by the rest of its sentence (``,” he said``:
  the attributed sentence loses the opening mark, E1), and those holding a single line
  break before a capitalised line (E2).
- ``claims``: over a store's picture, the pairs of near-identical claims of different
  reports left as separate records (E9), the claim records, and those of several reports.
"""

from __future__ import annotations

import json
import re
import sys

from sitroom.annotate import annotate
from sitroom.extract.quote_marks import quote_regions
from sitroom.model import Document

_LINE_BEFORE_CAPITAL = re.compile(r"[^\n]\n[ \t]*[A-Z]")


def _inside_quotation(text: str, start: int) -> bool:
    para = text.rfind("\n\n", 0, start)
    seg = text[para + 2 if para >= 0 else 0:start]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def sentences(path: str) -> dict[str, int]:
    docs = []
    with open(path, encoding="utf-8") as f:
        for k, line in enumerate(f):
            r = json.loads(line)
            docs.append(Document(id=r.get("url", str(k)), text=r["text"]))
    n = inside = attributed = lines = 0
    for ad in annotate(docs):
        t = ad.doc.text
        regions = [(a, b) for a, b in quote_regions(t) if t[b:b + 3].lstrip(" ")[:1].islower()]
        for s in ad.sents:
            body = t[s.start_char:s.end_char]
            if not body.strip():
                continue
            n += 1
            start = s.start_char + len(body) - len(body.lstrip())
            if start > 0 and _inside_quotation(t, start):
                inside += 1
                attributed += any(a < start < b for a, b in regions)
            lines += bool(_LINE_BEFORE_CAPITAL.search(body.rstrip()))
    return {"sentences": n, "start_inside_quotation": inside,
            "start_inside_attributed_quotation": attributed,
            "line_break_before_capital": lines}


def claims(db: str) -> dict[str, int]:
    from sitroom.link.claims_merge import near_identical
    from sitroom.store import Store

    with Store(db) as s:
        recs = s.picture("claims")
    return {"claims": len(recs), "near_identical_pairs_unmerged": len(near_identical(recs)),
            "claims_of_several_reports": sum(len(c.get("docs", [c["doc"]])) > 1 for c in recs)}


def main(argv: list[str]) -> None:
    what, paths = argv[0], argv[1:]
    measure = {"sentences": sentences, "claims": claims}[what]
    for p in paths:
        print(p, json.dumps(measure(p)))


if __name__ == "__main__":
    main(sys.argv[1:])
