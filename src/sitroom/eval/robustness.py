"""``sitroom eval robustness``: the torture run.

Runs the shipped pipeline (ingest -> annotate -> extract -> link, the library functions
``sitroom run`` uses, into temporary stores) over every real news text of the shared
evaluation data and the seeds, and over mutations of them: headlines turned into
``Name: “quote…”`` and ``Name: quote``, unbalanced and nested quotation marks, lone
timestamps, tables, bylines and photo credits, very long lines, mixed scripts, control
characters, markup debris, truncation, empty and whitespace-only texts. It counts the texts,
the exceptions (with their stage and the frame they were raised in; none is expected), the
texts ingest refused with a message, records whose offsets do not point at their text, the
time and the peak memory.

The texts are read from the shared folder at run time and written only to a temporary
folder, never into the project. The material the mutations insert (bylines, credits,
scripts, control characters) is in ``sitroom/data/torture.json``.
"""

from __future__ import annotations

import json
import resource
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Document, Extraction
from .robustness_mutations import MUTATIONS, blank_texts, mutate, mutations  # noqa: F401
from .robustness_texts import (PACKAGE, Text, load_corpus, material,  # noqa: F401
                               report_texts, sample)

Progress = Callable[[str, int, int], None]
GROUP = 40  # texts per temporary store (the link stage runs once per store)

# ------------------------------------------------------------------ the run


@dataclass
class Failure:
    text: str  # text id (or a group of them for the link stage)
    stage: str  # ingest | annotate | extract.<component> | store | link[.<module>]
    type: str
    message: str
    frame: str  # sitroom file:line in function, where it was raised

    def as_dict(self) -> dict:
        return dict(vars(self))


