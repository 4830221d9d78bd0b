"""Shared pieces of the event extractor: the dependency labels and word classes it reasons
with, the candidate and trigger records, and the token helpers (lemma, children,
prepositional objects, agent, passive)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, cache
from importlib import resources
from typing import Any

from ..model import ActorMention, AnnotatedDoc, EventMention, Token
from . import plover as P

SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
RECIPIENT_PREPS = ("against", "on", "to", "with", "at", "upon", "toward", "towards", "from",
                   "into", "for", "between")
NOMINAL_RECIPIENT_PREPS = ("of", "against", "on", "to", "with", "at", "upon", "toward",
                           "towards", "for", "from", "between", "into")
# nominal types whose "of" object is the actor ("the withdrawal of the troops")
INTRANSITIVE_TYPES = frozenset({"RETREAT", "PROTEST", "MOBILIZE", "CONSULT"})
# types whose "to"/"for" object is the recipient before the direct object (the thing given)
GIVING_TYPES = frozenset({"AGREE", "AID", "MOBILIZE", "COOPERATE", "SUPPORT", "CONSULT"})
# which side of an event-noun recipient each type takes: the owner of a rejected request,
# the target of requested sanctions
OWNER_TYPES = frozenset({"REJECT", "AGREE", "ACCUSE", "SUPPORT", "CONCEDE"})
OBJECT_CONTROL = frozenset(
    "urge ask order force call demand persuade tell press compel allow permit help "
    "invite encourage instruct lead prompt drive push cause convince get inspire enable "
    "authorize authorise require".split())
RELATIVE = frozenset({"who", "which", "that", "whom"})
# entity types that are never actors or recipients ("started his coup on Friday evening")
NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                            "QUANTITY", "LANGUAGE", "EVENT", "WORK_OF_ART", "LAW"})
# verbs whose subject is the agent of their event-noun object or complement ("led the
# mutiny", "took part in the coup", "agreed to a ceasefire"); other governors ("celebrated
# the coup", "responded to the attack") say nothing of who acted
AGENT_GOVERNORS = P.LIGHT_VERBS | frozenset(
    "lead join participate plan prepare attempt try direct spearhead mastermind orchestrate "
    "head command reach sign agree accept negotiate complete finish carry resume open pursue "
    "propose undertake perpetrate remain stay go pay provide".split())
# nouns whose "of" object is their actor ("the mutiny of the brigade", "the uprising of
# workers"): acts one performs rather than suffers
INTRANSITIVE_NOUNS = frozenset(
    "mutiny coup rebellion revolt uprising insurrection insurgency putsch riot protest strike "
    "march retreat withdrawal surrender resignation offensive advance".split())
# determiners and quantifiers that make a noun phrase no one in particular
NONSPECIFIC_DETS = frozenset("any some no every each few many several all both most none".split())
# conflict nouns that have figurative uses ("war of words", "price war")
FIGURATIVE_HOSTS = frozenset("war battle fight struggle clash offensive campaign".split())
# subordinators of conditional clauses
CONDITIONAL_MARKS = frozenset({"if", "unless", "provided", "lest"})
# auxiliaries that open an inverted conditional ("had it succeeded", "should they attack")
INVERTED_AUX = frozenset({"had", "were", "should"})
# modals of counterfactual ("would have resulted") and opinion ("would be") clauses
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should", "'d"})
# dependencies through which a clause inherits its governor's modality
CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "dobj", "pobj",
                          "prep", "pcomp", "nsubj", "nsubjpass"})
_KNOWN_VERBS = (frozenset(P.VERBS) | AGENT_GOVERNORS | OBJECT_CONTROL | P.INTENT_WORDS
                | {v for v, _ in P.PHRASAL} | {v for v, _ in P.VERB_OBJECT})
LOCATIVE = frozenset({"in", "at", "near", "on", "outside", "inside", "around", "across",
                      "into", "from", "within", "throughout", "outskirts", "towards", "toward"})



@dataclass(frozen=True)
class Candidate:
    """One detected event with what the evaluation needs to rank it: ``depth`` of the
    trigger below its sentence root, ``weak`` for a bare nominal without an actor (kept out
    of :func:`extract_events`), ``token`` the trigger token index."""

    event: EventMention
    depth: int
    weak: bool
    token: int
    actor_span: tuple[int, int] | None = None  # character span of the actor(s), conjuncts too
    recipient_span: tuple[int, int] | None = None
    place_span: tuple[int, int] | None = None  # a place name in the trigger's clause
    complement: int | None = None  # trigger token of the event this one governs ("refused to accept")
    grounded: bool = True  # an actor, or a recipient that is someone or somewhere


@dataclass
class _Trig:
    token: int  # the token the arguments hang from (the verb, or the noun)
    typ: str
    mode: str | None
    last: int  # last token of the trigger (the noun of "launch ... attack")
    nominal: bool = False
    consumed: int | None = None  # object token consumed by the trigger (light verb noun)
    rprep: str | None = None  # preposition whose object is the recipient ("fire on")
    recipient_of: int | None = None  # verb whose subject is the recipient ("Y must ...")


# --------------------------------------------------------------------------- helpers


def _lem(t: Token) -> str:
    """Lower-case lemma; a verb lemma the tagger clipped ("staged" -> "stag") is repaired
    when the form with a final "e" is a known verb."""
    lemma = t.lemma.lower()
    if t.pos == "VERB" and lemma not in _KNOWN_VERBS and lemma + "e" in _KNOWN_VERBS:
        return lemma + "e"
    return lemma


def _kids(adoc: AnnotatedDoc, i: int, *deps: str) -> list[int]:
    return [c for c in adoc.children(i) if adoc.tokens[c].dep in deps]


def _pobj(adoc: AnnotatedDoc, i: int, preps: tuple[str, ...]) -> tuple[str, int] | None:
    """(preposition, object) of the first prepositional child of ``i`` in ``preps``."""
    for c in adoc.children(i):
        ct = adoc.tokens[c]
        if ct.dep in ("prep", "dative", "agent") and ct.text.lower() in preps:
            objs = _kids(adoc, c, "pobj", "pcomp")
            if objs:
                return ct.text.lower(), objs[0]
    return None


def _pobjs(adoc: AnnotatedDoc, i: int, preps: tuple[str, ...]) -> list[int]:
    """Nominal objects of every prepositional child of ``i`` in ``preps``, in order of
    the prepositions' rank in ``preps`` ("at last" skipped: not a noun)."""
    found = []
    for c in adoc.children(i):
        ct = adoc.tokens[c]
        if ct.dep in ("prep", "dative", "agent") and ct.text.lower() in preps:
            found += [(preps.index(ct.text.lower()), o) for o in _kids(adoc, c, "pobj")
                      if adoc.tokens[o].pos in ("NOUN", "PROPN", "PRON", "NUM")]
    return [o for _, o in sorted(found)]


