"""The texts of the torture run (``sitroom eval robustness``): every real news text of the
shared evaluation data (PolNeAR, FNC-1, ECB+, LGL, TB-Dense/AQUAINT, MEANTIME, PLOVER) and
report files with their meta, read at run time, and an even sample of them."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError


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