def where(exc: BaseException, stage: str) -> tuple[str, str]:
    """(stage, frame) of an exception: the extract component or link module it came from,
    and the innermost frame in sitroom's code (else the innermost frame)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = []
    for f in frames:
        try:
            rel = Path(f.filename).resolve().relative_to(PACKAGE)
        except ValueError:
            continue
        ours.append((rel, f))
    if stage in ("extract", "link"):
        parts = [rel for rel, _ in ours if rel.parts[0] == stage
                 and rel.name not in ("__init__.py", "picture.py")]
        if parts:
            stage = f"{stage}.{parts[0].stem}"
    last = ours[-1][1] if ours else (frames[-1] if frames else None)
    if last is None:
        return stage, "?"
    rel = Path(last.filename)
    try:
        rel = Path(last.filename).resolve().relative_to(PACKAGE.parent)
    except ValueError:
        pass
    return stage, f"{rel}:{last.lineno} in {last.name}"


def _failure(text: str, stage: str, exc: BaseException) -> Failure:
    stage, frame = where(exc, stage)
    message = " ".join(str(exc).split())[:200]
    return Failure(text, stage, type(exc).__name__, message, frame)


def offset_errors(ex: Extraction, text: str) -> list[str]:
    """Records of ``ex`` whose offsets lie outside ``text`` or whose text is not
    ``text[start:end]`` (an event's trigger is a phrase that may skip words and a quote's
    content may join fragments, so only their bounds are checked; a quote's speaker and cue
    must be exact)."""
    bad = []
    n = len(text)
    for kind in ("actors", "places", "times", "events", "quotes", "claims"):
        for k, r in enumerate(getattr(ex, kind)):
            if not 0 <= r.start <= r.end <= n:
                bad.append(f"{kind}[{k}] offsets {r.start}:{r.end} outside 0:{n}")
                continue
            if kind not in ("quotes", "events") and r.text != text[r.start:r.end]:
                bad.append(f"{kind}[{k}] {r.text!r} != text[{r.start}:{r.end}]")
            if kind == "quotes":
                for a, b, s in ((r.speaker_start, r.speaker_end, r.speaker_text),
                                (r.cue_start, r.cue_end, r.cue)):
                    if a is not None and (b is None or not 0 <= a <= b <= n or s != text[a:b]):
                        bad.append(f"quotes[{k}] span {a}:{b} {s!r} is not its text")
    return bad


@dataclass
class Run:
    texts: int = 0
    analysed: int = 0
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (text id, message)
    offsets: list[tuple[str, str]] = field(default_factory=list)  # (text id, error)
    records: Counter = field(default_factory=Counter)
    seconds: Counter = field(default_factory=Counter)


def _write_group(texts: Sequence[Text], folder: Path) -> tuple[dict[str, Text], Path]:
    by_file: dict[str, Text] = {}
    meta = []
    for k, t in enumerate(texts):
        name = f"{k:03d}{t.suffix}"
        (folder / name).write_text(t.text, encoding="utf-8", newline="")
        by_file[name] = t
        entry = {"file": name}
        if t.published:
            entry["published"] = t.published
        meta.append(entry)
    path = folder / "meta.json"
    path.write_text(json.dumps(meta), encoding="utf-8")
    return by_file, path


def _ingest(store, folder: Path, by_file: dict[str, Text], meta: Path, run: Run) -> dict[str, Text]:
    """Ingest the group's files (the whole folder at once, as ``sitroom run`` does; file by
    file only when that raises, to find the file); gives document id -> text."""
    from ..pipeline import ingest

    try:
        summaries = [ingest(store, [folder], meta=meta)]
    except Exception:  # noqa: BLE001 - find the file that raised
        summaries = []
        for name, t in by_file.items():
            try:
                summaries.append(ingest(store, [folder / name], meta=meta))
            except Exception as exc:  # noqa: BLE001
                run.failures.append(_failure(t.id, "ingest", exc))
    for s in summaries:
        for f in s.failures:
            owner = by_file.get(Path(f.path).name)
            if owner is not None:
                run.refused.append((owner.id, f.message + (f"; {f.hint}" if f.hint else "")))
        run.duplicates += len(s.duplicates)
    return {d.id: by_file[Path(d.source or "").name] for d in store.documents()
            if Path(d.source or "").name in by_file}


def _annotate(docs: list[Document], text_of: dict[str, Text], run: Run) -> list:
    """Annotated documents (in one ``nlp.pipe`` batch; one by one only when that raises)."""
    from ..annotate import annotate, annotate_one

    try:
        return list(annotate(docs))
    except Exception:  # noqa: BLE001 - find the document that raised
        out = []
        for d in docs:
            try:
                out.append(annotate_one(d))
            except Exception as exc:  # noqa: BLE001
                run.failures.append(_failure(text_of[d.id].id, "annotate", exc))
        return out


def _group(texts: Sequence[Text], workdir: Path, version: str, run: Run) -> None:
    from ..extract import extract
    from ..pipeline import link
    from ..store import Store

    folder = workdir / "reports"
    folder.mkdir()
    by_file, meta = _write_group(texts, folder)
    with Store(workdir / "torture.db") as store:
        t0 = time.perf_counter()
        text_of = _ingest(store, folder, by_file, meta, run)
        docs = store.documents(store.pending(version))
        t1 = time.perf_counter()
        adocs = _annotate(docs, text_of, run)
        t2 = time.perf_counter()
        for adoc in adocs:
            tid = text_of[adoc.doc.id].id
            try:
                ex = extract(adoc)
            except Exception as exc:  # noqa: BLE001
                run.failures.append(_failure(tid, "extract", exc))
                continue
            run.analysed += 1
            run.offsets += [(tid, e) for e in offset_errors(ex, adoc.text)]
            for kind in ("actors", "places", "times", "events", "quotes", "claims"):
                run.records[kind] += len(getattr(ex, kind))
            try:
                store.put_extraction(ex, version, [(s.start_char, s.end_char, s.text)
                                                   for s in adoc.sents])
            except Exception as exc:  # noqa: BLE001
                run.failures.append(_failure(tid, "store", exc))
        t3 = time.perf_counter()
        try:
            link(store)
        except Exception as exc:  # noqa: BLE001
            ids = sorted({t.id for t in text_of.values()})
            run.failures.append(_failure(f"{ids[0]} .. {ids[-1]} ({len(ids)} texts)", "link", exc))
        t4 = time.perf_counter()
    run.seconds.update({"ingest": t1 - t0, "annotate": t2 - t1, "extract": t3 - t2,
                        "link": t4 - t3})


def torture(texts: Sequence[Text], group: int = GROUP, progress: Progress | None = None) -> dict:
    """Run the pipeline over ``texts`` in groups of ``group`` (one temporary store each) and
    give the figures: texts, exceptions (stage, type, frame), refusals, offset errors,
    records, seconds per stage, total seconds and peak memory (MB, this process)."""
    from ..pipeline import extraction_version

    version = extraction_version()
    run = Run(texts=len(texts))
    start = time.perf_counter()
    for k in range(0, len(texts), group):
        with tempfile.TemporaryDirectory(prefix="sitroom-torture-") as tmp:
            _group(texts[k:k + group], Path(tmp), version, run)
        if progress:
            progress("torture", min(k + group, len(texts)), len(texts))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kinds = Counter((f.stage, f.type, f.frame) for f in run.failures)
    return {
        "texts": run.texts,
        "real": sum(1 for t in texts if t.mutation is None),
        "mutated": sum(1 for t in texts if t.mutation is not None),
        "corpora": dict(sorted(Counter(t.corpus for t in texts if t.mutation is None).items())),
        "mutations": dict(sorted(Counter(t.mutation for t in texts if t.mutation).items())),
        "analysed": run.analysed,
        "refused": len(run.refused),
        "refusals": [{"text": t, "message": m} for t, m in run.refused],
        "duplicates": run.duplicates,
        "exceptions": len(run.failures),
        "failures": [f.as_dict() for f in run.failures],
        "exception_kinds": [{"stage": s, "type": ty, "frame": fr, "count": c}
                            for (s, ty, fr), c in kinds.most_common()],
        "offset_errors": len(run.offsets),
        "offset_examples": [{"text": t, "error": e} for t, e in run.offsets[:20]],
        "records": dict(sorted(run.records.items())),
        "stage_seconds": {k: round(v, 1) for k, v in run.seconds.items()},
        "seconds": round(seconds, 1),
        "peak_memory_mb": round(peak, 1),
    }


def evaluate(data: Path | None, sample_size: int | None = None, seeds: Path | None = None,
             reports: Sequence[Path] = (), mutate_texts: bool = True,
             progress: Progress | None = None) -> dict:
    """The torture run over the real texts under ``data`` (and ``seeds``, ``reports``), a
    sample of ``sample_size`` of them when given, and one mutation of each."""
    base = sample(load_corpus(data, seeds, reports), sample_size)
    texts = base + (mutations(base) if mutate_texts else [])
    result = torture(texts, progress=progress)
    result["sample"] = sample_size
    return result


def format_text(result: dict) -> str:
    """The figures as a few lines; each distinct exception once with its count and an example."""
    def counts(d: dict) -> str:
        return ", ".join(f"{k} {v:,}" for k, v in d.items())

    lines = [
        (f"texts          : {result['texts']:,} ({result['real']:,} real: "
         f"{counts(result['corpora'])}; {result['mutated']:,} mutated)"),
        (f"analysed       : {result['analysed']:,} (refused with a message: "
         f"{result['refused']:,}; already stored: {result['duplicates']:,})"),
        f"exceptions     : {result['exceptions']:,}",
    ]
    for k in result["exception_kinds"]:
        example = next(f for f in result["failures"] if (f["stage"], f["type"], f["frame"])
                       == (k["stage"], k["type"], k["frame"]))
        lines.append(f"  {k['count']:>5} x {k['stage']}: {k['type']} at {k['frame']}"
                     f" (e.g. {example['text']}: {example['message'][:80]})")
    lines.append(f"offset errors  : {result['offset_errors']:,}")
    lines += [f"  {e['text']}: {e['error'][:120]}" for e in result["offset_examples"][:5]]
    lines += [
        f"records        : {counts(result['records'])}",
        f"seconds        : {result['seconds']:,} ({counts(result['stage_seconds'])})",
        f"peak memory    : {result['peak_memory_mb']:,.0f} MB",
    ]
    return "\n".join(lines)
