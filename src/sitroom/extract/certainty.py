"""Certainty (factuality) of events and sentences from hedges, evidentials and negation.

Rule-based over the dependency parse of an :class:`~sitroom.model.AnnotatedDoc`:

* ``asserted``    the author states it (``we can be 100% certain that ...`` too);
* ``reported``    attributed: ``reportedly``, ``according to``, ``it has been reported``, ``X said``;
* ``unconfirmed`` ``allegedly``, ``unconfirmed reports``, ``could not be verified``, ``claimed``;
* ``speculated``  modals and hedges: ``may``, ``might``, ``likely``, ``it can be assumed``;
* ``denied``      negation of the predicate, or a content that someone ``denied``/``rejected``.

The score is on the UW factuality scale (-3 certainly did not happen .. +3 certainly did).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import lexicon
from ..lang.words import hedges, words
from ..model import CERTAINTY_DOUBT, AnnotatedDoc, Token

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "factuality_uw.json"

# ordered from least to most uncertain; the most uncertain cue on the path wins
_RANK = CERTAINTY_DOUBT
_BASE_SCORE = lexicon.table("certainty", "base_score")

# modal auxiliaries and their score on the UW scale (positive polarity)
MODALS = lexicon.table("certainty", "modals")
# adverbs / adjectives that hedge, with their category and score
HEDGE_ADVERBS = lexicon.table("certainty", "hedge_adverbs", tuples=True) | hedges()
# governing predicates (lemma) whose complement inherits a category
REPORT_VERBS = lexicon.words("reporting_verbs", "certainty") | words("speech_verbs")
_FUTURE_VERBS = lexicon.words("reporting_verbs", "certainty_future")
UNCONFIRMED_VERBS = lexicon.words("certainty", "unconfirmed_verbs")
SPECULATION_VERBS = lexicon.words("certainty", "speculation_verbs")
# speculation verbs that name a goal of their subject: the goal is not yet a fact, but a
# sentence saying that someone pursues it asserts that
INTENTION_VERBS = lexicon.words("certainty", "intention_verbs")
DENIAL_VERBS = lexicon.words("certainty", "denial_verbs")
CERTAIN_WORDS = lexicon.words("certainty", "certain_words")
HEDGE_ADJECTIVES = lexicon.table("certainty", "hedge_adjectives", tuples=True)
UNVERIFIABLE = lexicon.words("certainty", "unverifiable")
NEGATORS = lexicon.words("negators", "certainty")
CONDITIONAL_MARKS = lexicon.words("certainty", "conditional_marks")
# classes of governing predicates for the score model (Karttunen's implicatives and the
# non-factive predicates whose complement is not yet a fact)
NEG_IMPLICATIVE = lexicon.words("certainty", "neg_implicative")
POS_IMPLICATIVE = lexicon.words("certainty", "pos_implicative")
NONFACTIVE = lexicon.words("certainty", "nonfactive")
NEG_QUANTIFIERS = lexicon.words("certainty", "neg_quantifiers")
NEG_PREPOSITIONS = lexicon.words("certainty", "neg_prepositions")


@dataclass(frozen=True)
class Certainty:
    """Certainty of one predicate or sentence.

    ``certainty`` is one of asserted | reported | unconfirmed | speculated | denied,
    ``polarity`` positive | negative, ``score`` the UW factuality -3..+3, ``cue`` the
    word(s) that set the certainty (None when asserted without a cue).
    """

    certainty: str
    polarity: str
    score: float
    cue: str | None


ASSERTED = Certainty("asserted", "positive", 3.0, None)


@dataclass
class _Acc:
    category: str = "asserted"
    score: float = 3.0
    negative: bool = False
    cues: dict[int, str] = field(default_factory=dict)  # token index -> cue text

    def add(self, category: str, score: float, cue: str, at: int) -> None:
        self.cues.setdefault(at, cue)
        if _RANK[category] > _RANK[self.category]:
            self.category = category
        self.score = min(self.score, score)


def _low(t: Token) -> str:
    return t.text.lower()


def _local_cues(adoc: AnnotatedDoc, i: int, acc: _Acc) -> None:
    """Cues attached directly to predicate ``i``: modals, negation, hedging adverbs."""
    tok = adoc.tokens[i]
    for c in adoc.children(i):
        ct = adoc.tokens[c]
        low = _low(ct)
        if ct.dep == "neg" or (low in NEGATORS and ct.dep in ("advmod", "neg", "det")):
            acc.negative = not acc.negative
            acc.add("denied", -3.0, ct.text, c)
        elif ct.dep == "aux" and (ct.tag == "MD" or low in MODALS):
            if low in ("would", "'d") and _reported_future(adoc, i):
                acc.score = min(acc.score, 2.2)  # "said they would retreat": future in the past
            elif low in MODALS and low not in ("will", "'ll", "wo", "shall", "must"):
                acc.add("speculated", MODALS[low], ct.text, c)
            elif low in MODALS:
                acc.score = min(acc.score, MODALS[low])
        elif ct.dep in ("advmod", "amod") and low in HEDGE_ADVERBS:
            cat, sc = HEDGE_ADVERBS[low]
            acc.add(cat, sc, ct.text, c)
        elif ct.dep == "mark" and low in CONDITIONAL_MARKS:
            acc.add("speculated", 0.6, ct.text, c)
        elif ct.dep == "prep" and low == "according":
            acc.add("reported", 2.6, "according to", c)
        elif ct.dep in ("nsubj", "nsubjpass") and (q := _no_one(adoc, c)) is not None:
            # "Nobody attacked", "No country recognised", "Not one of them called"
            acc.negative = not acc.negative
            acc.add("denied", -3.0, _low(adoc.tokens[q]), c)
    if _low(tok) in HEDGE_ADJECTIVES and tok.dep in ("acomp", "amod"):
        cat, sc = HEDGE_ADJECTIVES[_low(tok)]
        acc.add(cat, sc, tok.text, i)
    if tok.lemma.lower() in UNVERIFIABLE and acc.negative:
        # "could not be verified": the content is unconfirmed, not denied
        acc.negative = False
        acc.category = "unconfirmed"
        acc.score = 0.6
        acc.cues[i] = tok.text


def _reported_future(adoc: AnnotatedDoc, i: int) -> bool:
    """Predicate ``i`` is the complement of a past reporting verb without "have" after
    its "would" (sequence of tenses, not a conditional)."""
    t = adoc.tokens[i]
    if t.dep != "ccomp" or t.head == i:
        return False
    g = adoc.tokens[t.head]
    perfect = any(adoc.tokens[c].lemma == "have" and adoc.tokens[c].dep == "aux"
                  for c in adoc.children(i))
    return g.lemma.lower() in REPORT_VERBS | _FUTURE_VERBS \
        and g.tag in ("VBD", "VBN") and not perfect


def _governor_cues(adoc: AnnotatedDoc, gov: int, dep: str, acc: _Acc) -> bool:
    """Cues from a governing predicate ``gov`` over a complement attached by ``dep``.

    Returns True when the governor settles the certainty (a certainty word) and the
    walk up the tree should stop.
    """
    g = adoc.tokens[gov]
    lemma, low = g.lemma.lower(), _low(g)
    if lemma in CERTAIN_WORDS or low in CERTAIN_WORDS:
        neg = any(adoc.tokens[c].dep == "neg" for c in adoc.children(gov))
        if not neg:
            acc.cues.setdefault(gov, g.text)
            return True
    if dep not in ("ccomp", "xcomp", "acl", "relcl", "advcl", "conj", "pcomp", "dobj", "pobj",
                   "nsubj", "nsubjpass", "attr", "oprd", "csubj", "csubjpass"):
        return False
    if dep in ("ccomp", "xcomp", "acl", "pcomp", "dobj", "csubj", "csubjpass", "pobj", "attr"):
        negated = any(adoc.tokens[c].dep == "neg" for c in adoc.children(gov))
        if lemma in DENIAL_VERBS:
            acc.negative = not acc.negative
            acc.add("denied", -2.6, g.text, gov)
        elif lemma in UNVERIFIABLE and negated:
            acc.add("unconfirmed", 0.6, g.text, gov)
        elif g.pos == "NOUN" and lemma in ("report", "claim", "rumor", "rumour", "allegation"):
            hedges = [c for c in adoc.children(gov) if _low(adoc.tokens[c]) in HEDGE_ADJECTIVES]
            for c in hedges:
                cat, sc = HEDGE_ADJECTIVES[_low(adoc.tokens[c])]
                acc.add(cat, sc, adoc.tokens[c].text, c)
            acc.add("reported" if lemma == "report" else "unconfirmed",
                    2.4 if lemma == "report" else 1.4, g.text, gov)
        elif lemma in UNCONFIRMED_VERBS:
            acc.add("unconfirmed", 1.6, g.text, gov)
        elif lemma in SPECULATION_VERBS:
            acc.add("speculated", 1.0 if not negated else 0.0, g.text, gov)
        elif lemma in REPORT_VERBS or lemma == "report":
            acc.add("reported", 2.6, g.text, gov)
        elif low in HEDGE_ADJECTIVES:
            cat, sc = HEDGE_ADJECTIVES[low]
            acc.add(cat, sc, g.text, gov)
    return False


def event_certainty(adoc: AnnotatedDoc, token: int) -> Certainty:
    """Certainty of the predicate at token index ``token`` (any token of the document).

    Walks from the token up to its sentence root, collecting modals, negation and hedges
    on the predicate and the evidential, speculative or denial verbs that govern it.
    """
    cert = rule_certainty(adoc, token)
    model = _score_model()
    if model is None:
        return cert
    bias, weights, exact = model
    feats = set(features(adoc, token, cert))
    raw = bias + sum(weights.get(f, 0.0) for f in feats)
    if exact is not None:
        # second stage: a clear assertion scores exactly +3 (the commonest gold value)
        e_bias, e_weights, threshold, floor = exact
        if raw >= floor and e_bias + sum(e_weights.get(f, 0.0) for f in feats) >= threshold:
            raw = 3.0
    return Certainty(cert.certainty, cert.polarity, round(max(-3.0, min(3.0, raw)), 2), cert.cue)


def rule_certainty(adoc: AnnotatedDoc, token: int) -> Certainty:
    """:func:`event_certainty` by the rules alone (the score from the cue table)."""
    if not 0 <= token < len(adoc.tokens):
        raise IndexError(f"token {token} is outside the document (0..{len(adoc.tokens) - 1})")
    acc = _Acc()
    _local_cues(adoc, token, acc)
    i = token
    seen = {i}
    while True:
        t = adoc.tokens[i]
        head = t.head
        if head == i or head in seen:
            break
        # a conjunct shares the cues of its first conjunct's governor, not of the conjunct
        if t.dep == "conj":
            i = head
            seen.add(i)
            continue
        # modals and hedges of auxiliary-headed constructions ("can be assumed")
        if _governor_cues(adoc, head, t.dep, acc):
            break
        if t.dep in ("ccomp", "xcomp", "csubj", "csubjpass", "advcl", "pcomp", "acl"):
            _local_cues(adoc, head, acc)
        i = head
        seen.add(i)
    return _finish(acc)


def _finish(acc: _Acc) -> Certainty:
    cue = " ".join(acc.cues[k] for k in sorted(acc.cues)) if acc.cues else None
    if acc.negative:
        polarity = "negative"
        if acc.category in ("speculated", "unconfirmed"):
            score = -min(abs(acc.score), 1.5)
        else:
            score = -abs(acc.score) if acc.score > 0 else acc.score
            score = min(score, -2.0) if acc.category == "denied" else score
    else:
        polarity = "positive"
        score = abs(acc.score) if acc.category == "denied" else acc.score
        if acc.category == "denied":
            # a double negation ("did not deny") leaves the content reported
            return Certainty("reported", polarity, 2.0, cue)
    category = acc.category
    if category == "denied" and not acc.negative:
        category = "asserted"
    return Certainty(category, polarity, round(max(-3.0, min(3.0, score)), 2), cue)


def _main_predicate(adoc: AnnotatedDoc, sent: int) -> int:
    s = adoc.sents[sent]
    for t in adoc.tokens[s.start : s.end]:
        if t.head == t.i or t.dep == "ROOT":
            return t.i
    return s.start


def sentence_certainty(adoc: AnnotatedDoc, sent: int) -> Certainty:
    """Certainty of sentence ``sent`` as a claim: of its reported content when the main
    predicate is a reporting, hedging or denial verb with a clausal complement, else of
    the main predicate itself. ``X denied/rejected claims ...`` is denied."""
    if not 0 <= sent < len(adoc.sents):
        raise IndexError(f"sentence {sent} is outside the document (0..{len(adoc.sents) - 1})")
    root = _main_predicate(adoc, sent)
    # coordinated main clauses: the least certain one sets the sentence's certainty
    clauses = [root] + [c for c in adoc.children(root) if adoc.tokens[c].dep == "conj"
                        and adoc.tokens[c].pos in ("VERB", "AUX")
                        and any(adoc.tokens[k].dep in ("nsubj", "nsubjpass", "expl")
                                for k in adoc.children(c))]
    certs = [_clause_certainty(adoc, c) for c in clauses]
    return _consistent(max(certs, key=lambda c: (_RANK[c.certainty], -c.score)))


# score ranges a sentence's category allows (positive polarity; negative is -3..-0.5)
_SCORE_RANGE = lexicon.table("certainty", "score_range", tuples=True)


def _consistent(c: Certainty) -> Certainty:
    """Keep the learned score inside the range its category and polarity allow."""
    lo, hi = _SCORE_RANGE[c.certainty] if c.polarity == "positive" else (-3.0, -0.5)
    return Certainty(c.certainty, c.polarity, round(min(hi, max(lo, c.score)), 2), c.cue)


def _clause_certainty(adoc: AnnotatedDoc, root: int) -> Certainty:
    rt = adoc.tokens[root]
    if rt.lemma.lower() in DENIAL_VERBS:
        return Certainty("denied", "negative", -2.6, rt.text)
    for c in (root, *adoc.children(root)):
        ct = adoc.tokens[c]
        if (c == root or ct.dep in ("acomp", "advmod")) and _low(ct) in CERTAIN_WORDS:
            if not any(adoc.tokens[k].dep == "neg" for k in adoc.children(root)):
                return Certainty("asserted", "positive", 3.0, ct.text)
    comps = [c for c in adoc.children(root)
             if adoc.tokens[c].dep in ("ccomp", "xcomp")
             and adoc.tokens[c].pos in ("VERB", "AUX", "ADJ")]
    if rt.lemma.lower() in INTENTION_VERBS:
        comps = []  # "X has sought to balance ...": that X seeks it is what is claimed
    target = comps[0] if comps else root
    # "There are unconfirmed reports that ...": the clause hangs off the noun
    if not comps:
        for c in adoc.children(root):
            ct = adoc.tokens[c]
            if ct.dep in ("attr", "nsubj", "dobj") and ct.lemma.lower() in (
                    "report", "claim", "rumor", "rumour", "allegation", "indication", "sign"):
                clauses = [k for k in adoc.children(c)
                           if adoc.tokens[k].dep in ("acl", "ccomp", "relcl")]
                if clauses:
                    target = clauses[0]
                break
    return event_certainty(adoc, target)


# --------------------------------------------------------------------------- score model
# A linear model over parse features refines the score on the UW scale; it is trained on
# the UW factuality training sentences by :func:`sitroom.training.factuality.train_score_model`
# and shipped as JSON.


def features(adoc: AnnotatedDoc, i: int, cert: Certainty) -> list[str]:
    """Sparse binary features of predicate ``i`` given its rule-based certainty."""
    t = adoc.tokens[i]
    f = [f"cat={cert.certainty}", f"pol={cert.polarity}", f"cat*pol={cert.certainty}{cert.polarity}",
         f"tag={t.tag}", f"dep={t.dep}", f"lemma={t.lemma.lower()}", f"pos={t.pos}"]
    kids = [adoc.tokens[c] for c in adoc.children(i)]
    for k in kids:
        low = k.text.lower()
        if k.dep in ("aux", "auxpass", "neg", "mark", "advmod") and (
                k.tag == "MD" or low in MODALS or low in NEGATORS or low in HEDGE_ADVERBS
                or low in CONDITIONAL_MARKS or k.tag == "TO"):
            f.append(f"kid={low}")
        if k.dep in ("nsubj", "nsubjpass") and k.tag in ("PRP",):
            f.append("subj=pron")
    if any(k.dep in ("ccomp", "xcomp") for k in kids):
        f.append("has_comp")
    if not any(k.dep in ("nsubj", "nsubjpass", "expl") for k in kids):
        f.append("no_subj")
    if any(k.text.lower() == "no" and k.dep == "det" for k in kids):
        f.append("det_no")
    f.append(f"tag*cat={t.tag}{cert.certainty}")
    f.extend(f"morph={m}" for m in t.morph.split("|") if m.startswith(("VerbForm", "Tense", "Mood")))
    if t.head != i:
        g = adoc.tokens[t.head]
        gc = rule_certainty(adoc, t.head)
        f.append(f"gov_cat={gc.certainty}{gc.polarity}")
        f.append(f"dep*gov={t.dep}{g.lemma.lower()}")
        f.append(f"gov={g.lemma.lower()}")
        f.append(f"govdep={t.dep}")
        f.append(f"govtag={g.tag}")
        for j in adoc.children(t.head):
            low = adoc.tokens[j].text.lower()
            if adoc.tokens[j].tag == "MD" or low in NEGATORS:
                f.append(f"govkid={low}")
    sent = adoc.sents[t.sent]
    if any(adoc.tokens[k].text == "?" for k in range(sent.start, sent.end)):
        f.append("question")
    if cert.cue:
        for w in cert.cue.lower().split():
            f.append(f"cue={w}")
    f.append(f"rule={cert.score:+.1f}")
    f.append(f"word={t.text.lower()}")
    f.extend(_ancestor_features(adoc, i))
    f.extend(_context_features(adoc, i, cert))
    return f + _conjunctions(f, cert, t.pos) + _path_features(adoc, i)


def _path_features(adoc: AnnotatedDoc, i: int) -> list[str]:
    """The dependency labels on the way up from ``i`` (1 to 3 steps), and the first two
    steps with the class of each governor, marked ``-`` when negated and ``M`` when it
    has a modal ("xcomp:negimpl>ccomp:report")."""
    deps: list[str] = []
    steps: list[str] = []
    j = i
    for _ in range(3):
        t = adoc.tokens[j]
        if t.head == j:
            break
        kids = [adoc.tokens[c] for c in adoc.children(t.head)]
        mark = ("-" if any(k.dep == "neg" for k in kids) else "") + (
            "M" if any(k.tag == "MD" for k in kids) else "")
        deps.append(t.dep)
        steps.append(f"{t.dep}:{_governor_class(adoc.tokens[t.head].lemma.lower())}{mark}")
        j = t.head
    f = ["dpath=" + ">".join(deps[:n]) for n in range(1, len(deps) + 1)]
    f.extend("xpath=" + ">".join(steps[:n]) for n in range(1, min(2, len(steps)) + 1))
    return f


# features that name a word; the conjunctions below leave them out
_LEXICAL = ("lemma=", "word=", "gov=", "anc=", "dep*gov=", "prep*head=", "conjgov=", "gov2=",
            "adv=", "cue=", "rule=")


def _conjunctions(f: list[str], cert: Certainty, pos: str) -> list[str]:
    """Pairs that let the linear model weigh a feature differently under negation, per
    rule category and per part of speech (a negated noun is not a negated verb)."""
    out: list[str] = []
    if cert.polarity == "negative":
        out.extend("N*" + x for x in f if not x.startswith(_LEXICAL))
    cat = f"cat={cert.certainty}*"
    out.extend(cat + x for x in f if x.startswith(("dep=", "govcls=", "tag=", "kid=")))
    out.extend(f"pos={pos}*" + x for x in f
               if x.startswith(("dep=", "govcls=", "kid=", "aux=", "govdep=", "gov_cat=")))
    return out


def _quantifier_negation(adoc: AnnotatedDoc, k: int) -> int | None:
    """The token that makes token ``k`` "nobody", "nothing"... (``k`` itself) or gives it
    the determiner "no"/"neither", else None."""
    if _low(adoc.tokens[k]) in NEG_QUANTIFIERS:
        return k
    return next((d for d in adoc.children(k) if _low(adoc.tokens[d]) in ("no", "neither")
                 and adoc.tokens[d].dep in ("det", "neg", "advmod")), None)


def _negative_quantified(adoc: AnnotatedDoc, k: int) -> bool:
    """Token ``k`` is "nobody", "nothing"... or has the determiner "no"/"neither"."""
    return _quantifier_negation(adoc, k) is not None


def _no_one(adoc: AnnotatedDoc, k: int) -> int | None:
    """The token that makes subject ``k`` nobody at all ("nobody", "no country", "none of
    them", "not one of them", "not a single soldier"; not "not all of them"), or None."""
    q = _quantifier_negation(adoc, k)
    if q is not None:
        return q
    t = adoc.tokens[k]
    if _low(t) != "one" and not any(_low(adoc.tokens[m]) == "single" for m in adoc.children(k)):
        return None
    return next((d for d in adoc.children(k) if _low(adoc.tokens[d]) == "not" and d < k
                 and adoc.tokens[d].dep in ("neg", "advmod", "preconj")), None)


def _governor_class(lemma: str) -> str:
    if lemma in NEG_IMPLICATIVE:
        return "negimpl"
    if lemma in POS_IMPLICATIVE:
        return "posimpl"
    if lemma in NONFACTIVE:
        return "nonfact"
    if lemma in REPORT_VERBS:
        return "report"
    return "spec" if lemma in SPECULATION_VERBS else "other"


def _context_features(adoc: AnnotatedDoc, i: int, cert: Certainty) -> list[str]:
    """Negative quantifiers on the arguments, the class of the governing predicate and
    its negation, prepositions over nominal events, auxiliaries, adverbs, the conjunct's
    and the governor's own attachment."""
    t = adoc.tokens[i]
    f = [f"dep*tag={t.dep}{t.tag}"]
    kids = adoc.children(i)
    for k in kids:
        kt = adoc.tokens[k]
        if kt.dep in ("nsubj", "nsubjpass") and _negative_quantified(adoc, k):
            f.append("subj_negq")
        elif kt.dep in ("dobj", "attr") and _negative_quantified(adoc, k):
            f.append("obj_negq")
        if kt.dep in ("aux", "auxpass") and kt.tag != "MD":
            f.append(f"aux={kt.lemma.lower()}")
        if kt.dep in ("advmod", "npadvmod", "tmod") and kt.pos in ("ADV", "NOUN", "PROPN"):
            f.append(f"adv={kt.lemma.lower()}")
    if cert.polarity == "negative":
        f.extend((f"neg*tag={t.tag}", f"neg*dep={t.dep}"))
    if t.pos == "NOUN":
        dets = [_low(adoc.tokens[c]) for c in kids if adoc.tokens[c].dep in ("det", "poss")]
        f.append(f"noun_det={dets[0] if dets else 'none'}")
    if t.head == i:
        return f
    g = adoc.tokens[t.head]
    gl = g.lemma.lower()
    gneg = any(adoc.tokens[c].dep == "neg" or _low(adoc.tokens[c]) == "never"
               for c in adoc.children(t.head))
    cls = _governor_class(gl)
    f.extend((f"govcls={cls}{t.dep}", f"govcls*neg={cls}{gneg}"))
    if gneg:
        f.append(f"govneg*dep={t.dep}")
    if t.dep in ("pobj", "pcomp"):
        if t.dep == "pobj":
            f.append(f"prep={gl}")
            if g.head != t.head:
                f.append(f"prep*head={gl}{adoc.tokens[g.head].lemma.lower()}")
        if gl in NEG_PREPOSITIONS:
            f.append("negprep")
    if any(c != i and adoc.tokens[c].dep in ("nsubj", "nsubjpass") and _negative_quantified(adoc, c)
           for c in adoc.children(t.head)):
        f.append("govsubj_negq")
    if t.dep == "conj":
        f.append(f"conjhead_dep={g.dep}")
        if g.head != t.head:
            f.append(f"conjgov={adoc.tokens[g.head].lemma.lower()}")
    if g.head != t.head:
        f.extend((f"gov2={adoc.tokens[g.head].lemma.lower()}", f"gdep2={t.dep}{g.dep}"))
    return f


def _ancestor_features(adoc: AnnotatedDoc, i: int, max_depth: int = 6) -> list[str]:
    """Lemmas of the predicates governing token ``i`` (up to ``max_depth`` steps), the
    modals, negations, hedges and conditional marks attached to them, and the depth."""
    f = []
    seen, j, depth = {i}, i, 0
    while adoc.tokens[j].head != j and adoc.tokens[j].head not in seen and depth < max_depth:
        j = adoc.tokens[j].head
        seen.add(j)
        depth += 1
        f.append(f"anc={adoc.tokens[j].lemma.lower()}")
        for k in adoc.children(j):
            kt = adoc.tokens[k]
            low = kt.text.lower()
            if kt.dep in ("mark", "aux", "neg", "advmod") and (
                    low in CONDITIONAL_MARKS or kt.tag == "MD" or low in NEGATORS
                    or low in HEDGE_ADVERBS):
                f.append(f"anckid={low}")
    f.append(f"depth={min(depth, 4)}")
    return f


@lru_cache(maxsize=1)
def _score_model() -> tuple[float, dict[str, float], tuple | None] | None:
    if not MODEL_PATH.exists():
        return None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    exact = data.get("exact")
    if exact is not None:
        exact = (float(exact["bias"]), {k: float(v) for k, v in exact["weights"].items()},
                 float(exact["threshold"]), float(exact["floor"]))
    return float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}, exact
