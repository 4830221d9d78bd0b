"""Attribution cues: the relations of source, cue and content found from the parse and
the quote marks (PolNeAR conventions; the second sub-concept of :mod:`sitroom.extract.quotes`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .. import lexicon
from ..lang.words import words
from ..model import AnnotatedDoc
from .quote_marks import OPEN_QUOTES, header_spans, quote_regions

Span = tuple[tuple[int, int], ...]


# lemmas of verbs that introduce speech (direct or indirect)
SPEECH_VERBS = lexicon.words("quote_words", "speech_verbs") | words("speech_verbs")
# verbs of thought or evidence whose clausal complement is an attribution content
MENTAL_VERBS = lexicon.words("quote_words", "mental_verbs") | words("mental_verbs")
ANONYMOUS_HEADS = lexicon.words("quote_words", "anonymous_heads") | words("anonymous_heads")


@dataclass(frozen=True)
class Attribution:
    """One attribution relation: character spans (fragments) of source, cue and content.

    ``kind`` is direct (content in quote marks), indirect, or mixed; ``verb`` the token
    index of the cue's head token; ``source_tok`` the token index of the source head, or None.
    """

    source: Span
    cue: Span
    content: Span
    kind: str
    verb: int
    source_tok: int | None
    sent: int
    frame: str = "ccomp"  # the cue's argument frame (see :func:`frame`), or "according"



# --------------------------------------------------------------------------- cue model
# Which verbs cue an attribution, by lemma and argument frame, counted on the PolNeAR
# training articles by :func:`train_cue_model` (shipped as JSON); without the file the
# speech and thought verb lists above decide.

CUE_MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "attribution_cues.json"
CUE_THRESHOLD = 0.35
PREP = "~prep|"  # keys of the model's rates of a preposition after a cue verb being in the cue
GROUP = "~shape|"  # keys of the model's rates of an attribution shape having a gold cue
GROUP_MIN = 10
GROUP_THRESHOLD = 0.35


def group_key(adoc: AnnotatedDoc, a: Attribution) -> str:
    """The shape of attribution ``a``: frame, the cue verb's dependency, subject or not."""
    fr = "prep" if a.frame.startswith("prep:") else a.frame
    subj = "subj" if a.source_tok is not None else "nosubj"
    return f"{GROUP}{fr}|{adoc.tokens[a.verb].dep}|{subj}"


def frame(adoc: AnnotatedDoc, v: int, regions: list[tuple[int, int]]) -> str:
    """The argument frame of verb ``v``: ccomp | xcomp | quote | colon | dobj | prep:<p> | none."""
    kids = [adoc.tokens[c] for c in adoc.children(v)]
    deps = {k.dep for k in kids}
    t = adoc.tokens[v]
    sent = adoc.sents[t.sent]
    if "ccomp" in deps:
        return "ccomp"
    if _parenthetical(adoc, v):
        return "parenthetical"
    if "xcomp" in deps:
        return "xcomp"
    if any(not (r[0] <= t.idx < r[1]) for r in _quotes_in(regions, sent.start_char, sent.end_char)):
        return "quote"
    if v + 1 < len(adoc.tokens) and adoc.tokens[v + 1].text == ":":
        return "colon"
    if "dobj" in deps:
        return "dobj"
    for k in kids:
        if k.dep == "prep" and k.i > v and any(adoc.tokens[c].dep in ("pobj", "pcomp")
                                               for c in adoc.children(k.i)):
            return f"prep:{k.text.lower()}"
    return "none"


def _parenthetical(adoc: AnnotatedDoc, v: int) -> bool:
    """Verb ``v`` with its subject is a parenthetical inside the clause it reports
    ("This campaign, he says, is different", "As the Post reported, ...")."""
    t = adoc.tokens[v]
    kids = [adoc.tokens[c] for c in adoc.children(v)]
    if not any(k.dep == "nsubj" for k in kids) or any(k.dep in ("dobj", "xcomp", "ccomp") for k in kids):
        return False
    return t.dep == "parataxis" or (t.dep == "advcl" and any(
        k.dep == "mark" and k.text.lower() == "as" for k in kids))


@lru_cache(maxsize=1)
def _cue_model() -> dict[str, float] | None:
    if not CUE_MODEL_PATH.exists():
        return None
    return json.loads(CUE_MODEL_PATH.read_text(encoding="utf-8"))


