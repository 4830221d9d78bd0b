"""Attributions cued by a verb: the content of a speech or thought verb (its clausal
complement, the quotes next to it, its object), its source and the extent of its cue."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..model import AnnotatedDoc
from .quote_attribution import SPEECH_VERBS, Attribution, Span
from .quote_cue_model import _quotes_in, _selected_prep, frame, is_cue
from .quote_marks import OPEN_QUOTES
from .quote_before import _quote_before
from .quote_parse import _misparsed_main, _runs, _source_span, _span_of, _strip_punct, _subject

Region = tuple[int, int]


class _Found(NamedTuple):
    """The content a cue verb governs, its kind, and the last token of the cue."""

    content: Span
    kind: str
    cue_last: int


def _verb_attribution(adoc: AnnotatedDoc, v: int, regions: list[Region],
                      used: set[Region], fr: str = "ccomp") -> Attribution | None:
    """The attribution cued by verb ``v`` in argument frame ``fr``: its content (see
    :func:`_content_of`), its source (the verb's subject unless the content holds it) and
    its cue (the verb group); the quote regions of the content are marked ``used``."""
    found = _content_of(adoc, v, regions, used, fr)
    if found is None or isinstance(found, Attribution):
        return found
    subj, content = _final_content(adoc, v, fr, found, regions)
    source = _source_span(adoc, subj, v) if subj is not None else ()
    used.update(r for r in regions if any(s0 <= r[0] and r[1] <= e0 for s0, e0 in content))
    cue = _cue_extent(adoc, v, found.cue_last, content)
    return Attribution(source, (cue,), content, found.kind, v, subj, adoc.tokens[v].sent, fr)


def _content_of(adoc: AnnotatedDoc, v: int, regions: list[Region], used: set[Region],
                fr: str) -> _Found | Attribution | None:
    """What verb ``v`` reports, by the first of: a clausal complement, the quotes next to a
    speech verb, the quote after "said:", the rest of the sentence around a parenthetical
    cue, the verb's object or preposition phrase; a passive with a "by" agent gives the
    whole attribution at once."""
    t = adoc.tokens[v]
    speech = t.lemma.lower() in SPEECH_VERBS or fr in ("quote", "colon")
    comps = _complements(adoc, v)
    qs = _free_quotes(adoc, v, regions, used)
    if comps and speech and (pre := _quote_closing_on_cue(adoc, v, qs)) is not None \
            and adoc.subtree(comps[0])[0] - v > _FAR_COMPLEMENT:
        # "“A,” she said of the vote, in which she was sure B": the quote, not a clause
        # the parser hung on the verb from far after it
        return _Found(tuple(sorted({pre, *_quotes_after(adoc, v, qs, [pre])})), "direct", v)
    if comps:
        return _clausal_content(adoc, v, comps, qs, fr)
    if qs and fr in ("quote", "colon", "none") and (
            speech and t.dep not in ("relcl", "amod", "acl") or _misparsed_main(adoc, v)):
        near = [r for r in qs if _adjacent(adoc, v, r)]
        return _Found(_with_object(adoc, v, tuple(sorted(near))), "direct", v) if near else None
    if speech and _colon_after(adoc, v):
        return _quote_after_colon(adoc, v, regions, used)
    if fr == "parenthetical":
        return _around_parenthetical(adoc, v)
    if fr == "dobj":
        toks = _object_phrase(adoc, v)
        return _Found(_span_of(adoc, toks), "indirect", v) if toks else None
    if fr.startswith("prep:"):
        return _prep_content(adoc, v, fr[5:])
    if fr == "none":
        return _passive_attribution(adoc, v)
    return None


_FAR_COMPLEMENT = 5  # tokens after the verb beyond which a complement is not its own content


def _quote_closing_on_cue(adoc: AnnotatedDoc, v: int, qs: list[Region]) -> Region | None:
    """The quote before verb ``v`` that closes on a comma inside its marks with only its
    source between it and the verb ("“A,” she said"), else None."""
    t = adoc.tokens[v]
    pre = [r for r in qs if r[1] <= t.idx and adoc.text[r[0]:r[1]].rstrip("”\"’'").endswith(",")
           and _adjacent(adoc, v, r)]
    return pre[-1] if pre else None


def _complements(adoc: AnnotatedDoc, v: int) -> list[int]:
    """The clausal complements of ``v``, those after the verb first ("X blames Y; he claims
    Z": Z is the content)."""
    return sorted((c for c in adoc.children(v) if adoc.tokens[c].dep in ("ccomp", "xcomp")
                   and adoc.tokens[c].pos in ("VERB", "AUX", "ADJ", "NOUN")), key=lambda c: (c < v, c))


def _free_quotes(adoc: AnnotatedDoc, v: int, regions: list[Region], used: set[Region]) -> list[Region]:
    """The direct quotes of ``v``'s sentence not yet taken that do not hold the verb, else
    the quote closing the sentence before (see :func:`_quote_before`)."""
    t = adoc.tokens[v]
    sent = adoc.sents[t.sent]
    qs = [r for r in _quotes_in(regions, sent.start_char, sent.end_char)
          if not (r[0] <= t.idx < r[1]) and r not in used]
    return qs or _quote_before(adoc, v, regions, used)


def _colon_after(adoc: AnnotatedDoc, v: int) -> bool:
    return v + 1 < len(adoc.tokens) and adoc.tokens[v + 1].text == ":"


def _clausal_content(adoc: AnnotatedDoc, v: int, comps: list[int], qs: list[Region],
                     fr: str) -> _Found | None:
    """The content of a clausal complement: the quoted passage(s) when the complement opens
    with a quote (direct), else the clause, stretched to the marks of a quote it cuts
    (mixed) or not (indirect). An infinitive complement counts only in the xcomp frame."""
    c = comps[0]
    if adoc.tokens[c].dep == "xcomp" and fr != "xcomp":
        return None
    toks = _complement_tokens(adoc, v, comps)
    if not toks:
        return None
    t = adoc.tokens[v]
    cs, ce = adoc.tokens[toks[0]].idx, adoc.tokens[toks[-1]].end
    over = [r for r in qs if r[0] < ce and r[1] > cs]
    if over and over[0][0] <= cs + 1 and not _runs_on(adoc, over[-1], toks):
        # the complement opens with a quote: the content is the quoted passage(s),
        # with the rest of a quote split by the cue ("“A,” he said, “B.”")
        content = tuple(sorted(set(over) | set(_quotes_after(adoc, v, qs, over)) | {
            r for r in qs if r[1] <= t.idx and _adjacent(adoc, v, r)}))
        return _Found(content, "direct", v)
    return _Found(_stretched_to_quotes(_span_of(adoc, toks), over), "mixed" if over else "indirect", v)


def _complement_tokens(adoc: AnnotatedDoc, v: int, comps: list[int]) -> list[int]:
    """Tokens of the first complement, through the last of the further ccomps after the verb
    ("he claims they were allied ... and the war cannot be won"), with the object before an
    infinitive ("urged conservatives to unite"); punctuation stripped."""
    c = comps[0]
    toks = _strip_punct(adoc, adoc.subtree(c))
    more = [k for k in comps[1:] if k > v and adoc.tokens[k].dep == "ccomp" and c > v]
    if more and toks:
        toks = _strip_punct(adoc, list(range(toks[0], adoc.subtree(more[-1])[-1] + 1)))
    if toks and adoc.tokens[c].dep == "xcomp":
        objs = [k for k in adoc.children(v)
                if v < k < c and adoc.tokens[k].dep in ("dobj", "dative")]
        if objs:
            toks = list(range(adoc.subtree(objs[0])[0], toks[-1] + 1))
    return toks


def _stretched_to_quotes(span: Span, over: list[Region]) -> Span:
    """``span`` with its end carried to the closing mark of a quote that starts inside it,
    and its start back to the opening mark of one that opens just before it."""
    end = span[-1][1]
    for r in over:
        if r[0] < end < r[1]:
            end = r[1]
    content = span[:-1] + ((span[-1][0], end),)
    start = next((r[0] for r in over if r[0] < content[0][0] < r[1]), content[0][0])
    return ((start, content[0][1]),) + content[1:]


def _quote_after_colon(adoc: AnnotatedDoc, v: int, regions: list[Region],
                       used: set[Region]) -> _Found | None:
    """"He said:" closing its sentence, the quote following in the next one."""
    after = adoc.tokens[v + 1].end
    nxt = [r for r in regions if r[0] >= after and not adoc.text[after : r[0]].strip()
           and r not in used]
    return _Found((nxt[0],), "direct", v) if nxt else None


def _around_parenthetical(adoc: AnnotatedDoc, v: int) -> _Found | None:
    """The sentence outside a parenthetical cue's own phrase, from its first quote when it
    has one ("Asked about X, he said, “...”")."""
    sent = adoc.sents[adoc.tokens[v].sent]
    inner = set(adoc.subtree(v))
    frags = [f for f in (_strip_punct(adoc, f) for f in
                         _runs([k for k in range(sent.start, sent.end) if k not in inner])) if f]
    opens = [k for k, f in enumerate(frags) if adoc.tokens[f[0]].text in OPEN_QUOTES + '"']
    frags = frags[opens[0]:] if opens else frags
    if not frags:
        return None
    return _Found(tuple(x for f in frags for x in _span_of(adoc, f)), "indirect", v)


def _prep_content(adoc: AnnotatedDoc, v: int, word: str) -> _Found | None:
    """The object of the preposition ``word`` right after ``v`` (adverbs and particles
    between allowed): "referring to the convention"; the preposition joins the cue."""
    prep = next(c for c in adoc.children(v) if adoc.tokens[c].dep == "prep"
                and c > v and adoc.tokens[c].text.lower() == word)
    arg = next(c for c in adoc.children(prep) if adoc.tokens[c].dep in ("pobj", "pcomp"))
    if prep != v + 1 and not all(adoc.tokens[k].dep in ("prt", "advmod") for k in range(v + 1, prep)):
        return None
    toks = _strip_punct(adoc, adoc.subtree(arg))
    return _Found(_span_of(adoc, toks), "indirect", prep) if toks else None


def _passive_attribution(adoc: AnnotatedDoc, v: int) -> Attribution | None:
    """"X was first reported by MSNBC": the subject is the content, the agent the source."""
    passive = _passive_by(adoc, v)
    if passive is None:
        return None
    t = adoc.tokens[v]
    content_head, agent, by = passive
    toks = _strip_punct(adoc, adoc.subtree(content_head))
    if not toks or by != _last_cue_token(adoc, v, by):
        return None
    cue_start = min([t.idx] + [adoc.tokens[c].idx for c in adoc.children(v)
                               if adoc.tokens[c].dep in ("aux", "auxpass", "neg", "advmod")
                               and content_head < c < v])
    return Attribution(_source_span(adoc, agent, -1), ((cue_start, adoc.tokens[by].end),),
                       _span_of(adoc, toks), "indirect", v, agent, t.sent, "passive")


def _final_content(adoc: AnnotatedDoc, v: int, fr: str, found: _Found,
                   regions: list[Region]) -> tuple[int | None, Span]:
    """The source head (the verb's subject, unless inside the content or raised from the
    reported infinitive) and the content with a conjunct the parser gave the cue and
    without a closing non-restrictive clause of the writer's."""
    content, kind = found.content, found.kind
    t = adoc.tokens[v]
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
    return subj, content


def _cue_extent(adoc: AnnotatedDoc, v: int, cue_last: int, content: Span) -> tuple[int, int]:
    """The cue's characters: the verb group (see :func:`_cue_first`) through ``cue_last``,
    a colon right after the verb ("said:"), a particle ("points out") or a selected
    preposition outside the content ("called on", "referring to")."""
    cue_start = adoc.tokens[_cue_first(adoc, v)].idx
    cue_end = adoc.tokens[v + 1].end if _colon_after(adoc, v) else adoc.tokens[cue_last].end
    for c in adoc.children(v):
        if adoc.tokens[c].dep == "prt" and c == v + 1:
            cue_end = max(cue_end, adoc.tokens[c].end)
        elif c == cue_last + 1 and _selected_prep(adoc, v, c) and not any(
                s0 <= adoc.tokens[c].idx < e0 for s0, e0 in content):
            cue_end = max(cue_end, adoc.tokens[c].end)
    return cue_start, cue_end


def _cue_first(adoc: AnnotatedDoc, v: int) -> int:
    """The first token of ``v``'s verb group: auxiliaries, modals and negation with no
    subject between them and the verb ("has said", "will not say", but "has he called
    for": "called for"), an adverb right before them ("also said"), and the governing
    verb group of an infinitive cue ("appeared to imply", "is trying to show")."""
    t = adoc.tokens[v]
    sent = adoc.sents[t.sent]
    first = min([v] + [c for c in adoc.children(v)
                       if adoc.tokens[c].dep in ("aux", "auxpass", "neg") and c < v and not any(
                           adoc.tokens[k].dep in ("nsubj", "nsubjpass") for k in range(c, v))])
    while first > sent.start and adoc.tokens[first - 1].dep in ("advmod", "neg") \
            and adoc.tokens[first - 1].head == v and adoc.tokens[first - 1].tag in ("RB", "RBR"):
        first -= 1
    if t.dep == "xcomp" and adoc.tokens[first].tag == "TO" and first - 1 == t.head:
        g = t.head
        first = min([g] + [c for c in adoc.children(g)
                           if adoc.tokens[c].dep in ("aux", "auxpass", "neg") and c < g])
    return first


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


_GAP_CHARS = re.compile(r"^[\w.’'\s,:;()—–-]*$")  # "(D-Md.)" after a name too
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
