"""Where an attribution's content ends: stretched to the quote marks it opens or closes,
cut before a report coordinated to it, continued by the quoted paragraphs that follow it,
and one attribution per token."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import AnnotatedDoc
from .quote_attribution import SPEECH_VERBS, Attribution, Span
from .quote_cue_model import _quotes_in


_MARKS_ONLY = re.compile(r"^[\s.,?!;:”“\"’‘']*$")


def _to_quote_marks(text: str, content: Span, regions: list[tuple[int, int]]) -> Span:
    """Fragments of ``content`` that stop short of the marks of a quotation they begin or
    end in, stretched to them ("“Your Honor,” he said, “I ...": ``“Your Honor,”``)."""
    out = []
    for s, e in content:
        for r0, r1 in _quotes_in(regions, s, e):
            if r0 < e < r1 and _MARKS_ONLY.match(text[e:r1]):
                e = r1
            if r0 < s < r1 and _MARKS_ONLY.match(text[r0:s]):
                s = r0
        out.append((s, e))
    return tuple(out)


# --------------------------------------------------------------------------- content ends

_CLOSING = re.compile(r"[.?!,]*(?:[”\"’]|'')")
# a single mark that closes a passage (after a word or its punctuation, before no word) and
# one that opens it (at a word's start after a space, a bracket or a dash); an apostrophe inside
# a word ("Lee's") is neither
_SINGLE_CLOSING = re.compile(r"[.?!,]*['’](?!\w)")
_SINGLE_CLOSERS = re.compile(r"(?<=[\w.!?,])['’](?!\w)")
_SINGLE_OPENERS = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=\w)")


def _tail_candidates(adoc: AnnotatedDoc, a: Attribution) -> bool:
    """Whether the content of ``a`` is a clause or phrase after its cue (not a quotation
    taken whole, a headline or an "according to" sentence)."""
    return a.frame not in ("headline", "signed", "according", "passive", "parenthetical") \
        and a.kind != "direct" and a.content[-1][0] >= a.cue[-1][1]


def _extend_tails(adoc: AnnotatedDoc, atts: list[Attribution]) -> list[Attribution]:
    """Contents that leave a quotation open ("called it “a con.”", "still 'holding firm'")
    extended to its closing mark, with the punctuation inside it."""
    out = []
    for a in atts:
        end = a.content[-1][1]
        tail = adoc.text[a.content[-1][0]:end]
        candidate = _tail_candidates(adoc, a)
        m = _CLOSING.match(adoc.text, end) if candidate else None
        if not (m and _open_quote(tail)):
            m = _SINGLE_CLOSING.match(adoc.text, end) if candidate and _open_single(tail) else None
        if m:
            a = replace(a, content=a.content[:-1] + ((a.content[-1][0], m.end()),))
        start = a.content[0][0]
        d = _DATELINE.match(adoc.text, start)
        if d and d.end() < a.content[0][1] and (start == 0 or adoc.text[start - 1] == "\n"):
            a = replace(a, content=((d.end(), a.content[0][1]),) + a.content[1:])  # "WASHINGTON ― "
        out.append(a)
    return out


# a dateline opening an article's first paragraph ("WASHINGTON ― ", "BEIRUT (Reuters) - ")
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{2,40}(?:,[A-Za-z. ]{2,20})?(?: \([^)\n]{1,30}\))?"
                       r"[ \t]*[―—–-]+[ \t]*")


def _open_quote(text: str) -> bool:
    """Whether ``text`` opens a quotation it does not close."""
    curly = text.count("“") > text.count("”")
    straight = (text.count('"') + text.count("''")) % 2 == 1
    return curly or straight


def _open_single(text: str) -> bool:
    """Whether ``text`` opens more passages in single marks than it closes."""
    return len(_SINGLE_OPENERS.findall(text)) > len(_SINGLE_CLOSERS.findall(text))


def _inside(span: Span, outer: Span) -> bool:
    return bool(span) and all(any(s <= fs and fe <= e for s, e in outer) for fs, fe in span)


CONCESSIVE = frozenset("though although while whereas".split())


def _split_trailing(adoc: AnnotatedDoc, atts: list[Attribution]) -> list[Attribution]:
    """A report coordinated with or added to the clause another content holds ("X said A
    and said B", "X said A, arguing B") ends that content: the outer content is cut before
    it, and a report without a subject of its own takes the outer source."""
    atts = list(atts)
    for j, b in enumerate(atts):
        vt = adoc.tokens[b.verb]
        own = [c for c in adoc.children(b.verb) if adoc.tokens[c].dep == "nsubj"]
        if b.frame not in ("ccomp", "quote", "colon") or vt.lemma.lower() not in SPEECH_VERBS or not (
                vt.dep == "conj" or (vt.dep == "advcl" and (vt.tag == "VBG" and not own or own and any(
                    adoc.tokens[c].text.lower() in CONCESSIVE for c in adoc.children(b.verb))))):
            continue
        k = next((k for k, a in enumerate(atts) if a is not b and _inside(b.cue, a.content)), None)
        if k is None:
            continue
        a = atts[k]
        start = b.cue[0][0]
        if own and _inside(b.source, a.content):
            start = min(start, b.source[0][0])
        marks = [adoc.tokens[c].idx for c in adoc.children(b.verb)
                 if adoc.tokens[c].dep == "mark" and adoc.tokens[c].idx < start]
        start = min([start] + marks)  # "..., though she noted"
        last = adoc.token_at(start) - 1
        while last >= 0 and (adoc.tokens[last].pos in ("PUNCT", "CCONJ", "SPACE")
                             and adoc.tokens[last].text not in "”\"’"):
            last -= 1
        if last < 0:
            continue
        end = adoc.tokens[last].end
        cut = tuple((s, min(e, end)) for s, e in a.content if s < end)
        if not cut or not adoc.text[cut[0][0]:cut[-1][1]].strip():
            continue
        atts[k] = replace(a, content=cut)
        if not own:
            atts[j] = replace(b, source=a.source, source_tok=a.source_tok)
    return atts


def _univocal(atts: list[Attribution]) -> tuple[Attribution, ...]:
    """Drop attributions nested in the content of another (each token serves one
    attribution), keeping the outer one."""
    labels = [a for a in atts if a.frame == "headline"]
    atts = [a for a in atts
            if a.frame == "headline" or not any(_inside(b.cue, a.content) for b in labels)]
    keep = []
    for a in atts:
        cs, ce = a.cue[0][0], a.cue[-1][1]
        nested = any(b is not a and any(s <= cs and ce <= e for s, e in b.content) for b in atts)
        if not nested:
            keep.append(a)
    return tuple(keep)


def _sentence_initial(text: str, pos: int) -> bool:
    """True when only white space separates ``pos`` from a sentence end or text start."""
    before = text[:pos].rstrip()
    return not before or before[-1] in ".?!:\n”\"’"


def _continue_quotes(adoc: AnnotatedDoc, atts: list[Attribution],
                     regions: list[tuple[int, int]]) -> list[Attribution]:
    """Attach quoted sentences without a cue of their own to the direct attribution
    whose sentence they follow (or, failing that, precede) with only white space between:
    the quote paragraphs after ``“A,” he said.`` belong to the same speaker."""
    text = adoc.text
    atts = sorted(atts, key=lambda a: a.cue[0][0])

    def taken(r: tuple[int, int]) -> bool:
        return any(s < r[1] and r[0] < e for a in atts for sp in (a.content, a.cue, a.source)
                   for s, e in sp)

    for r in regions:
        if taken(r) or not _sentence_initial(text, r[0]) or len(text[r[0]:r[1]].split()) < 3:
            continue
        prev = [k for k, a in enumerate(atts) if a.kind != "indirect"
                and _extent_end(adoc, a) <= r[0] and not text[_extent_end(adoc, a):r[0]].strip()]
        nxt = [k for k, a in enumerate(atts) if a.kind != "indirect"
               and a.content[0][0] >= r[1] and not text[r[1]:a.content[0][0]].strip()]
        pick = prev[-1] if prev else (nxt[0] if nxt else None)
        if pick is not None:
            a = atts[pick]
            atts[pick] = replace(a, content=tuple(sorted(a.content + (r,))))
    return atts


def _extent_end(adoc: AnnotatedDoc, a: Attribution) -> int:
    """End of the last sentence an attribution touches."""
    last = max(e for sp in (a.content, a.cue, a.source) for _, e in sp)
    return adoc.sents[adoc.sent_at(last - 1)].end_char
