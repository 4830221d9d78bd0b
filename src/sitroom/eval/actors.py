"""Actors end to end across reports: MEANTIME (airbus, apple) through the shipped pipeline.

Each MEANTIME CAT file of ``intra_cross-doc_annotation`` becomes a plain-text report (its title,
then its sentences, tokens detokenised), all are ingested and analysed into a temporary store by
:func:`sitroom.pipeline.ingest` and :func:`sitroom.pipeline.analyze` (what ``sitroom run`` does),
and every actor mention of the picture (:func:`sitroom.link.actors.mention_records`, the rows of
``sitroom export --what mentions``) is set against the gold.

Gold: the ENTITY_MENTIONs of PER and ORG entities; the cluster of a mention is its entity's
cross-document ``instance_id`` (an entity without one is its own cluster). ``named``: the named
mentions (``NAM``, ``PRE.NAM``); ``all``: every mention, pronouns and nominals included.

A gold mention gets the actor of the system mention that overlaps it most (ties: the
shortest, then the earlier);
a gold mention with none is a singleton. B-cubed precision, recall and F1 over the gold
mentions (system clusters restricted to gold mentions), and coverage, the share of gold
mentions given an actor. ``part``: ``airbus`` or ``apple`` scores one corpus; ``even`` or ``odd``
the alternate halves of each corpus's sorted files (each half one picture per corpus).
"""

from __future__ import annotations

import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .cat import cat_root, cat_tokens

NAMED = ("NAM", "PRE.NAM")
KINDS = ("PER", "ORG")
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.:;?!)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$", re.IGNORECASE)
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


@dataclass(frozen=True)
class GoldMention:
    doc: str
    start: int  # character offsets in the report's text
    end: int
    cluster: str
    named: bool
    kind: str


def _files(data: Path) -> dict[str, list[Path]]:
    base = data / "intra_cross-doc_annotation" if (data / "intra_cross-doc_annotation").is_dir() \
        else data
    corpora = {}
    for name in ("airbus", "apple"):
        files = sorted(base.glob(f"corpus_{name}/*.xml"))
        if files:
            corpora[name] = files
    if not corpora:
        raise InputError(str(data), "no MEANTIME corpus_airbus or corpus_apple folders here",
                         "point --data at ../shared/eval/factuality-meantime")
    return corpora


def read_cat(path: Path) -> tuple[str, str, list[tuple[list[int], str, bool, str]], list[tuple[int, int]]]:
    """One CAT file as (doc id, report text, gold mentions as (token indices, cluster, named,
    kind), each token's (start, end) in the text)."""
    root = cat_root(path)
    doc_id = "mt-" + path.stem.split("_", 1)[0]
    toks, sents, ids = cat_tokens(root, strip=True)
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for k, t in enumerate(toks):
        if k == 0:
            sep = ""
        elif sents[k] != sents[k - 1] and sents[k - 1] <= 1:
            sep = "\n\n"  # title, then the dateline, then the body
        elif _NO_SPACE_BEFORE.match(t) or toks[k - 1] in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        pos += len(sep)
        parts.append(sep + t)
        spans.append((pos, pos + len(t)))
        pos += len(t)
    text = "".join(parts) + "\n"
    markables = root.find("Markables")
    mentions: dict[str, tuple[list[int], str]] = {}
    entities: dict[str, tuple[str, str]] = {}
    if markables is not None:
        for m in markables.iter("ENTITY_MENTION"):
            anchors = [ids[a.get("t_id")] for a in m.iter("token_anchor") if a.get("t_id") in ids]
            mentions[m.get("m_id", "")] = (anchors, m.get("syntactic_type", ""))
        for e in markables.iter("ENTITY"):
            entities[e.get("m_id", "")] = (e.get("ent_type", ""),
                                           e.get("instance_id") or f"{doc_id}#{e.get('m_id')}")
    gold = []
    relations = root.find("Relations")
    for r in (relations.iter("REFERS_TO") if relations is not None else ()):
        target = r.find("target")
        if target is None or target.get("m_id") not in entities:
            continue
        kind, cluster = entities[target.get("m_id", "")]
        if kind not in KINDS:
            continue
        for s in r.iter("source"):
            anchors, syn = mentions.get(s.get("m_id", ""), ([], ""))
            if anchors:
                gold.append((anchors, cluster, syn in NAMED, kind))
    return doc_id, text, gold, spans


