"""Round 13 (issue 15 item 2): acts a user does not count as events of the picture, written
from the wrong classes of the untouched draw R (docs/judgements/events.md) as structure plus
the word classes of ``data/event_dealings.json``:

- a position on a policy: a stance verb whose patient is a policy or an act ("had opposed
  the bill", "a bill opposed by the party", "supports the health law");
- a thing named after an event ("put a conference table");
- a price charged ("charged the committee $40,000"), a sale between persons or firms
  ("agreed to sell his jet");
- blame or violence within one's own family ("blamed her parents"), a symptom complained
  of ("complained of being depressed");
- a claim rejected ("rejected the allegation", "rejected the notion that ...");
- an act told inside a hoax or a satirical story ("another hoax of a girl who shot ...",
  "The story goes: ...").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ..model import AnnotatedDoc
from .actors import actor_noun_kind
from .events_base import Candidate, Check, _kids, _lem, first_reason, event_data, frozen_classes

STATE_ENTS = frozenset({"GPE", "NORP"})
STATE_KINDS = frozenset({"state", "armed_group"})
PARTY_ENTS = frozenset({"ORG", "GPE", "NORP"})
NEAR = 2  # sentences either side of an act that tell whether it is inside a hoax


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return frozen_classes(event_data("dealings"))


def _patients(adoc: AnnotatedDoc, v: int) -> list[int]:
    """What the verb ``v`` acts on: its direct objects, its passive subjects, the object of
    its clausal complement when it is a gerund ("oppose defunding X": the gerund itself),
    and the noun a passive participle modifies ("a bill opposed by the party")."""
    t = adoc.tokens[v]
    out = list(_kids(adoc, v, "dobj", "nsubjpass"))
    out += [k for k in _kids(adoc, v, "xcomp", "ccomp") if adoc.tokens[k].tag == "VBG"]
    if t.dep == "acl" and t.tag == "VBN":
        out.append(t.head)
    return out


def _position(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A stance verb whose patient is a policy noun or a gerund: a position on a policy."""
    w = _words()
    t = adoc.tokens[c.token]
    if c.event.type not in w["position_types"] or t.pos != "VERB" or _lem(t) not in w["stance_verbs"]:
        return False
    return any(_lem(adoc.tokens[k]) in w["policy_nouns"] or adoc.tokens[k].text.lower() in w["policy_nouns"]
               or adoc.tokens[k].ent_type in w["policy_ents"] or adoc.tokens[k].tag == "VBG"
               for p in _patients(adoc, c.token) for k in (p, *_kids(adoc, p, "appos")))


def _subtree(adoc: AnnotatedDoc, i: int, depth: int = 3) -> list[int]:
    """Token ``i`` and its dependents down to ``depth`` levels."""
    out, layer = [i], [i]
    for _ in range(depth):
        layer = [k for x in layer for k in adoc.children(x)]
        out += layer
    return out


