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
import random
import re
import resource
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..model import Document, Extraction

Progress = Callable[[str, int, int], None]
GROUP = 40  # texts per temporary store (the link stage runs once per store)
PACKAGE = Path(__file__).resolve().parents[1]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Text:
    """One text of the run: ``id`` is ``corpus/name`` (``~kind`` for a mutation)."""

    id: str
    corpus: str
    text: str
    published: str | None = None
    headline: str | None = None
    suffix: str = ".txt"
    mutation: str | None = None


@lru_cache(maxsize=1)
def material() -> dict:
    """The mutation material (``sitroom/data/torture.json``), loaded once."""
    raw = resources.files("sitroom.data").joinpath("torture.json").read_text(encoding="utf-8")
    return json.loads(raw)


# ------------------------------------------------------------------ the real texts


def _date(value: str | None) -> str | None:
    if value and _DATE.match(value[:10]) and value[:10] != "0000-00-00":
        return value[:10]
    return None


def cat_text(path: Path) -> str:
    """The text of a token-annotated CAT/ECB+ XML file: tokens joined by spaces, one sentence
    per line, the first (a title or a URL) as a paragraph of its own."""
    root = ET.parse(path).getroot()
    sents: dict[str, list[str]] = {}
    for t in root.iter("token"):
        sents.setdefault(t.get("sentence", "0"), []).append(t.text or "")
    lines = [" ".join(w for w in words if w) for words in sents.values()]
    if len(lines) > 1:
        return lines[0] + "\n\n" + "\n".join(lines[1:])
    return "\n".join(lines)


def _polnear(root: Path) -> list[Text]:
    return [Text(f"polnear/{p.parent.parent.name}/{p.stem}", "polnear",
                 p.read_text(encoding="utf-8"))
            for p in sorted((root / "quotes-polnear").rglob("text/*.txt"))]


def _fnc1(root: Path) -> list[Text]:
    from ..training.stance import read_fnc

    folder = root / "stance-fnc1"
    pairs, bodies = read_fnc(folder / "stances.csv", folder / "bodies.csv")
    headline: dict[str, str] = {}
    for p in pairs:
        headline.setdefault(p.body_id, p.headline)
    return [Text(f"fnc1/{bid}", "fnc1", body, headline=headline.get(bid))
            for bid, body in sorted(bodies.items(), key=lambda kv: int(kv[0]))]


def _ecbplus(root: Path) -> list[Text]:
    return [Text(f"ecbplus/{p.stem}", "ecbplus", cat_text(p))
            for p in sorted((root / "coref-ecbplus" / "ECB+").rglob("*.xml"))]


def _lgl(root: Path) -> list[Text]:
    from .geo import load

    return [Text(f"lgl/{k}-{a.docid}", "lgl", a.text)
            for k, a in enumerate(load(root / "geo-lgl"))]


def _tbaq(root: Path) -> list[Text]:
    from .time import read_tml

    out = []
    for p in sorted((root / "time-tempeval3").rglob("*.tml")):
        doc = read_tml(p)
        out.append(Text(f"tbaq/{doc.name}", "tbaq", doc.text.strip(), published=_date(doc.dct)))
    return out


def _meantime(root: Path) -> list[Text]:
    base = root / "factuality-meantime" / "intra-doc_annotation"
    return [Text(f"meantime/{p.stem}", "meantime", cat_text(p)) for p in sorted(base.rglob("*.xml"))]


def _plover(root: Path) -> list[Text]:
    from .events import load

    return [Text(f"plover/{g.id}", "plover", g.text)
            for g in load(root / "events-plover" / "PLOVER_GSR_dev.json")]


# corpus name -> (folder under the eval data, reader); the SemEval-2015 timeline corpus is
# left out (the same Wikinews articles as MEANTIME), and so are the UW factuality sentences
# (single sentences of TimeBank and other corpora, not whole reports)
CORPORA: dict[str, tuple[str, Callable[[Path], list[Text]]]] = {
    "polnear": ("quotes-polnear", _polnear),
    "fnc1": ("stance-fnc1", _fnc1),
    "ecbplus": ("coref-ecbplus", _ecbplus),
    "lgl": ("geo-lgl", _lgl),
    "tbaq": ("time-tempeval3", _tbaq),
    "meantime": ("factuality-meantime", _meantime),
    "plover": ("events-plover", _plover),
}


