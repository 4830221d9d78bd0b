"""Attributions cued by a phrase rather than a verb: ``according to X`` and a
sentence-opening ``In a poll, ...``."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .quote_attribution import Attribution
from .quote_parse import _runs, _span_of, _strip_punct


def _according(adoc: AnnotatedDoc, i: int, sent: int) -> Attribution | None:
    """``according to X``: X the source, the rest of the sentence the content. X is the
    object of "to" when the parse has it right after "to", else the words up to the next
    comma or the sentence end ("According to talk radio host Ann Smith, ...")."""
    to = i + 1
    s = adoc.sents[sent]
    objs = [k for k in adoc.children(to) + adoc.children(i) if adoc.tokens[k].dep == "pobj"]
    src_toks: list[int] = []
    if objs:
        sub = adoc.subtree(objs[0])
        if sub[0] == to + 1 and sub == list(range(sub[0], sub[-1] + 1)) and i not in sub \
                and any(k < i or k > sub[-1] for k in range(s.start, s.end)
                        if adoc.tokens[k].pos not in ("PUNCT", "SPACE")):
            src_toks = sub
    if not src_toks:
        k = to + 1
        while k < s.end and adoc.tokens[k].text not in (",", ";", ":", "(", "—", "–") \
                and not (adoc.tokens[k].pos == "PUNCT" and adoc.tokens[k].text in ".?!"):
            k += 1
        src_toks = list(range(to + 1, k))
    src_toks = _strip_punct(adoc, src_toks)
    if not src_toks:
        return None
    phrase = {i, to} | set(range(to + 1, src_toks[-1] + 1))
    toks = _strip_punct(adoc, [k for k in range(s.start, s.end) if k not in phrase])
    # each piece around the phrase without the commas that set the phrase off
    toks = [k for run in _runs(toks) for k in _strip_punct(adoc, run)]
    if not toks:
        return None
    head = next((k for k in src_toks if adoc.tokens[k].head not in src_toks), src_toks[-1])
    return Attribution(
        source=_span_of(adoc, src_toks),
        cue=((adoc.tokens[i].idx, adoc.tokens[to].end),),
        content=_span_of(adoc, toks),
        kind="indirect",
        verb=i,
        source_tok=head,
        sent=sent,
        frame="according",
    )


# nouns of a sentence-opening "In ...," that reports what follows ("In a CNN poll released
# Monday, 50 percent chose Clinton"): polls and surveys are sources in their own right
POLL_NOUNS = frozenset("poll survey".split())


def _first_word(adoc: AnnotatedDoc, sent: int) -> int:
    s = adoc.sents[sent]
    return next((k for k in range(s.start, s.end) if adoc.tokens[k].pos not in ("PUNCT", "SPACE")),
                s.start)


def _in_poll(adoc: AnnotatedDoc, i: int, sent: int) -> Attribution | None:
    """"In a CNN poll, X": the poll the source, "In" the cue, the rest of the sentence the
    content."""
    t = adoc.tokens[i]
    s = adoc.sents[sent]
    objs = [c for c in adoc.children(i) if adoc.tokens[c].dep == "pobj"]
    if t.dep != "prep" or not objs or adoc.tokens[objs[0]].lemma.lower() not in POLL_NOUNS:
        return None
    phrase = adoc.subtree(i)
    comma = phrase[-1] + 1
    if phrase != list(range(i, comma)) or comma >= s.end or adoc.tokens[comma].text != ",":
        return None
    src = _strip_punct(adoc, phrase[1:])
    toks = _strip_punct(adoc, list(range(comma + 1, s.end)))
    if not src or not toks:
        return None
    return Attribution(_span_of(adoc, src), ((t.idx, t.end),), _span_of(adoc, toks), "indirect",
                       i, objs[0], sent, "poll")
