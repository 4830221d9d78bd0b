"""Benchmark: the pipeline against bare spaCy on the same text, in one run, and the link stage.

Figures are words per second (whitespace-separated words of the input) and their ratio; the
ratio is what to quote, since machines are shared and noisy. The pipeline is annotate + extract
(what ``sitroom analyze`` does per document); the link stage (``pipeline.link``: reading all
extractions from the store, building the cross-document picture, storing it) is timed
separately and given as a share of the pipeline's time. Each extract component is timed by
wrapping its function from the outside. Peak memory is the process's peak resident set size.

The text is generated from the bundled example corpus: reports recombined from its paragraphs
and sentences, with names and numbers swapped, so no two reports are copies.
"""

from __future__ import annotations

import importlib
import random
import re
import resource
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from collections.abc import Callable, Iterator

from .model import Document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports"
# extract component -> (module, function), as called by sitroom.extract.extract
COMPONENTS = {
    "actors": ("sitroom.extract.actors", "extract_actors"),
    "places": ("sitroom.extract.places", "extract_places"),
    "times": ("sitroom.extract.times", "extract_times"),
    "quotes": ("sitroom.extract.quotes", "extract_quotes"),
    "claims": ("sitroom.extract.claims", "extract_claims"),
    "events": ("sitroom.extract.events", "extract_events"),
}
CHUNKS = 6  # bare spaCy and the pipeline alternate over this many parts of the text
TARGETS = {"ratio": 0.8, "times_share": 0.10, "link_share": 0.20}
FIRST = ("Anna", "Marko", "Lena", "Jonas", "Sara", "Omar", "Irina", "Pavel", "Nadia", "Tomas",
         "Elif", "Viktor", "Maya", "Goran", "Ilse", "Rafael")
LAST = ("Keller", "Petrovic", "Ortiz", "Berg", "Haddad", "Novak", "Lindqvist", "Moreau",
        "Kowalski", "Dimitrov", "Santos", "Varga", "Okafor", "Brandt", "Ionescu", "Hale")
OUTLETS = ("Harbour Gazette", "Northern Ledger", "Valley Wire", "Evening Courier",
           "Coastal Times", "Metro Bulletin", "Frontier Post", "Capital Review")
NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]{2,}\b")
NUMBER = re.compile(r"(?<![:\d])\b(?!(?:19|20)\d\d\b)\d+\b(?!:)")  # not years, not clock times
SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def _paragraphs(source: Path | None = None) -> list[list[str]]:
    """The example corpus (or ``source``) as paragraphs, each a list of sentences."""
    from .ingest import IngestFailure, read_paths

    src = source or EXAMPLES
    texts = [d.text for d in read_paths([src]) if not isinstance(d, IngestFailure)] \
        if src.exists() else []
    if not texts:
        texts = [_fallback(i) for i in range(20)]
    paras = []
    for t in texts:
        for p in re.split(r"\n\s*\n", t):
            sents = [s.strip() for s in SENTENCE_END.split(" ".join(p.split())) if s.strip()]
            if sents and len(" ".join(sents).split()) >= 6:
                paras.append(sents)
    return paras


def _fallback(i: int) -> str:
    """A short made-up report, used when the example corpus is not installed."""
    people = [f"{FIRST[k]} {LAST[k]}" for k in range(5)]
    cities = ["Lyon", "Gdansk", "Porto", "Tbilisi", "Izmir"]
    p, q, c = people[i % 5], people[(i + 2) % 5], cities[i % 5]
    return (f"{p}, the regional governor, said on Monday that troops had seized the airport in {c}. "
            f"“We will not give up,” {q} told reporters.\n\nPolice reportedly arrested dozens of "
            f"protesters yesterday, and officials denied that the army fired on the crowd. "
            f"Talks brokered by the mayor of {c} are expected next week.")


