"""Framing: how each outlet tells the story, against the others.

Per outlet (copies of other reports left out):

- ``terms``: the words and two-word phrases that distinguish its coverage from the other
  outlets', by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and
  Quinn 2008, "Fightin' Words", eq. 16-22): the prior is the whole corpus's term frequencies
  scaled to ``PRIOR_SHARE`` of its size in pseudo-counts, at most ``PRIOR_WEIGHT`` (so that on a
  few reports the prior does not drown the counts, and on many it stays a light one); each
  term's difference of log-odds (outlet against all the others) is divided by its standard
  deviation to give a z-score; the ``TOP_TERMS``
  terms with z over ``Z_MIN`` (significant at 5%) are kept, highest first; ``leaning`` holds
  the next ``LEAN_TOP`` terms the outlet uses at least ``LEAN_COUNT`` times with z over
  ``LEAN_MIN``, not significant (a few short reports rarely are) but the direction its wording
  leans, shown as such. Terms are lower-cased
  words and bigrams without stop words, numbers, the outlets' own names or initials (an outlet
  naming itself says nothing about its framing) and format words (``FORMAT_WORDS``: live-blog
  headers, time zones). With one outlet there is nothing to
  contrast: no terms.
- ``tone``: for the main actors (the most widely reported, ``MAIN_ACTORS``), the balance of
  evaluative words (a small general-English lexicon below; a negator flips the next words) in
  the outlet's sentences with a mention resolved to the actor: ``(pos - neg) / (pos + neg + 1)``
  in -1..1 (the +1 keeps a single word from reading as a verdict), with ``n`` the number of
  such sentences.
- ``omits``: main actors that at least half of the other outlets mention and this one never
  does, and claims that two or more other outlets report or corroborate and this one never
  mentions.
- ``words``: how many content words (the unigrams counted for ``terms``) the outlet wrote.

How much text is enough to say something (the reports use :func:`profiled`,
:func:`telling_terms` and :func:`telling_omissions`): a count below ``MIN_TERM_COUNT`` (5) is
within Poisson noise of a word used once by chance (P(X >= 5 | mean 1) = 0.004, while
P(X >= 3 | mean 1) = 0.08 across hundreds of terms gives dozens of false "distinctive" words),
so only terms used at least that often are shown; and an outlet needs ``MIN_WORDS`` (1,000)
content words before a word that is not the story's own vocabulary (a rate under 0.5% of
content words, which only the crisis's main names and verbs exceed) can reach that count. An
outlet under it (on a real corpus: most outlets, who send one or two reports) gets no panel of
its own; the reports group those outlets into one. What an outlet "leaves out" is shown only
for profiled outlets and only for claims at least half of the other outlets carry (a claim two
of fifteen outlets carry is not missing from the others).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from typing import Any
from collections.abc import Iterable

from .. import lexicon
from ..model import Extraction
from . import blockcache
from .textsim import STOPWORDS, words

PRIOR_WEIGHT = 500.0
PRIOR_SHARE = 0.1
Z_MIN = 1.96
TOP_TERMS = 15
LEAN_MIN = 0.5
LEAN_TOP = 10
LEAN_COUNT = 2
MIN_TERM_COUNT = 5  # a term's uses before it can set an outlet apart (see the module notes)
MIN_WORDS = 1000  # an outlet's content words before it gets a framing panel of its own
MAIN_ACTORS = 10
ACTOR_KINDS = ("person", "organisation", "state", "government", "armed_group")
NEGATION_SPAN = 3  # words after a negator whose polarity flips

# General English evaluative vocabulary (news and commentary register), not tied to any story.
POSITIVE = lexicon.words("framing", "positive")
NEGATIVE = lexicon.words("framing", "negative")
NEGATORS = lexicon.words("negators", "framing")
# words of a report's format, not of its framing (live-blog headers, time zones)
TIME_ZONES = ("UTC", "GMT", "CET", "CEST", "EET", "EEST", "WET", "WEST", "BST", "IST", "MSK",
              "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "JST", "KST", "HKT", "SGT",
              "AEST", "AEDT", "GST")
FORMAT_WORDS = frozenset({"update", "updated", "updates", "live", "breaking"}
                         | {z.lower() for z in TIME_ZONES})
_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_OPEN_QUOTES = "“\"‘'«"
_CLOSE_QUOTES = "”\"’'»"


def outlet_initials(outlet: str) -> str:
    """The initials of an outlet's name without its stop words ("The Coast Wire" -> "cw")."""
    return "".join(w[0] for w in words(outlet) if w.isalpha() and w not in STOPWORDS)


