"""Parse helpers of attribution finding: spans of token runs, the subject of a cue verb
and the source phrase it heads."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .quote_attribution import SPEECH_VERBS, Span
from .quote_cue_model import frame, is_cue


def _subtree_chars(adoc: AnnotatedDoc, i: int,
                   exclude: set[int] | frozenset[int] = frozenset()) -> tuple[int, int]:
    toks = [k for k in adoc.subtree(i) if k not in exclude]
    return adoc.tokens[toks[0]].idx, adoc.tokens[toks[-1]].end


def _strip_punct(adoc: AnnotatedDoc, toks: list[int]) -> list[int]:
    """``toks`` without punctuation (but quote marks and brackets), white space and
    conjunctions at either end."""
    def loose(k: int, keep: str) -> bool:
        t = adoc.tokens[k]
        return t.pos in ("SPACE", "CCONJ") or not t.text.strip() or (
            t.pos == "PUNCT" and t.text not in keep)

    while toks and loose(toks[-1], "”\"’)"):
        toks.pop()
    while toks and loose(toks[0], "“\"‘("):
        toks.pop(0)
    return toks


def _runs(toks: list[int]) -> list[list[int]]:
    """Runs of consecutive token indices of the sorted list ``toks``."""
    out: list[list[int]] = []
    for k in toks:
        if out and out[-1][-1] == k - 1:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _span_of(adoc: AnnotatedDoc, toks: list[int]) -> Span:
    """Fragments of contiguous runs of the token indices ``toks``."""
    toks = sorted(toks)
    frags: list[tuple[int, int]] = []
    run = [toks[0]]
    for k in toks[1:]:
        if k == run[-1] + 1:
            run.append(k)
        else:
            frags.append((adoc.tokens[run[0]].idx, adoc.tokens[run[-1]].end))
            run = [k]
    frags.append((adoc.tokens[run[0]].idx, adoc.tokens[run[-1]].end))
    return tuple(frags)


def _misparsed_main(adoc: AnnotatedDoc, v: int) -> bool:
    """A speech verb parsed as a participle modifying a name ("X, who ..., tweeted"):
    past tense, no ``by`` agent, the modified word a proper noun."""
    t = adoc.tokens[v]
    return (t.dep == "acl" and t.tag in ("VBD", "VBN") and t.lemma.lower() in SPEECH_VERBS
            and adoc.tokens[t.head].pos == "PROPN"
            and not any(adoc.tokens[c].dep == "agent" for c in adoc.children(v)))


def _subject(adoc: AnnotatedDoc, verb: int) -> int | None:
    """Token index of the subject of ``verb`` (agent of a passive, subject of a governing
    verb for participles and conjuncts)."""
    seen = set()
    v = verb
    while v not in seen:
        seen.add(v)
        for c in adoc.children(v):
            if adoc.tokens[c].dep == "nsubj":
                return None if v != verb and _expletive(adoc, c, v) else c
        for c in adoc.children(v):
            if adoc.tokens[c].dep == "agent":
                objs = [k for k in adoc.children(c) if adoc.tokens[k].dep == "pobj"]
                if objs:
                    return objs[0]
        t = adoc.tokens[v]
        if _misparsed_main(adoc, v):
            return t.head
        if t.dep in ("conj", "advcl", "xcomp") and t.head != v \
                and t.tag in ("VBG", "VBD", "VBZ", "VBP", "VB"):
            v = t.head
            continue
        break
    return None


def _expletive(adoc: AnnotatedDoc, subj: int, head: int) -> bool:
    """An "it" that only holds the place of an extraposed infinitive or clause ("it would
    be foolish to believe ...": nobody in the sentence believes)."""
    if adoc.tokens[subj].text.lower() != "it":
        return False
    return adoc.tokens[head].lemma.lower() == "be" or any(
        adoc.tokens[c].dep in ("acomp", "attr") for c in adoc.children(head))


def _source_span(adoc: AnnotatedDoc, subj: int, verb: int) -> Span:
    """The subject phrase, without a relative clause that reports speech of its own
    ("Sanders, who on Tuesday endorsed Clinton, said": each word serves one attribution)
    or a participle set off by a comma ("Trump, speaking to veterans, said")."""
    nested: set[int] = set()
    for c in adoc.children(subj):
        ct = adoc.tokens[c]
        if ct.dep == "relcl" and is_cue(adoc, c, frame(adoc, c, [])):
            nested.update(adoc.subtree(c))
        elif ct.dep in ("acl", "advcl") and ct.tag in ("VBG", "VBN") and c > subj:
            sub = adoc.subtree(c)
            if sub[0] > 0 and adoc.tokens[sub[0] - 1].text == ",":
                nested.update(sub)
    toks = [k for k in adoc.subtree(subj) if (k < verb or subj > verb) and k not in nested]
    toks = _strip_punct(adoc, toks)
    if not toks:
        return ()
    # an appositive closed by a comma keeps the comma ("Murphy, the head of X,")
    if any(adoc.tokens[k].dep == "appos" for k in toks):
        nxt = toks[-1] + 1
        if nxt < len(adoc.tokens) and adoc.tokens[nxt].text == ",":
            toks.append(nxt)
    return _span_of(adoc, toks)