def _vary(text: str, rng: random.Random, names: dict[str, str]) -> str:
    """``text`` with some two-word names swapped (consistently, through ``names``) and every
    number other than a year replaced by another of the same length."""
    def name(m: re.Match) -> str:
        if m.group(0) not in names:
            keep = rng.random() < 0.5
            names[m.group(0)] = m.group(0) if keep else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        return names[m.group(0)]

    def number(m: re.Match) -> str:
        n = len(m.group(0))
        return str(rng.randint(10 ** (n - 1) if n > 1 else 1, 10 ** n - 1))

    return NUMBER.sub(number, NAME.sub(name, text))


def generate_reports(n: int | None = None, words: int | None = None, seed: int = 0,
                     source: Path | None = None) -> list[Document]:
    """``n`` reports (or as many as reach ``words`` words) recombined from the paragraphs and
    sentences of the example corpus, names and numbers varied; outlets and dates vary too."""
    if n is None and words is None:
        raise ValueError("give n or words")
    rng = random.Random(seed)
    paras = _paragraphs(source)
    docs: list[Document] = []
    total = 0
    while (n is not None and len(docs) < n) or (n is None and total < (words or 0)):
        names: dict[str, str] = {}
        chosen = rng.sample(paras, min(len(paras), rng.randint(3, 6)))
        body = "\n\n".join(" ".join(rng.sample(p, rng.randint(1, len(p))) if len(p) > 3 else p)
                           for p in chosen)
        text = _vary(body, rng, names)
        i = len(docs)
        docs.append(Document(id=f"bench-{i:05d}", text=text, outlet=OUTLETS[i % len(OUTLETS)],
                             published=f"2026-03-{10 + i % 7:02d}T{i % 24:02d}:00:00+00:00",
                             content_hash=f"bench-{seed}-{i}"))
        total += len(text.split())
    return docs


