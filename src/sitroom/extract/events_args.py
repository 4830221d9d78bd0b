"""Event arguments: the actor, recipient and place of a trigger. The actor is the subject
(the ``by`` agent of a passive), followed through control verbs, conjunctions, relative
clauses and participles; the recipient the object, the object of a recipient preposition,
or the owner of a rejected or accepted demand; each mapped to the actor mention covering
it, else to its noun phrase."""

from __future__ import annotations

from ..model import ActorMention, AnnotatedDoc, PlaceMention
from . import plover as P
from .actors import actor_noun_kind
from .events_acts import acts
from .events_figures import modifier_role
from .events_modality import doer_not_teller
from .events_base import (
    AGENT_GOVERNORS,
    GIVING_TYPES,
    INTRANSITIVE_NOUNS,
    INTRANSITIVE_TYPES,
    LOCATIVE,
    NOMINAL_RECIPIENT_PREPS,
    NON_ACTOR_ENTS,
    NONSPECIFIC_DETS,
    OBJECT_CONTROL,
    OWNER_TYPES,
    RECIPIENT_PREPS,
    RELATIVE,
    SUBJ,
    _agent,
    _governor,
    _kids,
    _lem,
    _paragraph_between,
    _participle_adjunct,
    _parties,
    _passive,
    _pobj,
    _pobjs,
    _Trig,
    _words,
)
from .events_senses import _noun_sense

# --------------------------------------------------------------------------- arguments

# personal pronouns of the object case: someone, even when not resolved
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})

