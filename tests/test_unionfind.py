"""The one union-find: its sets are the connected components, and its roots are as defined."""

from __future__ import annotations

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.unionfind import IndexSets, UnionFind

edges = st.lists(st.tuples(st.integers(0, 14), st.integers(0, 14)), max_size=30)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)  # a loaded machine
@given(edges)
def test_sets_are_the_connected_components(pairs):
    sets = UnionFind(range(15))
    for a, b in pairs:
        sets.join(a, b)
    g = nx.Graph()
    g.add_nodes_from(range(15))
    g.add_edges_from(pairs)
    assert sorted(sorted(m) for m in sets.groups().values()) == sorted(
        sorted(c) for c in nx.connected_components(g))


def test_join_keeps_the_root_of_its_second_argument_and_groups_keep_order():
    sets = UnionFind(["c", "a", "b"])
    sets.join("a", "b")
    sets.join("b", "c")
    assert sets.find("a") == "c"
    assert list(sets.groups(["b", "a", "c"]).values()) == [["b", "a", "c"]]
    sets.add("d")
    assert "d" in sets and list(sets) == ["c", "a", "b", "d"]


def test_index_sets_union_keeps_the_smaller_root():
    sets = IndexSets(5)
    sets.union(4, 2)
    sets.union(3, 4)
    assert {sets.find(i) for i in (2, 3, 4)} == {2}
    assert sets.find(0) == 0