def _agent(adoc: AnnotatedDoc, i: int) -> int | None:
    for c in adoc.children(i):
        ct = adoc.tokens[c]
        if ct.dep == "agent" or (ct.dep == "prep" and ct.text.lower() == "by"):
            objs = _kids(adoc, c, "pobj")
            if objs:
                return objs[0]
    return None


# plural nouns naming the parties of a conflict or a negotiation ("both sides", "the
# warring parties")
PARTY_NOUNS = frozenset("side party belligerent combatant adversary rival".split())


def _parties(adoc: AnnotatedDoc, i: int) -> bool:
    """A plural party noun not of something ("both sides", not "both sides of the river")."""
    t = adoc.tokens[i]
    return t.tag == "NNS" and _lem(t) in PARTY_NOUNS and not any(
        adoc.tokens[c].dep == "prep" and adoc.tokens[c].text.lower() == "of"
        for c in adoc.children(i))


def _passive(adoc: AnnotatedDoc, i: int) -> bool:
    return bool(_kids(adoc, i, "nsubjpass", "auxpass")) or (
        adoc.tokens[i].tag == "VBN" and adoc.tokens[i].dep in ("acl", "amod")) or (
        _participle_adjunct(adoc, i))


def _reduced_passive(adoc: AnnotatedDoc, i: int) -> bool:
    """(Round 24) A past participle the parser read as a clause's verb with a subject ("said
    the prisoners released by the state were ..."): a VBN with a subject, a ``by`` agent and
    no auxiliary or object of its own is passive; its subject is the one it was done to."""
    t = adoc.tokens[i]
    return (t.tag == "VBN" and bool(_kids(adoc, i, "nsubj"))
            and any(adoc.tokens[c].dep == "agent" for c in adoc.children(i))
            and not _kids(adoc, i, "aux", "auxpass", "dobj", "nsubjpass"))


