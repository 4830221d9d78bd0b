"""Event arguments: the actor, recipient and place of a trigger. The actor is the subject
(the ``by`` agent of a passive), followed through control verbs, conjunctions, relative
clauses and participles; the recipient the object, the object of a recipient preposition,
or the owner of a rejected or accepted demand; each mapped to the actor mention covering
it, else to its noun phrase."""

from __future__ import annotations

from ..model import AnnotatedDoc
from . import plover as P
from .events_args_clauses import DASHES, _Clauses, _past_dateline
from .events_args_mentions import OBJECT_PRONOUNS, _Mentions, _relation_nouns
from .events_args_parties import striker
from .events_base import (
    AGENT_GOVERNORS,
    LOCATIVE,
    OWNER_TYPES,
    RELATIVE,
    _kids,
    _lem,
    _pobj,
    _pobjs,
    _Trig,
    _words,
)
from .events_modality import doer_not_teller
from .events_victims import claim_owner

__all__ = ["DASHES", "OBJECT_PRONOUNS", "_Args", "_Clauses", "_Mentions", "_agent_governor",
           "_arguments", "_clause", "_complement", "_past_dateline", "_place", "_relation_nouns"]


class _Args(_Clauses):
    """Maps tokens to actor mentions and finds subjects/objects of triggers."""


# --------------------------------------------------------------------------- detection


def _complement(adoc: AnnotatedDoc, v: int, trig: _Trig, found: dict[int, _Trig]) -> _Trig | None:
    """The event a complement-taking trigger governs ("threatened to shell", "rejected a
    request", "accused X of violating")."""
    for c in adoc.children(v):
        ct = adoc.tokens[c]
        if (ct.dep in ("xcomp", "ccomp") or ct.dep == "acl" and trig.nominal) and c in found:
            return found[c]
        if ct.dep in ("dobj", "attr") and c in found and c != trig.consumed:
            return found[c]
    if trig.nominal and v + 2 < len(adoc.tokens):
        # "rejected calls to resign": the parser may hang the infinitive on the verb; the
        # one right after the noun is still the noun's content
        to, verb = adoc.tokens[v + 1], adoc.tokens[v + 2]
        if (to.text.lower() == "to" and to.dep == "aux" and to.head == v + 2
                and verb.dep in ("advcl", "xcomp", "acl") and v + 2 in found):
            return found[v + 2]
    po = _pobj(adoc, v, ("of", "for", "to", "on"))
    if po is not None and po[1] in found:
        return found[po[1]]
    # "accused the minister of treason": the "of" hangs from the object
    for o in _kids(adoc, v, "dobj"):
        po = _pobj(adoc, o, ("of",))
        if po is not None and po[1] in found:
            return found[po[1]]
    return None


def _agent_governor(adoc: AnnotatedDoc, n: int) -> int | None:
    """The verb whose subject performs the event noun ``n``: a verb of agency taking it as
    object ("launched the coup"), through a preposition ("agreed to a ceasefire") or a
    support noun ("took part in the mutiny"); None for other governors ("celebrated the
    coup", "responded to the mutiny")."""
    t = adoc.tokens[n]
    if t.dep == "pobj" and adoc.tokens[t.head].text.lower() in ("to", "in", "on", "for", "into"):
        gov = adoc.tokens[t.head].head
        if adoc.tokens[gov].pos == "NOUN" and _lem(adoc.tokens[gov]) in ("part", "role", "lead"):
            gov = adoc.tokens[gov].head
    elif t.dep == "dobj":
        gov = t.head
    else:
        return None
    g = adoc.tokens[gov]
    return gov if g.pos == "VERB" and _lem(g) in AGENT_GOVERNORS else None


