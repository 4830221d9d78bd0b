"""Entity coreference of event participants on ECB+, through the shipped actor pipeline.

Each ECB+ document becomes a plain-text report (its sentences, one a line, tokens joined by
spaces; the URL line of the "plus" documents left out), annotated by :mod:`sitroom.annotate`;
its actors are extracted by :func:`sitroom.extract.actors.extract_actors` and resolved across
the documents of each topic, one picture per topic, by
:func:`sitroom.link.actors.mention_records` (the rows of ``sitroom export --what mentions``).

Gold: the HUMAN_PART_* and NON_HUMAN_PART* mentions of the sentences listed in
``ECBplus_coreference_sentences.csv``, chained by CROSS_DOC_COREF (instance id) and
INTRA_DOC_COREF, as the event scorer (:mod:`sitroom.eval.coref`) reads the ACTION_* ones. A gold
mention takes the actor of the system mention that overlaps it most (ties: the shortest); a gold
mention with none is mapped (:func:`assign_participants`): one naming an actor of the picture by
its name, or by the surname of the one person of the topic with it (a name the extract stage
left out there, say in a headline), takes that actor; a common noun ("the woman", "police"),
which the picture does not make an actor unless a name makes it specific, takes the one actor
of the topic with a mention of that head noun, else is chained with the topic's other mentions of
the same head lemma, "who" with the noun
its clause describes; the rest are singletons. ``actors`` gives the figures of the picture's
actors alone (every unmatched gold mention a singleton), the headline ``conll_f1``: what users
get; ``names`` with the names mapped and ``all``/``human`` with the common nouns too are
diagnostics of the scorer (``mapped_conll_f1``), not of the picture. Scored with the event scorer's MUC, B-cubed, CEAF-e and
CoNLL F1 (singletons included): ``cross`` over all documents of the topics, ``within`` with
key and response cut at document boundaries; ``human`` the same over the HUMAN_PART mentions
alone; ``coverage`` the share of gold mentions given an actor. ``part``: ``even`` or ``odd``
topics (alternate topics in numeric order).
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import AnnotatedDoc, Token
from .coref import conll


@dataclass(frozen=True)
class Participant:
    key: str  # "<doc>:<m_id>"
    doc: str
    start: int  # character offsets in the document's text
    end: int
    chain: str
    human: bool


def _selected(data: Path) -> dict[str, set[int]]:
    index = data / "ECBplus_coreference_sentences.csv"
    if not (data / "ECB+").is_dir() or not index.is_file():
        raise InputError(str(data), "not an ECB+ folder (needs ECB+/ and "
                         "ECBplus_coreference_sentences.csv)",
                         "point --data at ../shared/eval/coref-ecbplus")
    selected: dict[str, set[int]] = defaultdict(set)
    with index.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                selected[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
            except (KeyError, ValueError) as exc:
                raise InputError(str(index), f"ill-formed row {row}",
                                 "expected columns Topic,File,Sentence Number") from exc
    return selected


def read_doc(path: Path, sentences: set[int]) -> tuple[str, list[Participant]]:
    """One ECB+ document as (text, gold participant mentions of its ``sentences``)."""
    root = ET.parse(path).getroot()
    name = path.stem
    skip0 = name.endswith("plus")
    pos: dict[str, tuple[int, int, int]] = {}  # t_id -> (sentence, start, end)
    parts: list[str] = []
    cur = 0
    prev = None
    for t in root.iter("token"):
        s = int(t.get("sentence", "0"))
        if skip0 and s == 0:
            continue
        w = t.text or ""
        if prev is not None:
            sep = " " if s == prev else "\n"
            parts.append(sep)
            cur += 1
        pos[t.get("t_id", "")] = (s, cur, cur + len(w))
        parts.append(w)
        cur += len(w)
        prev = s
    text = "".join(parts) + "\n"
    spans: dict[str, tuple[int, int, bool]] = {}
    markables = root.find("Markables")
    for m in (markables if markables is not None else ()):
        if not (m.tag.startswith("HUMAN_PART") or m.tag.startswith("NON_HUMAN_PART")):
            continue
        at = [pos[a.get("t_id", "")] for a in m.findall("token_anchor") if a.get("t_id") in pos]
        if at and {a[0] for a in at} <= sentences and len({a[0] for a in at}) == 1:
            spans[m.get("m_id", "")] = (min(a[1] for a in at), max(a[2] for a in at),
                                        m.tag.startswith("HUMAN"))
    chain: dict[str, str] = {}
    relations = root.find("Relations")
    for r in (relations if relations is not None else ()):
        target = r.find("target")
        if target is None:
            continue
        if r.tag == "CROSS_DOC_COREF":
            cid = "x:" + (r.get("note") or f"{name}:{target.get('m_id')}")
        elif r.tag == "INTRA_DOC_COREF":
            cid = f"i:{name}:{target.get('m_id')}"
        else:
            continue
        for src in r.findall("source"):
            chain[src.get("m_id", "")] = cid
    gold = []
    seen: set[tuple[int, int]] = set()
    for mid, (a, b, human) in sorted(spans.items(), key=lambda kv: kv[1]):
        if (a, b) in seen:  # the same tokens annotated twice
            continue
        seen.add((a, b))
        key = f"{name}:{mid}"
        gold.append(Participant(key, name, a, b, chain.get(mid, "s:" + key), human))
    return text, gold


def _topics(data: Path, limit: int | None, part: str | None) -> list[Path]:
    corpus = data / "ECB+"
    topics = sorted((p for p in corpus.iterdir() if p.is_dir()),
                    key=lambda p: (not p.name.isdigit(), int(p.name) if p.name.isdigit() else 0,
                                   p.name))
    if part in ("even", "odd"):
        topics = topics[(part == "odd")::2]
    elif part:
        raise InputError(part, "unknown part", "use --part even or odd")
    return topics[:limit] if limit else topics


def _run_topic(files: list[tuple[Path, set[int]]]
               ) -> tuple[list[Participant], list[dict], list[AnnotatedDoc]]:
    """Gold participants, the mention rows of the picture of one topic and its documents."""
    from ..annotate import annotate
    from ..extract.actors import extract_actors
    from ..link.actors import mention_records
    from ..model import Document, Extraction

    docs, gold = [], []
    for path, sentences in files:
        try:
            text, g = read_doc(path, sentences)
        except ET.ParseError as exc:
            raise InputError(str(path), f"not well-formed XML: {exc}",
                             "restore the file from the ECB+ release") from exc
        docs.append(Document(id=path.stem, text=text))
        gold += g
    anns = list(annotate(docs))
    exs = [Extraction(doc=a.doc.id, actors=extract_actors(a)) for a in anns]
    rows = mention_records([{"id": d.id} for d in docs], exs)
    return gold, rows, anns


def _head(doc: AnnotatedDoc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens inside ``start``-``end`` (the last one whose head is
    outside), or None when no token lies inside."""
    toks = [t for t in doc.tokens if t.idx >= start and t.end <= end]
    ids = {t.i for t in toks}
    outside = [t for t in toks if t.head not in ids or t.head == t.i] or toks
    return outside[-1] if outside else None


