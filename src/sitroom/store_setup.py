"""Keeping an opened store's schema up to date (round 22, out of :mod:`sitroom.store`): the
numbered migrations run under the write lock, the derived columns and the web app's filter
indexes added when missing. The schema itself is in :mod:`sitroom.store_schema`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager

from .errors import StoreError
from .store_schema import (BACKFILLS, COLUMNS, INDEXES, MIGRATIONS, SCHEMA_VERSION, _split_sql,
                           index_sql)


class SchemaSetup:
    """The schema's upkeep (mixed into :class:`sitroom.store.Store`, which gives the
    connection, its path and :meth:`sitroom.store.Store.transaction`)."""

    conn: sqlite3.Connection
    path: str
    compact: bool
    transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]

    def _set_up(self) -> None:
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
        self._migrate()

    def _migrate(self) -> None:
        """Bring the schema up to date. Checked again under the write lock (BEGIN IMMEDIATE),
        so two processes creating the same new database never both build it."""
        if self._version() != SCHEMA_VERSION:
            self._upgrade()
        self._ensure_columns()
        self._ensure_indexes()

    def _ensure_columns(self) -> None:
        """The derived columns (:data:`COLUMNS`), added and filled in when missing, in one
        transaction; :attr:`compact` says whether the store has them (a store that cannot be
        written is read from its JSON alone)."""
        have = {(t, r[1]) for t in {t for t, _, _ in COLUMNS}
                for r in self.conn.execute(f"PRAGMA table_info({t})")}
        missing = [x for x in COLUMNS if (x[0], x[1].split()[0]) not in have]
        if missing:
            try:
                with self.transaction() as c:
                    for table, column, fill in missing:
                        have_now = {r[1] for r in c.execute(f"PRAGMA table_info({table})")}
                        if column.split()[0] not in have_now:  # not added meanwhile
                            c.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
                            c.execute(fill)
            except (StoreError, sqlite3.OperationalError):
                self.compact = False
                return
        self.compact = True

    def _ensure_indexes(self) -> None:
        """The web app's filter indexes (:data:`INDEXES`), created when missing and replaced
        when defined otherwise (a store of before round 10's second part: over every row, not
        only events), once; a store that cannot be written (read-only) is served with those
        it has (the web's queries read either definition)."""
        if not self._stale_indexes():
            return
        try:
            with self.transaction() as c:
                for stmt in self._stale_indexes():  # again under the write lock
                    c.execute(f"DROP INDEX IF EXISTS {stmt.split()[5]}")
                    c.execute(stmt)
        except (StoreError, sqlite3.OperationalError):
            pass  # slower filtered views, nothing lost

    def _stale_indexes(self) -> list[str]:
        have = {r[0]: " ".join((r[1] or "").split()) for r in
                self.conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index'")}
        return [stmt for stmt in INDEXES if have.get(stmt.split()[5]) != index_sql(stmt)]

    def _upgrade(self) -> None:
        with self.transaction() as c:
            version = self._version()
            if version == 0:
                # an existing non-sitroom database must not be touched
                tables = c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise StoreError(f"{self.path}: not a sitroom database",
                                     "give another --db path")
            for v in range(version, SCHEMA_VERSION):
                for stmt in _split_sql(MIGRATIONS[v]):
                    c.execute(stmt)
                if v + 1 in BACKFILLS:
                    BACKFILLS[v + 1](c)
                c.execute(f"PRAGMA user_version={v + 1}")

    def _version(self) -> int:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: database schema {version} is newer than this sitroom ({SCHEMA_VERSION})",
                "upgrade sitroom",
            )
        return version

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]
