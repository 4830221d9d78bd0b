"""Round 21: a process that links one store again and again (``sitroom serve --watch``) reads
the block cache, the part memo and the picture's rows from what its last link wrote, while the
store is as that link left it; additions through that path give the picture a full relink
gives and the one a fresh process gives, and a store written by another process in between is
noticed (everything read from the store again)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sitroom.link import incremental, warm
from sitroom.pipeline import extraction_version
from sitroom.store import Store

from test_incremental import ENV, rows


@pytest.fixture(scope="module")
def generated():
    from sitroom.bench import generate_reports
    from sitroom.pipeline import process_documents

    docs = generate_reports(n=30, seed=21)
    return docs, process_documents(docs)


def _add(store: Store, doc, ex) -> None:
    store.add_document(doc)
    store.put_extraction(ex, extraction_version(), [])


def _link(path: Path, counted: dict[str, int]) -> incremental.LinkRun:
    """One link of the store at ``path`` on a new connection (as the watch loop's analysis
    opens it), counting whether it read from the kept state."""
    with Store(path) as store:
        if warm.kept_for(store, incremental.link_version()) is not None:
            counted["warm"] += 1
        return incremental.update(store)[1]


def test_additions_through_the_kept_state_equal_the_full_relink(generated, tmp_path):
    docs, extractions = generated
    counted = {"warm": 0}
    path = tmp_path / "live.db"
    with Store(path) as store:
        for d, ex in zip(docs[:24], extractions[:24]):
            _add(store, d, ex)
        incremental.update(store, full=True)
    for d, ex in zip(docs[24:], extractions[24:]):
        with Store(path) as store:
            _add(store, d, ex)
        assert _link(path, counted).new == 1
    assert counted["warm"] == len(docs) - 24  # every addition read the kept state
    with Store(tmp_path / "full.db") as full:
        for d, ex in zip(docs, extractions):
            _add(full, d, ex)
        incremental.update(full, full=True)
        with Store(path) as live:
            assert rows(live) == rows(full)
            assert len(rows(full)[0]) > 100


def test_additions_through_the_kept_state_equal_a_fresh_process(generated, tmp_path):
    docs, extractions = generated
    base = tmp_path / "base.db"
    with Store(base) as store:
        for d, ex in zip(docs[:26], extractions[:26]):
            _add(store, d, ex)
        incremental.update(store, full=True)
    live, fresh = tmp_path / "live.db", tmp_path / "fresh.db"
    for p in (live, fresh):
        p.write_bytes(base.read_bytes())
    counted = {"warm": 0}
    with Store(live) as store:
        incremental.update(store, full=True)  # the live process's own write: kept
    for d, ex in zip(docs[26:], extractions[26:]):
        for p in (live, fresh):
            with Store(p) as store:
                _add(store, d, ex)
        _link(live, counted)
        # the fresh process: a link in a new interpreter, with nothing kept
        subprocess.run([sys.executable, "-c", "import sys; from sitroom.store import Store; "
                        "from sitroom.link.incremental import update; "
                        "s = Store(sys.argv[1]); update(s); s.close()", str(fresh)],
                       check=True, env=ENV, timeout=600)
    assert counted["warm"] == len(docs) - 26
    with Store(live) as a, Store(fresh) as b:
        assert rows(a) == rows(b)


def _store_of(generated, path: Path, n: int) -> None:
    docs, extractions = generated
    with Store(path) as store:
        for d, ex in zip(docs[:n], extractions[:n]):
            _add(store, d, ex)
        incremental.update(store, full=True)


def test_a_picture_written_by_another_process_is_noticed(generated, tmp_path):
    docs, extractions = generated
    path = tmp_path / "shared.db"
    _store_of(generated, path, 20)
    with Store(path) as store:
        assert warm.kept_for(store, incremental.link_version()) is not None
        # another process writes the picture (here: its stamp, as any put_picture does)
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("UPDATE state SET value='written elsewhere' WHERE key='picture_written'")
        conn.close()
        assert warm.kept_for(store, incremental.link_version()) is None  # the fallback
        _add(store, docs[20], extractions[20])
        incremental.update(store)
        assert warm.kept_for(store, incremental.link_version()) is not None  # kept again


def test_a_hand_changed_row_is_read_when_another_process_wrote(generated, tmp_path):
    """The fallback fires: a row another process changed (with a new stamp) is rewritten by
    the next addition, which the kept rows alone would not know of."""
    docs, extractions = generated
    path, full = tmp_path / "shared.db", tmp_path / "full.db"
    _store_of(generated, path, 20)
    conn = sqlite3.connect(path)
    with conn:
        kind, rid = conn.execute("SELECT kind, id FROM picture WHERE kind='actors' "
                                 "ORDER BY pos LIMIT 1").fetchone()
        conn.execute("UPDATE picture SET data='{}', hash=x'00' WHERE kind=? AND id=?",
                     (kind, rid))
        conn.execute("UPDATE state SET value='other' WHERE key='picture_written'")
    conn.close()
    with Store(path) as store:
        _add(store, docs[20], extractions[20])
        incremental.update(store)
    _store_of(generated, full, 21)
    with Store(path) as a, Store(full) as b:
        assert rows(a) == rows(b)


def test_another_store_file_or_link_version_keeps_nothing(generated, tmp_path):
    _store_of(generated, tmp_path / "a.db", 18)
    (tmp_path / "b.db").write_bytes((tmp_path / "a.db").read_bytes())
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        version = incremental.link_version()
        assert warm.kept_for(a, version) is not None
        assert warm.kept_for(b, version) is None  # the same stamp, another file
        assert warm.kept_for(a, version + "x") is None


def test_a_failed_write_keeps_nothing(generated, tmp_path, monkeypatch):
    docs, extractions = generated
    path = tmp_path / "a.db"
    _store_of(generated, path, 18)

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    with Store(path) as store:
        _add(store, docs[18], extractions[18])
        monkeypatch.setattr(Store, "put_picture", broken)
        with pytest.raises(sqlite3.OperationalError):
            incremental.update(store)
        assert warm.kept_for(store, incremental.link_version()) is None


def test_kept_rows_are_used_only_under_the_stamp_they_were_written_with(generated, tmp_path):
    """Inside the write's transaction: rows kept under another stamp (a write came between)
    are read again; under the current stamp they are used as given."""
    path = tmp_path / "a.db"
    _store_of(generated, path, 18)
    with Store(path) as store:
        picture, _ = incremental.update(store)
        stamp = store.picture_stamp()
        assert stamp is not None
        kept = store.picture_rows
        assert kept is not None and len(kept["actors"]) == len(picture["actors"]) > 0
        # the same picture again: nothing to write, whether the rows are read or kept
        assert store.put_picture(picture, changes_only=True, rows=kept,
                                 rows_stamp=stamp, stamp="s1")["written"] == 0
        # rows said to hold no actors: used under the current stamp (every actor written) ...
        wrong = {**kept, "actors": {}}
        assert store.put_picture(picture, changes_only=True, rows=wrong,
                                 rows_stamp="s1", stamp="s2")["written"] == len(picture["actors"])
        # ... read from the store under another (nothing to write)
        assert store.put_picture(picture, changes_only=True, rows=wrong,
                                 rows_stamp="s1", stamp="s3")["written"] == 0


def _prepared_inputs(generated, tmp_path, monkeypatch) -> tuple:
    """The inputs ``_Prepared`` is given by a link of 20 generated reports."""
    from sitroom.link import picture_events as pe

    got: list[tuple] = []
    real = pe._Prepared.__init__

    def grab(self, *args):
        got.append(args)
        real(self, *args)

    monkeypatch.setattr(pe._Prepared, "__init__", grab)
    _store_of(generated, tmp_path / "a.db", 20)
    monkeypatch.setattr(pe._Prepared, "__init__", real)
    return got[-1]


def _fields(p) -> tuple:
    return p.mentions, p.name_sets, p.name_words, p.place_words, p.feats


def test_prepared_reports_kept_from_the_last_link_equal_those_made_afresh(
        generated, tmp_path, monkeypatch):
    from sitroom.link import picture_events as pe

    args = _prepared_inputs(generated, tmp_path, monkeypatch)
    pe._KEPT = {}
    fresh = pe._Prepared(*args)
    again = pe._Prepared(*args)  # every report's entries kept
    assert _fields(again) == _fields(fresh) and len(fresh.mentions) > 20
    assert all(a is b for a, b in zip(again.mentions, fresh.mentions))  # taken, not made


def test_prepared_reports_are_made_again_when_a_name_or_story_they_read_changed(
        generated, tmp_path, monkeypatch):
    from sitroom.link import picture_events as pe

    extractions, mention_actor, place_of, T, names, story_of = _prepared_inputs(
        generated, tmp_path, monkeypatch)
    pe._KEPT = {}
    first = pe._Prepared(extractions, mention_actor, place_of, T, names, story_of)
    m0 = next(m for m in first.mentions if m.actor in names)
    doc = m0.ex.doc
    renamed = {**names, m0.actor: "Harbour Pilots Guild"}
    moved = {**story_of, first.mentions[0].ex.doc: "story:elsewhere"}
    # a mention of the report resolved to another actor of the picture
    other = next(a for a in sorted(names) if a != m0.actor and a.startswith(m0.actor[:1]))
    recast = {**mention_actor, (doc, m0.event.actor): other}
    # a place mention of a report with events resolved to another place of the picture
    pkey = next(k for k in sorted(place_of, key=str) if any(
        m.ex.doc == k[0] and m.event.place == k[1] for m in first.mentions))
    elsewhere = next(p for p in sorted(set(place_of.values()), key=str) if p != place_of[pkey])
    replaced = {**place_of, pkey: elsewhere}
    for changed in ((mention_actor, place_of, renamed, story_of),
                    (mention_actor, place_of, names, moved),
                    (recast, place_of, names, story_of),
                    (mention_actor, replaced, names, story_of)):
        pe._Prepared(extractions, mention_actor, place_of, T, names, story_of)  # kept
        kept = pe._Prepared(extractions, changed[0], changed[1], T, *changed[2:])
        pe._KEPT = {}
        made = pe._Prepared(extractions, changed[0], changed[1], T, *changed[2:])
        assert _fields(kept) == _fields(made) != _fields(first)


def test_prepared_reports_are_made_again_when_the_text_they_read_changed(
        generated, tmp_path, monkeypatch):
    """A mention without a sentence text of its own reads its sentence from the report's text:
    another text makes the report again."""
    from dataclasses import replace

    from sitroom.link import picture_events as pe
    from sitroom.link.picture_base import _Texts

    extractions, mention_actor, place_of, T, names, story_of = _prepared_inputs(
        generated, tmp_path, monkeypatch)
    i = next(i for i, ex in enumerate(extractions) if ex.events)
    ex = extractions[i]
    bare = replace(ex, events=tuple(replace(e, sentence_text="") for e in ex.events))
    exs = [*extractions[:i], bare, *extractions[i + 1:]]
    texts = dict(T.texts)
    T1 = _Texts(texts, exs)
    T2 = _Texts({**texts, ex.doc: texts[ex.doc].upper()}, exs)  # the same offsets, other words
    pe._KEPT = {}
    first = pe._Prepared(exs, mention_actor, place_of, T1, names, story_of)
    kept = pe._Prepared(exs, mention_actor, place_of, T2, names, story_of)
    pe._KEPT = {}
    made = pe._Prepared(exs, mention_actor, place_of, T2, names, story_of)
    assert _fields(kept) == _fields(made) != _fields(first)
    pe._Prepared(exs, mention_actor, place_of, T1, names, story_of)
    again = pe._Prepared(exs, mention_actor, place_of, _Texts(dict(texts), exs), names, story_of)
    assert _fields(again) == _fields(first)  # an equal text: kept


def test_the_watch_loops_analysis_links_from_the_kept_state_after_its_first(generated, tmp_path):
    """``serve --watch`` analyses in one long-lived process (its background worker): the
    first analysis reads the store, the next ones the state the previous one kept."""
    from sitroom.pipeline import analyze
    from sitroom.web.background import Background

    docs, _ = generated
    path = tmp_path / "watched.db"
    _store_of(generated, path, 20)
    warm.forget()  # as a server just started
    runs: list = []
    worker = Background(str(path), lambda store: runs.append(analyze(store).link), None, 0.1)
    for doc in docs[20:22]:
        worker.add(doc)  # as a dropped file's report is stored
        assert worker._analyze_once()
    assert [(r.new, r.warm) for r in runs] == [(1, False), (1, True)]
