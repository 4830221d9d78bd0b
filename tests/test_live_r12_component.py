"""The reach of an addition (``LinkRun.component``) read from the stored one-component mark
equals the walk of the ``link_keys`` index (:func:`sitroom.link.incremental.component_of`),
and the mark is kept only while every linked report is in one component."""

from __future__ import annotations

import random

from sitroom.link.incremental import ONE_COMPONENT, _component, component_of
from sitroom.link.partition import components
from sitroom.store import Store


def _link(store: Store, keys: dict[str, set[str]], before: dict[str, str], full: bool = False
          ) -> tuple[int, bool]:
    """What one link records: the reach and the mark, written as ``_update`` writes them."""
    got = _component(store, keys, before, full)
    after = len(before.keys() | keys.keys())
    store.put_picture({}, changes_only=True, keys=keys, linked=dict.fromkeys(keys, "v1"),
                      state={ONE_COMPONENT: str(after) if got[1] else None})
    return got


def _keys(rng: random.Random, doc: str, pool: int) -> set[str]:
    return {f"k{rng.randrange(pool)}" for _ in range(rng.randint(1, 3))} | {f"own:{doc}"}


def test_reach_from_the_mark_equals_the_walk(tmp_path):
    rng = random.Random(7)
    with Store(tmp_path / "s.db") as store:
        first = {f"d{i}": _keys(rng, f"d{i}", 12) for i in range(40)}
        whole = len(components(list(first), first).groups) == 1
        assert _link(store, first, {}) == (0, whole)
        assert (store.state_value(ONE_COMPONENT) == "40") == whole
        checked = 0
        for i in range(40, 90):
            before = store.linked_versions()
            pool = 12 if i % 7 else 10_000  # now and then a report sharing nothing
            new = {f"d{i}": _keys(rng, f"d{i}", pool)}
            walked = len(component_of(store, new, len(before)))
            reach, one = _link(store, new, before)
            assert reach == walked
            everything = {d: store.link_keys_of([d]) for d in store.linked_versions()}
            if one:  # the mark is never wrong
                assert len(components(list(everything), everything).groups) == 1
                checked += 1
        assert checked


def test_a_changed_report_or_an_isolated_one_drops_the_mark(tmp_path):
    with Store(tmp_path / "s.db") as store:
        keys = {"a": {"x"}, "b": {"x", "y"}, "c": {"y"}}
        assert _link(store, keys, {}) == (0, True)
        before = store.linked_versions()
        assert _link(store, {"d": {"y", "z"}}, before) == (3, True)  # read from the mark
        before = store.linked_versions()
        # b changed and no longer bridges a and c: walked, the mark dropped
        assert _link(store, {"b": {"q"}}, before) == (0, False)
        assert store.state_value(ONE_COMPONENT) is None
        before = store.linked_versions()
        assert _link(store, {"e": {"x"}}, before) == (1, False)  # walked without the mark
        stored = {d: store.link_keys_of([d]) for d in store.linked_versions()}
        assert _link(store, stored, {}, full=True) == (0, False)  # a relink: by its own keys
        assert _link(store, stored | {"f": {"x", "y", "q"}}, {}, full=True) == (0, True)
        assert store.state_value(ONE_COMPONENT) == "6"