def is_cue(adoc: AnnotatedDoc, v: int, fr: str) -> bool:
    """Whether verb ``v`` with frame ``fr`` cues an attribution."""
    lemma = adoc.tokens[v].lemma.lower()
    model = _cue_model()
    if model is not None:
        p = model.get(f"{lemma}|{fr}")
        if p is not None:
            return p >= CUE_THRESHOLD
    if fr in ("ccomp", "quote", "colon", "parenthetical"):
        return lemma in SPEECH_VERBS or (lemma in MENTAL_VERBS and fr == "ccomp")
    return False


def train_cue_model(pairs, out: Path = CUE_MODEL_PATH, min_count: int = 3) -> dict:
    """Count, over annotated articles with gold attributions, how often each
    ``lemma|frame`` of a verb is (part of) a gold cue, and how often a preposition right
    after a verb of a gold cue is in the cue too (``~prep|lemma|prep``); write the smoothed
    rates of the keys seen ``min_count`` times to ``out`` as JSON. Then, when ``out`` is the
    shipped model, run :func:`find_attributions` with it over the same articles and add how
    often the attributions of each shape (:func:`group_key`, seen ``GROUP_MIN`` times)
    have a gold cue: shapes below ``GROUP_THRESHOLD`` are dropped.

    ``pairs`` iterates over (AnnotatedDoc, gold) with gold a sequence of dicts holding a
    ``"cue"`` span (tuples of (start, end) character fragments), as
    :func:`sitroom.eval.quotes.load` gives. Returns ``{"keys": kept, "verbs": seen}``.
    """
    pairs = list(pairs)
    pos: dict[str, int] = {}
    tot: dict[str, int] = {}
    for adoc, gold in pairs:
        regions = quote_regions(adoc.text)
        cues = [f for g in gold for f in g.get("cue", ())]
        for t in adoc.tokens:
            if t.pos != "VERB" or t.dep in ("aux", "auxpass", "amod", "compound"):
                continue
            if any(r[0] < t.idx < r[1] for r in regions):
                continue
            key = f"{t.lemma.lower()}|{frame(adoc, t.i, regions)}"
            tot[key] = tot.get(key, 0) + 1
            if any(s <= t.idx and t.end <= e for s, e in cues):
                pos[key] = pos.get(key, 0) + 1
    # a preposition right after a verb of a gold cue: in the cue too ("called on")?
    for adoc, gold in pairs:
        for s, e in (f for g in gold for f in g.get("cue", ())):
            for t in adoc.tokens[adoc.token_at(s):adoc.token_at(max(s, e - 1)) + 1]:
                nxt = t.i + 1
                if t.pos != "VERB" or nxt >= len(adoc.tokens) or adoc.tokens[nxt].head != t.i \
                        or adoc.tokens[nxt].dep != "prep":
                    continue
                key = f"{PREP}{t.lemma.lower()}|{adoc.tokens[nxt].text.lower()}"
                tot[key] = tot.get(key, 0) + 1
                pos[key] = pos.get(key, 0) + (adoc.tokens[nxt].end <= e)
    model = {k: round(pos.get(k, 0) / (n + 1), 3) for k, n in sorted(tot.items()) if n >= min_count}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, indent=0), encoding="utf-8")
    _cue_model.cache_clear()
    _LAST[0] = None
    # then, with these cues, how often the attributions of each shape (frame, the verb's
    # place in the sentence, a subject or none) found in the articles have a gold cue
    if out == CUE_MODEL_PATH:
        ok: dict[str, int] = {}
        found: dict[str, int] = {}
        for adoc, gold in pairs:
            gold_cues = {g.get("cue") for g in gold}
            for a in find_attributions(adoc):
                key = group_key(adoc, a)
                found[key] = found.get(key, 0) + 1
                ok[key] = ok.get(key, 0) + (a.cue in gold_cues)
        model.update({k: round(ok.get(k, 0) / (n + 1), 3) for k, n in sorted(found.items())
                      if n >= GROUP_MIN})
        out.write_text(json.dumps(model, sort_keys=True, indent=0), encoding="utf-8")
        _cue_model.cache_clear()
        _LAST[0] = None
    return {"keys": len(model), "verbs": sum(tot.values())}


# --------------------------------------------------------------------------- parse helpers


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


# --------------------------------------------------------------------------- attributions


