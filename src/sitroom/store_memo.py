"""The store's recomputable memo tables and the picture's stamp (round 21, out of
:mod:`sitroom.store`).

- ``link_blocks`` (the event-coreference block cache, :mod:`sitroom.link.blockcache`; read by
  :meth:`sitroom.store_reads.StoreReads.link_blocks`) and ``link_memo`` (the part memo,
  :meth:`MemoReads.link_memo`) hold values that are pure functions of their keys: created
  when first needed rather than by a migration, and never an error when they cannot be read;
- both are written only by :meth:`sitroom.store.Store.put_picture`, in the picture's
  transaction (:func:`keep_only`), which always sets a new ``picture_written`` stamp
  (:func:`new_stamp`): a process that kept what it wrote (:mod:`sitroom.link.warm`) knows
  the tables still hold it while the stamp is the one it wrote.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Sequence


class MemoReads:
    """The part memo's reads (mixed into :class:`sitroom.store.Store`)."""

    conn: sqlite3.Connection

    def link_memo(self, keys: Sequence[str]) -> dict[str, str]:
        """The stored values of these memo keys (no table yet: none)."""
        if not keys:
            return {}
        try:
            marks = ",".join("?" * len(keys))
            return dict(self.conn.execute(
                f"SELECT key, value FROM link_memo WHERE key IN ({marks})", list(keys)).fetchall())
        except sqlite3.OperationalError:
            return {}


def stored_stamp(c: sqlite3.Connection) -> str | None:
    """The picture's ``picture_written`` stamp as this transaction sees it."""
    row = c.execute("SELECT value FROM state WHERE key='picture_written'").fetchone()
    return row[0] if row else None


def new_stamp(stamp: str | None, stored: str | None) -> str:
    """The ``picture_written`` value a write sets: the caller's ``stamp`` (so that it can keep
    the state the write describes) or, without one, a new random value. A caller's stamp equal
    to the ``stored`` one is refused (ValueError): the store would look unwritten to a process
    that kept the state of the previous write."""
    if stamp is None:
        return uuid.uuid4().hex
    if stamp == stored:
        raise ValueError(f"picture stamp {stamp!r} is the stored one: a write sets a new stamp")
    return stamp


def keep_only(c: sqlite3.Connection, table: str, column: str, used: dict[str, str]) -> None:
    """Make ``table`` (a recomputable memo: key -> ``column``, created when first needed)
    hold exactly ``used``: keys no longer used deleted, new ones inserted (a key's value is
    a function of the key, so a kept key keeps its value)."""
    c.execute(f"CREATE TABLE IF NOT EXISTS {table} "
              f"(key TEXT PRIMARY KEY, {column} TEXT NOT NULL) WITHOUT ROWID")
    have = {r[0] for r in c.execute(f"SELECT key FROM {table}")}
    c.executemany(f"DELETE FROM {table} WHERE key=?", ((k,) for k in sorted(have - used.keys())))
    # in key order: the table is a B-tree of whole rows (WITHOUT ROWID) and a memo value can
    # be megabytes; inserted in the keys' hash order, such a row was moved again and again as
    # pages split (0.4-20 s of CPU for the same 25,544 rows at 5,000 reports, by the salt of
    # the keys), in order each page is filled once (0.1 s; docs/scale.md, "Round 24")
    c.executemany(f"INSERT INTO {table} VALUES (?, ?)",
                  sorted((k, v) for k, v in used.items() if k not in have))
