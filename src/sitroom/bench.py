"""Benchmark: the full pipeline against bare spaCy on the same text, in one run.

Figures are words per second (whitespace-separated words of the input) and their ratio; the
ratio is what to quote, since machines are shared and noisy. Peak memory is the process's peak
resident set size.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

from .model import Document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports"


def corpus_texts(words: int, source: Path | None = None) -> list[str]:
    """Report texts totalling about ``words`` words: the example corpus, repeated with
    numbered variations so documents stay distinct."""
    from .ingest import IngestFailure, read_paths

    base: list[str] = []
    src = source or EXAMPLES
    if src.exists():
        base = [d.text for d in read_paths([src]) if not isinstance(d, IngestFailure)]
    if not base:
        base = [_generated(i) for i in range(20)]
    out, n, i = [], 0, 0
    while n < words:
        t = base[i % len(base)]
        if i >= len(base):
            t = f"Report {i}. " + t
        out.append(t)
        n += len(t.split())
        i += 1
    return out


def _generated(i: int) -> str:
    people = ["Anna Keller", "Marko Petrovic", "Lena Ortiz", "Jonas Berg", "Sara Haddad"]
    cities = ["Lyon", "Gdansk", "Porto", "Tbilisi", "Izmir"]
    p, q, c = people[i % 5], people[(i + 2) % 5], cities[i % 5]
    return (f"{p}, the regional governor, said on Monday that troops had seized the airport in {c}. "
            f"“We will not give up,” {q} told reporters. Police reportedly arrested dozens of "
            f"protesters yesterday, and officials denied that the army fired on the crowd. "
            f"Talks brokered by the mayor of {c} are expected next week.")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(words: int = 20000, source: Path | None = None) -> dict:
    from .annotate import annotate, bare_pipe, load
    from .extract import extract
    from .ingest import document_id
    from .link.picture import build_picture

    texts = corpus_texts(words, source)
    n_words = sum(len(t.split()) for t in texts)
    load()  # model load is not part of either timing
    bare_pipe(texts[:2])

    t0 = time.perf_counter()
    bare_pipe(texts)
    bare = time.perf_counter() - t0

    docs = [Document(id=document_id(t) + f"-{i}", text=t, published="2024-01-01")
            for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    adocs = list(annotate(docs))
    t_annotate = time.perf_counter() - t0
    t0 = time.perf_counter()
    extractions = [extract(a) for a in adocs]
    t_extract = time.perf_counter() - t0
    t0 = time.perf_counter()
    build_picture([{"id": d.id, "published": d.published, "copy_of": None} for d in docs],
                  extractions, {d.id: d.text for d in docs})
    t_link = time.perf_counter() - t0
    full = t_annotate + t_extract + t_link
    return {
        "words": n_words,
        "documents": len(texts),
        "bare_spacy_wps": round(n_words / bare, 1),
        "pipeline_wps": round(n_words / full, 1),
        "ratio": round(bare / full, 3),
        "seconds": {"bare_spacy": round(bare, 3), "annotate": round(t_annotate, 3),
                    "extract": round(t_extract, 3), "link": round(t_link, 3)},
        "extract_share": round(t_extract / full, 3),
        "link_share": round(t_link / full, 3),
        "peak_rss_mb": round(_rss_mb(), 1),
    }


def format_text(r: dict) -> str:
    s = r["seconds"]
    return "\n".join([
        f"text: {r['words']} words in {r['documents']} documents",
        f"bare spaCy nlp.pipe : {r['bare_spacy_wps']:>9.1f} words/s",
        f"sitroom pipeline    : {r['pipeline_wps']:>9.1f} words/s "
        f"(annotate {s['annotate']:.2f}s, extract {s['extract']:.2f}s, link {s['link']:.2f}s)",
        f"ratio pipeline/bare : {r['ratio']:.3f}",
        f"peak memory (RSS)   : {r['peak_rss_mb']:.0f} MB",
    ])
