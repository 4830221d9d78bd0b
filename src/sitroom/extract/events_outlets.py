"""The reporter of a report taken as the doer of the act it reports (round 20; reading.md
E13): "'They ask for a ransom,' he said, the site reported" with "they" resolved to the
site. A pronoun doer whose every named mention in the report is a reporter (the subject of
"report", the one "told" something, the source of "according to") is no doer of the act, unless
the act is told in the complement of that reporter's own verb ("the agency reported that it
had closed the office": its own act). The event keeps no doer rather than the reporter.

The words live in ``data/event_told.json`` (``reporter_verbs``, ``told_verbs``,
``according_words``)."""

from __future__ import annotations

from ..model import ActorMention, AnnotatedDoc
from .events_base import _kids, _lem
from .events_told import told

# the links through which an act is told in the complement of the verb above it
_COMPLEMENT = frozenset({"ccomp", "xcomp", "conj", "advcl"})


def _root(actors: tuple[ActorMention, ...], m: int) -> int:
    """The first mention of ``m``'s coreference chain."""
    seen = set()
    nxt = actors[m].coref_of
    while nxt is not None and m not in seen:
        seen.add(m)
        m, nxt = nxt, actors[nxt].coref_of
    return m


def _head_token(adoc: AnnotatedDoc, a: ActorMention) -> int:
    return adoc.token_at(max(a.start, a.end - 1))


def _reporter(adoc: AnnotatedDoc, i: int) -> str | None:
    """"strong" when token ``i`` is the subject of "report" or the one "told" something (a
    report's outlet), "weak" when it is the subject of "say" or the source of "according to"
    (an outlet or any source), else None."""
    w = told()
    t = adoc.tokens[i]
    head = adoc.tokens[t.head]
    if t.dep == "nsubj" and _lem(head) in w["reporter_verbs"]:
        return "strong"
    if t.dep in ("dobj", "dative") and _lem(head) in w["told_verbs"]:
        return "strong"
    if t.dep == "pobj" and head.text.lower() == "to":
        up = adoc.tokens[head.head]
        if head.dep == "dative" and _lem(up) in w["told_verbs"]:
            return "strong"
        return "weak" if up.text.lower() in w["according_words"] else None
    return "weak" if t.dep == "nsubj" and _lem(head) in w["source_verbs"] else None


def _quoted(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` stands inside a quotation of its sentence (an odd number of quote marks
    before it)."""
    sent = adoc.sents[adoc.tokens[i].sent]
    before = adoc.text[sent.start_char:adoc.tokens[i].idx]
    marks = told()["quote_marks"]
    opening = sum(before.count(m) for m in marks if m not in told()["closing_marks"])
    closing = sum(before.count(m) for m in told()["closing_marks"])
    straight = before.count('"')
    return straight % 2 == 1 or opening > closing


def reporter_doer(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], m: int, v: int) -> bool:
    """Actor mention ``m``, the doer of the act at token ``v``, is a pronoun whose chain's
    named mentions are all reporters, and the act is not told under that reporter's verb."""
    i = _head_token(adoc, actors[m])
    if adoc.tokens[i].pos != "PRON":
        return False
    root = _root(actors, m)
    chain = [k for k in range(len(actors)) if _root(actors, k) == root]
    named = [_head_token(adoc, actors[k]) for k in chain]
    named = [j for j in named if adoc.tokens[j].pos != "PRON"]
    roles = [_reporter(adoc, j) for j in named]
    if not named or None in roles or "strong" not in roles:
        return False  # a source that only "said" ("police said ... They arrested") stays
    if _quoted(adoc, i):
        return True  # a quoted "they" is the speaker's, never the reporter's own self
    mine = {_head_token(adoc, actors[k]) for k in chain}
    j = v
    for _ in range(4):  # "the agency reported that it had closed": its own act
        t = adoc.tokens[j]
        if t.dep not in _COMPLEMENT or t.head == j:
            break
        j = t.head
        subj = _kids(adoc, j, "nsubj")
        if any(s in mine for s in subj):
            return False
        if subj:
            break  # another speaker's words ("'They ask ...,' he said, X reported")
    return True
