"""Disjoint sets (union-find with path halving) over any hashable items: the one home of the
"group what is linked" step (actors across reports, event mentions and clusters, timeline
anchors, network components)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
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
        while (p := parent[x]) != x:
            parent[x] = x = parent[p]
        return x

    def join(self, x: T, into: T) -> None:
        """Merge ``x``'s set into ``into``'s: the root of ``into`` is the root of both."""
        parent = self.parent
        while (p := parent[into]) != into:  # find, inlined (linking joins thousands)
            parent[into] = into = parent[p]
        while (p := parent[x]) != x:
            parent[x] = x = parent[p]
        parent[x] = into

    def join_shared(self, items: Iterable[T], keys_of: Callable[[T], Iterable[Hashable]]) -> None:
        """Join the items that hold a key in common (``keys_of(item)``): each item is joined
        into the first item, in the order given, holding the same key. The same sets as
        joining every pair that shares a key, in the items times their keys instead of the
        items squared; an item not yet in the sets is added."""
        parent = self.parent
        first: dict[Hashable, T] = {}
        for i in items:
            parent.setdefault(i, i)
            for key in keys_of(i):
                j = first.setdefault(key, i)
                if j == i:
                    continue
                # find both roots (path halving, as :meth:`find`), inlined: this is the hot
                # loop of grouping thousands of event mentions on every link
                a = i
                while (p := parent[a]) != a:
                    parent[a] = a = parent[p]
                b = j
                while (p := parent[b]) != b:
                    parent[b] = b = parent[p]
                if a != b:
                    parent[a] = b

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
        parent = self.parent
        while (p := parent[a]) != a:  # find, inlined (linking unites tens of thousands)
            parent[a] = a = parent[p]
        while (p := parent[b]) != b:
            parent[b] = b = parent[p]
        if a < b:
            parent[b] = a
        elif b < a:
            parent[a] = b
