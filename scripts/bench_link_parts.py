"""The reads a warm addition makes, each alone: what a link of a store reads from the store
against the same read from what the process's last link kept (``link/warm.py``,
``link/picture_events._KEPT``), and a profile of one warm addition (docs/scale.md, "Round 21:
the live room's additions").

Usage (CORPUS and DB as ``scripts/bench_link_add.py corpus`` / ``base`` make them):
  PYTHONPATH=src python scripts/bench_link_parts.py alone N CORPUS DB [REPEAT]
      # reports N and N + 1 added to a copy of DB in this process (the second through the
      # kept state), then, with the collector off, the min CPU s of REPEAT (default 5) runs
      # of each read: the part memo's fetch of the keys the second link fetched (store ->
      # kept), the picture's rows as put_picture reads them (store -> kept copy), the block
      # cache (store -> kept) and ``_Prepared`` with the second link's inputs (afresh -> kept)
  PYTHONPATH=src python scripts/bench_link_parts.py profile N CORPUS DB [TOP]
      # report N added (as the first addition of a live process), then report N + 1 added
      # under cProfile: the profile's total seconds, the seconds of json.loads and _Prepared
      # in it, and its TOP (default 25) functions by own time

Each prints one JSON object.
"""

from __future__ import annotations

import cProfile
import gc
import io
import json
import os
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sitroom.bench_link import load_corpus
from sitroom.link import blockcache, incremental, warm
from sitroom.link import picture_events as pe
from sitroom.pipeline import extraction_version
from sitroom.store import Store


def _add(path: Path, doc: Any, ex: Any) -> None:
    """One addition on a new connection, as the watch loop's analysis makes it."""
    with Store(path) as store:
        store.add_document(doc)
        store.put_extraction(ex, extraction_version(), [])
        incremental.update(store)


def _min_cpu(f: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    gc.disable()
    try:
        for _ in range(repeat):
            c = time.process_time()
            f()
            best = min(best, time.process_time() - c)
    finally:
        gc.enable()
    return round(best, 3)


def _stored_rows(store: Store) -> dict[str, dict[str, tuple[int, Any]]]:
    """The picture's rows as ``put_picture`` reads them when it cannot use kept ones."""
    cur = store.conn.cursor()
    cur.row_factory = None
    kinds = [k for (k,) in cur.execute("SELECT DISTINCT kind FROM picture")]
    return {kind: {rid: (pos, h) for rid, pos, h in cur.execute(
        "SELECT id, pos, hash FROM picture WHERE kind=?", (kind,))} for kind in kinds}


def alone(n: int, corpus: Path, db: Path, repeat: int = 5) -> dict:
    docs, extractions = load_corpus(corpus)
    fetched: list[list[str]] = []  # the chunks of keys the second link fetched
    inputs: list[tuple] = []
    real_fetch, real_init = blockcache.Memo._fetch, pe._Prepared.__init__

    def fetch(self: Any, keys: list[str]) -> dict[str, str]:
        todo = [k for k in dict.fromkeys(keys) if k not in self.used]
        fetched.extend(todo[i:i + blockcache.FETCH_CHUNK]
                       for i in range(0, len(todo), blockcache.FETCH_CHUNK))
        return real_fetch(self, keys)

    def init(self: Any, *args: Any) -> None:
        inputs.append(args)
        real_init(self, *args)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "parts.db"
        shutil.copy(db, path)
        _add(path, docs[n], extractions[n])  # the first addition: the kept state set
        blockcache.Memo._fetch = fetch  # type: ignore[method-assign]
        pe._Prepared.__init__ = init  # type: ignore[method-assign, assignment]
        try:
            _add(path, docs[n + 1], extractions[n + 1])  # the second: through the kept state
        finally:
            blockcache.Memo._fetch = real_fetch  # type: ignore[method-assign]
            pe._Prepared.__init__ = real_init  # type: ignore[method-assign]
        kept_prepared = dict(pe._KEPT)
        with Store(path) as store:
            kept = warm.kept_for(store, incremental.link_version())
            assert kept is not None and kept.rows is not None, "nothing kept: see link/warm.py"
            rows = kept.rows

            def prepared(keep: dict) -> Callable[[], Any]:
                def run() -> Any:
                    pe._KEPT = dict(keep)
                    return pe._Prepared(*inputs[-1])
                return run

            out = {
                "store_reports": n,
                "memo_keys_fetched": sum(len(c) for c in fetched),
                "memo_fetch_cpu": [_min_cpu(lambda: [store.link_memo(c) for c in fetched], repeat),
                                   _min_cpu(lambda: [kept.fetch(c) for c in fetched], repeat)],
                "picture_rows": sum(len(r) for r in rows.values()),
                "rows_cpu": [_min_cpu(lambda: _stored_rows(store), repeat),
                             _min_cpu(lambda: {k: dict(r) for k, r in rows.items()}, repeat)],
                "blocks": len(kept.blocks),
                "blocks_cpu": [_min_cpu(lambda: {k: blockcache.loads(v) for k, v in
                                                 store.link_blocks().items()}, repeat),
                               _min_cpu(lambda: kept.blocks, repeat)],
                "mentions": len(pe._Prepared(*inputs[-1]).mentions),
                "prepared_cpu": [_min_cpu(prepared({}), repeat),
                                 _min_cpu(prepared(kept_prepared), repeat)],
                "repeat": repeat, "load_average": [round(x, 2) for x in os.getloadavg()],
            }
        pe._KEPT = kept_prepared
    return out


def profile(n: int, corpus: Path, db: Path, top: int = 25) -> dict:
    docs, extractions = load_corpus(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "parts.db"
        shutil.copy(db, path)
        _add(path, docs[n], extractions[n])
        prof = cProfile.Profile()
        prof.enable()
        _add(path, docs[n + 1], extractions[n + 1])
        prof.disable()
    stats = pstats.Stats(prof)
    raw: dict = stats.stats  # type: ignore[attr-defined]

    def seconds(file_end: str, name: str) -> float:
        """Cumulative seconds of the functions ``name`` of files ending in ``file_end``."""
        return round(sum(v[3] for (f, _, fn), v in raw.items()
                         if fn == name and f.endswith(file_end)), 3)

    text = io.StringIO()
    pstats.Stats(prof, stream=text).sort_stats("tottime").print_stats(top)
    return {"store_reports": n,
            "profile_total_s": round(stats.total_tt, 3),  # type: ignore[attr-defined]
            "json_loads_s": seconds(os.path.join("json", "__init__.py"), "loads"),
            "prepared_s": seconds("picture_events.py", "__init__"),
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "top_by_own_time": text.getvalue().splitlines()}


def main() -> None:
    what, n, corpus, db = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
    extra = int(sys.argv[5]) if len(sys.argv) > 5 else None
    if what == "alone":
        print(json.dumps(alone(n, corpus, db, extra or 5)))
    elif what == "profile":
        print(json.dumps(profile(n, corpus, db, extra or 25), indent=1))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
