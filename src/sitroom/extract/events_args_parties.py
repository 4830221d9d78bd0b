"""Event arguments, round 18: the doer the sentence names outside the trigger's own subject,
the state or group whose strike did an act of force told in the passive ("was killed in a US
drone strike": the US). Words in ``data/event_args.json``."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .events_args_clauses import _Clauses
from .events_args_mentions import named_striker
from .events_base import _kids, _lem, _passive, _pobjs, _words


def striker(adoc: AnnotatedDoc, args: _Clauses, v: int, typ: str, actor: int | None) -> int | None:
    """The state or group modifying the strike that did the act at verb ``v`` ("killed in
    a US drone strike", "wounded by U.S. air strikes"): when the act is of a force type,
    told in the passive, and has no doer of its own (``actor`` None or a thing)."""
    if typ not in _words()["instrument_types"] or not _passive(adoc, v):
        return None
    if actor is not None and args.participant(actor) and (
            _lem(adoc.tokens[actor]) not in _words()["instrument_nouns"]):
        return None  # a doer of its own; "U.S. air strikes" gives way to the U.S.
    nouns = ([actor] if actor is not None else []) + _pobjs(adoc, v, ("in", "by"))
    for n in nouns:
        if _lem(adoc.tokens[n]) not in _words()["instrument_nouns"]:
            continue
        for c in _kids(adoc, n, "compound", "amod", "nmod", "poss"):
            if named_striker(adoc, c) or adoc.tokens[c].ent_type in ("NORP", "ORG") and (
                    args.mention(c) is not None and args.participant(c)):
                return c
    return None