def outlet_words(outlet: str) -> set[str]:
    """The outlet's own name words and their initials ("Coast Wire Service" -> coast, wire,
    service, cws), which are left out of its terms."""
    return {w for w in words(outlet) if w.isalpha()} | {outlet_initials(outlet)}


def _content(w: str, skip: set[str]) -> bool:
    """A word that may make a term: alphabetic, three letters or more, not a stop word."""
    return len(w) > 2 and w.isalpha() and w not in STOPWORDS and w not in skip


def terms_of(text: str, skip: Iterable[str] = ()) -> list[str]:
    """Unigrams and bigrams of content words of ``text`` (lower-cased; possessive 's dropped;
    stop words, numbers, short words and the words in ``skip`` out). Bigrams are made of two
    adjacent content words."""
    skip_set = set(skip)
    toks = [w[:-2] if w.endswith("'s") else w for w in words(text)]
    uni = [w for w in toks if _content(w, skip_set)]
    bi = [f"{a} {b}" for a, b in zip(toks, toks[1:])
          if _content(a, skip_set) and _content(b, skip_set)]
    return uni + bi


def log_odds(counts: dict[str, Counter[str]], prior_weight: float | None = None
             ) -> dict[str, dict[str, float]]:
    """Group -> term -> z-score of the log-odds ratio of the group against all the others,
    with an informative Dirichlet prior from the pooled counts (Monroe et al. 2008).

    ``counts``: group -> term counts; ``prior_weight``: the prior's pseudo-counts (default:
    ``PRIOR_SHARE`` of the corpus, at most ``PRIOR_WEIGHT``). Gives the z of every term each
    group uses."""
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    n_all = sum(total.values())
    if not n_all:
        return {g: {} for g in counts}
    if prior_weight is None:
        prior_weight = min(PRIOR_WEIGHT, PRIOR_SHARE * n_all)
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


def _scare_quoted(text: str, start: int, end: int) -> bool:
    """A word in quotation marks on its own (the “legitimate” interests): the writer distances
    itself from the word, which then does not count for tone."""
    return (start > 0 and text[start - 1] in _OPEN_QUOTES
            and end < len(text) and text[end] in _CLOSE_QUOTES)


def tone_counts(sentence: str) -> tuple[int, int]:
    """(positive, negative) evaluative words of a sentence; a negator ("not", "never",
    "-n't", "avoid") flips the polarity of the next ``NEGATION_SPAN`` words. Capitalised words
    after the first are parts of names ("Free Radio") and scare-quoted words (the “legitimate”
    interests) are the writer's distance from the word: neither counts."""
    pos = neg = 0
    flip = 0
    text = sentence.replace("’", "'")
    for i, m in enumerate(_TOKEN.finditer(text)):
        tok, w = m.group(), m.group().lower()
        if w in NEGATORS or w.endswith("n't"):
            flip = NEGATION_SPAN
            continue
        ignored = (i > 0 and tok[0].isupper()) or _scare_quoted(text, m.start(), m.end())
        p, n = w in POSITIVE and not ignored, w in NEGATIVE and not ignored
        if flip:
            p, n = n, p
            flip -= 1
        pos += p
        neg += n
    return pos, neg


def tone_score(pos: int, neg: int) -> float:
    """Tone in -1..1 from evaluative word counts, shrunk towards 0 when there are few."""
    return round((pos - neg) / (pos + neg + 1), 3)


