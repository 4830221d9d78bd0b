"""Letters and statements a report quotes whole without quotation marks (round 15).

"X's email, which reads: Team, at my request ... I will ...": the text after the colon, to the
end of its paragraph, is the document's own words, as a quotation is; its "I", "my", "me" are
the document's author (:func:`sitroom.extract.actor_nominals.resolve_we`). Only a colon whose
sentence names a document (``document_nouns`` of ``data/coref_words.json``) before it, with no
quotation mark right after it (a quoted text is a quotation already).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..model import AnnotatedDoc
from .actor_base import QUOTES

_CW = json.loads((Path(__file__).resolve().parent.parent / "data" / "coref_words.json")
                 .read_text(encoding="utf-8"))
DOCUMENT_NOUNS = frozenset(_CW["document_nouns"])


def read_outs(adoc: AnnotatedDoc) -> list[tuple[int, int]]:
    """Token ranges (a, b) of documents quoted whole after a colon without quotation marks:
    from the token after the colon to the end of its paragraph."""
    toks = adoc.tokens
    out: list[tuple[int, int]] = []
    for t in toks:
        if t.text != ":" or t.i + 1 >= len(toks) or toks[t.i + 1].text[:1] in QUOTES | {"`", "'"}:
            continue
        if "\n" in t.ws or document_before(adoc, t.i + 1) is None:
            continue
        end = t.i + 1
        while end < len(toks) and "\n" not in toks[end - 1].ws and toks[end].pos != "SPACE":
            end += 1
        if out and out[-1][1] > t.i:
            continue  # inside an earlier read-out
        out.append((t.i + 1, end))
    return out


def document_before(adoc: AnnotatedDoc, a: int) -> int | None:
    """The document noun the read-out from token ``a`` quotes: the last one of the colon's
    sentence before it ("Roe's email, which reads:" -> email); None when there is none."""
    toks = adoc.tokens
    colon = a - 1
    return next((o.i for o in reversed(toks[max(0, colon - 30):colon]) if o.sent == toks[colon].sent
                 and o.pos == "NOUN" and o.lemma.lower() in DOCUMENT_NOUNS), None)
