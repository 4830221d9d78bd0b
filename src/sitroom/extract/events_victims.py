"""Round 20, second wave (issue 15 item 2): the victim of a nominal event told as its
modifier or owner ("the X shooting", "the X hack", "X's attack by a bear") is its target,
not its doer. Structure plus the word classes of ``data/event_args.json``
("victim_modifier_nouns", "force_verbs", "force_objects"):

- **an owner beside an agent**: the owner of an act noun that has its own "by" agent ("X's
  arrest by police", "X's attack by a bear") is the one acted on;
- **a modifier the report names as the victim**: the named compound of a noun that takes
  its victim that way ("the X shooting") is the target when the same document names the
  same party the object of a verb of force ("an officer shooting X", "hackers who struck
  X") and never its subject ("X opens fire": the doer, "the X shooting" stays his). An
  owner is left as it was ("X's Twitter attacks" are X's, though X is attacked elsewhere);
- **a doer from another clause**: a pronoun subject of a claim's content clause is the
  claim's named owner when it agrees with it ("X's claim that it had tested a weapon").
"""

from __future__ import annotations

from typing import Protocol

from ..model import ActorMention, AnnotatedDoc
from .events_base import _agent, _kids, _lem, _words


class _Covers(Protocol):
    actors: tuple[ActorMention, ...]

    def mention(self, i: int) -> int | None: ...


def _key(adoc: AnnotatedDoc, args: _Covers, i: int) -> str | None:
    """The last word of the canonical name of the actor mention covering token ``i``, else
    the word itself when a proper noun (a name the actor lexicon did not take)."""
    m = args.mention(i)
    if m is None:
        t = adoc.tokens[i]
        return t.text.lower() if t.pos == "PROPN" else None
    words = args.actors[m].name.split()
    return words[-1].lower() if words else None


def _force_verb(adoc: AnnotatedDoc, v: int) -> bool:
    """A verb of force: its lemma ("shoot", "strike") or its object ("opened fire")."""
    w = _words()
    t = adoc.tokens[v]
    return t.pos == "VERB" and (_lem(t) in w["force_verbs"] or any(
        _lem(adoc.tokens[o]) in w["force_objects"] for o in _kids(adoc, v, "dobj")))


def _roles(adoc: AnnotatedDoc, args: _Covers, key: str, skip: int) -> tuple[bool, bool]:
    """(named as a victim, named as a doer) of a verb of force anywhere in the document,
    the party whose names end in ``key``; the noun phrase of token ``skip`` left out."""
    victim = doer = False
    for i, t in enumerate(adoc.tokens):
        if i == skip or t.head == i or not _force_verb(adoc, t.head) or _key(adoc, args, i) != key:
            continue
        if t.dep in ("dobj", "nsubjpass"):
            victim = True
        elif t.dep == "nsubj":
            doer = True
        elif t.dep == "pobj" and adoc.tokens[t.head].dep == "agent":
            doer = True
    return victim, doer


def victim_owner(adoc: AnnotatedDoc, n: int) -> bool:
    """The act noun ``n``, one that takes its victim as owner, has its own "by" agent: its
    owner is the one acted on."""
    return _lem(adoc.tokens[n]) in _words()["victim_modifier_nouns"] and _agent(adoc, n) is not None


def victim_modifier(adoc: AnnotatedDoc, args: _Covers, n: int, c: int) -> bool:
    """The named compound ``c`` of the act noun ``n`` is its victim: the noun takes its
    victim that way and the document names the party a victim of force, never a doer."""
    if _lem(adoc.tokens[n]) not in _words()["victim_modifier_nouns"]:
        return False
    key = _key(adoc, args, c)
    if key is None:
        return False
    victim, doer = _roles(adoc, args, key, c)
    return victim and not doer


def claim_owner(adoc: AnnotatedDoc, v: int, subj: int | None) -> int | None:
    """The owner of a claim whose content clause is the act ``v`` told with a pronoun
    subject ("X's claim that it had tested a weapon": X), when the pronoun agrees with the
    owner (a person for "he"/"she", not one for "it"); None otherwise (the pronoun's own
    resolution stands)."""
    t = adoc.tokens[v]
    if subj is None or t.dep not in ("acl", "ccomp") or t.head == v:
        return None
    pron = adoc.tokens[subj].text.lower()
    agree = _words()["claim_pronouns"]
    if adoc.tokens[subj].head != v or pron not in agree or not _kids(adoc, v, "mark"):
        return None
    owners = [o for o in _kids(adoc, t.head, "poss") if adoc.tokens[o].pos == "PROPN"]
    if not owners:
        return None
    person = adoc.tokens[owners[0]].ent_type == "PERSON"
    return owners[0] if pron == "they" or person == (pron in ("he", "she")) else None
