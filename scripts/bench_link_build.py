"""The build of the picture (``build_picture``, the link stage without reading and writing
the store) at N reports, part by part in CPU seconds, with the peak resident memory, in this
process (run one size per process). Past the pickled corpus the reports are replicated under
new ids (:func:`sitroom.bench_link.load_corpus`), so 10,000 or 20,000 linked reports cost the
annotation of 5,000 (docs/scale.md, "Round 8").

Usage:
  PYTHONPATH=src python scripts/bench_link_add.py corpus 5000 PICKLE   # annotate once
  PYTHONPATH=src python scripts/bench_link_build.py N PICKLE [PROFILE]  # PROFILE: cProfile out
"""

from __future__ import annotations

import cProfile
import hashlib
import json
import os
import sys
import time
from pathlib import Path

from sitroom.bench_link import load_corpus, peak_rss_mb, timed

PARTS = {
    "sitroom.link.picture": ("resolve_actors", "assign_stories", "_places", "_events",
                             "_relate_events_memo", "_relate_claims", "_overtaken",
                             "build_framing", "_claims", "_quotes", "_timeline"),
    "sitroom.link.picture_events": ("cluster_events", "_merge_across", "_refine",
                                    "_attach_denials", "_linked", "_blocks"),
    "sitroom.link.disputes": ("statement_links",),
}


def main() -> None:
    import importlib

    from sitroom.link import incremental

    n, corpus = int(sys.argv[1]), Path(sys.argv[2])
    docs, extractions = load_corpus(corpus, n)
    parts: dict[str, float] = {}
    for module, names in PARTS.items():
        for name in names:
            timed(importlib.import_module(module), name, parts)
    picture = importlib.import_module("sitroom.link.picture")
    rows = [{"id": d.id, "outlet": d.outlet, "published": d.published, "copy_of": None,
             "language": d.language, "title": d.title} for d in docs]
    texts = {d.id: d.text for d in docs}
    before = peak_rss_mb()
    profile = cProfile.Profile() if len(sys.argv) > 3 else None
    # the collector quieted as in a relink; no block cache or part memo (every block and part
    # computed, as in a full relink, without keeping the memo's values)
    with incremental._quiet_collector():
        incremental._freeze()
        t, c = time.perf_counter(), time.process_time()
        if profile:
            profile.enable()
        built = picture.build_picture(rows, extractions, texts, {})
        if profile:
            profile.disable()
            profile.dump_stats(sys.argv[3])
        wall, cpu = time.perf_counter() - t, time.process_time() - c
    built_peak = peak_rss_mb()  # before the digest serialises the whole picture at once
    digest = hashlib.sha256(json.dumps(built, sort_keys=True, ensure_ascii=False)
                            .encode()).hexdigest()[:16]
    print(json.dumps({"reports": n, "wall": round(wall, 2), "cpu": round(cpu, 2),
                      "peak_rss_mb_before_build": before, "peak_rss_mb": built_peak,
                      "peak_rss_mb_with_digest": peak_rss_mb(),
                      "load_average": round(os.getloadavg()[0], 2), "digest": digest,
                      "events": len(built["events"]),
                      "parts_cpu": {p: round(s, 2) for p, s in
                                    sorted(parts.items(), key=lambda x: -x[1])}}))


if __name__ == "__main__":
    main()