def report_texts(paths: Sequence[Path], corpus: str, meta: Path | None = None) -> list[Text]:
    """The texts of report files or folders as the shipped ingest reads them (any format)."""
    from ..ingest import IngestFailure, read_paths

    out: list[Text] = []
    for item in read_paths(list(paths), meta=meta):
        if isinstance(item, IngestFailure):
            continue
        name = Path((item.source or item.id).split("#")[0]).name
        out.append(Text(f"{corpus}/{name}#{len(out)}", corpus, item.text,
                        published=_date(item.published), headline=item.title))
    return out


def load_corpus(data: Path | None, seeds: Path | None = None,
                reports: Sequence[Path] = ()) -> list[Text]:
    """Every real text: the eval corpora found under ``data``, the seeds (a folder with its
    ``meta.json``) and any report files or folders; exact repeats dropped."""
    texts: list[Text] = []
    if data is not None:
        data = Path(data)
        if not data.is_dir():
            raise InputError(str(data), "no such folder", "give the shared eval folder with --data")
        found = [read(data) for folder, read in CORPORA.values() if (data / folder).exists()]
        if not found:
            raise InputError(str(data), "none of the eval corpora is here ("
                             + ", ".join(f for f, _ in CORPORA.values()) + ")",
                             "give the shared eval folder, e.g. --data ../shared/eval")
        texts += [t for group in found for t in group]
    if seeds is not None and Path(seeds).is_dir():
        meta = Path(seeds) / "meta.json"
        texts += report_texts([Path(seeds)], "seeds", meta if meta.is_file() else None)
    if reports:
        texts += report_texts(list(reports), "reports")
    seen: set[str] = set()
    out = []
    for t in texts:
        key = " ".join(t.text.split())
        if key and key not in seen:
            seen.add(key)
            out.append(t)
    return out