def _quotes_in(regions: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [r for r in regions if r[0] < end and r[1] > start]


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
            a = _verb_attribution(adoc, i, regions, used_regions, fr) if is_cue(adoc, i, fr) else None
            if a is None and fr == "quote" and is_cue(adoc, i, plain := frame(adoc, i, [])):
                # a quote elsewhere in the sentence, the verb's own argument an object
                a = _verb_attribution(adoc, i, regions, used_regions, plain)
            if a:
                out.append(a)
    out.extend(_headline_attributions(adoc))
    out.extend(_signed_quotes(adoc))
    out.sort(key=lambda a: a.cue[0][0])
    model = _cue_model() or {}
    out = [a for a in out if model.get(group_key(adoc, a), 1.0) >= GROUP_THRESHOLD]
    out = _extend_tails(adoc, out)
    final = _univocal(_split_trailing(adoc, _continue_quotes(adoc, out, regions)))
    return tuple(replace(a, content=_to_quote_marks(text, a.content, regions)) for a in final)


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


def _tail_candidates(adoc: AnnotatedDoc, a: Attribution) -> bool:
    """Whether the content of ``a`` is a clause or phrase after its cue (not a quotation
    taken whole, a headline or an "according to" sentence)."""
    return a.frame not in ("headline", "signed", "according", "passive", "parenthetical") \
        and a.kind != "direct" and a.content[-1][0] >= a.cue[-1][1]


def _extend_tails(adoc: AnnotatedDoc, atts: list[Attribution]) -> list[Attribution]:
    """Contents that leave a quotation open ("called it “a con.”") extended to its closing
    mark, with the punctuation inside it."""
    out = []
    for a in atts:
        end = a.content[-1][1]
        m = _CLOSING.match(adoc.text, end) if _tail_candidates(adoc, a) else None
        if m and _open_quote(adoc.text[a.content[-1][0]:end]):
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


# "Name: what they said" at the start of a line (headlines, transcripts); editorial
# labels of the same shape are no speakers
_HEADLINE = re.compile(r"^[ \t]*[\"“]?(?P<src>[^\W\d][^\n:]{0,60}?)[ \t]*:[ \t]+"
                       r"(?P<body>\S[^\n]*?)[ \t]*$", re.M)
# the same shape right after a live-blog entry's header
_ENTRY_LABEL = re.compile(r"[ \t]*[\"“]?(?P<src>[^\W\d][^\n:]{0,60}?)[ \t]*:[ \t]+"
                          r"(?P<body>\S[^\n]*?)[ \t]*$", re.M)
_INNER_STOP = re.compile(r"[.?!][\"”’]?\s+[\"“‘]?[A-Z]")  # a sentence end inside a line
LINE_LABELS = frozenset("""
update updated note correction related watch read more photo photos video source sources
breaking live latest advertisement caption credit image by editor editors q a question answer
follow subscribe share exclusive opinion analysis review chapter part episode day
also see here where when what why how who
""".split())
_SOURCE_POS = frozenset({"PROPN", "NOUN", "DET", "PART", "ADJ", "PUNCT", "CCONJ", "ADP"})


def _headline_attributions(adoc: AnnotatedDoc) -> list[Attribution]:
    """Attributions of lines shaped ``Speaker: content`` (a headline's or transcript's
    speaker label): the label is a short name or speaker noun phrase without verbs or
    digits, the content the rest of the line (at least three words)."""
    out = []
    matches = list(_HEADLINE.finditer(adoc.text))
    starts = {m.start("src") for m in matches}
    for _, entry in header_spans(adoc.doc):  # a live-blog entry: "UPDATE 10:05: Name: ..."
        m2 = _ENTRY_LABEL.match(adoc.text, entry)
        if m2 and m2.start("src") not in starts:
            matches.append(m2)
    for m in matches:
        src_s, src_e = m.span("src")
        words = m.group("src").split()
        if len(words) > 6 or len(m.group("body").split()) < 3:
            continue
        if any(w.lower().strip("’'s.") in LINE_LABELS for w in words):
            continue
        toks = list(range(adoc.token_at(src_s), adoc.token_at(src_e - 1) + 1))
        if any(adoc.tokens[k].pos not in _SOURCE_POS for k in toks):
            continue
        head = next((k for k in toks if adoc.tokens[k].head not in toks or adoc.tokens[k].head == k),
                    toks[-1])
        if not (_can_speak(adoc, head) or adoc.tokens[head].text[:1].isupper()):
            continue
        if len(words) > 1 and not _can_speak(adoc, head) and not m.group("src").isupper():
            continue  # a phrase heading a paragraph ("For example:", "Success on Climate:")
        colon = adoc.token_at(m.end("src"))
        while colon < len(adoc.tokens) and adoc.tokens[colon].text != ":":
            colon += 1
        if colon >= len(adoc.tokens):
            continue
        body_s, body_e = m.span("body")
        if adoc.text[body_e - 1] == "." and adoc.text[body_e - 2] not in ".—–-" \
                and not _INNER_STOP.search(adoc.text, body_s, body_e - 1):
            body_e -= 1  # a headline's full stop closes the line, not the statement
        kind = "direct" if m.group("body")[0] in OPEN_QUOTES + '"' else "indirect"
        cue = ((adoc.tokens[colon].idx, adoc.tokens[colon].end),)
        out.append(Attribution(((src_s, src_e),), cue, ((body_s, body_e),), kind, colon, head,
                               adoc.tokens[colon].sent, "headline"))
    return out


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


# a quotation signed after a dash at the end of its line ("“...” ― Ann Smith."): the
# convention of epigraphs, letters and readers' voices
_SIGNED = re.compile(r"^[ \t]*(?P<q>[“\"”][^\n]*[”\"])[ \t\xa0]*(?P<dash>[―—–])[ \t\xa0]*"
                     r"(?P<src>[A-Z][\w.’'-]*(?:[ \t\xa0]+[A-Z][\w.’'-]*){0,4})[ \t\xa0]*$", re.M)


def _signed_quotes(adoc: AnnotatedDoc) -> list[Attribution]:
    """Attributions of quotations signed with a dash and a name closing their line."""
    out = []
    for m in _SIGNED.finditer(adoc.text):
        src_s, src_e = m.span("src")
        if adoc.text[src_e - 1] == "." and adoc.text[src_e - 3 : src_e - 2] != " ":
            src_e -= 1  # the line's full stop, not an initial's ("Ann B.")
        dash = adoc.token_at(m.start("dash"))
        head = adoc.token_at(src_e - 1)
        out.append(Attribution(((src_s, src_e),), (m.span("dash"),), (m.span("q"),), "direct",
                               dash, head, adoc.tokens[dash].sent, "signed"))
    return out


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


def _verb_attribution(adoc: AnnotatedDoc, v: int, regions: list[tuple[int, int]],
                      used: set[tuple[int, int]], fr: str = "ccomp") -> Attribution | None:
    t = adoc.tokens[v]
    sent = adoc.sents[t.sent]
    speech = t.lemma.lower() in SPEECH_VERBS or fr in ("quote", "colon")
    cue_last = v
    # a complement after the verb first ("X blames Y; he claims Z": Z is the content)
    comps = sorted((c for c in adoc.children(v) if adoc.tokens[c].dep in ("ccomp", "xcomp")
                    and adoc.tokens[c].pos in ("VERB", "AUX", "ADJ", "NOUN")), key=lambda c: (c < v, c))
    # direct quotes in the sentence that do not contain the verb
    qs = [r for r in _quotes_in(regions, sent.start_char, sent.end_char)
          if not (r[0] <= t.idx < r[1]) and r not in used]
    if not qs:
        qs = _quote_before(adoc, v, regions, used)
    colon = v + 1 < len(adoc.tokens) and adoc.tokens[v + 1].text == ":"
    content: Span = ()
    kind = "indirect"
    if comps:
        c = comps[0]
        if adoc.tokens[c].dep == "xcomp" and fr != "xcomp":
            return None
        toks = _strip_punct(adoc, adoc.subtree(c))
        more = [k for k in comps[1:] if k > v and adoc.tokens[k].dep == "ccomp" and c > v]
        if more:  # "he claims they were allied ... and the war cannot be won"
            toks = _strip_punct(adoc, list(range(toks[0], adoc.subtree(more[-1])[-1] + 1)))
        if not toks:
            return None
        if adoc.tokens[c].dep == "xcomp":
            # "urged conservatives to unite": the object before the infinitive joins it
            objs = [k for k in adoc.children(v)
                    if v < k < c and adoc.tokens[k].dep in ("dobj", "dative")]
            if objs:
                toks = list(range(adoc.subtree(objs[0])[0], toks[-1] + 1))
        cs, ce = adoc.tokens[toks[0]].idx, adoc.tokens[toks[-1]].end
        over = [r for r in qs if r[0] < ce and r[1] > cs]
        if over and over[0][0] <= cs + 1 and not _runs_on(adoc, over[-1], toks):
            # the complement opens with a quote: the content is the quoted passage(s),
            # with the rest of a quote split by the cue ("“A,” he said, “B.”")
            content = tuple(sorted(set(over) | set(_quotes_after(adoc, v, qs, over)) | {
                r for r in qs if r[1] <= t.idx and _adjacent(adoc, v, r)}))
            kind = "direct"
        else:
            span = _span_of(adoc, toks)
            # a quote that starts inside the complement extends it to its closing mark
            end = span[-1][1]
            for r in over:
                if r[0] < end < r[1]:
                    end = r[1]
            content = span[:-1] + ((span[-1][0], end),)
            # ... and one that opens just before it, back to its opening mark
            start = next((r[0] for r in over if r[0] < content[0][0] < r[1]), content[0][0])
            content = ((start, content[0][1]),) + content[1:]
            kind = "mixed" if over else "indirect"
    elif qs and fr in ("quote", "colon", "none") and (
            speech and t.dep not in ("relcl", "amod", "acl") or _misparsed_main(adoc, v)):
        near = [r for r in qs if _adjacent(adoc, v, r)]
        if not near:
            return None
        content = _with_object(adoc, v, tuple(sorted(near)))
        kind = "direct"
    elif speech and colon:
        # "He said:" closing its sentence, the quote following in the next one
        after = adoc.tokens[v + 1].end
        nxt = [r for r in regions if r[0] >= after and not adoc.text[after : r[0]].strip()
               and r not in used]
        if not nxt:
            return None
        content = (nxt[0],)
        kind = "direct"
    elif fr == "parenthetical":
        inner = set(adoc.subtree(v))
        toks = [k for k in range(sent.start, sent.end) if k not in inner]
        frags = _runs(toks)
        frags = [f for f in (_strip_punct(adoc, f) for f in frags) if f]
        opens = [k for k, f in enumerate(frags) if adoc.tokens[f[0]].text in OPEN_QUOTES + '"']
        frags = frags[opens[0]:] if opens else frags  # "Asked about X, he said, “...”"
        if not frags:
            return None
        content = tuple(x for f in frags for x in _span_of(adoc, f))
    elif fr == "dobj" or fr.startswith("prep:"):
        # "endorsed Clinton", "referring to the convention": the object is the content
        if fr == "dobj":
            toks = _object_phrase(adoc, v)
            if not toks:
                return None
            content = _span_of(adoc, toks)
        else:
            prep = next(c for c in adoc.children(v) if adoc.tokens[c].dep == "prep"
                        and c > v and adoc.tokens[c].text.lower() == fr[5:])
            arg = next(c for c in adoc.children(prep) if adoc.tokens[c].dep in ("pobj", "pcomp"))
            if prep != v + 1 and not all(adoc.tokens[k].dep in ("prt", "advmod")
                                         for k in range(v + 1, prep)):
                return None
            cue_last = prep
            toks = _strip_punct(adoc, adoc.subtree(arg))
            if not toks:
                return None
            content = _span_of(adoc, toks)
    elif fr == "none" and (passive := _passive_by(adoc, v)) is not None:
        # "X was first reported by MSNBC": the subject is the content, the agent the source
        content_head, agent, by = passive
        toks = _strip_punct(adoc, adoc.subtree(content_head))
        if not toks or by != _last_cue_token(adoc, v, by):
            return None
        cue_start = min([t.idx] + [adoc.tokens[c].idx for c in adoc.children(v)
                                   if adoc.tokens[c].dep in ("aux", "auxpass", "neg", "advmod")
                                   and content_head < c < v])
        return Attribution(_source_span(adoc, agent, -1), ((cue_start, adoc.tokens[by].end),),
                           _span_of(adoc, toks), "indirect", v, agent, t.sent, "passive")
    else:
        return None
    subj = _subject(adoc, v)
    if subj is not None and any(s0 <= adoc.tokens[subj].idx < e0 for s0, e0 in content):
        subj = None
    if content and fr in ("ccomp", "dobj", "xcomp") and content[0][0] > t.idx:
        content = _with_conjunct(adoc, v, fr, subj, content, regions)
    if content and kind != "direct":
        content = _without_nonrestrictive(adoc, content, regions)
    raised = _raised_subject(adoc, v, fr, content)
    if raised is not None:
        # "X seems to Y", "X is expected to Y": X is part of what is reported, nobody says it
        content = tuple(sorted(_span_of(adoc, raised) + content))
        subj = None
    source = _source_span(adoc, subj, v) if subj is not None else ()
    used.update(r for r in regions if any(s0 <= r[0] and r[1] <= e0 for s0, e0 in content))
    # auxiliaries, modals and negation belong to the cue ("has said", "will not say")
    # ... when no subject stands between them ("has he called for": "called for")
    first = min([v] + [c for c in adoc.children(v)
                       if adoc.tokens[c].dep in ("aux", "auxpass", "neg") and c < v and not any(
                           adoc.tokens[k].dep in ("nsubj", "nsubjpass") for k in range(c, v))])
    # an adverb right before the verb group joins the cue ("also said")
    while first > sent.start and adoc.tokens[first - 1].dep in ("advmod", "neg") \
            and adoc.tokens[first - 1].head == v and adoc.tokens[first - 1].tag in ("RB", "RBR"):
        first -= 1
    # "appeared to imply", "is trying to show": the governing verb group joins the cue
    if t.dep == "xcomp" and adoc.tokens[first].tag == "TO" and first - 1 == t.head:
        g = t.head
        first = min([g] + [c for c in adoc.children(g)
                           if adoc.tokens[c].dep in ("aux", "auxpass", "neg") and c < g])
    cue_start = adoc.tokens[first].idx
    cue_end = adoc.tokens[v + 1].end if colon else adoc.tokens[cue_last].end  # "said:"
    for c in adoc.children(v):
        if adoc.tokens[c].dep == "prt" and c == v + 1:
            cue_end = max(cue_end, adoc.tokens[c].end)  # "points out"
        elif c == cue_last + 1 and _selected_prep(adoc, v, c) and not any(
                s0 <= adoc.tokens[c].idx < e0 for s0, e0 in content):
            cue_end = max(cue_end, adoc.tokens[c].end)  # "called on", "referring to"
    return Attribution(source, ((cue_start, cue_end),), content, kind, v, subj, t.sent, fr)


def _selected_prep(adoc: AnnotatedDoc, v: int, c: int) -> bool:
    """Whether the preposition ``c`` right after cue verb ``v`` belongs to the cue, as the
    cue model learnt it for the verb's lemma ("call on", "refer to", "point to")."""
    if adoc.tokens[c].dep != "prep":
        return False
    p = (_cue_model() or {}).get(f"{PREP}{adoc.tokens[v].lemma.lower()}|{adoc.tokens[c].text.lower()}")
    return p is not None and p >= 0.5


def _without_nonrestrictive(adoc: AnnotatedDoc, content: Span,
                            regions: list[tuple[int, int]]) -> Span:
    """The content without a non-restrictive relative clause that closes it, set off by a
    comma outside quotes: the writer's aside ("said the EPA overstepped its authority when
    it issued the rules, which the Supreme Court has put on hold")."""
    start, end = content[-1]
    first, last = adoc.token_at(start), adoc.token_at(end - 1)
    for k in range(first + 1, last):
        t = adoc.tokens[k]
        if t.text != "," or adoc.tokens[k + 1].tag not in ("WDT", "WP", "WP$") \
                or any(r[0] < t.idx < r[1] for r in regions):
            continue
        h = k + 1
        while adoc.tokens[h].head != h and adoc.subtree(adoc.tokens[h].head)[0] == k + 1:
            h = adoc.tokens[h].head
        sub = _strip_punct(adoc, adoc.subtree(h))
        if adoc.tokens[h].dep == "relcl" and sub and adoc.tokens[sub[-1]].end == end:
            return content[:-1] + ((start, adoc.tokens[k - 1].end),)
    return content


# parts of speech of a conjunct of the cue verb that the parser took from its content
_CONTENT_CONJ_POS = frozenset("NOUN PROPN NUM ADJ ADP".split())


def _with_conjunct(adoc: AnnotatedDoc, v: int, fr: str, subj: int | None, content: Span,
                   regions: list[tuple[int, int]]) -> Span:
    """The content with the clause the parser coordinated to the cue verb instead of to the
    reported one ("said he would be honoured, but no meeting has been arranged"): a clause
    with a subject of its own after a clausal content, not itself a cue; a noun phrase
    after an object or clause."""
    end = content[-1][1]
    conj = next((c for c in adoc.children(v) if adoc.tokens[c].dep == "conj"
                 and adoc.tokens[c].idx >= end), None)
    if conj is None:
        return content
    ct = adoc.tokens[conj]
    if ct.pos in ("VERB", "AUX"):
        own = [k for k in adoc.children(conj) if adoc.tokens[k].dep in ("nsubj", "nsubjpass")]
        if fr != "ccomp" or not own or is_cue(adoc, conj, frame(adoc, conj, regions)):
            return content
        if subj is not None and adoc.tokens[own[0]].text.lower() == adoc.tokens[subj].text.lower():
            return content  # the source goes on: "has said ..., but she has bristled"
        first = adoc.token_at(content[0][0])
        if adoc.tokens[first].dep == "mark" and adoc.tokens[first].text.lower() == "that":
            return content  # "said that X, but that was not the case": the writer's own
    elif ct.pos not in _CONTENT_CONJ_POS:
        return content
    toks = _strip_punct(adoc, adoc.subtree(conj))
    if not toks:
        return content
    return content[:-1] + ((content[-1][0], max(end, adoc.tokens[toks[-1]].end)),)


# the verb's arguments that make up an object content ("called Trump “unhinged”",
# "urged conservatives to unite", "regards Jerusalem as its capital")
OBJECT_DEPS = frozenset("dobj dative oprd xcomp ccomp attr acomp".split())
OBJECT_PREPS = frozenset("as for of to into".split())
# prepositions of a phrase after the object that still belongs to what is reported
# ("charged two developers with fraud", "criticized Clinton over her emails"); not those
# that set the scene ("in", "at", "during", "since")
OBJECT_TAIL_PREPS = OBJECT_PREPS | frozenset("with by against from about over".split())


def _object_phrase(adoc: AnnotatedDoc, v: int) -> list[int]:
    """Token indices of the object content of verb ``v``: from its first object argument
    to the end of the last argument that follows it without a gap (preposition phrases
    of :data:`OBJECT_TAIL_PREPS` included), punctuation at either end stripped."""
    args = sorted(c for c in adoc.children(v) if c > v and adoc.tokens[c].dep in OBJECT_DEPS)
    if not args:
        # "whom he accused of lying": the object is before the verb, the phrase after it
        args = sorted(c for c in adoc.children(v) if c > v and adoc.tokens[c].dep == "prep"
                      and adoc.tokens[c].text.lower() in OBJECT_PREPS)[:1]
    if not args:
        return []
    first = adoc.subtree(args[0])[0]
    end = adoc.subtree(args[0])[-1]
    for c in adoc.children(v):
        if c <= end:
            continue
        ct = adoc.tokens[c]
        sub = adoc.subtree(c)
        contiguous = sub[0] == end + 1
        if contiguous and (ct.dep in OBJECT_DEPS or (ct.dep == "prep"
                                                     and ct.text.lower() in OBJECT_TAIL_PREPS)):
            end = sub[-1]
        elif ct.pos != "PUNCT":
            break
    return _strip_punct(adoc, list(range(first, end + 1)))


# verbs whose subject belongs to their infinitive complement (subject raising)
RAISING_VERBS = frozenset("seem appear".split())


def _raised_subject(adoc: AnnotatedDoc, v: int, fr: str, content: Span) -> list[int] | None:
    """Tokens of the subject of ``v`` when it is the subject of the reported infinitive: a
    passive ("X is expected to win") or a raising verb ("X seems to have vanished")."""
    if fr != "xcomp" and not fr.startswith("prep:"):
        return None
    kids = adoc.children(v)
    if fr != "xcomp" and any(adoc.tokens[c].dep == "agent" for c in kids):
        return None
    if any(adoc.tokens[c].dep in ("dobj", "dative") for c in kids):
        return None
    raising = adoc.tokens[v].lemma.lower() in RAISING_VERBS
    subj = [c for c in kids if c < v and (adoc.tokens[c].dep == "nsubjpass" or (
        raising and adoc.tokens[c].dep == "nsubj"))]
    if not subj:
        return None
    toks = _strip_punct(adoc, adoc.subtree(subj[0]))
    if not toks or adoc.tokens[toks[-1]].end > content[0][0]:
        return None
    return toks


def _quote_before(adoc: AnnotatedDoc, v: int, regions: list[tuple[int, int]],
                  used: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quote closing the previous sentence when verb ``v``'s sentence is only its
    subject and cue ("“Who do they think they are?” Trump said."), else []."""
    sent = adoc.sents[adoc.tokens[v].sent]
    words = [k for k in range(sent.start, sent.end) if adoc.tokens[k].pos != "PUNCT"]
    subj = _subject(adoc, v)
    if subj is None or len(words) > 8 or adoc.subtree(subj)[0] != words[0]:
        return []
    before = [r for r in regions if r[1] <= sent.start_char and r not in used
              and not adoc.text[r[1]:sent.start_char].strip()]
    return before[-1:]


def _runs_on(adoc: AnnotatedDoc, quote: tuple[int, int], toks: list[int]) -> bool:
    """Whether the clause ``toks`` goes on for more than a few words after ``quote``
    ("said “it gets me mad” every time he thinks about ...")."""
    after = [k for k in toks if adoc.tokens[k].idx >= quote[1] and adoc.tokens[k].pos != "PUNCT"]
    return len(after) > 3


def _with_object(adoc: AnnotatedDoc, v: int, quotes: Span) -> Span:
    """Quote content of verb ``v`` extended back to the verb's object when the first
    quote closes that object phrase ("called Trump “unhinged”" -> "Trump “unhinged”")."""
    obj = _object_phrase(adoc, v)
    if obj and adoc.tokens[obj[0]].head == v and _selected_prep(adoc, v, obj[0]):
        obj = obj[1:]  # "referred to the US as “the Great Satan”": the preposition is the cue's
    if not obj:
        return quotes
    start, end = adoc.tokens[obj[0]].idx, adoc.tokens[obj[-1]].end
    first = quotes[0]
    if not (start < first[0] <= end + 1 and adoc.tokens[v].end <= start):
        return quotes
    return ((start, max(end, first[1])),) + quotes[1:]


_GAP_CHARS = re.compile(r"^[\w.’'\s,:;—–-]*$")
_GAP_WORD = re.compile(r"[\w.’'-]+")
_GAP_WORDS = 14


def _adjacent(adoc: AnnotatedDoc, v: int, r: tuple[int, int]) -> bool:
    """Whether quote ``r`` belongs to verb ``v``: at most a few words (no other verb)
    between them (``tweeted on Friday evening, “...”``, ``“...,” he said``)."""
    t = adoc.tokens[v]
    gap = (t.end, r[0]) if r[0] >= t.end else (r[1], t.idx)
    between = adoc.text[gap[0]:gap[1]]
    if gap[1] < gap[0] or not _GAP_CHARS.match(between) or len(_GAP_WORD.findall(between)) > _GAP_WORDS:
        return False
    return not any(adoc.tokens[k].pos == "VERB" and k != v and gap[0] <= adoc.tokens[k].idx < gap[1]
                   for k in range(adoc.token_at(gap[0]), adoc.token_at(max(gap[0], gap[1] - 1)) + 1))


def _quotes_after(adoc: AnnotatedDoc, v: int, qs: list[tuple[int, int]],
                  taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotes after verb ``v`` that continue its quotation: each follows the verb, or
    the quote before it, with no other verb between ("“A,” he said, “B.” “C.”", not the
    quote of "he said, adding that “B”")."""
    out: list[tuple[int, int]] = []
    prev = adoc.tokens[v].end
    subj = _subject(adoc, v)
    speaker = set(adoc.subtree(subj)) if subj is not None else set()  # "said X, who heads Y,"
    for r in sorted(q for q in qs if q[0] > adoc.tokens[v].idx):
        if r in taken:
            prev = max(prev, r[1])
            continue
        if prev > r[0]:
            break
        gap = [k for k in range(adoc.token_at(prev), adoc.token_at(max(prev, r[0] - 1)) + 1)
               if prev <= adoc.tokens[k].idx < r[0] and k not in speaker and k != v]
        text = " ".join(adoc.tokens[k].text for k in gap)
        if not _GAP_CHARS.match(text) or len(_GAP_WORD.findall(text)) > _GAP_WORDS or any(
                adoc.tokens[k].pos == "VERB" for k in gap):
            break
        out.append(r)
        prev = r[1]
    return out


def _passive_by(adoc: AnnotatedDoc, v: int) -> tuple[int, int, int] | None:
    """(subject, agent, "by" token) of a passive verb with a ``by`` agent, else None."""
    kids = adoc.children(v)
    subj = [c for c in kids if adoc.tokens[c].dep == "nsubjpass"]
    by = [c for c in kids if adoc.tokens[c].dep == "agent"]
    if not subj or not by:
        return None
    objs = [c for c in adoc.children(by[0]) if adoc.tokens[c].dep == "pobj"]
    return (subj[0], objs[0], by[0]) if objs else None


def _last_cue_token(adoc: AnnotatedDoc, v: int, by: int) -> int:
    """The "by" that closes a passive cue when only adverbs stand between it and ``v``."""
    if all(adoc.tokens[k].dep in ("advmod", "prt") for k in range(v + 1, by)):
        return by
    return -1


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


SPEAKER_NOUNS = ANONYMOUS_HEADS | lexicon.words("quote_words", "speaker_nouns")


def _can_speak(adoc: AnnotatedDoc, i: int) -> bool:
    """Whether the source head token can be a speaker: a name, pronoun, entity or a
    noun for people or institutions."""
    t = adoc.tokens[i]
    if t.pos in ("PROPN", "PRON") or t.ent_type in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return t.lemma.lower() in SPEAKER_NOUNS or t.text.lower() in SPEAKER_NOUNS