def _align(tokens: list[str], token_spans: list[tuple[int, int]], source: str,
           stored: str) -> list[tuple[int, int] | None]:
    """Each token's span in the stored text (ingest may clean the text a little); None where a
    token is not found near where it should be."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for t in tokens:
        if not t:
            out.append(None)
            continue
        k = stored.find(t, pos, pos + 200 + len(t))
        if k < 0:
            out.append(None)
            continue
        out.append((k, k + len(t)))
        pos = k + len(t)
    return out


def b_cubed(gold: dict[int, str], pred: dict[int, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of ``pred`` (item -> cluster; items missing are singletons)
    against ``gold`` (item -> cluster), over the gold items."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    g_of: dict[str, set[int]] = defaultdict(set)
    p_of: dict[str, set[int]] = defaultdict(set)
    for i in items:
        g_of[gold[i]].add(i)
        p_of[pred.get(i, f"\0single{i}")].add(i)
    p = r = 0.0
    for i in items:
        g = g_of[gold[i]]
        s = p_of[pred.get(i, f"\0single{i}")]
        both = len(g & s)
        p += both / len(s)
        r += both / len(g)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _run_corpus(files: list[Path]) -> tuple[list[GoldMention], list[dict]]:
    """Gold mentions (offsets in the stored texts) and the mention rows of the picture."""
    from ..link.actors import mention_records
    from ..pipeline import analyze, ingest
    from ..store import Store

    cats = [read_cat(f) for f in files]
    gold: list[GoldMention] = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for doc_id, text, _, _ in cats:
            p = Path(tmp) / f"{doc_id}.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(p)
        with Store(Path(tmp) / "eval.db") as store:
            summary = ingest(store, paths)
            if summary.failures:
                raise InputError(str(files[0].parent), "a report did not ingest",
                                 "check the MEANTIME files")
            analyze(store)
            stored = {d.source: d for d in store.documents()}
            for (_doc_id, text, mentions, spans), p in zip(cats, paths):
                d = next((v for k, v in stored.items() if k and Path(k).name == p.name), None)
                if d is None:
                    continue  # a duplicate text: scored through its original
                toks = [text[a:b] for a, b in spans]
                at = _align(toks, spans, text, d.text)
                for anchors, cluster, named, kind in mentions:
                    got = [sp for sp in (at[k] for k in anchors) if sp is not None]
                    if got:
                        gold.append(GoldMention(d.id, min(a for a, _ in got),
                                                max(b for _, b in got), cluster, named, kind))
            rows = mention_records(store.document_rows(), store.extractions())
    return gold, rows


def _assign(gold: list[GoldMention], rows: list[dict]) -> list[str | None]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_doc[r["report"]].append(r)
    out: list[str | None] = []
    for g in gold:
        best, best_key = None, (0, 0)
        for r in by_doc.get(g.doc, ()):
            ov = min(g.end, r["end"]) - max(g.start, r["start"])
            key = (ov, -(r["end"] - r["start"]))
            if ov > 0 and key > best_key:
                best, best_key = r["actor"], key
        out.append(best)
    return out


def score(gold: list[GoldMention], assigned: list[str | None], named_only: bool) -> dict:
    idx = [i for i, g in enumerate(gold) if g.named or not named_only]
    g = {i: gold[i].cluster for i in idx}
    p = {i: assigned[i] for i in idx if assigned[i] is not None}
    prec, rec, f1 = b_cubed(g, p)  # type: ignore[arg-type]
    return {"b3_p": prec, "b3_r": rec, "b3_f1": f1, "coverage": len(p) / len(idx) if idx else 0.0,
            "n": len(idx)}


def evaluate(data: Path, limit: int | None = None, part: str | None = None, **options) -> dict:
    """Figures per corpus and together: for ``named`` and ``all`` gold mentions, b3_p, b3_r,
    b3_f1, coverage, n. ``limit``: the first N files of each corpus."""
    data = Path(data)
    if not data.exists():
        raise InputError(str(data), "no such file or directory",
                         "point --data at ../shared/eval/factuality-meantime")
    corpora = _files(data)
    if part in ("even", "odd"):
        # alternate halves of each corpus's sorted files, to tune on one and report the other
        corpora = {k: v[(part == "odd")::2] for k, v in corpora.items()}
    elif part:
        if part not in corpora:
            raise InputError(str(data), f"no corpus {part!r}",
                             "use --part airbus, apple, even or odd")
        corpora = {part: corpora[part]}
    result: dict = {}
    every_gold: list[GoldMention] = []
    every_assigned: list[str | None] = []
    for name, files in corpora.items():
        gold, rows = _run_corpus(files[:limit] if limit else files)
        assigned = _assign(gold, rows)
        # actor ids are per picture: keep each corpus's apart when pooling
        every_gold += gold
        every_assigned += [f"{name}:{a}" if a else None for a in assigned]
        result[name] = {"named": score(gold, assigned, True), "all": score(gold, assigned, False),
                        "actors": len({r["actor"] for r in rows}), "mentions": len(rows)}
    result["named"] = score(every_gold, every_assigned, True)
    result["all"] = score(every_gold, every_assigned, False)
    return result


def format_text(result: dict) -> str:
    lines = ["MEANTIME actors end to end (gold PER/ORG mentions; B-cubed over gold mentions)",
             f"{'':14}{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}{'cover':>7}{'n':>6}"]
    for part in [k for k in ("airbus", "apple") if k in result] + [None]:
        res = result[part] if part else result
        for which in ("named", "all"):
            s = res[which]
            label = f"{part or 'both'} {which}"
            lines.append(f"{label:14}{s['b3_p']:7.3f}{s['b3_r']:7.3f}{s['b3_f1']:7.3f}"
                         f"{s['coverage']:7.3f}{s['n']:6d}")
    return "\n".join(lines)


def actor_sample(folder: Path, n: int = 200, seed: int = 14, exclude: Path | None = None,
                 stride: int = 1, offset: int = 0) -> list[dict]:
    """A random sample (fixed seed) of the picture's actors over the reports in ``folder``
    (ingested as ``sitroom ingest`` reads them, actors extracted and resolved across reports as
    in the picture), each with its name, kind, number of mentions and reports and its first
    mention in context, for judging by hand (docs/judgements/actors.md). ``exclude``: a TSV of
    earlier draws (columns seed, file, start, end, name; rows of ``seed`` itself are ignored, so
    a draw listed there can be drawn again); an actor one of whose names (or, for
    a person, its surname), or whose first mention, was drawn there is left out, so that a new
    draw judges new actors. ``stride``, ``offset``: only every ``stride``-th report of the
    folder's sorted ``.txt`` files, from the ``offset``-th (a part of a large folder, e.g. the
    PolNeAR train articles, ``stride=10, offset=0``). Reports that are not files (FNC-1's
    bodies): :func:`sitroom.eval.actor_draws.sample_documents`."""
    from ..ingest import IngestFailure, read_paths
    from .actor_draws import sample_documents

    paths = [Path(folder)] if stride == 1 else [
        p for k, p in enumerate(sorted(Path(folder).glob("*.txt"))) if k % stride == offset]
    docs = [d for d in read_paths(paths) if not isinstance(d, IngestFailure)]
    return sample_documents(docs, n=n, seed=seed, exclude=exclude)


def rescore_judged(table: str, folder: Path) -> list[dict]:
    """The judged rows of one draw's markdown table (``| # | file | start | end | name | kind |
    verdict |``) with the actor mention the current code gives at that span in ``folder``'s
    report: ``now`` (start, end, text, name, kind) of the mention at exactly that span, else of
    one overlapping it, else None; ``exact`` tells which. A row whose mention is gone or changed
    is re-judged by hand (docs/judgements/actors.md)."""
    from ..ingest import IngestFailure, read_paths
    from .actor_draws import judged_rows, rescore_documents

    paths = sorted({Path(folder) / r["file"] for r in judged_rows(table)})
    docs = [d for d in read_paths(paths) if not isinstance(d, IngestFailure)]
    return rescore_documents(table, docs)
