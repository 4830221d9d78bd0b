"""Quality gate: cross-document event coreference on ECB+ (gold mentions, CoNLL F1).

Reads the ECB+ layout (``ECB+/<topic>/<topic>_<n>ecb[plus].xml`` plus
``ECBplus_coreference_sentences.csv``), takes the gold ACTION_* mentions of the listed
sentences, builds gold chains from CROSS_DOC_COREF (by instance id) and INTRA_DOC_COREF (by
document and target), clusters all mentions with :func:`sitroom.link.coref.cluster_events`
and scores MUC, B-cubed and CEAF-e (singletons included); CoNLL F1 is their mean.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from collections.abc import Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from ..errors import InputError
from ..training.logistic import fit_weights
from ..link.coref import (FEATURES, MentionFeatures, PairModel, cluster_documents,
                          cluster_events, group_features, merge_tree,
                          topic_groups)

Clustering = Sequence[Sequence[str]]


# ---------------------------------------------------------------- scorers


def _prf(p_num: float, p_den: float, r_num: float, r_den: float) -> tuple[float, float, float]:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _index(clusters: Clustering) -> dict[str, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def muc(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    """MUC (Vilain et al. 1995) precision, recall, F1 of ``response`` against ``key``.

    Recall = Σ_k (|k| - |partitions of k by response|) / Σ_k (|k| - 1); a mention missing from
    the other side counts as its own partition. Precision swaps the roles.
    """

    def part(a: Clustering, b: Clustering) -> tuple[int, int]:
        idx = _index(b)
        num = den = 0
        for c in a:
            parts = {idx.get(m, ("missing", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num, den

    rn, rd = part(key, response)
    pn, pd = part(response, key)
    return _prf(pn, pd, rn, rd)


def b_cubed(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    """B-cubed (Bagga & Baldwin 1998): per-mention overlap of its key and response clusters."""

    def side(a: Clustering, b: Clustering) -> tuple[float, int]:
        idx = _index(b)
        sets_b = [set(c) for c in b]
        total = 0.0
        n = 0
        for c in a:
            sc = set(c)
            for m in c:
                n += 1
                j = idx.get(m)
                if j is not None:
                    total += len(sc & sets_b[j]) / len(sc)
        return total, n

    rn, rd = side(key, response)
    pn, pd = side(response, key)
    return _prf(pn, pd, rn, rd)


def ceaf_e(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo 2005): best one-to-one alignment of clusters under
    φ4(k, r) = 2|k ∩ r| / (|k| + |r|); recall = Φ / |key|, precision = Φ / |response|."""
    if not key or not response:
        return _prf(0, len(response), 0, len(key))
    ks = [set(c) for c in key]
    rs = [set(c) for c in response]
    idx = _index(response)
    sim = np.zeros((len(ks), len(rs)))
    for i, k in enumerate(ks):
        for m in k:
            j = idx.get(m)
            if j is not None and sim[i, j] == 0:
                sim[i, j] = 2 * len(k & rs[j]) / (len(k) + len(rs[j]))
    rows, cols = linear_sum_assignment(-sim)
    phi = float(sim[rows, cols].sum())
    return _prf(phi, len(rs), phi, len(ks))


def conll(key: Clustering, response: Clustering) -> dict[str, float]:
    """MUC, B-cubed and CEAF-e F1 and their mean (CoNLL F1)."""
    m, b, c = muc(key, response)[2], b_cubed(key, response)[2], ceaf_e(key, response)[2]
    return {"conll_f1": (m + b + c) / 3, "muc_f1": m, "b3_f1": b, "ceafe_f1": c}


# ---------------------------------------------------------------- ECB+ reader


@dataclass(frozen=True)
class GoldMention:
    key: str  # "<doc>:<m_id>"
    doc: str
    topic: str
    sent: int
    tokens: tuple[int, ...]  # positions in the document's token list
    chain: str


@dataclass(frozen=True)
class EcbDoc:
    name: str  # e.g. "1_10ecbplus"
    topic: str
    tokens: tuple[tuple[int, str], ...]  # (sentence, text) in document order


