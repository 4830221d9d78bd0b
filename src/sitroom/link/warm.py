"""What a process that links one store again and again (``sitroom serve --watch``, whose
analysis runs after every dropped file) keeps of its last link, so the next reads less.

A link reads, besides the reports, three things that the previous link of the same process
wrote itself: the block cache (``link_blocks``), the part memo (``link_memo``) and the
picture's row keys, positions and fingerprints (``picture``). Each is read whole (the block
cache, the picture rows) or a key at a time (the memo) on every addition. This module keeps
them as the last link wrote them, with the generation of the store they describe: the
``picture_written`` stamp that :meth:`sitroom.store.Store.put_picture` sets to a new random
value in the same transaction (:meth:`sitroom.store_reads.StoreReads.picture_stamp`). They are
used only when the store's stamp is still the one this process wrote, the store is the same
file and the link code is the same version (:func:`kept_for`); otherwise, and on a full relink
(which also makes the event clustering's entries of every report afresh:
:func:`sitroom.link.picture_events._full_relink`), everything is read from the store as before. So what is used is exactly what the store holds:

- the block cache and the part memo hold values that are pure functions of their keys
  (:mod:`sitroom.link.blockcache`), so a kept value is right whatever the table holds; and
  after the last write the tables hold exactly the kept keys
  (:func:`sitroom.store_memo.keep_only`), nothing but ``put_picture`` writes them (the store
  has no other method that does), and ``put_picture`` always changes the stamp (a caller's
  stamp equal to the stored one is refused: :func:`sitroom.store_memo.new_stamp`);
- the picture rows are written only by ``put_picture`` (one transaction, a new stamp), so
  while the stamp is ours they are the ones we wrote.

The kept state is dropped before each write and set again only after the write committed
(:func:`forget`, :func:`keep`): a failed or killed write leaves nothing kept that the store
does not hold. Nothing here changes what a link computes, only where its inputs are read from.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# kind -> row id -> (position, fingerprint): the picture's rows as a write left them
Rows = dict[str, dict[str, tuple[int, Any]]]


@dataclass
class Kept:
    """The last link's state of one store: ``path`` (the store's file, resolved),
    ``stamp`` (its ``picture_written`` after the write), ``version`` (the link code's),
    ``blocks`` (block key -> labels), ``memo`` (memo key -> JSON value), ``rows``
    (the picture's rows, None when the store keeps no fingerprints)."""

    path: str
    stamp: str
    version: str
    blocks: dict[str, list[int]]
    memo: dict[str, str]
    rows: Rows | None

    def fetch(self, keys: Sequence[str]) -> dict[str, str]:
        """The part memo's stored values of ``keys`` (as ``Store.link_memo`` gives them)."""
        memo = self.memo
        return {k: memo[k] for k in keys if k in memo}


_KEPT: Kept | None = None


def _path(store: Any) -> str:
    return os.path.realpath(str(store.path))


def kept_for(store: Any, version: str) -> Kept | None:
    """The kept state of ``store`` when it still describes it (the same file, link code and
    stamp: no other process, and no other link of this one, wrote the picture since)."""
    k = _KEPT
    if k is None or k.version != version or k.path != _path(store):
        return None
    stamp = store.picture_stamp()
    return k if stamp is not None and stamp == k.stamp else None


def forget() -> None:
    """Keep nothing (before a write: until it commits, the store's state is not known)."""
    global _KEPT
    _KEPT = None


def keep(store: Any, version: str, stamp: str, blocks: dict[str, list[int]],
         memo: dict[str, str], rows: Rows | None) -> None:
    """Keep what the write just committed to ``store`` (with ``stamp`` as its
    ``picture_written``) described."""
    global _KEPT
    _KEPT = Kept(_path(store), stamp, version, blocks, memo, rows)
