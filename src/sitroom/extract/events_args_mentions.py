"""Event arguments, first part: which actor mention or noun phrase a token is, and
whether it can be a party of an event (an actor, a recipient) or refers to no one."""

from __future__ import annotations

from ..model import ActorMention, AnnotatedDoc, PlaceMention
from . import plover as P
from .actors import actor_noun_kind
from .events_senses import _noun_sense
from .events_base import (
    LOCATIVE,
    NON_ACTOR_ENTS,
    NONSPECIFIC_DETS,
    RELATIVE,
    SUBJ,
    _kids,
    _lem,
    _parties,
    _pobj,
    _words,
)

# personal pronouns of the object case: someone, even when not resolved
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def _relation_nouns() -> frozenset[str]:
    """``data/event_filters.json`` "analyst" "relation_nouns" ("X's wife", "his attorney")."""
    from .events_filter import _analyst
    return _analyst()["relation_nouns"]


# named entities of a state or group that can strike ("a US drone strike")
STRIKING_ENTS = frozenset({"GPE", "NORP", "ORG"})


def named_striker(adoc: AnnotatedDoc, i: int) -> bool:
    """True when token ``i`` names the state or group of a strike it modifies ("a US drone
    strike", "U.S. air strikes"): a party, though a place name is no actor elsewhere
    (round 18; ``data/event_args.json`` "instrument_nouns")."""
    t = adoc.tokens[i]
    return (t.ent_type in STRIKING_ENTS and t.dep in ("compound", "amod", "nmod", "poss")
            and t.head != i and _lem(adoc.tokens[t.head]) in _words()["instrument_nouns"])


