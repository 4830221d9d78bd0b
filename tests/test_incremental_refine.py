"""The speed-ups of the link stage give the same answers: a part of an event remembers what
it decided for a type, an actor or a recipient (and forgets it when a member brings a new
one), so splitting clusters gives the parts the pairwise rule gives; the collector is quieted
only during a link and left as it was found."""

from __future__ import annotations

import gc
import random

import pytest

from sitroom.link import incremental
from sitroom.link.picture_base import _Mention
from sitroom.link.picture_merge import _Compat, _refine
from sitroom.model import EventMention, Extraction

# actor ids -> names: "n1" and "n2" share a word (no clash), "b" shares none with them
NAMES = {"n1": "Northern Brigade", "n2": "Northern Brigade Command", "b": "Harbour Council",
         "c": "Valley Farmers Union"}
TYPES = ("ASSAULT", "COERCE", "AID", "COOPERATE", "PROTEST", "RETREAT")


def mention(doc: str, i: int, kind: str, actor: str | None, recipient: str | None,
            date: str | None) -> _Mention:
    e = EventMention(doc=doc, start=10 * i, end=10 * i + 4, sent=i, trigger="acted", type=kind,
                     date=date, date_source="text" if date else "publication")
    return _Mention(Extraction(doc=doc), e, actor, recipient, None)


def pairwise_refine(cluster: list[_Mention], compatible: _Compat) -> list[list[_Mention]]:
    """The rule itself: each mention joins the first part it is compatible with member by
    member, else opens one."""
    parts: list[list[_Mention]] = []
    for m in cluster:
        home = next((p for p in parts if all(compatible(m, x) for x in p)), None)
        if home is None:
            parts.append([m])
        else:
            home.append(m)
    return parts


@pytest.mark.parametrize("seed", range(6))
def test_remembered_decisions_give_the_parts_of_the_pairwise_rule(seed):
    rng = random.Random(seed)
    actors = [*NAMES, None]
    cluster = [mention(f"d{i % 7}", i, rng.choice(TYPES), rng.choice(actors),
                       rng.choice(actors), rng.choice([None, "2026-03-01", "2026-03-02"]))
               for i in range(40)]
    compatible = _Compat(NAMES)
    got = _refine([{"mentions": cluster, "docs": []}], compatible)
    want = pairwise_refine(cluster, compatible)
    assert [c["mentions"] for c in got] == want
    assert len(want) > 1  # the cluster was split


def test_a_part_forgets_an_actor_decision_when_a_member_brings_a_new_actor():
    # the first part decides that actor "x" fits (then turns its mention away for its
    # recipient); a member then brings actor "y", which clashes with "x": the next mention
    # of "x" must not join on the remembered answer
    names = {"a": "Northern Harbour Brigade", "x": "Northern Brigade", "y": "Harbour Council",
             "r1": "Valley Farmers Union", "r2": "Mountain Guard"}
    cluster = [mention("d1", 0, "ASSAULT", "a", "r1", None),
               mention("d2", 1, "ASSAULT", "x", "r2", None),
               mention("d3", 2, "ASSAULT", "y", None, None),
               mention("d4", 3, "ASSAULT", "x", None, None)]
    compatible = _Compat(names)
    parts = [p["mentions"] for p in _refine([{"mentions": cluster, "docs": []}], compatible)]
    assert parts == pairwise_refine(cluster, compatible)
    assert [[m.actor for m in p] for p in parts] == [["a", "y"], ["x", "x"]]


def test_the_collector_is_quieted_only_during_a_link():
    before = gc.get_threshold()
    with incremental._quiet_collector():
        assert gc.get_threshold()[0] == incremental.LINK_GC_THRESHOLD
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), incremental._quiet_collector():
        raise RuntimeError("a link that fails")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
