"""Store helpers the link-stage tests share: the picture's rows as stored, and a store filled
with reports and their extractions (no linking)."""

from __future__ import annotations

from sitroom.pipeline import extraction_version
from sitroom.store import Store


def picture_rows(s: Store) -> tuple[list, list]:
    """Every stored record of the picture (kind, id, pos, data, hash) and every record's
    reports, in a fixed order: two stores with equal rows hold the same picture."""
    pic = s.conn.execute("SELECT kind, id, pos, data, hash FROM picture ORDER BY kind, id")
    docs = s.conn.execute("SELECT kind, id, doc, pos FROM picture_docs ORDER BY kind, id, doc")
    return [tuple(r) for r in pic], [tuple(r) for r in docs]


def fill(store: Store, docs: list, extractions: list) -> None:
    """Store ``docs`` with their ``extractions`` (of the current extraction version)."""
    for d, ex in zip(docs, extractions):
        store.add_document(d)
        store.put_extraction(ex, extraction_version(), [])
