"""Store helpers the link-stage tests share: the picture's rows as stored, a store filled with
reports and their extractions (no linking), and reports added one by one beside a full relink."""

from __future__ import annotations

from sitroom.link.incremental import update
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


def added_one_by_one_and_relinked(tmp_path, docs: list, extractions: list, first: int
                                  ) -> tuple[tuple[list, list], tuple[list, list]]:
    """The picture rows of a store linked with ``docs[:first]`` and then given the rest one
    report at a time (each addition must run incrementally), and those of a full relink of all
    ``docs``: the two must be equal."""
    with Store(tmp_path / "inc.db") as inc, Store(tmp_path / "full.db") as full:
        fill(inc, docs[:first], extractions[:first])
        update(inc)
        for i in range(first, len(docs)):  # then one at a time
            fill(inc, docs[i:i + 1], extractions[i:i + 1])
            run = update(inc)[1]
            assert run.mode == "incremental" and run.new == 1
        fill(full, docs, extractions)
        update(full, full=True)
        return picture_rows(inc), picture_rows(full)
