"""Near-duplicate detection: a labelled set of report pairs built offline from ECB+, and the
precision and recall of :class:`sitroom.ingest.dedup.NearDuplicates`'s decision on it.

Copies (positives) are the ways wire copy is reused: an article cut at 40-90%, its lead cut
off, one word in twenty or in ten replaced, cut and edited at once. Not copies (negatives) are
every pair of different articles of one ECB+ topic (the same happening told by different
outlets, the hardest case) and a sample of pairs across topics. Topics with odd numbers are
the development half (the thresholds are chosen there), even ones the held-out half.
"""

from __future__ import annotations

import random
import re
from itertools import combinations
from pathlib import Path

from ..ingest.dedup import NearDuplicates, is_copy, overlap, shingles

_TOKEN = re.compile(r"<token[^>]*>([^<]*)</token>")


def read_topics(root: Path) -> dict[int, list[str]]:
    """ECB+ topic number -> its articles' texts (tokens joined by spaces)."""
    out: dict[int, list[str]] = {}
    for f in sorted(Path(root).glob("*/*.xml")):
        topic = int(f.parent.name)
        words = _TOKEN.findall(f.read_text(encoding="utf-8"))
        if len(words) >= 60:
            out.setdefault(topic, []).append(" ".join(words))
    return out


def _mutations(text: str, rng: random.Random, vocab: list[str]) -> dict[str, str]:
    words = text.split()
    n = len(words)

    def edited(ws: list[str], every: int) -> str:
        ws = list(ws)
        for i in range(rng.randrange(every), len(ws), every):
            ws[i] = rng.choice(vocab)
        return " ".join(ws)

    return {
        "cut 40%": " ".join(words[: int(n * 0.4)]),
        "cut 60%": " ".join(words[: int(n * 0.6)]),
        "cut 80%": " ".join(words[: int(n * 0.8)]),
        "lead cut": " ".join(words[int(n * 0.2):]),
        "1 word in 20": edited(words, 20),
        "1 word in 10": edited(words, 10),
        "cut 60% + 1 in 20": edited(words[: int(n * 0.6)], 20),
    }


def labelled_pairs(root: Path, seed: int = 7) -> list[tuple[int, str, str, bool, str]]:
    """(topic, text a, text b, is a copy, how made) for the whole set."""
    rng = random.Random(seed)
    topics = read_topics(root)
    vocab = sorted({w for texts in topics.values() for t in texts for w in t.split()})
    out = []
    for topic, texts in topics.items():
        for t in texts:
            for how, m in _mutations(t, rng, vocab).items():
                out.append((topic, t, m, True, how))
        for a, b in combinations(texts, 2):
            out.append((topic, a, b, False, "same topic"))
    keys = sorted(topics)
    for _ in range(len(out) // 10):
        ta, tb = rng.sample(keys, 2)
        out.append((ta, rng.choice(topics[ta]), rng.choice(topics[tb]), False, "other topic"))
    return out


def _features(pairs, size: int) -> list[tuple[float, float, int, bool, str]]:
    out = []
    for _, a, b, gold, how in pairs:
        sa, sb = shingles(a, size), shingles(b, size)
        out.append((*overlap(sa, sb), gold, how))
    return out


def score(features, resemblance: float, containment: float) -> dict[str, float]:
    """Precision, recall, F1 of the copy decision and the recall of each kind of copy."""
    tp = fp = fn = 0
    by_how: dict[str, list[int]] = {}
    for jac, con, small, gold, how in features:
        pred = is_copy(jac, con, small, resemblance, containment)
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
        if gold:
            by_how.setdefault(how, []).append(int(pred))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    out = {"precision": round(p, 3), "recall": round(r, 3),
           "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "pairs": len(features)}
    out.update({f"recall {h}": round(sum(v) / len(v), 3) for h, v in sorted(by_how.items())})
    return out


def choose(root: Path) -> dict[str, object]:
    """Choose the shingle size and thresholds on the development topics (best F1, ties to
    the higher thresholds) and score them on both halves, beside the former rule
    (Jaccard of 5-word shingles >= 0.8 alone)."""
    pairs = labelled_pairs(root)
    dev = [p for p in pairs if p[0] % 2 == 1]
    held = [p for p in pairs if p[0] % 2 == 0]
    best: tuple[tuple[float, float, float], int] | None = None
    feats = {}
    for size in (3, 4, 5):
        feats[size] = _features(dev, size)
        for res in (0.5, 0.6, 0.7, 0.8):
            for con in (0.5, 0.6, 0.7, 0.8, 0.9):
                key = (score(feats[size], res, con)["f1"], res, con)
                if best is None or key > best[0]:
                    best = (key, size)
    assert best is not None
    (_, res, con), size = best
    held5 = _features(held, 5)
    return {"shingle": size, "resemblance": res, "containment": con,
            "dev": score(feats[size], res, con),
            "held_out": score(_features(held, size), res, con),
            "shipped_held_out": shipped(held),
            "before_dev": score(feats[5], 0.8, 2.0), "before_held_out": score(held5, 0.8, 2.0)}


def shipped(pairs) -> dict[str, float]:
    """The shipped index (:class:`NearDuplicates` with its defaults, LSH candidates and all)
    on ``pairs``: is the second text found to be a copy of the first?"""
    feats = []
    for _, a, b, gold, how in pairs:
        near = NearDuplicates()
        near.add("a", a)
        found = near.add("b", b) == "a"
        feats.append((1.0 if found else 0.0, 0.0, 0, gold, how))
    return score(feats, 0.5, 2.0)


if __name__ == "__main__":  # python -m sitroom.eval.dedup [ECB+ folder]
    import json
    import sys

    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/coref-ecbplus/ECB+")
    print(json.dumps(choose(folder), indent=1))