def _slug(outlet: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", outlet.lower()).strip("-") or "outlet"


def _main_actors(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``MAIN_ACTORS`` actors of the kinds that can be framed, most reports first."""
    ranked = sorted((a for a in actors if a.get("kind") in ACTOR_KINDS),
                    key=lambda a: (-len(a.get("docs") or ()), -int(a.get("mentions") or 0)))
    return ranked[:MAIN_ACTORS]


def _distinctive_terms(outlet_of: dict[str, str], texts: dict[str, str]
                       ) -> tuple[dict[str, dict[str, float]], dict[str, Counter[str]]]:
    """Per outlet: term -> z (empty with a single outlet) and term counts."""
    outlets = list(dict.fromkeys(outlet_of.values()))
    counts: dict[str, Counter[str]] = {o: Counter() for o in outlets}
    skip = set(FORMAT_WORDS).union(*(outlet_words(o) for o in outlets))
    docs: dict[str, list[str]] = {o: [] for o in outlets}
    for d, o in outlet_of.items():
        docs[o].append(d)
    for o in outlets:
        counts[o] = _outlet_counts(docs[o], texts, skip)
    z = log_odds(counts) if len(outlets) > 1 else {o: {} for o in outlets}
    return z, counts


def _outlet_counts(docs: list[str], texts: dict[str, str], skip: set[str]) -> Counter[str]:
    """The term counts of an outlet's reports (in order), through the running link's part
    memo: the counts after each report are keyed by a chain hash of the skipped words and the
    reports so far (id and text), so an outlet's new report adds its own terms to the counts
    stored for the reports before it, and the other outlets' counts are read whole."""
    chain, h = [], blockcache.text_hash("\x1f".join(sorted(skip)))
    for d in docs:
        h = blockcache.text_hash(f"{h}\0{d}\0{blockcache.text_hash(texts.get(d, ''))}")
        chain.append(h)
    m = blockcache.memo()
    found = {len(chain) - 1: v for v in m.probe("terms", chain[-1:]).values()} \
        if m and chain else {}
    if not found and m and len(chain) > 1:  # the counts before the newest reports
        found = m.probe("terms", chain[:-1])
        found = dict([max(found.items())]) if found else {}
    start = max(found) + 1 if found else 0
    counts: Counter[str] = Counter(found[start - 1]) if found else Counter()
    for d in docs[start:]:
        counts.update(terms_of(texts.get(d, ""), skip))
    if m is not None and chain and start < len(chain):
        counts = Counter(m.keep("terms", chain[-1], dict(counts)))
    return counts


def _tones(extractions: list[Extraction], texts: dict[str, str]
           ) -> list[dict[int, tuple[int, int]]]:
    """For each report: sentence -> (positive, negative) words of each of its sentences with
    an actor mention, through the running link's part memo (keyed by those sentences' texts)."""
    sents, spans = [], []
    for ex in extractions:
        text = texts.get(ex.doc, "")
        ss = sorted({m.sent for m in ex.actors if 0 <= m.sent < len(ex.sentences)})
        sents.append(ss)
        spans.append([text[ex.sentences[i][0]:ex.sentences[i][1]] for i in ss])
    found = blockcache.memo_values("tone", ["\x1f".join(x) for x in spans],
                                   lambda k: [tone_counts(x) for x in spans[k]])
    return [{i: (p, n) for i, (p, n) in zip(ss, f)} for ss, f in zip(sents, found)]


def _actor_sentences(outlet_of: dict[str, str], extractions: list[Extraction],
                     texts: dict[str, str], mention_actor: dict[tuple[str, int], str]
                     ) -> tuple[dict[tuple[str, str], list[int]], dict[str, set[str]]]:
    """(outlet, actor) -> [positive words, negative words, sentences] over the sentences with
    a mention resolved to the actor, and outlet -> every actor it mentions."""
    tone: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    mentioned: dict[str, set[str]] = defaultdict(set)
    kept = [ex for ex in extractions if ex.doc in outlet_of]
    for ex, tones in zip(kept, _tones(kept, texts)):
        o = outlet_of[ex.doc]
        seen: set[tuple[str, int]] = set()
        for mi, m in enumerate(ex.actors):
            aid = mention_actor.get((ex.doc, mi))
            if not aid:
                continue
            mentioned[o].add(aid)
            if (aid, m.sent) in seen or not 0 <= m.sent < len(ex.sentences):
                continue
            seen.add((aid, m.sent))
            p, n = tones[m.sent]
            t = tone[(o, aid)]
            t[0] += p
            t[1] += n
            t[2] += 1
    return tone, mentioned


def _carriers(claim: dict[str, Any]) -> set[str]:
    """The outlets that report or corroborate a claim (not those only discussing or
    contradicting it)."""
    return {o for o, role in (claim.get("outlets") or {}).items()
            if role in ("reports", "corroborates")}


def build_framing(documents: list[dict[str, Any]], extractions: list[Extraction],
                  texts: dict[str, str], actors: list[dict[str, Any]],
                  claims: list[dict[str, Any]],
                  mention_actor: dict[tuple[str, int], str] | None = None
                  ) -> list[dict[str, Any]]:
    """The ``framing`` records, one per outlet (outlets in order of first report).

    ``documents``: metadata rows (id, outlet, copy_of); ``extractions``: per-document records
    (their sentences and actor mentions); ``texts``: doc id -> text; ``actors``/``claims``:
    picture records (claims with ``outlets`` when matched across reports); ``mention_actor``:
    (doc, mention index) -> actor id (``link.actors.resolve_actors``). Gives
    ``{id, outlet, docs, terms, tone, omits}`` records as in docs/format.md."""
    outlet_of = {d["id"]: d.get("outlet") or "unknown outlet" for d in documents
                 if not d.get("copy_of")}
    outlets = list(dict.fromkeys(outlet_of.values()))
    z, counts = _distinctive_terms(outlet_of, texts)
    main = _main_actors(actors)
    tone, mentioned = _actor_sentences(outlet_of, extractions, texts, mention_actor or {})
    # each claim's outlets and those carrying it, once (only claims two outlets carry count)
    carriers = [(c, (c.get("outlets") or {}, cs)) for c in claims
                if len(cs := _carriers(c)) >= 2]
    out = []
    for o in outlets:
        others = [x for x in outlets if x != o]
        ranked = sorted(z[o].items(), key=lambda x: (-x[1], x[0]))
        terms = [(w, v) for w, v in ranked if v > Z_MIN][:TOP_TERMS]
        leaning = [(w, v) for w, v in ranked
                   if LEAN_MIN < v <= Z_MIN and counts[o][w] >= LEAN_COUNT][:LEAN_TOP]
        tones = [{"actor": a["id"], "name": a["name"], "tone": tone_score(p, n), "n": k}
                 for a in main for p, n, k in [tone.get((o, a["id"]), (0, 0, 0))] if k]
        omitted_actors = [a["id"] for a in main if others and a["id"] not in mentioned[o]
                          and sum(a["id"] in mentioned[x] for x in others) >= len(others) / 2]
        omitted_claims = [c["id"] for c, carried in carriers if o not in carried[0]
                          and len(carried[1] - {o}) >= 2]
        out.append({
            "id": f"framing:{_slug(o)}",
            "outlet": o,
            "docs": [d for d, x in outlet_of.items() if x == o],
            "terms": [{"term": w, "z": round(v, 2), "count": counts[o][w]} for w, v in terms],
            "leaning": [{"term": w, "z": round(v, 2), "count": counts[o][w]} for w, v in leaning],
            "tone": tones,
            "omits": {"actors": omitted_actors, "claims": omitted_claims},
            "words": sum(n for w, n in counts[o].items() if " " not in w),
        })
    return out


def profiled(record: dict[str, Any]) -> bool:
    """Whether a framing record's outlet wrote enough to say something about its framing
    (``MIN_WORDS`` content words; a record without ``words``, from an older picture, is)."""
    words = record.get("words")
    return not isinstance(words, int) or words >= MIN_WORDS


def telling_terms(record: dict[str, Any], key: str = "terms") -> list[dict[str, Any]]:
    """The record's ``terms`` (or ``leaning``) used often enough to tell (``MIN_TERM_COUNT``);
    all of them in a record without ``words`` (an older picture)."""
    terms = record.get(key) or []
    if not isinstance(record.get("words"), int):
        return terms
    return [t for t in terms if int(t.get("count") or 0) >= MIN_TERM_COUNT]


def telling_omissions(record: dict[str, Any], claims: dict[str, dict[str, Any]],
                      outlets: int) -> list[str]:
    """The omitted claims worth telling: those that at least half of the other outlets (and
    two or more) report or corroborate, and whose words the outlet carries in no other claim
    record (each sentence once). ``claims``: id -> claim (other records may be in it too);
    ``outlets``: how many outlets the picture has. A record without ``words`` (an older picture) keeps all of its omissions."""
    omitted = (record.get("omits") or {}).get("claims") or []
    if not isinstance(record.get("words"), int):
        return omitted
    need = max(2, math.ceil((outlets - 1) / 2))
    outlet = record.get("outlet")

    def said(c: dict[str, Any]) -> str:
        return " ".join(str(c.get("summary") or c.get("text") or "").lower().split())

    # the same words in another claim record the outlet carries are not left out; each
    # sentence is told once
    carried = {said(c) for c in claims.values() if outlet in (c.get("outlets") or {})}
    out, seen = [], set(carried)
    for c in omitted:
        claim = claims.get(c, {})
        if len(_carriers(claim) - {outlet}) >= need and said(claim) not in seen:
            seen.add(said(claim))
            out.append(c)
    return out
