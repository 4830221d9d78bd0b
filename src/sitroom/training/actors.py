"""A learned false-actor filter, tried (issue 14 items 3 and 5): a logistic regression over
cheap features of each judged actor's mention in the shipped pipeline's output, fitted on the
judged draws 1528-1533 (docs/judgements/actors.md), the threshold chosen by cross-validation
grouped by document, scored once on the untouched draw 1534.

``python -m sitroom.training.actors --data ../shared/eval [--older]`` prints the CV and 1534
figures (``--older``: fit on draws 1519-1533). Needs scikit-learn (training only). It did not
help 1534 (docs/quality.md, round 13), so nothing of it runs in the pipeline.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import numpy as np

KINDS = ("person", "organisation", "state", "armed_group", "group")
ENTS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")
FEATURES = (*(f"kind_{k}" for k in KINDS), *(f"ent_{e}" for e in ENTS), "ent_none",
            "log_mentions", "log_pronouns", "subject", "object", "possessor", "by_agent",
            "line_words_le6", "line_no_verb", "line_title_case", "line_no_stop",
            "position", "gazetteer_place", "name_words", "all_caps", "lower_start",
            "has_role", "in_quote", "title_line_first", "one_report_char",
            "pobj", "modifier", "appos", "head_propn", "head_noun", "conj")
TRAIN_SEEDS = (1528, 1529, 1530, 1531, 1532, 1533)
TEST_SEED = 1534
OLDER_SEEDS = (1519, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1527)
_HEAD = re.compile(r"^(?:### Seed |#+ .*untouched draw )(15\d\d)\b.*(?:judged before|drawn after|$)")


def draw_tables(md: str, first: int = 1528) -> dict[int, str]:
    """The judged table of each draw ``first``-1534 in docs/judgements/actors.md (its first
    table under a heading naming the seed)."""
    out: dict[int, list[str]] = {}
    seed = None
    for line in md.splitlines():
        m = _HEAD.match(line)
        if line.startswith("#"):
            seed = int(m.group(1)) if m and (line.startswith("### Seed")
                                             or "judged before" in line) else None
            if seed is not None and seed in out:
                seed = None
            if seed is not None:
                out[seed] = []
            continue
        if seed is not None:
            out[seed].append(line)
    return {s: "\n".join(v) for s, v in out.items() if first <= s <= 1534}


def _line(text: str, s: int) -> str:
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    return text[a:b if b >= 0 else len(text)]


def actor_features(adoc: Any, ms: list, k: int) -> list[float]:
    """Features of mention ``k`` of the document's actor mentions ``ms`` (extract_actors)."""
    from ..extract.actor_filters import _known_place

    m = ms[k]
    text = adoc.text
    same = [j for j, x in enumerate(ms) if x.name == m.name]
    pron = [j for j, x in enumerate(ms) if x.coref_of is not None and x.coref_of in same]
    deps: set[str] = set()
    ent = ""
    pos = ""
    for j in same:
        x = ms[j]
        s, e = adoc.token_at(x.start), adoc.token_at(max(x.start, x.end - 1)) + 1
        toks = adoc.tokens[s:e]
        if not toks:
            continue
        head = next((t for t in toks if not (s <= t.head < e) or t.head == t.i), toks[-1])
        deps.add(head.dep)
        if j == k:
            ent, pos = head.ent_type, head.pos
        if head.dep == "pobj" and adoc.tokens[head.head].text.lower() == "by":
            deps.add("agent_by")
    line = _line(text, m.start)
    lwords = line.split()
    a0 = text.rfind("\n", 0, m.start) + 1
    ls, le = adoc.token_at(a0), adoc.token_at(max(a0, a0 + len(line) - 1)) + 1
    ltoks = adoc.tokens[ls:le]
    caps = [w for w in lwords if w[:1].isalpha()]
    quote = text[max(0, text.rfind("\n", 0, m.start)):m.start].count("\u201c") + text[
        max(0, text.rfind("\n", 0, m.start)):m.start].count('"')
    f = [float(m.kind == kk) for kk in KINDS]
    f += [float(ent == e) for e in ENTS] + [float(ent not in ENTS)]
    f += [np.log1p(len(same)), np.log1p(len(pron)),
          float(bool(deps & {"nsubj", "nsubjpass", "csubj"})),
          float(bool(deps & {"dobj", "iobj", "dative"})), float("poss" in deps),
          float("agent_by" in deps),
          float(len(lwords) <= 6), float(not any(t.pos in ("VERB", "AUX") for t in ltoks)),
          float(bool(caps) and all(w[0].isupper() for w in caps)),
          float(not line.rstrip().endswith((".", "?", "!", '"', "\u201d"))),
          m.start / max(1, len(text)), float(_known_place(m.name)),
          float(len(m.name.split())), float(m.name.isupper() and len(m.name) > 1),
          float(m.text[:1].islower()), float(m.role is not None), float(quote % 2 == 1),
          float(m.start < text.find("\n") if "\n" in text else 0.0),
          float(len(m.name) <= 3), float("pobj" in deps),
          float(bool(deps & {"compound", "nmod", "amod"})), float("appos" in deps),
          float(pos == "PROPN"), float(pos == "NOUN"), float("conj" in deps)]
    return f