def _thing(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A light verb whose object is a concrete thing and whose event noun is only that
    thing's compound modifier ("put a conference table")."""
    w = _words()
    v = c.token
    if adoc.tokens[v].pos != "VERB":
        return False
    return any(_lem(adoc.tokens[o]) in w["thing_heads"]
               and any(c.event.start <= adoc.tokens[k].idx < c.event.end
                       for k in _kids(adoc, o, "compound"))
               for o in _kids(adoc, v, "dobj"))


def _price(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A verb of charging with a sum of money among its dependents."""
    w = _words()
    v = c.token
    if c.event.type not in w["price_types"] or _lem(adoc.tokens[v]) not in w["price_verbs"]:
        return False
    return any(adoc.tokens[k].ent_type in w["price_ents"]
               for k in _subtree(adoc, v)[1:] if adoc.tokens[k].dep != "conj")


def _state(adoc: AnnotatedDoc, i: int) -> bool:
    t = adoc.tokens[i]
    return t.ent_type in STATE_ENTS or actor_noun_kind(t) in STATE_KINDS


def _sale(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An agreement to buy, sell, lease or rent with no state among its arguments."""
    from .events_filter import _arguments
    w = _words()
    v = c.token
    if c.event.type not in w["sale_types"]:
        return False
    sales = [k for k in _kids(adoc, v, "xcomp", "dobj") if _lem(adoc.tokens[k]) in w["sale_verbs"]]
    if not sales:
        return False
    args = _arguments(adoc, c) + [k for s in sales for k in _subtree(adoc, s, 3)]
    return not any(_state(adoc, a) for a in args)


def _family(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """Blame or violence of a person whose patient is a relative owned by a pronoun and not
    named ("blamed her parents"; not "attacked his wife, Heidi")."""
    from .events_acts import _head
    w = _words()
    if c.event.type not in w["family_types"]:
        return False
    pats = _kids(adoc, c.token, "dobj")
    r = _head(adoc, c.recipient_span)
    if r is not None:
        pats.append(r)
    a = _head(adoc, c.actor_span)
    if a is None or adoc.tokens[a].ent_type in PARTY_ENTS or _state(adoc, a):
        return False  # "the department was investigating his wife", "his sister was captured"
    return any((_lem(adoc.tokens[p]) in w["kin_nouns"] or adoc.tokens[p].text.lower() in w["kin_nouns"])
               and any(adoc.tokens[o].text.lower() in w["own_possessives"] for o in _kids(adoc, p, "poss"))
               and not any(adoc.tokens[n].pos == "PROPN" for n in _kids(adoc, p, "appos", "compound"))
               for p in pats)  # "attacked his wife, Heidi": someone else's named relative


def _symptom(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A complaint "of" a feeling or an illness."""
    w = _words()
    v = c.token
    if c.event.type not in w["symptom_types"] or _lem(adoc.tokens[v]) not in w["symptom_verbs"]:
        return False
    return any(adoc.tokens[k].text.lower() in w["symptom_words"] or _lem(adoc.tokens[k]) in w["symptom_words"]
               for p in _kids(adoc, v, "prep") if adoc.tokens[p].text.lower() == "of"
               for k in _subtree(adoc, p, 4)[1:])


def _claim_rejected(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A rejection whose object is a claim ("rejected the allegation")."""
    w = _words()
    v = c.token
    t = adoc.tokens[v]
    if c.event.type not in w["claim_types"] or t.pos != "VERB" or _lem(t) not in w["claim_verbs"]:
        return False
    if c.recipient_span is not None:
        return False  # "rejected Clinton's charges", "criticism from X": a party rebuffed
    return any(_lem(adoc.tokens[o]) in w["claim_objects"]
               and not _kids(adoc, o, "poss")
               and not any(adoc.tokens[p].text.lower() in ("from", "by") for p in _kids(adoc, o, "prep"))
               for o in _kids(adoc, v, "dobj", "nsubjpass"))


def _paragraph(adoc: AnnotatedDoc, v: int) -> tuple[int, int]:
    """The token range of the passage holding ``v``: its paragraph (text between line
    breaks), at most the sentences within :data:`NEAR` of its own (a text with no breaks)."""
    text = adoc.text
    at = adoc.tokens[v].idx
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    k = adoc.tokens[v].sent
    start = max(start, adoc.sents[max(0, k - NEAR)].start_char)
    end = min(end, adoc.sents[min(len(adoc.sents) - 1, k + NEAR)].end_char)
    starts = adoc._token_starts
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    return (first, last) if first < last else (v, v + 1)


def _fiction(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` names a hoax: a fiction noun, or a fiction adjective on a tale noun."""
    w = _words()
    t = adoc.tokens[i]
    if _lem(t) in w["fiction_nouns"] or t.text.lower() in w["fiction_nouns"]:
        return t.pos in ("NOUN", "PROPN")
    return (t.text.lower() in w["fiction_adjectives"] and t.dep in ("amod", "compound")
            and (_lem(adoc.tokens[t.head]) in w["tale_nouns"]
                 or adoc.tokens[t.head].text.lower() in w["tale_nouns"]))


def _story_opening(adoc: AnnotatedDoc, start: int, end: int) -> bool:
    """The paragraph opens by telling a story: its first clause is a tale noun as the
    subject of a telling verb ("The story goes:", "The piece claims that ...")."""
    w = _words()
    for k in range(start, min(end, start + 4)):
        t = adoc.tokens[k]
        if (t.dep == "nsubj" and _lem(t) in w["tale_nouns"]
                and _lem(adoc.tokens[t.head]) in w["telling_verbs"]):
            return True
    return False


def _tale(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An act told inside a hoax: in a paragraph naming one, or opening a story in a
    document naming one; not when the act's own arguments hold the fiction word."""
    from .events_filter import _arguments
    v = c.token
    start, end = _paragraph(adoc, v)
    own = {k for a in [v, *_arguments(adoc, c)] for k in _subtree(adoc, a, 3)}
    if any(_fiction(adoc, k) for k in range(start, end) if k not in own):
        return True
    return _story_opening(adoc, start, end) and any(
        _fiction(adoc, k) for k in range(len(adoc.tokens)))


_DEALINGS: tuple[tuple[Check, str], ...] = (
    (_position, "position"),
    (_thing, "thing"),
    (_price, "price"),
    (_sale, "sale"),
    (_family, "family"),
    (_symptom, "symptom"),
    (_claim_rejected, "claim rejected"),
    (_tale, "tale"),
)


def dealing(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-13 class that makes act ``c`` no event of the picture, or None."""
    return first_reason(_DEALINGS, adoc, c)
