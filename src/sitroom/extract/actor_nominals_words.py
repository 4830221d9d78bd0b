"""The words of within-report coreference for nominals, "we" and links (``data/coref_words.json``),
and the quotations of a report: shared by :mod:`sitroom.extract.actor_nominals`,
:mod:`sitroom.extract.actor_nominals_speakers` and :mod:`sitroom.extract.actor_nominals_links`
(split out of the first in round 18, which still exports them).
"""

from __future__ import annotations

import bisect
import json
import re
from pathlib import Path
from typing import Any

from .. import lexicon
from ..model import AnnotatedDoc
from .actor_base import SUBJECT_DEPS, Cand

# the parsed ``data/coref_words.json``, read once and shared by the coreference modules
COREF_WORDS: dict[str, Any] = json.loads((Path(__file__).resolve().parent.parent / "data" / "coref_words.json")
                                         .read_text(encoding="utf-8"))
_CW = COREF_WORDS
# "the company", "the carrier", "the government": the kinds of body each may stand for
NOMINAL_HEADS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _CW["nominal_heads"].items()}
NOMINAL_SKIP = frozenset(_CW["nominal_skip_modifiers"])
WE_PRONOUNS = frozenset(_CW["we_pronouns"])
# "I", "my", "me" in a quote: its speaker; in a letter or statement quoted whole: its author
I_PRONOUNS = frozenset(_CW["i_pronouns"])
DOCUMENT_NOUNS = frozenset(_CW["document_nouns"])
# "met with her", "told him": object pronouns, resolved as the subject ones are
OBJECT_PRONOUNS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _CW["object_pronouns"].items()}
OBJECT_GENDER: dict[str, str] = _CW["object_pronoun_gender"]
OBJECT_DEPS = frozenset(_CW["object_deps"])
WE_KINDS = frozenset(_CW["we_kinds"])
WEATHER_VERBS = frozenset(_CW["weather_verbs"])
IMPERSONAL_COMPLEMENTS = frozenset(_CW["impersonal_complements"])
INDEFINITE = frozenset({"a", "an"})
# "Acme, which ...": relative pronouns that stand for the mention their clause hangs on
RELATIVE_PRONOUNS = frozenset(_CW["relative_pronouns"])
RELATIVE_TAGS = frozenset(_CW["relative_tags"])
RELATIVE_KINDS = frozenset(_CW["relative_kinds"])
# "Acme, Europe's biggest maker", "low-cost airline Acme": nouns that describe a named body
DESCRIPTION_HEADS = frozenset(_CW["description_heads"]) | frozenset(NOMINAL_HEADS)
SPEECH_VERBS = lexicon.words("reporting_verbs", "quotes")
# the posts of a body's people: a "we" of a quote they speak is their body's
BODY_POSTS = frozenset(_CW["body_posts"])
# the word joining a body to the office of a title glued to a name ("... of the Air Force for
# Acquisition Jo Roe")
TITLE_JOINERS = frozenset(_CW["title_joiners"])
POST_KINDS = frozenset({"organisation", "armed_group", "outlet"})


_MARK = re.compile(r"``|''|[“”«»\"]")
_MARKS = re.compile(r"[`'“”«»\"]+")  # a token that is (a piece of) a quotation mark


def quotations(adoc: AnnotatedDoc) -> list[tuple[int, int]]:
    """Token ranges (a, b) inside quotation marks, paired within each paragraph: “…”, «…»,
    straight "…" and the doubled ``…'' of plain-text copy (which the tokenizer splits)."""
    toks = adoc.tokens
    out: list[tuple[int, int]] = []
    starts = [t.idx for t in toks]
    pos = 0
    for para in adoc.text.split("\n"):
        opened: int | None = None
        for m in _MARK.finditer(para):
            x, at = m.group(), pos + m.start()
            if opened is None and (x in ("“", "«", "``") or x == '"' and (
                    m.start() == 0 or not para[m.start() - 1].isalnum())):
                opened = pos + m.end()
            elif opened is not None and x in ("”", "»", "''", '"'):
                a = bisect.bisect_left(starts, opened)
                b = bisect.bisect_left(starts, at)
                if a < b:
                    out.append((a, b))
                opened = None
        pos += len(para) + 1
    return out


def _pick(adoc: AnnotatedDoc, cands: list[Cand], idxs: list[int]) -> int | None:
    """Among candidate indices (in text order) the last subject, else the last one."""
    if not idxs:
        return None
    subj = [i for i in idxs if adoc.tokens[cands[i].head].dep in SUBJECT_DEPS]
    return (subj or idxs)[-1]


def _sort_key(adoc: AnnotatedDoc, c: Cand) -> tuple[int, int]:
    return adoc.tokens[c.start].idx, -adoc.tokens[c.end - 1].end