def _read_doc(path: Path, topic: str, selected: set[int]) -> tuple[EcbDoc, list[GoldMention]]:
    root = ET.parse(path).getroot()
    name = path.stem
    pos: dict[str, int] = {}
    toks: list[tuple[int, str]] = []
    for t in root.iter("token"):
        pos[t.get("t_id", "")] = len(toks)
        toks.append((int(t.get("sentence", "0")), t.text or ""))
    markables = root.find("Markables")
    mentions: dict[str, tuple[int, ...]] = {}
    if markables is not None:
        for m in markables:
            anchor_list = [pos[a.get("t_id", "")] for a in m.findall("token_anchor")]
            if not m.tag.startswith("ACTION_") or not anchor_list:
                continue
            sents = {toks[i][0] for i in anchor_list}
            if len(sents) == 1 and sents <= selected:
                mentions[m.get("m_id", "")] = tuple(sorted(anchor_list))
    chain: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is not None:
        for r in relations:
            target = r.find("target")
            if target is None:
                continue
            if r.tag == "CROSS_DOC_COREF":
                cid = "x:" + (r.get("note") or f"{name}:{target.get('m_id')}")
            elif r.tag == "INTRA_DOC_COREF":
                cid = f"i:{name}:{target.get('m_id')}"
            else:
                continue
            for s in r.findall("source"):
                chain[s.get("m_id", "")] = cid
    golds = []
    seen_spans: set[tuple[int, ...]] = set()
    for mid, anchors in sorted(mentions.items(), key=lambda kv: kv[1]):
        if anchors in seen_spans:  # the same tokens annotated twice
            continue
        seen_spans.add(anchors)
        key = f"{name}:{mid}"
        golds.append(GoldMention(key, name, topic, toks[anchors[0]][0], anchors,
                                 chain.get(mid, "s:" + key)))
    return EcbDoc(name, topic, tuple(toks)), golds