def _arguments(adoc: AnnotatedDoc, args: _Args, tr: _Trig, found: dict[int, _Trig]
               ) -> tuple[int | None, int | None, str | None, int | None]:
    """(actor token, recipient token, mode, complement trigger token) of trigger ``tr``; a
    complement-taking trigger takes its mode and, when it has none of its own, its recipient
    from the complement."""
    v, typ, mode = tr.token, tr.typ, tr.mode
    recip_tok = None
    if tr.nominal:
        actor_tok, recip_tok = args.noun_actor(v, typ)
        # the noun of a verb of agency: "agreed to a ceasefire", "led the mutiny"
        gov = _agent_governor(adoc, v)
        if gov is not None and gov not in found:
            if actor_tok is None:
                actor_tok = args.subject(gov)
            if recip_tok is None:  # "opened investigations against Y"
                recip_tok = next(iter(_pobjs(adoc, gov, ("against", "on", "into", "to"))), None)
        if recip_tok is None:
            recip_tok = received_by(adoc, args, v, actor_tok)  # round 24
    else:
        actor_tok = doer_not_teller(adoc, v, args.subject(v), typ)  # round 13b
        actor_tok = striker(adoc, args, v, typ, actor_tok) or actor_tok  # round 18
        actor_tok = claim_owner(adoc, v, actor_tok) or actor_tok  # round 20: "X's claim that it"
        recip_tok = args.objects(v, tr, actor_tok)
        if (recip_tok is not None and adoc.tokens[recip_tok].text.lower() in RELATIVE
                and adoc.tokens[recip_tok].head == v and adoc.tokens[v].dep == "relcl"):
            recip_tok = adoc.tokens[v].head  # "the preacher whom X accuses": the preacher
            if adoc.tokens[recip_tok].dep == "appos":  # "Y, the preacher whom X accuses": Y
                recip_tok = adoc.tokens[recip_tok].head
    if tr.recipient_of is not None:
        recip_tok = args.subject(tr.recipient_of)
    comp = _complement(adoc, v, tr, found) if typ in P.COMPLEMENT_TYPES else None
    role = "owner" if typ in OWNER_TYPES else "target"
    if comp is not None:
        if typ == "THREATEN":
            mode = P.threat_mode(comp.typ, comp.mode) or mode
        elif typ in ("REQUEST", "REJECT"):
            mode = P.request_mode(comp.typ, comp.mode) or mode
        if recip_tok is None or recip_tok == comp.token or args.resolve(recip_tok)[1] is None:
            if comp.nominal:
                recip_tok = args.event_owner(comp.token, comp.typ, role, actor_tok)
            else:
                recip_tok = args.objects(comp.token, comp, actor_tok) or args.subject(comp.token)
    elif recip_tok is not None and not tr.nominal and typ in P.COMPLEMENT_TYPES | OWNER_TYPES:
        recip_tok = args.event_owner(recip_tok, typ, role, actor_tok)
    if typ == "ACCUSE" and not tr.nominal:  # "complained to Y over X's raids": X
        po = _pobj(adoc, v, ("over", "about"))
        if po is None and tr.consumed is not None:  # "expressed concern about X": X
            po = _pobj(adoc, tr.consumed, ("over", "about"))
        if po is not None:  # a thing quarrelled over leaves the one accused ("sued X over
            # wages"); the one complained to is no recipient ("complained to Y over raids")
            owner = args.event_owner(po[1], typ, "owner", actor_tok)
            if owner != po[1] or recip_tok is None or args.junk(recip_tok) or (
                    adoc.tokens[recip_tok].dep != "dobj"):
                recip_tok = owner
    if typ == "REQUEST" and recip_tok is None:
        cc = _kids(adoc, v, "ccomp")
        if cc:
            recip_tok = args.subject(cc[0])
    if typ == "ACCUSE" and recip_tok is None and not tr.nominal:
        recip_tok = charged_subject(adoc, args, v, actor_tok)  # round 23
    actor_tok, recip_tok = _wordless(adoc, actor_tok), _wordless(adoc, recip_tok)
    return actor_tok, recip_tok, mode, comp.token if comp is not None else None


def charged_subject(adoc: AnnotatedDoc, args: _Args, v: int, actor_tok: int | None
                    ) -> int | None:
    """(Round 23) The one accused by a verb of accusing ``v`` that has no object but a clause
    of what was done: the subject of that clause ("critics charge that she skewed policy",
    "a lawsuit alleging that X had defrauded students": she, X), when it is not the accuser;
    else None."""
    for c in _kids(adoc, v, "ccomp"):
        subj = args.subject(c)
        if subj is not None and subj != actor_tok and not args.same(subj, actor_tok):
            return subj
    return None


def received_by(adoc: AnnotatedDoc, args: _Args, n: int, actor_tok: int | None) -> int | None:
    """(Round 24) The recipient of an event noun ``n`` that is the object of a verb of
    receiving (``received_verbs``: "X's remark drew rebukes from Y", "the senator faced
    criticism"): that verb's subject, or the owner of a thing subject (X, the senator), when
    it can act and is not the noun's actor; else None."""
    t = adoc.tokens[n]
    if t.dep != "dobj" or _lem(adoc.tokens[t.head]) not in _words()["received_verbs"]:
        return None
    subj = args.agent(args.subject(t.head))
    if subj is None or subj == actor_tok or args.same(subj, actor_tok):
        return None
    return subj


def _wordless(adoc: AnnotatedDoc, i: int | None) -> int | None:
    """None for a token with no letter or digit (round 21, reading.md E33: a dash-like mark,
    "―" or "—", between two clauses parsed as an object), else ``i``."""
    if i is None or any(ch.isalnum() for ch in adoc.tokens[i].text):
        return i
    return None


def _clause(adoc: AnnotatedDoc, v: int) -> int:
    """The predicate whose subtree is the clause of trigger ``v`` (a noun's governor)."""
    clause = v
    if adoc.tokens[v].pos == "NOUN" and adoc.tokens[v].head != v:
        clause = adoc.tokens[v].head
        if adoc.tokens[clause].pos == "ADP":
            clause = adoc.tokens[clause].head
    return clause


def _place(adoc: AnnotatedDoc, args: _Args, v: int) -> int | None:
    """A place under a locative preposition in the clause of token ``v``."""
    if not args.places:
        return None
    best = None
    for k in adoc.subtree(_clause(adoc, v)):
        p = args.place(k)
        if p is None:
            continue
        t = adoc.tokens[k]
        head = adoc.tokens[t.head]
        if t.dep == "pobj" and head.text.lower() in LOCATIVE or t.dep == "dobj":
            return p
        if best is None:
            best = p
    return best
