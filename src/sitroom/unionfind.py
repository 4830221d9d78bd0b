"""Disjoint sets (union-find with path halving) over any hashable items: the one home of the
"group what is linked" step (actors across reports, event mentions and clusters, timeline
anchors, network components)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Sets of ``items``, each item alone at first. Which item is a set's root is defined
    (callers may rely on it): :meth:`join` keeps the root of its second argument."""

    def __init__(self, items: Iterable[T] = ()):
        self.parent: dict[T, T] = {x: x for x in items}

    def add(self, x: T) -> None:
        """Make ``x`` an item (alone) unless it already is one."""
        self.parent.setdefault(x, x)

    def __contains__(self, x: object) -> bool:
        return x in self.parent

    def __iter__(self) -> Iterator[T]:
        """The items, in the order they were added."""
        return iter(self.parent)

    def find(self, x: T) -> T:
        """The root of ``x``'s set."""
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, x: T, into: T) -> None:
        """Merge ``x``'s set into ``into``'s: the root of ``into`` is the root of both."""
        root = self.find(into)
        self.parent[self.find(x)] = root

    def groups(self, items: Iterable[T] | None = None) -> dict[T, list[T]]:
        """Root -> members of ``items`` (default: every item), each in the order given, the
        groups in the order their first member comes."""
        out: dict[T, list[T]] = {}
        for x in self.parent if items is None else items:
            out.setdefault(self.find(x), []).append(x)
        return out


class IndexSets(UnionFind[int]):
    """Sets of the indices ``0..n-1``; :meth:`union` keeps the smaller root."""

    def __init__(self, n: int):
        super().__init__(range(n))

    def union(self, a: int, b: int) -> None:
        """Merge the sets of ``a`` and ``b``; the smaller root is the root of both."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
