"""Ads, permissions and dismissals told as acts (round 22, from the wrong classes of draw AF that recur
in at least three judged draws; each check run on every judged draw; issue 15 item 2):

* **ads aimed at someone**: "target" coded as force or an accusation in the frame of money
  spent or of an advertisement ("spent $2 million targeting the candidate", "ads and mailers
  targeting him", "an ad buy in two states targeting voters"): campaign advertising, no attack
  ("air strikes targeted militant positions" stays);
* **a permission of no access**: a verb of permitting coded as a retreat or an agreement whose
  permitted act is no movement or access ("allowing his skills to shine", "allows us to get
  our message out", "allowed states to combine categories"): a rule, a feature or a figure of
  speech; "allowed the inspectors to enter the site" stays (access allowed is PLOVER's retreat);
* **a dismissal of words**: a verb of dismissing coded REJECT whose object is a word, a worry or
  an effort of others ("brushed off these concerns", "has long dismissed attempts to unseat
  him"): a stance in words; "dismissed the president's actions" and "dismissed the request" stay;
* **a stance on an idea** (round 24): a rejection or a scorn whose objects are all ideas of no
  one's named ("reject the idea of a wage hike", "ridicule the idea"); "rejected X's idea" stays.

The word classes live in ``data/event_stances.json``."""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .events_base import Candidate, Check, _kids, _lem, event_data, first_reason, frozen_classes


@lru_cache(maxsize=1)
def stances() -> dict[str, frozenset[str]]:
    """``data/event_stances.json``: each word class as a frozenset."""
    return frozen_classes(event_data("stances"))


def _ad_word(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` is a noun of advertising, or a noun an advertising noun modifies ("ad buy")."""
    ads = stances()["ad_nouns"]
    return (_lem(adoc.tokens[i]) in ads
            or any(_lem(adoc.tokens[k]) in ads for k in _kids(adoc, i, "compound")))


def ad_aim(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An aiming coded as force or an accusation whose frame, a few links up, is money spent
    or an advertisement."""
    w = stances()
    v = c.token
    if c.event.type not in w["aim_types"] or _lem(adoc.tokens[v]) not in w["aim_verbs"]:
        return False
    i = v
    for _ in range(4):
        t = adoc.tokens[i]
        if t.head == i or t.dep not in w["frame_links"]:
            return False
        i = t.head
        h = adoc.tokens[i]
        if _ad_word(adoc, i) or h.pos == "VERB" and _lem(h) in w["spending_verbs"]:
            return True
    return False


def _permitted(adoc: AnnotatedDoc, v: int) -> list[int]:
    """The infinitives a verb of permitting at ``v`` lets happen ("allowed X to enter": enter),
    those of the verb it is coordinated with when it has none ("are not allowed to donate, but
    firms are allowed")."""
    def infinitives(i: int) -> list[int]:
        return [k for k in adoc.subtree(i) if k != i and adoc.tokens[k].tag == "VB" and any(
            adoc.tokens[a].text.lower() == "to" for a in _kids(adoc, k, "aux"))]
    found = infinitives(v)
    t = adoc.tokens[v]
    if not found and t.dep == "conj" and t.head != v and _lem(adoc.tokens[t.head]) == _lem(t):
        found = infinitives(t.head)
    return found


def no_access(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A permission, coded as a retreat or an agreement, whose permitted acts (infinitives)
    are none of movement or access."""
    from .events_participants import acts
    w = stances()
    v = c.token
    if c.event.type not in w["permit_types"] or _lem(adoc.tokens[v]) not in acts()["permit_verbs"]:
        return False
    found = _permitted(adoc, v)
    return bool(found) and not any(_lem(adoc.tokens[k]) in w["access_verbs"] for k in found)


def dismissal(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A verb of dismissing, coded REJECT, whose objects are words, worries or efforts."""
    w = stances()
    v = c.token
    if c.event.type not in w["dismissal_types"] or _lem(adoc.tokens[v]) not in w["dismissal_verbs"]:
        return False
    objs = _kids(adoc, v, "dobj")
    return bool(objs) and all(_lem(adoc.tokens[o]) in w["dismissed_words"] for o in objs)


def idea_stance(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """(Round 24) A rejection or a scorn whose objects are all ideas of no one's named
    ("reject the idea of a wage hike", "rejected the notion that ..."): a stance in words."""
    w = stances()
    if c.event.type not in w["idea_types"]:
        return False
    objs = _kids(adoc, c.token, "dobj")
    return bool(objs) and all(_lem(adoc.tokens[o]) in w["idea_nouns"]
                              and not _kids(adoc, o, "poss") for o in objs)


_STANCES: tuple[tuple[Check, str], ...] = (
    (ad_aim, "ad aimed"),
    (no_access, "permission"),
    (dismissal, "dismissal"),
    (idea_stance, "idea"),
)


def stance_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-22 class that makes candidate ``c`` no act (see the module), or None."""
    return first_reason(_STANCES, adoc, c)
