"""Framing: how each outlet tells the story, against the others.

Per outlet:
- ``terms``: the words and two-word phrases that distinguish its coverage from the other
  outlets', by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and
  Quinn 2008, "Fightin' Words"): the prior is the whole corpus's term frequencies scaled to
  ``PRIOR_WEIGHT`` pseudo-counts, and each term's difference of log-odds is divided by its
  standard deviation to give a z-score; terms with z over ``Z_MIN`` are kept, highest first.
- ``tone``: for the main actors, the balance of evaluative words (a small general-English
  lexicon below, negation flipping the next words) in the outlet's sentences that mention the
  actor: (positive - negative) / (positive + negative), in -1..1, with the sentence count.
- ``omits``: main actors and claims several other outlets carry and this one never mentions.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from typing import Any

from ..model import Extraction
from .textsim import STOPWORDS, words

PRIOR_WEIGHT = 500.0
Z_MIN = 1.0  # shown with their z; over 1.96 is significant at 5%, rare on a few reports
TOP_TERMS = 15
MAIN_ACTORS = 10

_POSITIVE = frozenset("""
heroic hero heroes brave bravery courageous courage legitimate lawful peaceful peace calm
patriotic patriot loyal success successful victory triumph restore restored restoring stable
stability responsible reasonable wise decisive honest respected popular support supported
praise praised welcome welcomed defend defended defending protect protected protecting
liberate liberated liberation justice fair democratic freedom free rescue rescued save saved
saving strong strength professional disciplined order orderly secure safety safe hope hopeful
humanitarian generous dignity dignified constructive reform progress prosperity heroism
""".split())
_NEGATIVE = frozenset("""
brutal brutality criminal criminals crime crimes corrupt corruption fascist fascistic
terrorist terrorists terror treason traitor traitors betrayal betray betrayed illegal
illegitimate lawless reckless chaos chaotic violent violence aggression aggressive
murderous murder murdered atrocity atrocities massacre cruel cruelty ruthless rogue thug thugs
warlord  looting looted plunder lies lie lying liar propaganda
disinformation incompetent incompetence failure failed failing debacle disaster disastrous
catastrophe catastrophic weak weakness paralysed paralyzed collapse collapsed rant ranted
vitriolic hatred hate hateful dangerous  illegally shameful
scandal scandalous fraud fraudulent 
oppression oppressive repression repressive authoritarian dictator dictatorship tyranny
panic fear  deceive deceiving deceived conspiracy plot bloodshed
""".split())
_NEGATORS = frozenset("not no never without nor hardly n't".split())
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def _terms(text: str) -> list[str]:
    """Unigrams and bigrams of content words (stop words, numbers and short words out)."""
    toks = [w for w in words(text) if not w.isdigit()]
    uni = [w for w in toks if w not in STOPWORDS and len(w) > 2 and w.isalpha()]
    bi = [f"{a} {b}" for a, b in zip(toks, toks[1:])
          if a not in STOPWORDS and b not in STOPWORDS and len(a) > 2 and len(b) > 2
          and a.isalpha() and b.isalpha()]
    return uni + bi


def log_odds(counts: dict[str, Counter[str]], prior_weight: float = PRIOR_WEIGHT
             ) -> dict[str, dict[str, float]]:
    """Group -> term -> z-score of the log-odds ratio of the group against all the others,
    with an informative Dirichlet prior from the pooled counts (Monroe et al. 2008)."""
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    n_all = sum(total.values())
    if not n_all:
        return {g: {} for g in counts}
    alpha = {w: prior_weight * c / n_all for w, c in total.items()}
    a0 = sum(alpha.values())
    out: dict[str, dict[str, float]] = {}
    for g, c in counts.items():
        n_i = sum(c.values())
        n_j = n_all - n_i
        z: dict[str, float] = {}
        for w, y_i in c.items():
            y_j = total[w] - y_i
            a = alpha[w]
            d = (math.log((y_i + a) / (n_i + a0 - y_i - a))
                 - math.log((y_j + a) / (n_j + a0 - y_j - a)))
            z[w] = d / math.sqrt(1.0 / (y_i + a) + 1.0 / (y_j + a))
        out[g] = z
    return out


def tone_counts(sentence: str) -> tuple[int, int]:
    """(positive, negative) evaluative words of a sentence; a negator flips the next three."""
    pos = neg = 0
    flip = 0
    for w in _WORD.findall(sentence.lower().replace("’", "'")):
        if w in _NEGATORS or w.endswith("n't"):
            flip = 3
            continue
        p, n = w in _POSITIVE, w in _NEGATIVE
        if flip:
            p, n = n, p
            flip -= 1
        pos += p
        neg += n
    return pos, neg


def build_framing(documents: list[dict[str, Any]], extractions: list[Extraction],
                  texts: dict[str, str], actors: list[dict[str, Any]],
                  claims: list[dict[str, Any]],
                  mention_actor: dict[tuple[str, int], str] | None = None
                  ) -> list[dict[str, Any]]:
    """The ``framing`` records, one per outlet (outlets in order of first report).

    ``documents``: metadata rows (id, outlet); ``extractions``: per-document records (their
    sentences and actor mentions); ``texts``: doc id -> text; ``actors``/``claims``: picture
    records (claims with ``outlets`` when matched across reports); ``mention_actor``: (doc,
    mention index) -> actor id."""
    outlet_of = {d["id"]: d.get("outlet") or "unknown outlet" for d in documents
                 if not d.get("copy_of")}
    outlets = list(dict.fromkeys(outlet_of.values()))
    docs_of: dict[str, list[str]] = defaultdict(list)
    counts: dict[str, Counter[str]] = {o: Counter() for o in outlets}
    for d, o in outlet_of.items():
        docs_of[o].append(d)
        counts[o].update(_terms(texts.get(d, "")))
    z = log_odds(counts) if len(outlets) > 1 else {o: {} for o in outlets}

    main = [a for a in actors if a.get("kind") in ("person", "organisation", "state",
                                                   "armed_group")][:MAIN_ACTORS]
    main_ids = {a["id"] for a in main}
    tone: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    mentioned: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        o = outlet_of.get(ex.doc)
        if o is None:
            continue
        text = texts.get(ex.doc, "")
        seen: set[tuple[str, int]] = set()
        for mi, m in enumerate(ex.actors):
            aid = (mention_actor or {}).get((ex.doc, mi))
            if not aid:
                continue
            mentioned[o].add(aid)
            if aid not in main_ids or (aid, m.sent) in seen or m.sent >= len(ex.sentences):
                continue
            seen.add((aid, m.sent))
            s, e = ex.sentences[m.sent]
            p, n = tone_counts(text[s:e])
            t = tone[(o, aid)]
            t[0] += p
            t[1] += n
            t[2] += 1
    shared_claims = [c for c in claims if len(c.get("outlets") or {}) >= 2]
    out = []
    for o in outlets:
        terms = sorted(((w, v) for w, v in z[o].items() if v > Z_MIN),
                       key=lambda x: -x[1])[:TOP_TERMS]
        tones = []
        for a in main:
            p, n, k = tone.get((o, a["id"]), (0, 0, 0))
            if k:
                tones.append({"actor": a["id"], "name": a["name"],
                              "tone": round((p - n) / (p + n), 3) if p + n else 0.0, "n": k})
        others = len(outlets) - 1
        omitted_actors = [a["id"] for a in main if a["id"] not in mentioned[o] and others and
                          sum(a["id"] in mentioned[x] for x in outlets if x != o) >= max(1, others / 2)]
        omitted_claims = [c["id"] for c in shared_claims if o not in (c.get("outlets") or {})]
        out.append({
            "id": "framing:" + re.sub(r"[^a-z0-9]+", "-", o.lower()).strip("-"),
            "outlet": o,
            "docs": docs_of[o],
            "terms": [{"term": w, "z": round(v, 2), "count": counts[o][w]} for w, v in terms],
            "tone": tones,
            "omits": {"actors": omitted_actors, "claims": omitted_claims},
        })
    return out