def read_ecbplus(data: Path, limit: int | None = None
                 ) -> tuple[list[EcbDoc], list[GoldMention], dict[str, set[int]]]:
    """Read the ECB+ documents and gold event mentions under ``data``.

    ``limit`` keeps the first N topics (in numeric order). Returns the documents, the gold
    mentions of the selected sentences, and the selected sentence numbers per document.
    """
    corpus = data / "ECB+"
    index = data / "ECBplus_coreference_sentences.csv"
    if not corpus.is_dir() or not index.is_file():
        raise InputError(str(data), "not an ECB+ folder (needs ECB+/ and "
                         "ECBplus_coreference_sentences.csv)",
                         "pass --data pointing at shared/eval/coref-ecbplus")
    selected: dict[str, set[int]] = defaultdict(set)
    with index.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                selected[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
            except (KeyError, ValueError) as exc:
                raise InputError(str(index), f"ill-formed row {row}",
                                 "expected columns Topic,File,Sentence Number") from exc
    topics = sorted((p for p in corpus.iterdir() if p.is_dir()),
                    key=lambda p: (not p.name.isdigit(), int(p.name) if p.name.isdigit() else 0,
                                   p.name))
    if limit is not None:
        topics = topics[:limit]
    docs: list[EcbDoc] = []
    golds: list[GoldMention] = []
    for tdir in topics:
        for path in sorted(tdir.glob("*.xml")):
            sel = selected.get(path.stem)
            if not sel:
                continue
            try:
                doc, gm = _read_doc(path, tdir.name, sel)
            except ET.ParseError as exc:
                raise InputError(str(path), f"not well-formed XML: {exc}",
                                 "restore the file from the ECB+ release") from exc
            docs.append(doc)
            golds.extend(gm)
    if not golds:
        raise InputError(str(data), "no gold ACTION_* mentions found",
                         "check that the ECB+ XML files and the sentence index match")
    return docs, golds, dict(selected)


# ---------------------------------------------------------------- features


_ACTOR_ENTS = {"PERSON", "ORG", "NORP"}
_PLACE_ENTS = {"GPE", "LOC", "FAC"}
_TIME_ENTS = {"DATE", "TIME"}


def mention_features(docs: list[EcbDoc], golds: list[GoldMention],
                     selected: dict[str, set[int]], topic_of: dict[str, str] | None
                     ) -> list[MentionFeatures]:
    """Build MentionFeatures for the gold mentions, annotating the selected sentences with
    spaCy (lemma of the trigger's head token, named entities of the sentence)."""
    from ..annotate import annotate
    from ..model import Document

    texts: list[Document] = []
    offsets: dict[str, dict[int, int]] = {}  # doc -> token position -> char offset
    sent_text: dict[tuple[str, int], str] = {}
    for d in docs:
        sel = selected.get(d.name, set())
        parts: list[str] = []
        off: dict[int, int] = {}
        cur = 0
        prev_sent = None
        for i, (s, w) in enumerate(d.tokens):
            if s not in sel:
                continue
            if prev_sent is not None:
                sep = " " if s == prev_sent else "\n"
                parts.append(sep)
                cur += 1
            off[i] = cur
            parts.append(w)
            cur += len(w)
            prev_sent = s
        for s in sel:
            sent_text[(d.name, s)] = " ".join(w for (ss, w) in d.tokens if ss == s)
        offsets[d.name] = off
        texts.append(Document(id=d.name, text="".join(parts)))
    ann = {a.doc.id: a for a in annotate(texts)}
    by_name = {d.name: d for d in docs}
    out = []
    for g in golds:
        a = ann[g.doc]
        by_char = {t.idx: t for t in a.tokens}
        spacy_toks = [by_char[offsets[g.doc][p]] for p in g.tokens if offsets[g.doc][p] in by_char]
        trigger = " ".join(by_name[g.doc].tokens[p][1] for p in g.tokens)
        ids = {t.i for t in spacy_toks}
        heads = [t for t in spacy_toks if t.head not in ids or t.head == t.i]
        content = [t for t in heads if t.pos in ("VERB", "NOUN", "ADJ", "PROPN")] or heads
        head = content[0] if content else None
        lemma = (head.lemma if head else trigger).lower()
        sent_tokens = [t for t in a.tokens if t.sent == (head.sent if head else -1)]
        lo = sent_tokens[0].i if sent_tokens else 0
        hi = sent_tokens[-1].i + 1 if sent_tokens else 0
        ents = [e for e in a.ents if lo <= e.start < hi]
        out.append(MentionFeatures(
            key=g.key, doc=g.doc, topic=topic_of.get(g.doc) if topic_of else None,
            trigger=trigger, lemma=lemma, sentence=sent_text[(g.doc, g.sent)],
            actors=tuple(e.text for e in ents if e.label in _ACTOR_ENTS),
            places=tuple(e.text for e in ents if e.label in _PLACE_ENTS),
            date=next((e.text for e in ents if e.label in _TIME_ENTS), None),
        ))
    return out


def doc_text(doc: EcbDoc) -> str:
    """The document's text without the URL line of the ECB+ 'plus' files (sentence 0)."""
    skip0 = doc.name.endswith("plus")
    return " ".join(w for s, w in doc.tokens if not (skip0 and s == 0))


# ---------------------------------------------------------------- evaluate


def evaluate(data: Path, limit: int | None = None, topic_source: str = "documents",
             threshold: float | None = None) -> dict:
    """Cluster all gold ACTION_* mentions of ECB+ under ``data`` and score the clustering.

    ``topic_source``: "documents" (default) groups documents by content similarity first
    (:func:`cluster_documents`); "corpus" uses the topic folders. ``limit``: first N topics.
    Returns conll_f1, muc_f1, b3_f1, ceafe_f1 (fractions), n_mentions, n, topic_source.
    """
    data = Path(data)
    if topic_source not in ("documents", "corpus"):
        raise InputError(topic_source, "unknown topic source", "use 'documents' or 'corpus'")
    docs, golds, selected = read_ecbplus(data, limit)
    texts = {d.name: doc_text(d) for d in docs}
    if topic_source == "corpus":
        topic_of = {d.name: d.topic for d in docs}
    else:
        topic_of = cluster_documents(texts)
    feats = mention_features(docs, golds, selected, topic_of)
    response = cluster_events(feats, threshold=threshold, doc_texts=texts)
    chains: dict[str, list[str]] = defaultdict(list)
    for g in golds:
        chains[g.chain].append(g.key)
    result: dict = conll(list(chains.values()), response)
    result.update(n_mentions=len(golds), n=len(golds), n_docs=len(docs),
                  n_topics_found=len(set(topic_of.values())), topic_source=topic_source)
    return result


def format_text(result: dict) -> str:
    """A short human table of an :func:`evaluate` result."""
    rows = [("CoNLL F1", result["conll_f1"]), ("MUC F1", result["muc_f1"]),
            ("B-cubed F1", result["b3_f1"]), ("CEAF-e F1", result["ceafe_f1"])]
    lines = [f"ECB+ event coreference: {result['n_mentions']} mentions, "
             f"{result.get('n_docs', '?')} documents, topics from {result['topic_source']}"]
    lines += [f"  {name:<11} {value:6.3f}" for name, value in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------- fit and cross-validate


@dataclass(frozen=True)
class _Fold:
    """The mentions of some topics grouped as at run time (documents clustered among
    themselves), with each group's pair features and gold labels."""

    groups: tuple[tuple[MentionFeatures, ...], ...]
    features: tuple  # per group: np.ndarray [n, n, F] or None
    labels: tuple  # per group: np.ndarray [n, n] of 0/1 or None

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        xs, ys = [], []
        for x, y in zip(self.features, self.labels):
            if x is not None:
                iu = np.triu_indices(x.shape[0], 1)
                xs.append(x[iu])
                ys.append(y[iu])
        if not xs:
            return np.zeros((0, len(FEATURES))), np.zeros(0)
        return np.concatenate(xs), np.concatenate(ys)


def _fold(feats: list[MentionFeatures], chain_of: dict[str, str],
          texts: dict[str, str]) -> _Fold:
    groups = topic_groups(feats, texts)
    tensors = group_features(groups, texts)
    labels = []
    for g, x in zip(groups, tensors):
        c = np.array([chain_of[m.key] for m in g])
        labels.append(None if x is None else (c[:, None] == c[None, :]).astype(float))
    return _Fold(tuple(tuple(g) for g in groups), tuple(tensors), tuple(labels))


def _trees(fold: _Fold, model: PairModel) -> list:
    return [None if x is None else merge_tree(model.merge_probabilities(x))
            for x in fold.features]


def _cut(folds: list[_Fold], trees: list[list], threshold: float) -> list[list[str]]:
    from scipy.cluster.hierarchy import fcluster

    out: list[list[str]] = []
    for fold, ts in zip(folds, trees):
        for g, z in zip(fold.groups, ts):
            if z is None:
                out.append([g[0].key])
                continue
            found: dict[int, list[str]] = defaultdict(list)
            for m, lab in zip(g, fcluster(z, t=1.0 - threshold, criterion="distance")):
                found[int(lab)].append(m.key)
            out.extend(found.values())
    return out


THRESHOLDS = tuple(round(0.02 * k, 2) for k in range(2, 41))
# document-tree similarities tried as the subtopic cut (0: no cut)
SUBTOPICS = (0.0, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2)


def _best_threshold(folds: list[_Fold], models: list[PairModel],
                    chains: dict[str, list[str]]) -> tuple[float, float, float]:
    """The subtopic cut (of SUBTOPICS) and threshold (of THRESHOLDS) giving the best CoNLL F1
    over ``folds``, each clustered by its own model; returns (cut, threshold, CoNLL F1)."""
    keys = {m.key for f in folds for g in f.groups for m in g}
    key = [[k for k in c if k in keys] for c in chains.values()]
    key = [c for c in key if c]
    best = (0.0, THRESHOLDS[0], -1.0)
    for cut in SUBTOPICS:
        trees = [_trees(f, replace(m, subtopic=cut)) for f, m in zip(folds, models)]
        f1 = [conll(key, _cut(folds, trees, t))["conll_f1"] for t in THRESHOLDS]
        i = int(np.argmax(f1))  # the first of equal bests
        if f1[i] > best[2]:
            best = (cut, THRESHOLDS[i], f1[i])
    return best


def _fit(folds: list[_Fold], l2: float) -> tuple[float, ...]:
    x, y = zip(*(f.pairs() for f in folds))
    return fit_weights(np.concatenate(x), np.concatenate(y), l2)


def _fit_with_threshold(folds: list[_Fold], chains: dict[str, list[str]], l2: float
                        ) -> tuple[PairModel, float]:
    """Weights fitted on all ``folds``; threshold chosen on out-of-fold probabilities (each fold
    clustered by weights fitted on the others). Returns the model and that out-of-fold CoNLL."""
    weights = _fit(folds, l2)
    if len(folds) > 1:
        inner = [PairModel(FEATURES, _fit([g for g in folds if g is not f], l2), 0.0)
                 for f in folds]
    else:  # one fold: in-sample probabilities
        inner = [PairModel(FEATURES, weights, 0.0)]
    cut, thr, f1 = _best_threshold(folds, inner, chains)
    return PairModel(FEATURES, weights, thr, "fitted", cut), f1


def _load_folds(data: Path, k: int, limit: int | None
                ) -> tuple[list[_Fold], dict[str, list[str]], list[list[str]]]:
    docs, golds, selected = read_ecbplus(Path(data), limit)
    feats = mention_features(docs, golds, selected, None)
    chain_of = {g.key: g.chain for g in golds}
    chains: dict[str, list[str]] = defaultdict(list)
    for g in golds:
        chains[g.chain].append(g.key)
    topics = sorted({d.topic for d in docs}, key=lambda t: (not t.isdigit(), t.zfill(6)))
    k = min(k, len(topics))
    if k < 2:
        raise InputError(str(data), "fitting and cross-validating need two topics or more",
                         "give the whole ECB+ folder")
    fold_of = {t: i % k for i, t in enumerate(topics)}
    topic_of = {d.name: d.topic for d in docs}
    texts = {d.name: doc_text(d) for d in docs}
    folds = []
    members = []
    for i in range(k):
        fs = [f for f in feats if fold_of[topic_of[f.doc]] == i]
        members.append([t for t in topics if fold_of[t] == i])
        folds.append(_fold(fs, chain_of, {d: t for d, t in texts.items()
                                          if fold_of[topic_of[d]] == i}))
    return folds, dict(chains), members


def cross_validate(data: Path, k: int = 5, limit: int | None = None, l2: float = 1.0) -> dict:
    """Leave-topics-out cross-validation of the pair model on ECB+ under ``data``.

    Topics (numeric order) are dealt into ``k`` folds; for each fold the weights are fitted on
    the pairs of the other folds and the threshold chosen on those folds' out-of-fold
    probabilities (nested), then the fold's documents are grouped among themselves and its
    mentions clustered. The clusters of all folds are scored together (CoNLL F1 etc.).
    """
    folds, chains, members = _load_folds(data, k, limit)
    return _cross_validate(folds, chains, members, l2)


def _cross_validate(folds: list[_Fold], chains: dict[str, list[str]],
                    members: list[list[str]], l2: float) -> dict:
    response: list[list[str]] = []
    per_fold = []
    for i, fold in enumerate(folds):
        rest = [f for j, f in enumerate(folds) if j != i]
        model, _ = _fit_with_threshold(rest, chains, l2)
        found = _cut([fold], [_trees(fold, model)], model.threshold)
        response += found
        keys = {m.key for g in fold.groups for m in g}
        key = [c for c in ([m for m in c if m in keys] for c in chains.values()) if c]
        per_fold.append({"topics": members[i], "threshold": model.threshold,
                         "subtopic": model.subtopic,
                         "conll_f1": round(conll(key, found)["conll_f1"], 4)})
    result: dict = conll(list(chains.values()), response)
    result.update(folds=per_fold, k=len(folds),
                  n_mentions=sum(len(c) for c in chains.values()))
    return result