MAPPINGS = ("actors", "names", "nouns")


def assign_participants(gold: list[Participant], rows: list[dict], docs: list[AnnotatedDoc],
                        upto: str = "nouns") -> list[str | None]:
    """The actor (or mapped chain) of each gold mention of one topic: the actor of the system
    mention overlapping it most; else (``upto`` "names" or "nouns") the actor of the topic one
    of whose mentions has the same name key (or the one person with its surname), a proper
    name's own key; else (``upto`` "nouns") the one actor with a mention of that head noun or
    "noun:<lemma>" of a common noun's head, and of the noun a "who" subject's clause describes.
    """
    from ..link.actors import org_key
    from .actors import _assign

    assigned = _assign(gold, rows)  # type: ignore[arg-type]
    if upto == "actors":
        return assigned
    by_doc = {d.doc.id: d for d in docs}
    named: dict[str, str] = {}
    surnames: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        key = org_key(r["text"])
        named.setdefault(key, r["actor"])
        if r.get("kind") == "person" and len(key.split()) >= 2:
            surnames[key.split()[-1]].add(r["actor"])
    nouns: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        d = by_doc.get(r["report"])
        h = _head(d, r["start"], r["end"]) if d is not None else None
        if h is not None and h.pos == "NOUN":
            nouns[h.lemma.lower()].add(r["actor"])
    out: list[str | None] = []
    for g, a in zip(gold, assigned):
        doc = by_doc.get(g.doc)
        h = _head(doc, g.start, g.end) if a is None and doc is not None else None
        if a is not None or h is None or doc is None:
            out.append(a)
        elif h.pos == "PROPN":
            key = org_key(doc.text[g.start:g.end])
            last = surnames.get(key.split()[-1], set()) if key else set()
            out.append(named.get(key) or (next(iter(last)) if len(last) == 1 else None)
                       or ("name:" + key if key else None))
        elif upto != "nouns":
            out.append(None)
        elif h.pos == "NOUN":
            same = nouns.get(h.lemma.lower(), set())
            out.append(next(iter(same)) if len(same) == 1 else "noun:" + h.lemma.lower())
        elif h.lemma.lower() == "who" and h.dep == "nsubj":
            noun = doc.tokens[doc.tokens[h.head].head]
            out.append("noun:" + noun.lemma.lower() if noun.pos == "NOUN" else None)
        else:
            out.append(None)
    return out


