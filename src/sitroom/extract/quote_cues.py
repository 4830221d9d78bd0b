"""Attribution cues: the relations of source, cue and content found from the parse and
the quote marks (PolNeAR conventions; the second sub-concept of :mod:`sitroom.extract.quotes`).

The parts live in modules of their own: the record and its words
(:mod:`~sitroom.extract.quote_attribution`), the cue model
(:mod:`~sitroom.extract.quote_cue_model`), parse helpers (:mod:`~sitroom.extract.quote_parse`),
verb cues (:mod:`~sitroom.extract.quote_verbs`), phrase cues
(:mod:`~sitroom.extract.quote_phrases`), line-shaped attributions
(:mod:`~sitroom.extract.quote_lines`) and content extents (:mod:`~sitroom.extract.quote_extents`).
This module finds them all in one document, in text order."""

from __future__ import annotations

from dataclasses import replace

from ..model import AnnotatedDoc
# the names older code imports from here
from .quote_attribution import (  # noqa: F401
    ANONYMOUS_HEADS, MENTAL_VERBS, SPEAKER_NOUNS, SPEECH_VERBS, Attribution, Span, _can_speak)
from .quote_cue_model import (  # noqa: F401
    CUE_MODEL_PATH, CUE_THRESHOLD, GROUP, GROUP_MIN, GROUP_THRESHOLD, PREP, _cue_model, _quotes_in,
    frame, group_key, is_cue, train_cue_model)
from .quote_extents import (  # noqa: F401
    _continue_quotes, _extend_tails, _split_trailing, _to_quote_marks, _univocal)
from .quote_lines import (  # noqa: F401
    LINE_LABELS, _headline_attributions, _headline_verb_quotes, _signed_quotes)
from .quote_marks import quote_regions
from .quote_parse import _span_of, _strip_punct  # noqa: F401
from .quote_phrases import _according, _first_word, _in_poll
from .quote_before import closing_quote_before
from .quote_verbs import _verb_attribution


_LAST: list = [None, ()]  # the last document find_attributions saw, and its attributions


def find_attributions(adoc: AnnotatedDoc) -> tuple[Attribution, ...]:
    """All attribution relations of the document, in text order.

    The result for the last document is kept (quotes and claims both ask for it)."""
    if _LAST[0] is adoc:
        return _LAST[1]
    found = _find_attributions(adoc)
    _LAST[0], _LAST[1] = adoc, found
    return found


def _find_attributions(adoc: AnnotatedDoc) -> tuple[Attribution, ...]:
    text = adoc.text
    regions = quote_regions(text)
    used_regions: set[tuple[int, int]] = set()
    out: list[Attribution] = []
    skip = -1
    for s in adoc.sents:
        for i in range(s.start, s.end):
            t = adoc.tokens[i]
            low = t.text.lower()
            if low == "according" and i + 1 < s.end and adoc.tokens[i + 1].text.lower() == "to":
                a = _according(adoc, i, s.i)
                if a:
                    out.append(a)
                    skip = adoc.token_at(a.source[-1][1] - 1)  # no verb of the source cues
                continue
            if i <= skip:
                continue
            if low == "in" and i == _first_word(adoc, s.i):
                a = _in_poll(adoc, i, s.i)
                if a:
                    out.append(a)
                    continue
            if t.pos != "VERB" or t.dep in ("aux", "auxpass", "amod", "compound"):
                continue
            if any(r[0] < t.idx < r[1] for r in regions):
                continue  # speech reported inside a quote belongs to the quote
            fr = frame(adoc, i, regions)
            if fr not in ("ccomp", "quote", "parenthetical") and closing_quote_before(
                    adoc, i, regions, used_regions) is not None:
                fr = "quote"  # "“…?” Trump told the station ...": the quote before is its own
            a = _verb_attribution(adoc, i, regions, used_regions, fr) if is_cue(adoc, i, fr) else None
            if a is None and fr == "quote" and is_cue(adoc, i, plain := frame(adoc, i, [])):
                # a quote elsewhere in the sentence, the verb's own argument an object
                a = _verb_attribution(adoc, i, regions, used_regions, plain)
            if a:
                out.append(a)
    out.extend(_headline_attributions(adoc))
    out.extend(_signed_quotes(adoc))
    for a in _headline_verb_quotes(adoc):  # unless a speech verb with a subject gave it
        q0, q1 = a.content[0]
        over = [b for b in out if any(c0 < q1 and q0 < c1 for c0, c1 in b.content)]
        if not any(b.source_tok is not None and adoc.tokens[b.verb].lemma.lower() in SPEECH_VERBS
                   for b in over):
            out = [b for b in out if b not in over] + [a]
    out.sort(key=lambda a: a.cue[0][0])
    model = _cue_model() or {}
    out = [a for a in out if model.get(group_key(adoc, a), 1.0) >= GROUP_THRESHOLD]
    out = _extend_tails(adoc, out)
    final = _univocal(_split_trailing(adoc, _continue_quotes(adoc, out, regions)))
    return tuple(replace(a, content=_to_quote_marks(text, a.content, regions)) for a in final)