class _Mentions:
    """Maps tokens to actor mentions and tells parties from no one."""


    def __init__(self, adoc: AnnotatedDoc, actors: tuple[ActorMention, ...],
                 places: tuple[PlaceMention, ...]):
        self.adoc = adoc
        self.actors = actors
        self.places = places
        self._cover: dict[int, int] = {}  # token -> smallest covering actor mention
        for k, m in sorted(enumerate(actors), key=lambda km: km[1].start - km[1].end):
            for tok in range(adoc.token_at(m.start), adoc.token_at(max(m.start, m.end - 1)) + 1):
                t = adoc.tokens[tok]
                if m.start <= t.idx and t.end <= m.end:
                    self._cover[tok] = k
        self._place_of: dict[int, int] | None = None
        self.chunk_of: dict[int, tuple[int, int]] = {}
        for cs, ce in adoc.noun_chunks:
            for i in range(cs, ce):
                self.chunk_of[i] = (cs, ce)

    def mention(self, i: int) -> int | None:
        """Index of the smallest actor mention covering token ``i``."""
        return self._cover.get(i)

    def place(self, i: int) -> int | None:
        """Index of the first place mention covering token ``i``."""
        if self._place_of is None:  # built on first use: token -> first covering place
            self._place_of = {}
            for k, p in reversed(list(enumerate(self.places))):
                last = self.adoc.token_at(max(p.start, p.end - 1))
                for tok in range(self.adoc.token_at(p.start), last + 1):
                    t = self.adoc.tokens[tok]
                    if p.start <= t.idx and t.end <= p.end:
                        self._place_of[tok] = k
        return self._place_of.get(i)

    def resolve(self, i: int) -> tuple[int | None, tuple[int, int] | None, int]:
        """(actor mention index, character span, head token) for the argument at token ``i``:
        the covering mention, else an appositive, partitive "of" object or compound that
        is one, else the noun phrase text."""
        adoc = self.adoc
        t = adoc.tokens[i]
        if t.ent_type in NON_ACTOR_ENTS:
            po = _pobj(adoc, i, ("of",)) if t.ent_type == "CARDINAL" and t.dep == "nsubj" else None
            if po is not None and po[1] != i:  # "thousands of protesters": the protesters
                return self.resolve(po[1])
            return None, None, i
        if t.text.lower() in RELATIVE and (t.dep in SUBJ or t.dep in ("dobj", "pobj")):
            # "X, who ...", "X, whom she accused": the relative clause's antecedent
            verb = adoc.tokens[t.head] if t.dep != "pobj" else adoc.tokens[adoc.tokens[t.head].head]
            return self.resolve(verb.head) if verb.dep == "relcl" and verb.head != i else (None, None, i)
        if t.tag in ("WP", "WDT", "WP$", "WRB"):
            return None, None, i  # "What led X to ...": a question word is no one
        m = self.mention(i)
        if m is not None:
            return m, self._span(m), i
        if named_striker(adoc, i):  # "a US drone strike": the US alone
            ent = next((e for e in adoc.ents if e.start <= i < e.end), None)
            return None, (ent.start_char, ent.end_char) if ent else (t.idx, t.end), i
        for dep in ("appos",) if _noun_sense(adoc, i) is None else ():
            # round 18: "ISIS murders Y and threatens" parsed as a noun: Y is no doer
            for c in _kids(adoc, i, dep):
                m = self.mention(c)
                if m is not None:
                    return m, self._span(m), c
        po = _pobj(adoc, i, ("of",))
        if po is not None:
            m = self.mention(po[1])
            if m is not None:
                return m, self._span(m), po[1]
        related = _lem(t) in _relation_nouns() or t.text.lower() in _relation_nouns()
        # "X's family called": the family, not X
        for c in _kids(adoc, i, "compound", "amod", "nmod", *(() if related else ("poss",))):
            m = self.mention(c)
            if m is not None and self.actors[m].kind != "person":
                return m, self._span(m), c
        if t.pos in ("NOUN", "PROPN", "PRON", "NUM"):
            cs, ce = self.chunk_of.get(i, (i, i + 1))
            if t.dep == "poss":  # "the soldiers' demands": the owner only
                ce = i + 1
            while cs < ce - 1 and adoc.tokens[cs].text.lower() in ("the", "a", "an"):
                cs += 1
            return None, adoc.char_span(cs, ce), i
        return None, None, i

    def participant(self, i: int) -> bool:
        """True when the argument at token ``i`` can be an actor or recipient: an actor
        mention (a pronoun only when resolved), a named person, organisation, state or
        group, or a noun denoting actors ("the troops"); not an abstract or inanimate noun,
        a quantity or a nobody-in-particular ("those", "any of its aircraft")."""
        adoc = self.adoc
        if self.junk(i):
            return False
        m, span, head = self.resolve(i)
        ht = adoc.tokens[head]
        if m is not None:
            return self.actors[m].kind != "unknown"  # an unresolved pronoun is no one
        if named_striker(adoc, head):
            return True
        if ht.pos == "PROPN" and ht.ent_type in ("PERSON", "ORG", "NORP", ""):
            return ht.ent_type != "" or ht.text[:1].isupper() and ht.dep in SUBJ
        if ht.pos not in ("NOUN", "PROPN"):
            return False
        # a noun denoting actors, or a plural made specific by a name or nationality
        # ("Swiss doctors", "U.S. border patrol agents"); not "U.S. posture"
        return actor_noun_kind(ht) is not None or _lem(ht) in P.PROTESTER_NOUNS or (
            _lem(ht) in _words()["participant_nouns"]) or (
            _parties(adoc, head)) or (
            ht.tag == "NNS" and any(adoc.tokens[c].ent_type in ("NORP", "GPE", "ORG")
                                    for c in _kids(adoc, head, "amod", "compound", "nmod")))

    def junk(self, i: int) -> bool:
        """True when the argument at ``i`` refers to no one: a question word, an unresolved
        pronoun, a quantity or a nobody-in-particular ("those", "only a few villages")."""
        adoc = self.adoc
        m, span, head = self.resolve(i)
        if span is None:
            return True
        ht = adoc.tokens[head]
        if m is not None:
            return self.actors[m].kind == "unknown"
        if _parties(adoc, head):
            return False  # "both sides", "the two sides": the parties of the conflict
        return ht.pos == "PRON" or ht.text.lower() in NONSPECIFIC_DETS or ht.tag == "DT" or any(
            adoc.tokens[c].text.lower() in NONSPECIFIC_DETS
            for c in _kids(adoc, head, "det", "amod", "nummod", "advmod", "quantmod"))

    def someone(self, i: int) -> bool:
        """True when the argument at ``i`` is a participant (:meth:`participant`) or a named
        place or body: what PLOVER takes as a recipient, not a thing or an abstraction."""
        if self.adoc.tokens[i].text.lower() in OBJECT_PRONOUNS:
            return True  # "implored her": someone, even unresolved
        ht = self.adoc.tokens[self.resolve(i)[2]]
        return self.participant(i) or ht.ent_type in ("GPE", "LOC", "FAC", "ORG", "NORP",
                                                        "PERSON")

    def agent(self, i: int | None) -> int | None:
        """The argument at ``i`` if it can act, else the owner of an inanimate one ("his
        video rant blames X": his), else None."""
        if i is None or self.participant(i):
            return i
        t = self.adoc.tokens[i]
        if _lem(t) in _relation_nouns() or t.text.lower() in _relation_nouns():
            return i  # "X's wife pleads": the wife, not X
        owners = _kids(self.adoc, i, "poss")
        return owners[0] if owners and self.participant(owners[0]) else None

    def target(self, i: int | None) -> int | None:
        """The recipient at ``i`` unless it refers to no one (:meth:`junk`); a personal
        pronoun of the object case stays when unresolved ("implored her", "met with them"),
        as a pronoun subject stays an actor."""
        if i is None:
            return None
        if self.adoc.tokens[i].text.lower() in OBJECT_PRONOUNS:
            return i
        return None if self.junk(i) else i

    def with_conjuncts(self, i: int, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` (of the argument at token ``i``) widened over the arguments coordinated
        with it ("Jordan and Britain")."""
        start, end = span
        stack = list(_kids(self.adoc, i, "conj"))
        while stack:
            c = stack.pop()
            _, cspan, _ = self.resolve(c)
            if cspan is not None:
                start, end = min(start, cspan[0]), max(end, cspan[1])
            stack.extend(_kids(self.adoc, c, "conj"))
        return start, end

    def _span(self, m: int) -> tuple[int, int]:
        return self.actors[m].start, self.actors[m].end

    def root(self, i: int | None) -> int | None:
        """The actor mention the argument at token ``i`` ends at through coreference."""
        m = self.resolve(i)[0] if i is not None else None
        seen = set()
        while m is not None and self.actors[m].coref_of is not None and m not in seen:
            seen.add(m)
            m = self.actors[m].coref_of
        return m

    def same(self, i: int | None, j: int | None) -> bool:
        """True when the arguments at tokens ``i`` and ``j`` are one actor."""
        if i is None or j is None:
            return False
        ri = self.root(i)
        return i == j or ri is not None and ri == self.root(j)

    def locative(self, v: int) -> tuple[int, int] | None:
        """Character span of a place name (GPE, LOC, FAC entity) under a locative
        preposition in the clause of ``v``: PLOVER codes it as the target when no actor is."""
        adoc = self.adoc
        for k in adoc.subtree(v):
            t = adoc.tokens[k]
            if (t.ent_type in ("GPE", "LOC", "FAC") and t.dep == "pobj"
                    and adoc.tokens[t.head].text.lower() in LOCATIVE):
                ent = next((e for e in adoc.ents if e.start <= k < e.end), None)
                return (ent.start_char, ent.end_char) if ent else (t.idx, t.end)
        return None
