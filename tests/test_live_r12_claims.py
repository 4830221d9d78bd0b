"""``agreement.match_claims`` counting each claim against the index of the claims after it
gives the pairs, kinds and order of counting every candidate and keeping those after it."""

from __future__ import annotations

import random
from collections import Counter, defaultdict

from sitroom.link import agreement as ag
from sitroom.link import disputes

SYLLABLES = ("ka", "lo", "mer", "tan", "vis", "ru", "pol", "den", "sa", "gor")
VERBS = ("said", "denied that", "confirmed", "reported", "rejected claims that")


def _by_every_candidate(claims):
    """The matches as counted before: every candidate of every stem, those after it kept."""
    stems, denies = ag._claim_features(claims)
    df: Counter[str] = Counter(s for st in stems for s in st)
    index: dict[str, list[int]] = defaultdict(list)
    for i, st in enumerate(stems):
        for s in st:
            if df[s] <= ag.MAX_DF:
                index[s].append(i)
    out = []
    for i, st in enumerate(stems):
        shared = Counter(j for s in st if df[s] <= ag.MAX_DF for j in index[s] if j > i)
        for j, n in sorted(shared.items()):
            if n < ag.MIN_SHARED or claims[i]["doc"] == claims[j]["doc"]:
                continue
            common = len(st & stems[j])
            cover = min(common / len(st), common / len(stems[j]))
            if denies[i] != denies[j] and cover >= ag.DENY_OVERLAP:
                d, o = (i, j) if denies[i] else (j, i)
                if disputes.denies(claims[d]["text"], claims[o]["text"]):
                    out.append((i, j, "denies"))
                elif cover >= ag.DISCUSS_OVERLAP:
                    out.append((i, j, "discusses"))
            elif denies[i] == denies[j] and cover >= ag.OVERLAP and (
                    claims[i]["polarity"] == claims[j]["polarity"]):
                out.append((i, j, "agrees"))
            elif cover >= ag.DISCUSS_OVERLAP:
                out.append((i, j, "discusses"))
    return out


def test_the_matches_are_those_of_counting_every_candidate():
    rng = random.Random(12)
    vocabulary = sorted({"".join(rng.choice(SYLLABLES) for _ in range(3)) for _ in range(120)})
    claims = []
    for k in range(600):
        topic = rng.randrange(0, len(vocabulary) - 12)  # claims of one topic share words
        words = rng.sample(vocabulary[topic:topic + 12], rng.randint(5, 9))
        text = f"The {words[0]} {rng.choice(VERBS)} {' '.join(words[1:])}."
        claims.append({"doc": f"d{k // 3}", "text": text,
                       "polarity": rng.choice(["positive", "positive", "negative"])})
    got = ag.match_claims(claims)
    assert got == _by_every_candidate(claims)
    assert len(got) > 100 and {k for *_, k in got} >= {"agrees", "discusses"}
