"""What the rules comparing every sentence of a story read of each report, one report at a time
(round 18; docs/scale.md "Round 18, second part").

:func:`~sitroom.link.disputes_negations.negation_outcomes`,
:func:`~sitroom.link.disputes_conditions.condition_outcomes` and
:func:`~sitroom.link.disputes_propositions.proposition_outcomes` first read each sentence of
each report of a story with regular expressions: whether it denies a proposition without a
denial verb (:func:`~sitroom.link.disputes_negations.negated`, tried on a sentence holding a
negation, a fake-report cue or a denial cue), the persons' states it tells
(:func:`~sitroom.link.disputes_conditions.conditions`), the proposition it denies in other
words (:func:`~sitroom.link.disputes_propositions.denied_proposition`, or through the earlier
sentence a denial of "the X report" names) or whether a word of ``not_asserted`` rules it out
as an assertion, and whether its report debunks a story
(:func:`~sitroom.link.disputes_negations.debunks`). These are pure functions of the report's
text and sentence bounds alone: :func:`read_report` gives them together (:class:`Reads`), and
:func:`material` names exactly what they read (the text's digest and the extraction's stored
digest, else its sentence bounds; the part memo's salt adds the link code and the rule tables).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .blockcache import _text_digest
from .disputes_conditions import Condition, conditions
from .disputes_negations import Negated, _pats, _plain, debunks, negated
from .disputes_propositions import Proposition, _table, denied_proposition, reported_proposition
from .disputes_words import _patterns

KIND = "story_sentence_reads"


@dataclass(frozen=True)
class Reads:
    """One report's reads, each by the index of its sentence (increasing)."""

    negated: tuple[tuple[int, Negated], ...]  # denials without a denial verb
    conditions: tuple[tuple[int, tuple[Condition, ...]], ...]  # persons' states told
    propositions: tuple[tuple[int, Proposition], ...]  # propositions denied in other words
    unasserted: frozenset[int]  # the others holding a word of ``not_asserted`` (no assertion)
    quoting: bool  # whether the report debunks a story (asserts none of what it quotes)


def material(ex, text: str) -> str:
    """What :func:`read_report` reads of report ``ex``, as text (hashed into its memo key)."""
    from ..store_pack import content_digest

    digest = content_digest(ex)
    bounds: Any = ("x", digest.hex()) if digest is not None else tuple(ex.sentences)
    return repr((_text_digest(text).hex(), bounds))


def read_report(ex, text: str) -> Reads:
    """Each sentence of ``ex`` read as the three rules read it (see the module)."""
    p, den, not_asserted = _pats(), _patterns()["denial"], _table()["not_asserted"]
    neg: list[tuple[int, Negated]] = []
    cond: list[tuple[int, tuple[Condition, ...]]] = []
    prop: list[tuple[int, Proposition]] = []
    unasserted: set[int] = set()
    earlier: list[str] = []  # the report's sentences so far
    for si, (s0, s1) in enumerate(ex.sentences):
        raw = text[s0:s1]
        sent = _plain(raw)
        if (p["neg"].search(sent) or p["hoax"].search(sent) or den.search(sent)) and (
                n := negated(sent)):
            neg.append((si, n))
        if cs := conditions(raw):
            cond.append((si, cs))
        d = denied_proposition(raw)
        if d is None:
            d = reported_proposition(raw, earlier)
        earlier.append(raw)
        if d is not None:
            prop.append((si, d))
        elif not_asserted.search(raw):
            unasserted.add(si)
    return Reads(tuple(neg), tuple(cond), tuple(prop), frozenset(unasserted), debunks(text))


def to_json(r: Reads) -> dict[str, Any]:
    return {"n": [[si, sorted(n.stems), sorted(n.subject), n.act] for si, n in r.negated],
            "c": [[si, [[c.state, sorted(c.who)] for c in cs]] for si, cs in r.conditions],
            "p": [[si, d.act, sorted(d.args), sorted(d.subject), *(
                [d.kind, sorted(d.names)] if d.names else [d.kind] if d.kind else [])]
                  for si, d in r.propositions],
            "x": sorted(r.unasserted), "q": r.quoting}


def _index(v: Any, sentences: int) -> int:
    if type(v) is not int or not 0 <= v < sentences:
        raise ValueError(f"no sentence {v!r}")
    return v


def _strs(v: Any) -> frozenset[str]:
    if not isinstance(v, list) or not all(type(x) is str for x in v):
        raise ValueError(f"not a list of words: {v!r}")
    return frozenset(v)


def _str(v: Any) -> str:
    if type(v) is not str:
        raise ValueError(f"not a word: {v!r}")
    return v


def _proposition(v: list[Any]) -> Proposition:
    """A proposition as :func:`to_json` wrote it: act, args, subject, and its kind if any
    (then the stems of its entities, if any: round 21 second part)."""
    act, args, sub, *rest = v
    kind, names = rest[:1], rest[1:]
    if kind not in ([], [""], ["accused"], ["verdict"], ["party"], ["called"],
                    ["available"], ["named"], ["state"]) or len(names) > 1 or kind == [""] and not names:
        raise ValueError(f"not a proposition: {v!r}")
    return Proposition(_str(act), _strs(args), _strs(sub), kind[0] if kind else "",
                       _strs(names[0]) if names else frozenset())


def from_json(v: Any, sentences: int) -> Reads:
    """The reads :func:`to_json` wrote, for a report of ``sentences`` sentences; ValueError
    (or KeyError, TypeError) for a value of another shape, or naming a sentence it has not."""
    if not isinstance(v, dict) or type(v["q"]) is not bool:
        raise ValueError("not a report's reads")
    neg = tuple((_index(si, sentences), Negated(_strs(st), _strs(sub), _str(act)))
                for si, st, sub, act in v["n"])
    cond = tuple((_index(si, sentences), tuple(Condition(_str(s), _strs(w)) for s, w in cs))
                 for si, cs in v["c"])
    prop = tuple((_index(si, sentences), _proposition(p)) for si, *p in v["p"])
    unasserted = frozenset(_index(si, sentences) for si in v["x"])
    for found in (neg, cond, prop):
        if [si for si, _ in found] != sorted({si for si, _ in found}):
            raise ValueError("sentences out of order")
    return Reads(neg, cond, prop, unasserted, v["q"])