def table_rows(data: Path, md: str, first: int = 1528) -> list[dict]:
    """Each judged row of draws 1528-1534 with its seed, label (1 real) and features, from the
    current pipeline's mention at that span (rows whose mention is gone are left out)."""
    from ..annotate import annotate
    from ..eval.actor_draws import fnc1_documents, judged_rows
    from ..extract.actors import extract_actors
    from ..ingest import IngestFailure, read_paths

    tables = draw_tables(md, first)
    rows = [dict(r, seed=s) for s, t in sorted(tables.items()) for r in judged_rows(t)]
    files = {r["file"] for r in rows}
    fnc = [d for d in fnc1_documents(data / "stance-fnc1" / "bodies.csv") if d.id in files]
    polnear = data / "quotes-polnear" / "data"
    paths = sorted({d / f for d in (polnear / "train" / "text", polnear / "dev" / "text")
                    for f in files if not f.startswith("fnc1-") and (d / f).is_file()})
    docs = fnc + [d for d in read_paths(paths) if not isinstance(d, IngestFailure)]
    feats: dict[str, tuple[Any, Any]] = {}
    for a in annotate(docs):
        feats[Path(a.doc.source or a.doc.id).name] = (a, extract_actors(a))
    out = []
    for r in rows:
        if r["file"] not in feats:
            continue
        adoc, ms = feats[r["file"]]
        exact = [j for j, x in enumerate(ms) if x.start == r["start"] and x.end == r["end"]]
        over = [j for j, x in enumerate(ms) if x.start < r["end"] and x.end > r["start"]]
        if not (exact or over):
            continue
        r["y"] = int(r["verdict"].startswith("real"))
        r["x"] = actor_features(adoc, ms, (exact or over)[0])
        out.append(r)
    return out


def main(argv: list[str] | None = None) -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--judged", type=Path, default=Path("docs/judgements/actors.md"))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--older", action="store_true", help="fit on draws 1519-1527 too")
    args = ap.parse_args(argv)
    first = 1519 if args.older else 1528
    rows = table_rows(args.data, args.judged.read_text(encoding="utf-8"), first)
    tr = [r for r in rows if r["seed"] != TEST_SEED]
    te = [r for r in rows if r["seed"] == TEST_SEED]
    x = np.array([r["x"] for r in tr])
    y = np.array([r["y"] for r in tr])
    g = np.array([r["file"] for r in tr])
    print(f"train rows {len(tr)} ({y.mean():.3f} real), test rows {len(te)}")
    mu, sd = x.mean(0), x.std(0) + 1e-9
    p = np.zeros(len(y))
    for a, b in GroupKFold(n_splits=5).split(x, y, g):
        mdl = LogisticRegression(C=1.0 / args.l2, max_iter=5000).fit((x[a] - mu) / sd, y[a])
        p[b] = mdl.predict_proba((x[b] - mu) / sd)[:, 1]
    best = (0.0, 0.0)
    for t in np.arange(0.05, 0.95, 0.01):
        keep = p >= t
        lost = ((~keep) & (y == 1)).sum() / max(1, y.sum())
        share = y[keep].mean() if keep.any() else 0.0
        print_row = f"t={t:.2f} kept {keep.sum()} real share {share:.3f} real lost {lost:.3f}"
        if lost <= 0.02 and share > best[1]:
            best = (t, share)
            print("CV", print_row)
    thr = best[0]
    mdl = LogisticRegression(C=1.0 / args.l2, max_iter=5000).fit((x - mu) / sd, y)
    xt = np.array([r["x"] for r in te])
    yt = np.array([r["y"] for r in te])
    pt = mdl.predict_proba((xt - mu) / sd)[:, 1]
    keep = pt >= thr
    print(f"CV AUC {roc_auc_score(y, p):.3f}; 1534 AUC {roc_auc_score(yt, pt):.3f}")
    print(f"CV base {y.mean():.3f}; CV-chosen threshold {thr:.2f} -> CV real share {best[1]:.3f}")
    print(f"1534 before {yt.sum()}/{len(yt)} = {yt.mean():.3f}; after {yt[keep].sum()}/"
          f"{keep.sum()} = {yt[keep].mean():.3f}; real dropped {((~keep) & (yt == 1)).sum()}, "
          f"false dropped {((~keep) & (yt == 0)).sum()}")
    for f, w in sorted(zip(FEATURES, mdl.coef_[0]), key=lambda z: -abs(z[1]))[:12]:
        print(f"  {f:20s} {w:+.3f}")


if __name__ == "__main__":
    main()