class _Args:
    """Maps tokens to actor mentions and finds subjects/objects of triggers."""

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
        for dep in ("appos",):
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

    # -- subject of a verb, following control, coordination and relative clauses
    def subject(self, v: int, depth: int = 0) -> int | None:
        adoc = self.adoc
        if depth > 6:
            return None
        t = adoc.tokens[v]
        # "707 people shot and killed by police": a participle the parser took for a past
        # tense with a subject; the conjunct's "by" agent shows it is passive
        shared = next((x for k in _kids(adoc, v, "conj") if adoc.tokens[k].tag == "VBN"
                       and (x := _agent(adoc, k)) is not None), None)
        if (shared is not None and not _kids(adoc, v, "dobj") and t.tag in ("VBD", "VBN")
                and _agent(adoc, v) is None):  # "rejected by X and overruled by Y": X
            return shared
        if _passive(adoc, v):
            a = _agent(adoc, v)
            if a is None:  # "was shot and killed by an officer": the conjunct's agent
                a = next((x for k in _kids(adoc, v, "conj") if _passive(adoc, k)
                          and (x := _agent(adoc, k)) is not None), None)
            if a is not None:
                return a
            if not _kids(adoc, v, "nsubj"):  # 13b: no agent, no actor ("survived being shot")
                return None
        subj = _kids(adoc, v, "nsubj", "csubj")
        if subj:
            return _past_dateline(adoc, subj, v)
        if t.tag == "VBG" and v - 1 in _kids(adoc, v, "npadvmod") and self.participant(v - 1):
            return v - 1  # 13b: "a sniper targeting officers" parsed as a noun modifier: its doer
        if _kids(adoc, v, "nsubjpass"):
            return None
        h = t.head
        if h == v or _paragraph_between(adoc, h, v):
            return None
        ht = adoc.tokens[h]
        if (t.dep == "advcl" and t.tag == "VBG" and _lem(ht) in _words()["describing_heads"]
                and not _kids(adoc, v, "mark") and adoc.tokens[v - 1].pos in ("NOUN", "PROPN")
                and self.participant(v - 1)):
            return v - 1  # "had problems with groups using tunnels": the groups use them
        if t.dep == "xcomp" or (t.dep in ("advcl", "pcomp", "conj")
                                and ht.pos in ("VERB", "AUX", "ADJ")):
            if t.dep == "xcomp" and _lem(ht) in OBJECT_CONTROL:
                objs = _kids(adoc, h, "dobj")
                if objs:
                    return objs[0]
            if ht.pos == "ADJ" and ht.dep in ("acomp", "amod"):
                return self.subject(ht.head, depth + 1)
            return self.subject(h, depth + 1)
        if t.dep == "pcomp":
            gov = adoc.tokens[h].head
            if ht.text.lower() == "for" and gov != h and _kids(adoc, gov, "dobj"):
                return _kids(adoc, gov, "dobj")[0]  # "criticized X for shooting": X shot
            return self.subject(gov, depth + 1)
        if t.dep == "acl" and t.tag == "VBG" and _noun_sense(adoc, h) is not None and (
                not self.participant(h)):
            via = _governor(adoc, h)  # "engaged in battles killing X": who engaged
            if via is not None:
                return self.subject(via, depth + 1)
        if t.dep in ("relcl", "acl") and t.tag in ("VBG", "VBD", "VBZ", "VBP"):
            return h
        return None

    def objects(self, v: int, trig: _Trig, avoid: int | None = None) -> int | None:
        """Recipient token of verb ``v``: the passive subject; else, in order, the object of
        the trigger's own preposition ("fire on"), of "to"/"for" for giving types ("offered
        its troops to Y"), the direct object, a recipient preposition's object; the first
        that is an actor mention wins, else the first found."""
        adoc = self.adoc
        if _passive(adoc, v) and _kids(adoc, v, "nsubjpass"):
            return _kids(adoc, v, "nsubjpass")[0]
        if _kids(adoc, v, "auxpass") and (h := adoc.tokens[v]).dep in ("xcomp", "conj", "pcomp"
                                                                     ) and _agent(adoc, v) is None:
            return self.subject(h.head if h.dep != "pcomp" else adoc.tokens[h.head].head)
        cands: list[int] = []
        if trig.rprep:
            po = _pobj(adoc, v, (trig.rprep,))
            if po is not None:
                cands.append(po[1])
        dobjs = [c for c in _kids(adoc, v, "dobj", "dative", "iobj")
                 if c != trig.consumed and adoc.tokens[c].pos != "ADP"]
        if trig.typ in GIVING_TYPES:  # "offered its troops to Y", "provided $5m of aid for Y"
            cands += _pobjs(adoc, v, ("to", "for"))
            for o in dobjs:
                cands += _pobjs(adoc, o, ("to", "for"))
        cands += dobjs
        if trig.consumed is not None:
            cands += _pobjs(adoc, trig.consumed, NOMINAL_RECIPIENT_PREPS[1:])
        cands += _pobjs(adoc, v, RECIPIENT_PREPS)
        if (adoc.tokens[v].dep in ("relcl", "acl") and _passive(adoc, v)) or (
                adoc.tokens[v].dep == "acl" and adoc.tokens[v].tag == "VBN"):
            cands.append(adoc.tokens[v].head)
        elif _participle_adjunct(adoc, v):  # "Attacked by rebels, the convoy ...": the convoy
            patient = self.subject(adoc.tokens[v].head)
            if patient is not None:
                cands.append(patient)
        counted = [c for c in cands if self._count(c)]
        cands = [c for c in cands if adoc.tokens[c].ent_type not in NON_ACTOR_ENTS
                 and not self._count(c) and not self.same(c, avoid)]
        if not cands:
            cands = [c for c in self._shared_objects(v, trig, bool(counted))
                     if not self.same(c, avoid)]
        for c in cands:
            if self.resolve(c)[0] is not None:
                return c
        return cands[0] if cands else None

    def _count(self, i: int) -> bool:
        """The argument at ``i`` counts people without naming them ("killing 15",
        "injured hundreds more"): a number or counting word with no noun of its own."""
        t = self.adoc.tokens[i]
        if _pobj(self.adoc, i, ("of",)) is not None:
            return False
        return t.pos == "NUM" or t.text.lower() in _words()["count_heads"] and t.pos != "PROPN"

    def _shared_objects(self, v: int, trig: _Trig, counted: bool) -> list[int]:
        """Recipients ``v`` takes from the clause it is coordinated with or adjoined to, when
        it has none of its own: the people a bare number of a participle counts ("turned
        their guns on the prisoners, killing 15"); the object of a coordinated verb of force
        ("arrested and tortured them", "seized the town and looted it")."""
        adoc = self.adoc
        t = adoc.tokens[v]
        out: list[int] = []
        force = trig.typ in ("ASSAULT", "COERCE", "SANCTION")
        if (counted and t.dep == "advcl" or force and not counted and t.dep == "conj") and (
                t.head != v and adoc.tokens[t.head].pos == "VERB"):
            h = t.head
            out += [c for c in _kids(adoc, h, "dobj") if not self._count(c)]
            if counted:
                out += _pobjs(adoc, h, ("on", "at", "against"))
        if force and not out and not _kids(adoc, v, "dobj"):
            for c in _kids(adoc, v, "conj"):  # "arrested and tortured them": next words
                if (c == v + 2 and adoc.tokens[v + 1].dep == "cc"
                        and adoc.tokens[c].pos == "VERB" and not _passive(adoc, c)):
                    out += [o for o in _kids(adoc, c, "dobj") if not self._count(o)]
        out = [c for c in out if adoc.tokens[c].ent_type not in NON_ACTOR_ENTS]
        if counted:  # the counted are people: "turned their guns on the prisoners"
            out = [c for c in out if self.participant(c)]
        return out

    def meeting_party(self, v: int) -> int | None:
        """The other side of a meeting the act at ``v`` was done in ("rejected the deal in
        a meeting with X", "agreed during talks with X"): the recipient of a type that is
        no force when the clause names no one else."""
        adoc = self.adoc
        for prep in _kids(adoc, v, "prep"):
            for n in _kids(adoc, prep, "pobj"):
                if _lem(adoc.tokens[n]) in _words()["meeting_nouns"]:
                    for o in _pobjs(adoc, n, ("with",)):
                        if self.someone(o) and not self.junk(o):
                            return o
        return None

    def event_owner(self, n: int, typ: str, role: str, avoid: int | None = None) -> int | None:
        """For a recipient that is itself an event noun ("rejected a U.S. request",
        "called for sanctions against Y", "denounced Serbia's suppression"): the owner of
        that event (``role`` "owner") or its recipient ("target"), the other as fallback,
        neither when it is the actor ``avoid`` ("rejected a call for its forces to ...")."""
        sense = _noun_sense(self.adoc, n)
        if sense is None:
            return n
        owner, target = self.noun_actor(n, sense[0])
        first, second = (owner, target) if role == "owner" else (target, owner)
        for k in (first, second):
            if k is not None and not self.same(k, avoid):
                return k
        return n

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

    def noun_actor(self, n: int, typ: str) -> tuple[int | None, int | None]:
        """(actor token, recipient token) of a nominal trigger."""
        adoc = self.adoc
        actor = recip = None
        for c in adoc.children(n):
            ct = adoc.tokens[c]
            if ct.dep == "poss":
                if _lem(adoc.tokens[n]) in acts()["patient_poss_nouns"]:
                    recip = c  # "the president's assassination": the victim
                elif modifier_role(adoc, n, c, typ) == "actor":  # not "X's civil war"
                    actor = c
            elif ct.dep == "acl" and ct.tag == "VBN":
                a = _agent(adoc, c)
                if a is not None:
                    actor = a
        if actor is None:
            a = _agent(adoc, n) or (_pobj(adoc, n, ("from",)) or (None, None))[1]
            if a is not None:
                actor = a
        if actor is None:
            for c in adoc.children(n):
                ct = adoc.tokens[c]
                if ct.dep in ("compound", "amod", "nmod") and c < n and self.mention(c) is not None:
                    role = modifier_role(adoc, n, c, typ)  # "church shooting", "WTO protests"
                    actor, recip = (c, recip) if role == "actor" else (None, c if role else recip)
                    break
        po = _pobj(adoc, n, NOMINAL_RECIPIENT_PREPS)
        if po is not None:
            intransitive = (typ in INTRANSITIVE_TYPES or _lem(adoc.tokens[n]) in INTRANSITIVE_NOUNS
                            ) and _lem(adoc.tokens[n]) not in acts()["patient_of_nouns"]
            # "the release of the prisoners": the released, not the releaser
            if po[0] == "of" and intransitive and actor is None:
                actor = po[1]
            elif po[0] != "from":
                recip = po[1]
        return actor, recip


# --------------------------------------------------------------------------- detection

def _relation_nouns() -> frozenset[str]:
    """``data/event_filters.json`` "analyst" "relation_nouns" ("X's wife", "his attorney")."""
    from .events_filter import _analyst
    return _analyst()["relation_nouns"]


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


DASHES = frozenset({"—", "–", "--"})


def _past_dateline(adoc: AnnotatedDoc, subj: list[int], v: int) -> int:
    """The subject among ``subj`` (subjects of verb ``v``), skipping a dateline
    ("PLOVDIV, Bulgaria (AP) — Soldiers ... seized"): a subject followed by a dash before
    the verb gives way to a later subject or to its appositive after the dash."""
    s = subj[0]
    dash = next((c for c in adoc.children(s) if adoc.tokens[c].text in DASHES and s < c < v), None)
    if dash is None:
        return s
    later = [k for k in subj[1:] if k > dash] + [
        c for c in _kids(adoc, s, "appos") if dash < c < v]
    return later[0] if later else s


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
    else:
        actor_tok = doer_not_teller(adoc, v, args.subject(v), typ)  # round 13b
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
    return actor_tok, recip_tok, mode, comp.token if comp is not None else None


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