def write_jsonl(path: str | Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` generated reports as JSON Lines (text, title, outlet, published) that
    ``sitroom ingest`` reads, e.g. to time ``sitroom analyze`` (docs/scale.md). Gives the path."""
    import json

    path = Path(path)
    lines = [json.dumps({"text": d.text, "title": d.text.split(".")[0][:80], "outlet": d.outlet,
                         "published": d.published}, ensure_ascii=False)
             for d in generate_reports(n=n, seed=seed)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def corpus_texts(words: int, source: Path | None = None) -> list[str]:
    """Report texts totalling about ``words`` words (see :func:`generate_reports`)."""
    return [d.text for d in generate_reports(words=words, source=source)]


@contextmanager
def timed_components() -> Iterator[dict[str, float]]:
    """While active, every extract component function accumulates its seconds in the yielded
    dict (keyed by component name); the original functions are restored on exit."""
    seconds = {name: 0.0 for name in COMPONENTS}
    saved: list[tuple[object, str, Callable]] = []

    def timed(name: str, fn: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds[name] += time.perf_counter() - t0
        return wrapper

    try:
        for name, (module, attr) in COMPONENTS.items():
            mod = importlib.import_module(module)
            saved.append((mod, attr, getattr(mod, attr)))
            setattr(mod, attr, timed(name, getattr(mod, attr)))
        yield seconds
    finally:
        for owner, attr, fn in saved:
            setattr(owner, attr, fn)


def _chunks(docs: list[Document], n: int) -> list[list[Document]]:
    """``docs`` cut into at most ``n`` consecutive chunks of nearly equal size."""
    size = max(1, -(-len(docs) // n))
    return [docs[i:i + size] for i in range(0, len(docs), size)]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _time_link(docs: list[Document], extractions: list) -> float:
    """Seconds of ``pipeline.link`` over a temporary store holding ``docs`` and their
    ``extractions`` (storing them is not timed)."""
    from .pipeline import extraction_version, link
    from .store import Store

    version = extraction_version()
    with tempfile.TemporaryDirectory(prefix="sitroom-bench-") as tmp:
        with Store(Path(tmp) / "bench.db") as store:
            for d, ex in zip(docs, extractions):
                store.add_document(d)
                store.put_extraction(ex, version, [])
            t0 = time.perf_counter()
            link(store)
            return time.perf_counter() - t0


def run_bench(words: int = 20000, reports: int | None = None, source: Path | None = None
              ) -> dict:
    """Time bare spaCy, the pipeline (with its extract components) and the link stage on
    generated reports: ``reports`` of them, or about ``words`` words. Bare spaCy and the
    pipeline take turns over parts of the text. Gives the figures as a dict (see
    :func:`format_text`)."""
    from .annotate import bare_pipe, load
    from .pipeline import process_documents

    docs = generate_reports(n=reports, words=None if reports else words, source=source)
    n_words = sum(len(d.text.split()) for d in docs)
    load()  # model load, lazy imports and data files are part of neither timing
    bare_pipe([d.text for d in docs[:2]])
    process_documents(docs[:2])

    bare = pipeline = 0.0
    extractions: list = []
    with timed_components() as parts:
        for k, chunk in enumerate(_chunks(docs, CHUNKS)):
            # alternate which goes first, so a change in the machine's load hits both alike
            for step in ("bare", "pipeline") if k % 2 == 0 else ("pipeline", "bare"):
                t0 = time.perf_counter()
                if step == "bare":
                    bare_pipe([d.text for d in chunk])
                    bare += time.perf_counter() - t0
                else:
                    extractions += process_documents(chunk)
                    pipeline += time.perf_counter() - t0
    t_link = _time_link(docs, extractions)
    extract = sum(parts.values())
    return {
        "words": n_words,
        "documents": len(docs),
        "bare_spacy_wps": round(n_words / bare, 1),
        "pipeline_wps": round(n_words / pipeline, 1),
        "ratio": round(bare / pipeline, 3),
        "seconds": {"bare_spacy": round(bare, 3), "pipeline": round(pipeline, 3),
                    "annotate": round(pipeline - extract, 3), "extract": round(extract, 3),
                    "link": round(t_link, 3)},
        "extract_components": {k: round(v, 3) for k, v in parts.items()},
        "component_share": {k: round(v / pipeline, 3) for k, v in parts.items()},
        "extract_share": round(extract / pipeline, 3),
        "link_share": round(t_link / pipeline, 3),
        "targets": TARGETS,
        "peak_rss_mb": round(_rss_mb(), 1),
    }


def _check(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


def format_text(r: dict) -> str:
    """A human summary of a :func:`run_bench` result, each target marked ok or not."""
    s, share, t = r["seconds"], r["component_share"], r["targets"]
    parts = ", ".join(f"{k} {v:.1%}" for k, v in sorted(share.items(), key=lambda kv: -kv[1]))
    return "\n".join([
        f"text: {r['words']} words in {r['documents']} generated reports",
        f"bare spaCy nlp.pipe : {r['bare_spacy_wps']:>9.1f} words/s ({s['bare_spacy']:.2f}s)",
        f"sitroom pipeline    : {r['pipeline_wps']:>9.1f} words/s ({s['pipeline']:.2f}s: "
        f"annotate {s['annotate']:.2f}s, extract {s['extract']:.2f}s)",
        f"ratio pipeline/bare : {r['ratio']:.3f}   (target >= {t['ratio']}: "
        f"{_check(r['ratio'] >= t['ratio'])})",
        f"extract components  : {parts} of pipeline time",
        f"time normaliser     : {share['times']:.1%} of pipeline time   (target <= "
        f"{t['times_share']:.0%}: {_check(share['times'] <= t['times_share'])})",
        f"link stage          : {s['link']:.2f}s = {r['link_share']:.1%} of pipeline time   "
        f"(target <= {t['link_share']:.0%} on 1,000 reports: "
        f"{_check(r['link_share'] <= t['link_share'])})",
        f"peak memory (RSS)   : {r['peak_rss_mb']:.0f} MB",
    ])
