"""Round 14 of one addition's link stage: the leaner claim records, the claim ids hashed
without the generic join and the relations' links handed on in one JSON round trip give the
records and links the code before gave (random inputs against the former construction), and
reports of the project's generator added one at a time give the picture of a full relink; the
block cache and part memo are written in the picture's transaction, so kill -9 while they are
written leaves the previous picture and memos, and a rerun completes the update."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from types import SimpleNamespace

import pytest

from sitroom.bench import generate_reports
from sitroom.link import agreement as ag
from sitroom.link import agreement_delta as delta
from sitroom.link import blockcache
from sitroom.link.incremental import update
from sitroom.link.picture_base import _rid, _Texts
from sitroom.link.picture_records import _claims, claim_id
from sitroom.model import Claim
from sitroom.pipeline import process_documents
from sitroom.store import Store
from storekit import added_one_by_one_and_relinked, fill, picture_rows

TEXTS = (
    "The ministry  said the convoy\nreached the river crossing at dawn.",
    "Officials reported that 14 people were hurt in the blast.",
    "A spokesman denied that troops had crossed the border.",
    "Residents   said the power station was hit overnight.",
)


def test_claim_id_is_the_generic_record_id() -> None:
    rng = random.Random(5)
    for _ in range(500):
        doc = rng.choice(("d1", "doc-ä", "r:7", "x\u00e9y", "")) + str(rng.randint(0, 99))
        start = rng.randint(0, 10**6)
        assert claim_id(doc, start) == _rid("claim", doc, start)


def _former_claims(extractions, mention_actor) -> list[dict]:
    """The claim records as the code before this round built them."""
    out = []
    for ex in extractions:
        for c in ex.claims:
            actor = mention_actor.get((ex.doc, c.source)) if c.source is not None else None
            out.append({
                "id": _rid("claim", ex.doc, c.start), "text": " ".join(c.text.split()),
                "certainty": c.certainty, "polarity": c.polarity, "score": c.score,
                "cue": c.cue,
                "source": {"kind": c.source_kind, "actor": actor, "text": c.source_text},
                "doc": ex.doc,
                "evidence": [{"doc": ex.doc, "start": c.start, "end": c.end,
                              "text": " ".join(c.text.split()), "sent": c.sent}]})
    return out


def test_claim_records_equal_the_former_construction() -> None:
    rng = random.Random(9)
    extractions, mention_actor = [], {}
    for d in range(30):
        doc = f"d{d}"
        claims = []
        for k in range(rng.randint(0, 6)):
            source = rng.choice((None, 0, 1, 2))
            claims.append(Claim(doc, 10 * k, 10 * k + 9, k, rng.choice(TEXTS),
                                rng.choice(("asserted", "reported", "denied")),
                                source=source, source_kind=rng.choice(("author", "named")),
                                cue=rng.choice((None, "said"))))
            if source is not None and rng.random() < 0.7:
                mention_actor[(doc, source)] = f"actor:{rng.randint(0, 4)}"
        extractions.append(SimpleNamespace(doc=doc, claims=claims))
    got = _claims(extractions, mention_actor, _Texts({}, []))
    want = _former_claims(extractions, mention_actor)
    assert len(got) > 40
    assert got == want
    assert json.dumps(got) == json.dumps(want)


def _sources(rng: random.Random, event: int) -> list[ag.Source]:
    n = rng.choice((1, 2, 3, 5, 8))  # an event has a source (relate fails on none)
    out = []
    for k in range(n):
        doc = f"d{rng.randint(0, 6)}"
        text = rng.choice(TEXTS)
        time = None if rng.random() < 0.1 else float(rng.choice((0, 1, 2, 5))) * 3600
        out.append(ag.Source(doc, rng.choice(("o1", "o2", "o3")), time, text,
                             "denied" in text, {"doc": doc, "start": event * 10 + k,
                                                "text": text}))
    return out


def test_relations_handed_on_at_once_equal_one_record_at_a_time() -> None:
    rng = random.Random(13)
    for _ in range(40):
        sources = [_sources(rng, i) for i in range(rng.randint(1, 12))]
        records = [{"id": f"e{i}"} for i in range(len(sources))]
        doc_order = {f"d{i}": i for i in range(7)}
        links: list[dict] = []
        with blockcache.memoising(blockcache.Memo()):
            delta.relate_all(records, sources, doc_order, links)
        want_records = [{"id": f"e{i}"} for i in range(len(sources))]
        want_links: list[dict] = []
        for rec, ss in zip(want_records, sources):
            found: list[dict] = []
            ag.relate(rec, ss, found)
            want_links += json.loads(json.dumps(found, ensure_ascii=False))
        assert records == want_records
        assert links == want_links


@pytest.fixture(scope="module")
def generated() -> tuple[list, list]:
    docs = generate_reports(n=40, seed=14)
    return docs, process_documents(docs)


def test_generated_reports_added_one_at_a_time_equal_the_full_relink(tmp_path, generated
                                                                      ) -> None:
    inc_rows, full_rows = added_one_by_one_and_relinked(tmp_path, *generated, first=34)
    assert any(kind == "claims" for kind, *_ in inc_rows[0])
    assert inc_rows == full_rows


KILL_DURING_MEMO = """
import os, signal, sys
from sitroom.store import Store
from sitroom.link.incremental import update

store = Store(sys.argv[1])
real = store.conn
class Dying:
    # the connection, killed with SIGKILL once the part memo's new values are written
    def __init__(self, conn):
        self.conn = conn
    def __getattr__(self, name):
        return getattr(self.conn, name)
    def executemany(self, sql, rows):
        out = self.conn.executemany(sql, rows)
        if "INTO link_memo" in sql:
            os.kill(os.getpid(), signal.SIGKILL)
        return out
store.conn = Dying(real)
update(store)
"""


def _memo(store: Store) -> list:
    return store.conn.execute("SELECT key, value FROM link_memo ORDER BY key").fetchall()


def test_kill_9_while_the_memos_are_written_keeps_the_previous_picture_and_memos(
        tmp_path, generated) -> None:
    docs, extractions = generated
    db = tmp_path / "killed.db"
    with Store(db) as store:
        fill(store, docs[:39], extractions[:39])
        update(store)
        before, memo_before = picture_rows(store), _memo(store)
        fill(store, docs[39:], extractions[39:])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-c", KILL_DURING_MEMO, str(db)], env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store(db) as store:
        assert picture_rows(store) == before and _memo(store) == memo_before
        assert update(store)[1].new == 1  # the rerun completes the update
        after = picture_rows(store)
    with Store(tmp_path / "full.db") as full:
        fill(full, docs, extractions)
        update(full, full=True)
        assert after == picture_rows(full)
