"""Quotes, the quote before its cue's sentence: a cue verb whose sentence holds no quote takes
the quote that closes the sentence before it ("“Who do they think they are?” Trump said.";
round 23: "“…, who knows?” Trump told the station in an interview aired on Monday", a quote that
ends on a question or exclamation mark, where the parser closed the sentence inside the marks).
Used by :mod:`sitroom.extract.quote_verbs` (the verb's content) and
:mod:`sitroom.extract.quote_cues` (the verb's frame)."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .quote_attribution import SPEECH_VERBS
from .quote_parse import _subject


def _quote_before(adoc: AnnotatedDoc, v: int, regions: list[tuple[int, int]],
                  used: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quote closing the previous sentence when verb ``v``'s sentence is only its
    subject and cue ("“Who do they think they are?” Trump said."), or opens on its subject
    and cue after a quote that ends on a question or exclamation mark, which closed the
    parser's sentence inside the marks (:func:`closing_quote_before`: "“…, who knows?” Trump
    told the station in an interview aired on Monday"), else []."""
    sent = adoc.sents[adoc.tokens[v].sent]
    words = [k for k in range(sent.start, sent.end) if adoc.tokens[k].pos not in ("PUNCT", "SPACE")]
    subj = _subject(adoc, v)
    if subj is None:
        return []
    closing = closing_quote_before(adoc, v, regions, used)
    if closing is not None:
        return [closing]
    if len(words) > 8 or adoc.subtree(subj)[0] != words[0]:
        return []
    before = [r for r in regions if r[1] <= sent.start_char and r not in used
              and not adoc.text[r[1]:sent.start_char].strip()]
    return before[-1:]


def closing_quote_before(adoc: AnnotatedDoc, v: int, regions: list[tuple[int, int]],
                         used: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The quote right before speech verb ``v``'s sentence when it ends on a question or
    exclamation mark inside its marks and the sentence opens on the verb's subject and the
    verb ("“…?” Trump told the station ...") or on the verb and its subject ("“…?” said
    Trump"): the parser closed the sentence inside the marks, so the cue after the quote
    is the quote's own (round 23). None otherwise."""
    t = adoc.tokens[v]
    if t.lemma.lower() not in SPEECH_VERBS:
        return None
    sent = adoc.sents[t.sent]
    words = [k for k in range(sent.start, sent.end) if adoc.tokens[k].pos not in ("PUNCT", "SPACE")]
    subj = _subject(adoc, v)
    if subj is None or not words:
        return None
    first = adoc.subtree(subj)[0]
    opens = (first == words[0] and all(adoc.tokens[k].pos != "VERB" for k in range(first, v))
             ) or (v == words[0] and subj > v)
    before = [r for r in regions if r[1] <= sent.start_char and r not in used
              and not adoc.text[r[1]:sent.start_char].strip()]
    if not opens or not before:
        return None
    r = before[-1]
    return r if adoc.text[r[0]:r[1]].rstrip(_CLOSING_MARKS).endswith(_SENTENCE_MARKS) else None


_CLOSING_MARKS = "”\"’'"  # the marks that close a quote
_SENTENCE_MARKS = ("?", "!")  # the marks that close a sentence inside a quote's marks
