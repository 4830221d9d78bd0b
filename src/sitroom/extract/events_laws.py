"""Laws, bodies, campaign money and court orders on records told as acts (round 19, from the wrong
classes of draw AA and the reading of real stores; checked on every judged draw; issue 15
item 2):

* **a law as doer**: the subject of the act (or its "by" agent, or the owner of a noun of
  act) is a law, a bill or a rule: a law's common noun ("the rules allow"; not "act", a
  deed: "an act of terrorism killed"), an entity of type LAW, a name the report calls a law
  elsewhere ("the X Act" makes the bare "X" a law; never a state, a people or a person:
  "Texas sued ... Under Texas law" keeps the suit; "X law" in lower case only for a name
  the parser gave no entity), or a thing owned by a law ("the law's replacement returns
  power"): a standing provision, no one's act;
* **a body's noun**: the trigger is the noun of a standing body ("the conference
  committee", "a violence panel"): a body, no meeting;
* **campaign money**: a donation or contribution (or an act whose object is one: "made
  donations", "returned donations", "accepting donations") with no state on either side:
  private money, no act of the picture; a state's donation stays;
* **records ordered released**: an order (a judge's, an office's) that documents or records
  be released ("ordered the release of internal documents", "ordered that the records be
  released"): an act on papers, no party asked and nothing given back.

A phrasal verb read by its particle's sense ("opened up to a reporter", "wound up in a yard")
is a figurative particle of ``data/event_reporting.json`` (``figurative_force``), and an
abstract quantity as the doer of a military act ("interest rates moved") a non-agent noun of
``data/event_filters.json`` (``no_agent``): one home each.

The word classes live in ``data/event_laws.json``."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import AnnotatedDoc
from .events_base import Candidate, Check, _kids, _lem, first_reason, event_data, frozen_classes


@lru_cache(maxsize=1)
def laws() -> dict[str, frozenset[str]]:
    """``data/event_laws.json``: each word class as a frozenset."""
    return frozen_classes(event_data("laws"))


@lru_cache(maxsize=1)
def _heads_re() -> re.Pattern[str]:
    """A law's head word after white space ("the X Act", "X law"), compiled once."""
    heads = "|".join(re.escape(h) for h in sorted(laws()["law_heads"], key=len, reverse=True))
    return re.compile(rf"\s+({heads})\b")


@lru_cache(maxsize=8)
def _heads_in(text: str) -> tuple[tuple[int, bool], ...]:
    """Where a law's head word follows a name in ``text`` (the end of that name), and whether
    the head is capitalised: found once per report."""
    return tuple((m.start(), m.group(1)[:1].isupper()) for m in _heads_re().finditer(text))


def _called_law(text: str, name: str, lower: bool) -> bool:
    """``name`` stands before a law's head word somewhere in ``text`` ("X Act"; "X law" too
    when ``lower``)."""
    for end, cap in _heads_in(text):
        start = end - len(name)
        if (cap or lower) and start >= 0 and text.startswith(name, start) and not (
                start and re.match(r"\w", text[start - 1])):
            return True
    return False


def _named_law(adoc: AnnotatedDoc, i: int) -> bool:
    """The name at token ``i`` is named a law elsewhere in the report ("the X Act"): an
    entity of a kind a law's name can be mistaken for (no state, people or person: "Texas
    sued ... Under Texas law" keeps Texas), before a capitalised head; a name the parser gave
    no entity ("Glass-Steagall") before any head."""
    t = adoc.tokens[i]
    if t.ent_type == "LAW":
        return True
    ent = next((e for e in adoc.ents if e.start <= i < e.end), None)
    if ent is not None and ent.label in laws()["law_name_ents"]:
        name, lower = ent.text.strip(), False
    elif t.pos == "PROPN" and ent is None:  # a name the parser gave no entity ("Glass-Steagall")
        first = min([i, *_kids(adoc, i, "compound")])
        name, lower = adoc.text[adoc.tokens[first].idx:t.end], True
    else:
        return False
    name = re.sub(r"^(the|The)\s+", "", name)
    return bool(name) and _called_law(adoc.text, name, lower)


