"""Attributions cued by a verb: the content of a speech or thought verb (its clausal
complement, the quotes next to it, its object), its source and the extent of its cue."""

from __future__ import annotations

import re

from ..model import AnnotatedDoc
from .quote_attribution import SPEECH_VERBS, Attribution, Span
from .quote_cue_model import _quotes_in, _selected_prep, frame, is_cue
from .quote_marks import OPEN_QUOTES
from .quote_parse import _misparsed_main, _runs, _source_span, _span_of, _strip_punct, _subject


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
                   and not _name_word(adoc, k)
                   for k in range(adoc.token_at(gap[0]), adoc.token_at(max(gap[0], gap[1] - 1)) + 1))


# dependencies of a capitalised word the tagger called a verb inside a name ("Tulsa police
# Chief X said": "Tulsa" is no verb between the quote and its cue)
_NAME_WORD_DEPS = frozenset("dep compound amod nmod npadvmod".split())


def _name_word(adoc: AnnotatedDoc, k: int) -> bool:
    t = adoc.tokens[k]
    return t.text[:1].isupper() and t.text[1:].islower() and t.dep in _NAME_WORD_DEPS


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
