"""Event arguments, second part: the subject and the objects of a verb (followed through
control verbs, conjunctions, relative clauses and participles) and the parties of an event
noun."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .events_acts import acts
from .events_args_mentions import _Mentions
from .events_base import (
    GIVING_TYPES,
    INTRANSITIVE_NOUNS,
    INTRANSITIVE_TYPES,
    NOMINAL_RECIPIENT_PREPS,
    NON_ACTOR_ENTS,
    OBJECT_CONTROL,
    RECIPIENT_PREPS,
    _agent,
    _governor,
    _kids,
    _lem,
    _paragraph_between,
    _participle_adjunct,
    _passive,
    _pobj,
    _pobjs,
    _reduced_passive,
    _Trig,
    _words,
)
from .events_figures import modifier_role
from .events_senses import _noun_sense
from .events_victims import victim_modifier, victim_owner


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



class _Clauses(_Mentions):
    """Subjects and objects of verbs; the parties of event nouns."""

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
        if _reduced_passive(adoc, v):  # round 24: "the prisoners released by X were": X
            return _agent(adoc, v)
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
            return self._cataphor(v, _past_dateline(adoc, subj, v))
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

    def _cataphor(self, v: int, s: int) -> int:
        """(Round 24) The subject ``s`` of verb ``v``, or, when ``s`` is a personal pronoun of
        a subordinate clause (``cataphora_marks``) put before its main clause, the named
        person the main clause's subject is ("While he refused to release them, Mr. Doe
        deemed ...": Mr. Doe); a pronoun after its main clause's subject keeps its chain."""
        adoc = self.adoc
        t = adoc.tokens[v]
        if (adoc.tokens[s].text.lower() not in ("he", "she") or t.dep != "advcl" or t.head <= v
                or not any(_lem(adoc.tokens[m]) in _words()["cataphora_marks"]
                           for m in _kids(adoc, v, "mark"))):
            return s
        main = _kids(adoc, t.head, "nsubj")
        if not main or main[0] < v or adoc.tokens[main[0]].ent_type != "PERSON":
            return s
        return main[0]

    def objects(self, v: int, trig: _Trig, avoid: int | None = None) -> int | None:
        """Recipient token of verb ``v``: the passive subject; else, in order, the object of
        the trigger's own preposition ("fire on"), of "to"/"for" for giving types ("offered
        its troops to Y"), the direct object, a recipient preposition's object; the first
        that is an actor mention wins, else the first found."""
        adoc = self.adoc
        if _passive(adoc, v) and _kids(adoc, v, "nsubjpass"):
            return _kids(adoc, v, "nsubjpass")[0]
        if _reduced_passive(adoc, v):  # round 24: "the prisoners released by X": the prisoners
            return _kids(adoc, v, "nsubj")[0]
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
        patient = self._participle_patient(v, trig)
        if patient is not None and patient in cands:
            return patient  # round 23: "the 49 people killed at a club": the people
        for c in cands:
            if self.resolve(c)[0] is not None:
                return c
        return cands[0] if cands else None

    def _participle_patient(self, v: int, trig: _Trig) -> int | None:
        """(Round 23) The noun a passive participle of force modifies, when the participle
        has no object of its own: the one it was done to ("parishioners killed at a church",
        "the 49 people killed at a club": the parishioners, the people, not the place of its
        locative phrase); else None."""
        adoc = self.adoc
        t = adoc.tokens[v]
        if trig.typ not in ("ASSAULT", "COERCE") or t.dep != "acl" or t.tag != "VBN":
            return None
        if _kids(adoc, v, "dobj") or trig.rprep:
            return None
        h = adoc.tokens[t.head]
        if h.pos not in ("NOUN", "PROPN") or self.junk(t.head) or self._count(t.head):
            return None
        return t.head

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

    def noun_actor(self, n: int, typ: str) -> tuple[int | None, int | None]:
        """(actor token, recipient token) of a nominal trigger."""
        adoc = self.adoc
        actor = recip = None
        for c in adoc.children(n):
            ct = adoc.tokens[c]
            if ct.dep == "poss":
                if _lem(adoc.tokens[n]) in acts()["patient_poss_nouns"] or victim_owner(adoc, n):
                    # round 20: "X's attack by a bear"
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
                    if role == "actor" and victim_modifier(adoc, self, n, c):
                        role = "recipient"  # round 20: "the X shooting" of a victim X
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