def _clusters(items: list[Participant], label: dict[str, str]) -> list[list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for g in items:
        out[label[g.key]].append(g.key)
    return list(out.values())


def score(gold: list[Participant], actor: dict[str, str | None]) -> dict:
    """CoNLL figures ``cross`` (across documents) and ``within`` (inside each document) of the
    assignment ``actor`` (gold key -> actor id or None) against the gold chains."""
    response = {g.key: actor.get(g.key) or "single:" + g.key for g in gold}
    key = {g.key: g.chain for g in gold}
    cross = conll(_clusters(gold, key), _clusters(gold, response))
    by_doc = {g.key: g.doc for g in gold}
    within = conll(_clusters(gold, {k: f"{by_doc[k]}|{v}" for k, v in key.items()}),
                   _clusters(gold, {k: f"{by_doc[k]}|{v}" for k, v in response.items()}))
    return {"cross": cross, "within": within, "n": len(gold),
            "coverage": sum(1 for g in gold if actor.get(g.key)) / len(gold) if gold else 0.0}


def evaluate(data: Path, limit: int | None = None, part: str | None = None, **options) -> dict:
    """Participants of ECB+ under ``data`` (``limit``: the first N topics, ``part``: even or
    odd topics): ``all`` and ``human`` figures (``cross`` and ``within`` CoNLL, MUC, B-cubed,
    CEAF-e F1; ``coverage``; ``n``), headline ``conll_f1`` (the picture's actors alone, across
    documents; ``mapped_conll_f1`` with the scorer's mapping)."""
    data = Path(data)
    if not data.exists():
        raise InputError(str(data), "no such file or directory",
                         "point --data at ../shared/eval/coref-ecbplus")
    selected = _selected(data)
    gold: list[Participant] = []
    actor: dict[str, dict[str, str | None]] = {m: {} for m in MAPPINGS}
    n_docs = 0
    topics = _topics(data, limit, part)
    for tdir in topics:
        files = [(p, selected[p.stem]) for p in sorted(tdir.glob("*.xml")) if selected.get(p.stem)]
        if not files:
            continue
        n_docs += len(files)
        g, rows, docs = _run_topic(files)
        for upto in MAPPINGS:
            for m, a in zip(g, assign_participants(g, rows, docs, upto)):
                actor[upto][m.key] = f"{tdir.name}/{a}" if a else None
        gold += g
    if not gold:
        raise InputError(str(data), "no gold participant mentions found",
                         "check that the ECB+ XML files and the sentence index match")
    every = score(gold, actor["nouns"])
    human = score([g for g in gold if g.human], actor["nouns"])
    alone = score(gold, actor["actors"])
    # the headline is what users get: the picture's actors alone; the mappings are diagnostics
    # (what the mentions the picture leaves out would add), never the headline
    return {"conll_f1": alone["cross"]["conll_f1"], "within_conll_f1": alone["within"]["conll_f1"],
            "coverage": alone["coverage"], "mapped_conll_f1": every["cross"]["conll_f1"],
            "all": every, "human": human, "actors": alone, "names": score(gold, actor["names"]),
            "n": len(gold), "n_docs": n_docs, "n_topics": len(topics)}


def format_text(result: dict) -> str:
    lines = [f"ECB+ participants (HUMAN_PART and NON_HUMAN_PART mentions): {result['n']} mentions, "
             f"{result['n_docs']} documents, {result['n_topics']} topics, one picture per topic",
             f"{'':18}{'CoNLL':>7}{'MUC':>7}{'B3':>7}{'CEAF-e':>7}{'cover':>7}{'n':>6}"]
    for which in ("actors", "names", "all", "human"):
        s = result[which]
        for scope in ("cross", "within"):
            f = s[scope]
            lines.append(f"{which + ' ' + scope:18}{f['conll_f1']:7.3f}{f['muc_f1']:7.3f}"
                         f"{f['b3_f1']:7.3f}{f['ceafe_f1']:7.3f}{s['coverage']:7.3f}{s['n']:6d}")
    lines.append("actors: the picture's actors alone (the headline: what users get); diagnostics "
                 "of the scorer's mapping, not the picture: names: + gold names mapped to the actor "
                 "of that name; all, human: + common nouns by head lemma")
    return "\n".join(lines)
