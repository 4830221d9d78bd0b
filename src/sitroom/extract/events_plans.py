"""Round 8 (issue 15): acts a user does not count as events of the picture, though the
earlier rules keep them. Each class was found judging a fresh draw of real news (draw J in
docs/judgements/events.md) and is written as structure plus words from
``data/event_filters.json`` ("plans"):

- a meeting or a conference with no partner ("the party's meeting", "a conference of
  leaders", "talk of decline"): no consultation between two sides;
- a verb of words tagging a quotation ("'...,' X urged."): the report of the words, no act;
- a trigger that modifies a noun ("patrol boats", "rape analogies"): a kind of thing;
- a gerund that is the topic of a quarrel ("threatened a shutdown over funding X"): the
  topic, no act of the clause's subject;
- a words type in a passive participle with no agent ("his call, denounced as ..."): no one
  named denounces, and the noun it describes is what is denounced;
- an act under a verb that says it did not happen ("failed to prosecute", "balked at
  hacking").
"""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .actors import actor_noun_kind
from .events_acts import _governors, _head
from .events_base import Candidate, Check, _kids, _lem, first_reason, event_data, frozen_classes

QUOTES = frozenset('"“”\'\'``')


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return frozen_classes(event_data("filters")["plans"])


def _no_partner(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A meeting noun with no one met (no "with"/"between" and no recipient)."""
    t = adoc.tokens[c.token]
    if c.event.type != "CONSULT" or t.pos != "NOUN" or _lem(t) not in _words()["meeting_nouns"]:
        return False
    a = _head(adoc, c.actor_span)
    if c.recipient_span is not None or a is not None and (
            adoc.tokens[a].tag in ("NNS", "NNPS")
            or adoc.tokens[a].text.lower() in _words()["plural_pronouns"]):
        return False  # "a meeting of the leaders of ...", "their meeting": many sides
    if any(_lem(adoc.tokens[k]) in _words()["many_sides"]
           for k in _kids(adoc, c.token, "compound", "amod")):
        return False  # "the alliance's summit meeting", "bilateral talks"
    preps = {adoc.tokens[p].text.lower() for p in _kids(adoc, c.token, "prep")}
    return not preps & _words()["partner_preps"]


def _quote_tag(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """"'Compare him to her,' X urged.": a verb of words with nothing but its subject,
    after a quotation mark of its sentence."""
    v = c.token
    t = adoc.tokens[v]
    if t.pos != "VERB" or c.event.type not in _words()["quote_tag_types"]:
        return False
    from .events_filter import _reporting
    if _lem(t) in _reporting():
        return False  # "'... should be permitted,' she said": a demand (events_filter._demand)
    deps = {adoc.tokens[k].dep for k in adoc.children(v)
            if not (adoc.tokens[k].dep in ("ccomp", "parataxis") and k < v)}  # the quotation
    if not deps <= _words()["tag_deps"]:
        return False
    before = adoc.doc.text[adoc.sents[t.sent].start_char:t.idx]
    return any(q in before for q in QUOTES)


def _modifier(adoc: AnnotatedDoc, c: Candidate) -> bool:
    t = adoc.tokens[c.token]
    return t.dep == "compound" and t.tag == "NN"  # not a headline's verb misparsed ("X exercises options")


def _unreal_modifier(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A noun trigger marked as not (yet) done: "his proposed ban", "a possible strike"."""
    if adoc.tokens[c.token].pos != "NOUN":
        return False
    return any(_lem(adoc.tokens[k]) in _words()["unreal_modifiers"]
               or adoc.tokens[k].text.lower() in _words()["unreal_modifiers"]
               for k in _kids(adoc, c.token, "amod", "compound"))


def _relative_idiom(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An idiom whose object is the noun the relative clause describes: "the sin he
    commits", "a woman he met" (the pairs of "idioms")."""
    from .events_filter import _filters
    t = adoc.tokens[c.token]
    if t.dep != "relcl" or _kids(adoc, c.token, "dobj"):
        return False
    return (_lem(t), _lem(adoc.tokens[t.head])) in _filters()[3]


def _thing_recipient(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """Support or aid whose recipient is only the modifier of a thing ("defends the Exxon
    articles", "supported Medicare cuts"): a stance on the thing, no one backed."""
    if c.event.type not in _words()["thing_recipient_types"]:
        return False
    r = _head(adoc, c.recipient_span)
    if r is None or adoc.tokens[r].dep != "compound":
        return False
    h = adoc.tokens[adoc.tokens[r].head]
    return h.pos == "NOUN" and not h.ent_type and actor_noun_kind(h) is None


def _topic(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A gerund under "over"/"about" with no subject of its own."""
    t = adoc.tokens[c.token]
    if t.tag != "VBG" or t.dep != "pcomp" or _kids(adoc, c.token, "nsubj", "poss"):
        return False
    return adoc.tokens[t.head].text.lower() in _words()["topic_preps"]


def _agentless_participle(adoc: AnnotatedDoc, c: Candidate) -> bool:
    t = adoc.tokens[c.token]
    return (t.tag == "VBN" and t.dep == "acl" and not _kids(adoc, c.token, "agent")
            and c.event.type in _words()["quote_tag_types"])


def _not_done(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """Under "failed to", "balked at", "neglected to" (two steps up at most)."""
    i = c.token
    for _ in range(3):
        t = adoc.tokens[i]
        if t.head == i or t.dep not in ("xcomp", "pcomp", "pobj", "prep"):
            return False
        i = t.head
        if _lem(adoc.tokens[i]) in _words()["not_done_heads"]:
            return True
    return False


# round 13b: the links by which an act is told inside another clause's content
CONTENT_LINKS = frozenset({"xcomp", "ccomp", "acl", "advcl", "pcomp", "prep", "pobj", "dobj"})


# the links of an act to what one avoids: "avoided criticizing", "careful not to ... by urging"
# (not a clause adjoined: "avoided criticism until he expressed concern")
AVOID_LINKS = frozenset({"xcomp", "pcomp", "prep", "dobj"})


def _up(adoc: AnnotatedDoc, v: int, steps: int = 3, links: frozenset[str] = CONTENT_LINKS
        ) -> list[int]:
    """The heads over token ``v`` through ``links``, nearest first."""
    return _governors(adoc, v, steps, links)


def _plan_term(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An act envisaged ("the minister envisions sending troops") or told as a term of a
    plan ("the deal envisions returning X", "his plan, which includes seizing X until Y
    agreed to pay"): a verb of envisaging over it, or a verb of content whose subject (or
    the noun its relative clause or a misparsed compound names) is a plan noun."""
    w = _words()
    for h in _up(adoc, c.token):
        ht = adoc.tokens[h]
        lemma = _lem(ht)
        if lemma in w["envisage_verbs"]:
            return True
        if lemma not in w["plan_term_verbs"]:
            continue
        owners = _kids(adoc, h, "nsubj", "compound")
        if ht.dep == "relcl":
            owners.append(ht.head)
        if any(_lem(adoc.tokens[o]) in w["plan_nouns"] for o in owners):
            return True
    return False


def _avoided(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An act avoided: under "avoid"/"refrain from" ("avoided criticizing X"), or done by
    way of what one is careful not to do ("careful not to anger X by urging him to quit"):
    an adjective of caution with a negated complement."""
    w = _words()
    if adoc.tokens[c.token].pos != "VERB":
        return False  # "avoids condemning X's annexation": the annexation was done
    for h in _up(adoc, c.token, links=AVOID_LINKS):
        if _lem(adoc.tokens[h]) in w["avoid_heads"]:
            return True
        for a in [h, *_kids(adoc, h, "acomp")]:
            if _lem(adoc.tokens[a]) in w["caution_heads"] and any(
                    _kids(adoc, x, "neg") for x in _kids(adoc, a, "xcomp")):
                return True
    return False


def _unreal_predicate(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An event noun said to be a matter of time, a possibility or a goal ("X's
    endorsement is only a matter of time", "a strike is likely"): not done."""
    t = adoc.tokens[c.token]
    if t.pos != "NOUN" or t.dep != "nsubj" or _lem(adoc.tokens[t.head]) != "be":
        return False
    return any(_lem(adoc.tokens[k]) in _words()["unreal_predicates"]
               for k in _kids(adoc, t.head, "attr", "acomp"))


_PLANNED: tuple[tuple[Check, str], ...] = (
    (_no_partner, "no partner"),
    (_quote_tag, "quote tag"),
    (_modifier, "modifier"),
    (_unreal_modifier, "unreal"),
    (_relative_idiom, "idiom"),
    (_thing_recipient, "no recipient"),
    (_topic, "topic"),
    (_agentless_participle, "no actor"),
    (_not_done, "not done"),
    (_plan_term, "planned"),
    (_avoided, "avoided"),
    (_unreal_predicate, "not yet"),
)


def planned(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-8 class that makes act ``c`` no event of the picture, or None."""
    return first_reason(_PLANNED, adoc, c)
