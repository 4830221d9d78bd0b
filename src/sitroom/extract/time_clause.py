"""Times, the clause of an event: which perfect a verb conjunct shares with the verb it hangs
from ("had criticized the plan and accused its authors": both past perfect), and whether an
act told in the simple past is the background of a noun ("a man who cooperated with him for
years"). Used by :func:`sitroom.extract.time_anchoring.anchor_event`, which leaves such a
background undated, as a past perfect, and keeps a present perfect's conjunct on the
report's now."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .time_lex import WORDS

_BACKGROUND = frozenset(WORDS["background_clause_deps"])  # "a man [who cooperated ...]"
_CONJUNCT = frozenset(WORDS["perfect_conjunct_deps"])  # "had criticized ... and [accused]"
_SUBJECT = frozenset(WORDS["subject_deps"])  # a conjunct with a subject is a clause of its own
_PAST_PERFECT = frozenset(WORDS["past_perfect_aux"])  # "had"
_PRESENT_PERFECT = frozenset(WORDS["present_perfect_aux"])  # "has", "have"
_TELLING = frozenset(WORDS["story_telling_verbs"])  # "said X, who declined to ...": the telling's
_CONTRAST = frozenset(WORDS["background_clause_marks"])  # "..., while X donated $5 million"
_CLAUSE = frozenset(WORDS["clause_deps"])  # a clause of its own below its head
_PLANNING = frozenset(WORDS["planning_verbs"])  # "was scheduled to testify on Tuesday"
_STRETCH = frozenset(WORDS["stretch_verbs"])  # "while he lived in X": when, not a contrast
_EARLIER = frozenset(WORDS["earlier_clause_marks"])  # "[Before she met him], she lived in X"
_UNDATED_PAST = frozenset(WORDS["undated_past_adverbs"])  # "once backed him"


def clause_verb(adoc: AnnotatedDoc, i: int) -> int:
    """The nearest verb at or above token ``i`` that is no auxiliary (its clause's verb)."""
    toks = adoc.tokens
    for _ in range(12):
        if toks[i].pos in ("VERB", "AUX") and toks[i].dep not in ("aux", "auxpass"):
            return i
        if toks[i].head == i:
            return i
        i = toks[i].head
    return i


def shared_perfect(adoc: AnnotatedDoc, i: int) -> str | None:
    """"past" or "present" when the verb of token ``i``'s clause is a participle conjunct
    with no auxiliary and no subject of its own whose first verb is told in the past perfect
    ("had criticized ... and accused") or the present perfect ("have questioned ... and
    criticized"); else None."""
    toks = adoc.tokens
    v = clause_verb(adoc, i)
    for _ in range(6):  # "had A, B and C": each conjunct hangs from the first
        t = toks[v]
        if t.dep not in _CONJUNCT or t.tag not in ("VBN", "VBD") or t.head == v:
            return None
        if any(toks[c].dep in _SUBJECT or toks[c].dep in ("aux", "auxpass")
               for c in adoc.children(v)):
            return None  # a clause of its own: "had criticized ... and he accused"
        v = t.head
        if toks[v].pos not in ("VERB", "AUX"):
            return None
        aux = [toks[c].text.lower() for c in adoc.children(v) if toks[c].dep == "aux"]
        if any(a in _PAST_PERFECT for a in aux):
            return "past"
        if any(a in _PRESENT_PERFECT for a in aux):
            return "present"
    return None


def present_perfect(adoc: AnnotatedDoc, i: int) -> bool:
    """Whether the verb of token ``i``'s clause is told in the present perfect with an
    auxiliary of its own ("who has hit X", "have accused him", "has been charged"), or shares
    one as a conjunct (:func:`shared_perfect`): an act told of as part of the report's now
    (round 24)."""
    toks = adoc.tokens
    v = clause_verb(adoc, i)
    if toks[v].tag == "VBN" and any(toks[c].dep == "aux" and toks[c].text.lower() in
                                    _PRESENT_PERFECT for c in adoc.children(v)):
        return True
    return shared_perfect(adoc, i) == "present"


def background_clause(adoc: AnnotatedDoc, i: int) -> bool:
    """Whether the verb of token ``i``'s clause heads a clause that describes a noun (a
    relative clause: "a man [who cooperated with him for years]") or sets a contrast
    (:func:`contrast_clause`): told in the simple past, the background of that noun or of the
    clause above, not an act of the story's day or of its paragraph's era.
    Not when the noun is the one who tells ("said an adviser, who requested anonymity"): that
    clause is the telling's own circumstance, of the report's day."""
    toks = adoc.tokens
    v = clause_verb(adoc, i)
    if contrast_clause(adoc, v):
        return True
    if toks[v].dep not in _BACKGROUND or toks[v].pos not in ("VERB", "AUX"):
        return False
    noun = toks[v].head
    teller = toks[noun].dep in _SUBJECT and toks[toks[noun].head].lemma.lower() in _TELLING
    return not teller


def contrast_clause(adoc: AnnotatedDoc, v: int) -> bool:
    """Whether verb ``v`` heads an adverbial clause of contrast told in the simple past, a
    verb of its own with no auxiliary ("X served as chairman, [while Y donated $5 million]";
    "[While he refused to free them], the president deemed ..."): the "while" of a contrast,
    not of a stretch of time, which a progressive ("while he was driving") or a copula ("while
    he was governor") or a verb of a state or a stretch ("while he lived in X", round 18)
    tells."""
    toks = adoc.tokens
    if toks[v].dep != "advcl" or toks[v].pos != "VERB" or toks[v].tag != "VBD" \
            or toks[v].lemma.lower() in _STRETCH:
        return False
    kids = [toks[c] for c in adoc.children(v)]
    if any(k.dep in ("aux", "auxpass") for k in kids):
        return False
    return any(k.dep == "mark" and k.text.lower() in _CONTRAST for k in kids)


def below_relative(adoc: AnnotatedDoc, low: int, high: int) -> bool:
    """Whether token ``low`` hangs below token ``high`` through a relative clause ("named
    countries [he said had sent]", "leaders [who had pleaded]"): the background of a noun of
    the clause above, not an act of that clause's time."""
    toks = adoc.tokens
    i = low
    for _ in range(len(toks)):
        if i == high:
            return False
        if toks[i].dep in _BACKGROUND:
            return True
        if toks[i].head == i:
            return False
        i = toks[i].head
    return False


def below_noun_clause(adoc: AnnotatedDoc, low: int, high: int) -> bool:
    """Whether token ``low`` hangs below token ``high`` through a relative clause that tells
    the background of a noun of the clauses between them ("On Sunday police arrested a man
    [who attacked a guard]"): a time of ``high``'s clause dates that clause, not the noun's
    background (round 21). Not a relative clause of a setting of the clause above, whose
    relative word is no argument but an adverbial ("China, [where he met X]", "a day [in
    which she criticized X]"), one that describes the predicate of a copula ("was the only
    show [that included ...]"), or the relative clause of the one who tells ("said an
    adviser, [who requested anonymity]", the telling's own circumstance)."""
    toks = adoc.tokens
    i = low
    for _ in range(len(toks)):
        h = toks[i].head
        if i == high or h == i:
            return False
        if toks[i].dep in _BACKGROUND and toks[i].pos in ("VERB", "AUX"):
            return not (_relates_setting(adoc, i) or toks[h].dep == "attr" or (
                toks[h].dep in _SUBJECT and toks[toks[h].head].lemma.lower() in _TELLING))
        i = h
    return False


def _relates_setting(adoc: AnnotatedDoc, v: int) -> bool:
    """Whether the relative clause of verb ``v`` relates a place or a time: its relative word
    is an adverb ("where", "when") or the object of a preposition ("in which")."""
    toks = adoc.tokens
    for c in adoc.children(v):
        if toks[c].dep == "advmod" and toks[c].tag == "WRB":
            return True
        if toks[c].dep == "prep" and any(toks[g].tag in ("WDT", "WP")
                                         for g in adoc.children(c)):
            return True
    return False


def set_before_now(adoc: AnnotatedDoc, i: int) -> bool:
    """Whether the verb of token ``i``'s clause is told in the simple past (active or passive:
    "was once jailed") or the past perfect and set before the report's now by an adverb ("once backed him", "had previously served",
    "recently ordered a review"): with no time of its own clause, an undated past, which no
    paragraph's or story's day dates (round 21). Not a present perfect ("has long argued":
    part of now)."""
    toks = adoc.tokens
    v = clause_verb(adoc, i)
    kids = [toks[c] for c in adoc.children(v)]
    if toks[v].tag not in ("VBD", "VBN") or any(
            k.dep in ("aux", "auxpass") and k.text.lower() in _PRESENT_PERFECT for k in kids):
        return False
    if toks[v].tag == "VBN" and not any(
            (k.dep == "aux" and k.text.lower() in _PAST_PERFECT)
            or (k.dep == "auxpass" and k.tag == "VBD") for k in kids):
        return False  # a bare participle ("a man once jailed") or a passive of now
    return any(k.dep == "advmod" and k.lemma.lower() in _UNDATED_PAST for k in kids)


def before_clause(adoc: AnnotatedDoc, i: int) -> bool:
    """Whether the verb of token ``i``'s clause heads an adverbial clause opened by "before"
    told in the simple past, no auxiliary, below a verb told in the past ("[Before she met
    him], she lived in X"): an act after the past act above it, with no time of its own an
    undated past, not of the report's day (round 19)."""
    toks = adoc.tokens
    v = clause_verb(adoc, i)
    h = toks[v].head
    if toks[v].dep != "advcl" or toks[v].tag != "VBD" or toks[h].tag not in ("VBD", "VBN"):
        return False
    kids = [toks[c] for c in adoc.children(v)]
    if any(k.dep in ("aux", "auxpass") for k in kids):
        return False
    return any(k.dep == "mark" and k.text.lower() in _EARLIER for k in kids)


def past_below_infinitive(adoc: AnnotatedDoc, low: int, high: int) -> bool:
    """Whether every clause between token ``low`` (a time) and the verb ``high`` above it is
    an infinitive ("asked for $1.9 billion [to fight the virus in February]", "agreed [to try
    [to sell the plant in late November]]"), ``high`` told in the simple past and no verb of
    planning: the time then dates ``high`` too (the caller checks that the time is past, not
    ahead: "is set [to open on Wednesday]" keeps its time below)."""
    toks = adoc.tokens
    if toks[high].tag != "VBD" or toks[high].lemma.lower() in _PLANNING or any(
            toks[c].dep in ("aux", "auxpass") for c in adoc.children(high)):
        return False
    i, seen = low, False
    for _ in range(len(toks)):
        if i == high:
            return seen
        h = toks[i].head
        if h == i:
            return False
        if toks[i].dep in _CLAUSE and toks[i].pos in ("VERB", "AUX"):
            if toks[i].tag != "VB" or not any(
                    toks[c].dep == "aux" and toks[c].tag == "TO" for c in adoc.children(i)):
                return False
            seen = True
        i = h
    return False


def span_root(adoc: AnnotatedDoc, start: int, end: int) -> int | None:
    """The token of the char span whose head lies outside it."""
    i = adoc.token_at(start)
    toks = adoc.tokens
    idx = [k for k in range(i, len(toks)) if toks[k].idx < end]
    if not idx:
        return None
    inside = set(idx)
    for k in idx:
        if toks[k].head not in inside or toks[k].head == k:
            return k
    return idx[0]


def dominates(adoc: AnnotatedDoc, a: int, b: int) -> bool:
    """Whether token ``a`` is ``b`` or one of its heads."""
    for _ in range(len(adoc.tokens)):
        if b == a:
            return True
        h = adoc.tokens[b].head
        if h == b:
            return False
        b = h
    return False