def sample(texts: Sequence[Text], n: int | None) -> list[Text]:
    """``n`` texts spread over the corpora (round robin, each corpus in its own order);
    all of them when ``n`` is None."""
    if n is None or n >= len(texts):
        return list(texts)
    by: dict[str, list[Text]] = {}
    for t in texts:
        by.setdefault(t.corpus, []).append(t)
    queues = [iter(v[:: max(1, len(v) // n)] + v) for v in by.values()]
    out: list[Text] = []
    seen: set[str] = set()
    while len(out) < n and queues:
        for q in list(queues):
            nxt = next(q, None)
            if nxt is None:
                queues.remove(q)
            elif nxt.id not in seen and len(out) < n:
                seen.add(nxt.id)
                out.append(nxt)
    return out


# ------------------------------------------------------------------ mutations


_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")
_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")


def _rng(t: Text, kind: str) -> random.Random:
    return random.Random(zlib.crc32(f"{t.id}~{kind}".encode()))


def _paragraphs(text: str) -> list[str]:
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paras) <= 1:
        paras = [s.strip() for s in _SENT_END.split(text) if s.strip()]
    return paras or [text]


def _name(text: str, rng: random.Random) -> str:
    names = _NAME.findall(text[:5000])
    return rng.choice(names) if names else rng.choice(material()["names"])


def _words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def _headline(t: Text) -> str:
    if t.headline and t.headline.strip():
        return t.headline.strip()
    first = _paragraphs(t.text)[0]
    return _words(first, 14)


def _clock(k: int) -> str:
    return f"{(5 + k // 4) % 24:02d}:{(37 + 11 * k) % 60:02d}"


def _name_curly_quote(t: Text, rng: random.Random) -> str:
    name = _name(t.text, rng)
    ell = rng.choice(["…", "...", ""])
    close = rng.choice(["”", "”", ""])
    out = [f"{name}: “{_headline(t)}{ell}{close}", ""]
    for k, para in enumerate(_paragraphs(t.text)):
        if k % 2 == 0:
            out += [f"UPDATE {_clock(k)} CET: {_name(para, rng)}: “{_words(para, 10)}…”", ""]
        out += [para, ""]
    return "\n".join(out)


def _name_plain_quote(t: Text, rng: random.Random) -> str:
    name = _name(t.text, rng)
    out = [f"{name}: {_headline(t)}", ""]
    for k, para in enumerate(_paragraphs(t.text)):
        if k % 2 == 1:
            out += [f"UPDATE {_clock(k)} BST: {_name(para, rng)}: {_words(para, 12)}", ""]
        out += [(f"{name}: " + para) if k % 3 == 2 else para, ""]
    return "\n".join(out)


def _unbalanced_quotes(t: Text, rng: random.Random) -> str:
    opens, closes = "“\"«„‘'", "”\"»’"
    chars = list(t.text)
    for k in range(len(chars)):
        if chars[k] in closes and rng.random() < 0.5:
            chars[k] = ""
    words = "".join(chars).split(" ")
    for _ in range(max(2, len(words) // 25)):
        k = rng.randrange(len(words))
        words[k] = rng.choice(opens) + words[k]
    return " ".join(words) + " " + rng.choice(opens) + _words(t.text, 6)


def _nested_quotes(t: Text, rng: random.Random) -> str:
    pairs = material()["quote_pairs"]
    paras = _paragraphs(t.text)
    out = []
    for k, para in enumerate(paras):
        if k % 2 == 0:
            (a1, z1), (a2, z2), (a3, z3) = rng.sample(pairs, 3)
            sents = _SENT_END.split(para)
            inner = f"{a3}{_words(sents[-1], 5)}{z3}"
            para = (f"{a1}{_name(para, rng)} said: {a2}{sents[0]} {inner}{z2}, "
                    f"and {a1}{a1}no{z1}{z1} to {a2}them{z2}.{z1} " + " ".join(sents[1:]))
        out.append(para)
    return "\n\n".join(out)


def _lone_timestamps(t: Text, rng: random.Random) -> str:
    stamps = material()["timestamps"]
    out = [rng.choice(stamps)]
    for para in _paragraphs(t.text):
        out += [para, rng.choice(stamps)]
    return "\n\n".join(out)


def _tables(t: Text, rng: random.Random) -> str:
    words = [w.strip(".,;:") for w in t.text.split()][:40] or ["a", "b", "c"]
    nums = re.findall(r"\d[\d,.]*", t.text)[:6] or ["1", "2,000", "3.5"]
    cells = [rng.choice(words) for _ in range(9)]
    md = ("| " + " | ".join(cells[:3]) + " |\n|---|:--:|---:|\n| " + " | ".join(cells[3:6])
          + " |\n| " + nums[0] + " | | " + " | ".join(nums[1:3]) + " |\n| “quoted | cell” |")
    ascii_ = ("+--------+--------+\n| " + cells[6] + " | " + cells[7] + " |\n+========+========+\n| "
              + " | ".join(nums[:2]) + " |\n+--------+--------+")
    tsv = "\n".join("\t".join(cells[i:i + 3]) for i in (0, 3, 6))
    paras = _paragraphs(t.text)
    mid = len(paras) // 2
    return "\n\n".join(paras[:mid] + [md, ascii_, tsv] + paras[mid:] + [md])


def _fill(line: str, text: str, rng: random.Random) -> str:
    name, name2 = _name(text, rng), rng.choice(material()["names"])
    return (line.replace("{NAME}", name).replace("{NAME2}", name2)
            .replace("{UPPER}", name.upper()).replace("{HANDLE}", name.replace(" ", "_")))


def _bylines_credits(t: Text, rng: random.Random) -> str:
    m = material()
    out = [_fill(rng.choice(m["bylines"]), t.text, rng), _fill(rng.choice(m["credits"]), t.text, rng)]
    for para in _paragraphs(t.text):
        out.append(para)
        if rng.random() < 0.4:
            out.append(_fill(rng.choice(m["credits"]), t.text, rng))
    out += [_fill(c, t.text, rng) for c in rng.sample(m["credits"], 3)]
    return "\n\n".join(out)


def _long_lines(t: Text, rng: random.Random) -> str:
    one = " ".join(t.text.split())
    words = one.split() or ["word"]
    run_on = ", ".join(" ".join(rng.choice(words) for _ in range(6)) for _ in range(250))
    token = "https://example.org/" + "".join(rng.choice("abcdefghij0123456789/-_%")
                                             for _ in range(4000))
    return f"{one} {run_on} {token} {one}"


def _mixed_scripts(t: Text, rng: random.Random) -> str:
    m = material()
    out = []
    for para in _paragraphs(t.text):
        words = para.split(" ")
        for _ in range(max(1, len(words) // 30)):
            k = rng.randrange(len(words))
            words[k] = words[k] + " " + rng.choice(m["script_words"])
        out.append(" ".join(words) + " " + rng.choice(m["scripts"]))
    return "\n\n".join([rng.choice(m["scripts"])] + out)


def _control_chars(t: Text, rng: random.Random) -> str:
    chars = list(t.text)
    for _ in range(max(3, len(chars) // 80)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(material()["controls"]))
    return "".join(chars).replace("\n", rng.choice(["\r\n", "\n", "\r"]))


def _unicode_punct(t: Text, rng: random.Random) -> str:
    table = {" ": ["\u00a0", "\u2009", "\u202f", " "], "-": ["\u2010", "\u2012", "\u2015", "-"],
             ",": ["\uff0c", ","], ".": ["\u3002", "\uff0e", "."], ":": ["\uff1a", ":"],
             "'": ["\u02bc", "\u2032", "'"], '"': ["\u201f", "\u301d", "\uff02"]}
    out = [rng.choice(table[c]) if c in table and rng.random() < 0.15 else c for c in t.text]
    name = _name(t.text, rng)
    return f"{name}\uff1a\u300c{_headline(t)}\u300d\n\n" + "".join(out) + "\u2026"


def _markup_debris(t: Text, rng: random.Random) -> str:
    bits = material()["markup"]
    out = []
    for para in _paragraphs(t.text):
        out.append(rng.choice(bits) + para + rng.choice(bits))
    return "\n\n".join(out)


def _truncated(t: Text, rng: random.Random) -> str:
    if len(t.text) < 4:
        return t.text + "“"
    cut = rng.randrange(1, len(t.text))
    return t.text[:cut] + rng.choice(["", "“", "—", " (", "…", "\\"])


MUTATIONS: dict[str, Callable[[Text, random.Random], str]] = {
    "name_curly_quote": _name_curly_quote,
    "name_plain_quote": _name_plain_quote,
    "unbalanced_quotes": _unbalanced_quotes,
    "nested_quotes": _nested_quotes,
    "lone_timestamps": _lone_timestamps,
    "tables": _tables,
    "bylines_credits": _bylines_credits,
    "long_lines": _long_lines,
    "mixed_scripts": _mixed_scripts,
    "control_chars": _control_chars,
    "unicode_punct": _unicode_punct,
    "markup_debris": _markup_debris,
    "truncated": _truncated,
}


def mutate(t: Text, kind: str) -> Text:
    """``t`` mutated by ``kind`` (one of :data:`MUTATIONS`), deterministically."""
    rng = _rng(t, kind)
    text = MUTATIONS[kind](t, rng)
    suffix = ".md" if kind == "tables" and rng.random() < 0.5 else ".txt"
    return replace(t, id=f"{t.id}~{kind}", text=text, suffix=suffix, mutation=kind)


def blank_texts() -> list[Text]:
    """Empty and whitespace-only texts (and texts of quote marks or dots only)."""
    return [Text(f"blank/{k}", "blank", s, mutation="blank")
            for k, s in enumerate(material()["blank"])]


def mutations(base: Sequence[Text], kinds: Iterable[str] = MUTATIONS) -> list[Text]:
    """One mutation per base text, the kinds in turn (every kind at least once, cycling over
    the base texts when there are fewer texts than kinds), plus :func:`blank_texts`."""
    kinds = list(kinds)
    if not base:
        return blank_texts()
    n = max(len(base), len(kinds))
    return [mutate(base[k % len(base)], kinds[k % len(kinds)]) for k in range(n)] + blank_texts()


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