def is_law(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` names a law, a bill or a rule."""
    t = adoc.tokens[i]
    if not t.ent_type and t.pos == "NOUN" and _lem(t) in laws()["law_nouns"]:
        return True
    return _named_law(adoc, i)


def _law_owned(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` is a law, or a common noun owned by one ("the law's replacement")."""
    if is_law(adoc, i):
        return True
    t = adoc.tokens[i]
    return (t.pos == "NOUN" and not t.ent_type
            and any(is_law(adoc, p) for p in _kids(adoc, i, "poss")))


def _doers(adoc: AnnotatedDoc, v: int) -> list[int]:
    """The subject of verb ``v`` (a conjunct's shared one when it has none: "X bailed out the
    industry and imposed rules") and the object of its "by" agent."""
    t = adoc.tokens[v]
    subj = _kids(adoc, v, "nsubj")
    # a passive conjunct has its own subject: it shares none ("... and the bank was fined")
    if not subj and t.dep == "conj" and t.head != v and not _kids(adoc, v, "nsubjpass"):
        subj = _kids(adoc, t.head, "nsubj")
    return subj + [o for a in _kids(adoc, v, "agent") for o in _kids(adoc, a, "pobj")]


def law_doer(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """The subject of a verb of act (or the "by" agent of a passive one), or the owner of a
    noun of act, is a law."""
    t = adoc.tokens[c.token]
    doers = _doers(adoc, c.token) if t.pos == "VERB" else _kids(adoc, c.token, "poss")
    return any(_law_owned(adoc, d) for d in doers)


def body_noun(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """The trigger is the noun of a standing body ("the conference committee") or, round 22,
    of a place or a unit named by an act ("detention centers", "call center")."""
    t = adoc.tokens[c.token]
    return t.pos == "NOUN" and _lem(t) in laws()["body_nouns"]


def _tokens_in(adoc: AnnotatedDoc, span: tuple[int, int]) -> list[int]:
    """The tokens starting inside the character span, found by the span's ends."""
    a, b = span
    if b <= a or not adoc.tokens:
        return []
    first, last = adoc.token_at(a), adoc.token_at(b - 1)
    return [i for i in range(first, last + 1) if a <= adoc.tokens[i].idx < b]


def campaign_money(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A donation or contribution of money (no object, or a sum), or an act whose object is
    one, with no state (a GPE or NORP entity) among its doer, its recipient or the objects of
    its prepositions."""
    w = laws()
    if c.event.type not in w["money_types"]:
        return False
    v = c.token
    words = w["money_words"]
    objs = _kids(adoc, v, "dobj")
    given = _lem(adoc.tokens[v]) in w["money_give_verbs"] and any(  # round 24: "gave money"
        _lem(adoc.tokens[o]) in w["money_objects"] or adoc.tokens[o].ent_type in w["money_ents"]
        for o in objs)
    if (_lem(adoc.tokens[v]) not in words and not any(_lem(adoc.tokens[o]) in words for o in objs)
            and not given):
        return False
    if any(adoc.tokens[o].ent_type not in w["money_ents"] and _lem(adoc.tokens[o]) not in
           w["money_objects"] | words for o in objs):
        return False  # "contributed troops to the mission": no money
    parts = [i for span in (c.actor_span, c.recipient_span) if span is not None
             for i in _tokens_in(adoc, span)]
    parts += [o for p in _kids(adoc, v, "prep", "dative") for o in _kids(adoc, p, "pobj")]
    parts += _kids(adoc, v, "nsubj", "poss")
    return not any(adoc.tokens[p].ent_type in w["state_ents"] for p in parts)


def _records(adoc: AnnotatedDoc, r: int) -> bool:
    """The release word at ``r`` has records as its object, its passive subject or its "of"
    object (or a conjunct of one)."""
    w = laws()
    ofs = [p for p in _kids(adoc, r, "prep") if adoc.tokens[p].text.lower() == "of"]
    objs = _kids(adoc, r, "dobj", "nsubjpass") + [o for p in ofs for o in _kids(adoc, p, "pobj")]
    # "the release of embarrassing documents", the adjective parsed as a gerund
    objs += [o for p in ofs for g in _kids(adoc, p, "pcomp") for o in _kids(adoc, g, "dobj")]
    objs += [c for o in objs for c in _kids(adoc, o, "conj")]
    return any(_lem(adoc.tokens[o]) in w["record_nouns"] for o in objs)


def records_released(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An order whose object or content is the release of records ("ordered the release of
    documents", "ordered that the records be released", "an order to release files")."""
    w = laws()
    v = c.token
    if c.event.type not in w["order_types"] or _lem(adoc.tokens[v]) not in w["order_words"]:
        return False
    heads = [k for k in _kids(adoc, v, "dobj", "ccomp", "xcomp", "acl")
             if _lem(adoc.tokens[k]) in w["release_words"]]
    return any(_records(adoc, r) for r in heads)


_LAWS: tuple[tuple[Check, str], ...] = (
    (law_doer, "law"),
    (body_noun, "body"),
    (campaign_money, "campaign money"),
    (records_released, "records"),
)


def law_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-19 class that makes candidate ``c`` no act (see the module), or None."""
    return first_reason(_LAWS, adoc, c)