def _participle_adjunct(adoc: AnnotatedDoc, i: int) -> bool:
    """A bare past participle opening or interrupting a clause ("Attacked by rebels, the
    convoy turned back"): passive, its patient the subject of the clause it modifies."""
    t = adoc.tokens[i]
    return (t.tag == "VBN" and t.dep == "advcl" and t.head != i
            and not _kids(adoc, i, "nsubj", "aux", "auxpass", "mark"))


def _paragraph_between(adoc: AnnotatedDoc, i: int, j: int) -> bool:
    """True when a blank line separates tokens ``i`` and ``j`` (a headline glued to the
    next paragraph by the parser must not lend it its subject)."""
    lo, hi = min(i, j), max(i, j)
    return any(t.pos == "SPACE" and t.text.count("\n") >= 2 for t in adoc.tokens[lo:hi])


def _depth(adoc: AnnotatedDoc, i: int) -> int:
    d, seen = 0, {i}
    while adoc.tokens[i].head != i and adoc.tokens[i].head not in seen:
        i = adoc.tokens[i].head
        seen.add(i)
        d += 1
    return d


Check = Callable[[AnnotatedDoc, "Candidate"], bool]


def first_reason(checks: Sequence[tuple[Check, str]], adoc: AnnotatedDoc,
                 c: Candidate) -> str | None:
    """The reason of the first check in ``checks`` that holds for act ``c`` (the checks of one
    class of non-events, in the order they are tried), or None."""
    for check, reason in checks:
        if check(adoc, c):
            return reason
    return None


@cache
def event_data(name: str) -> dict[str, Any]:
    """The parsed ``data/event_<name>.json``, read once: the one loader of the event word tables."""
    data: dict[str, Any] = json.loads((resources.files("sitroom") / "data" / f"event_{name}.json")
                                      .read_text(encoding="utf-8"))
    return data


def frozen_classes(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Each word list of a table (keys without a leading "_") as a frozenset."""
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_") and isinstance(v, list)}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``data/event_args.json``: participant, meeting and counting words."""
    return frozen_classes(event_data("args"))


def _governor(adoc: AnnotatedDoc, n: int) -> int | None:
    """The verb a noun at ``n`` is the object of, directly or through a preposition."""
    t = adoc.tokens[n]
    h = t.head
    if t.dep == "pobj" and adoc.tokens[h].dep == "prep":
        h = adoc.tokens[h].head
    elif t.dep != "dobj":
        return None
    return h if h != n and adoc.tokens[h].pos in ("VERB", "AUX") else None


# --------------------------------------------------------------------------- names shown


def shown_name(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], idx: int | None,
               text: str | None) -> str | None:
    """What the picture shows for an argument: for a pronoun ("he", "its") or a nominal
    ("the group", "the union's president") the name of the entity the mention ``idx``
    resolves to through its ``coref_of`` chain; else the clause's words ``text`` (a name
    stays as the report writes it; an unresolved pronoun keeps its words)."""
    if idx is None or text is None or not 0 <= idx < len(actors):
        return text
    m, seen = idx, set()
    while (nxt := actors[m].coref_of) is not None and 0 <= nxt < len(actors) and m not in seen:
        seen.add(m)
        m = nxt
    if m == idx or actors[idx].kind == "unknown" or not actors[m].name:
        return text
    first = adoc.token_at(actors[idx].start)
    last = adoc.token_at(max(actors[idx].start, actors[idx].end - 1))
    if any(adoc.tokens[k].pos == "PROPN" for k in range(first, last + 1)):
        return text  # "Mr. Lou", "Ethiopian government": a name as the report gives it
    return actors[m].name
