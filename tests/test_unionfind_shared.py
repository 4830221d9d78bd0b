"""UnionFind.join_shared, the one home of "group the items that share a key" (event mentions
tied by a sentence or a name word, link/picture_events._linked): the same sets as joining
every pair that shares a key, and the groups in the order the pairwise grouping gives."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.unionfind import UnionFind

keysets = st.lists(st.sets(st.integers(0, 12), max_size=3), min_size=1, max_size=25)


def _pairwise(keys: list[set[int]]) -> list[list[int]]:
    """The groups by testing every pair, in the order of their first item."""
    sets = UnionFind(range(len(keys)))
    for i in range(len(keys)):
        for j in range(i):
            if keys[i] & keys[j]:
                sets.join(i, j)
    return list(sets.groups(range(len(keys))).values())


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)  # a loaded machine
@given(keysets)
def test_join_shared_gives_the_pairwise_sets_in_order(keys):
    sets: UnionFind[int] = UnionFind()
    sets.join_shared(range(len(keys)), keys.__getitem__)
    assert list(sets.groups(range(len(keys))).values()) == _pairwise(keys)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)  # a loaded machine
@given(keysets)
def test_join_shared_roots_are_first_items_of_their_key(keys):
    # an item is joined into the first holding its key: a group's root is one of its members
    sets: UnionFind[int] = UnionFind()
    sets.join_shared(range(len(keys)), keys.__getitem__)
    for root, members in sets.groups().items():
        assert root in members


def test_join_shared_on_labels_keeps_other_items_alone():
    sets = UnionFind(["x"])
    sets.join_shared(["a", "b", "c"], {"a": ["s1", "w"], "b": ["s2"], "c": ["w"]}.__getitem__)
    assert list(sets.groups().values()) == [["x"], ["a", "c"], ["b"]]
