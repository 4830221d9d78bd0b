"""Explicit denials: the proposition a sentence denies ("X denied that troops had entered the
city"), and whether it denies what another sentence asserts."""

from __future__ import annotations

import re
from functools import lru_cache

from .disputes_words import _alt, _patterns, _words
from .textsim import STOPWORDS, content_stems, stem

MIN_DENIED = 3  # content stems a denied proposition must have to be compared
DENIED_COVER = 0.6  # share of them the asserting sentence must hold

_NEGATED = re.compile(r"\b(?:not|never|no)\b|n't\b", re.I)  # "didn't": no break before n't


def denied(sentence: str) -> frozenset[str] | None:
    """Content stems of the proposition an explicit denial denies ("X denied that troops had
    entered the city" -> enter, troop, city); for "... is false" the words before it. None if
    the sentence denies nothing."""
    m = _patterns()["denial"].search(sentence)
    if not m:
        return None
    if _told_before(m):
        text = _denied_before(sentence[: m.start()])
    else:  # the denied clause only ("denied performing X before Y": performing X)
        text = _CLAUSE_END.split(sentence[m.end():], maxsplit=1)[0]
    # names are compared as entities: the proposition is its common words
    lower = " ".join(w for w in re.findall(r"[\w'’-]+", text) if not w.strip("'’")[:1].isupper())
    return frozenset(s for s in content_stems(lower) if len(s) > 2) - _weak()


def denied_act(sentence: str) -> str | None:
    """The act a denial denies: the first common content word of its denied clause ("denies
    ISIS claims that they have [beheaded] the girl": behead; "denies taking a [selfie]":
    selfie, past a light verb), None when the denial names what it denies before its cue ("... is false")."""
    m = _patterns()["denial"].search(sentence)
    if not m or _told_before(m):
        return None
    clause = _CLAUSE_END.split(sentence[m.end():], maxsplit=1)[0]
    for w in re.findall(r"[\w'’-]+", clause):
        if (w.strip("'’")[:1].isupper() or "'" in w or "’" in w
                or w.lower() in _words()["denial_light_verbs"]["words"]):
            continue  # a name, a pronoun with its verb ("he'll"), a light verb ("taking")
        st = [x for x in content_stems(w.lower()) if len(x) > 2 and x not in _weak()]
        if st:
            return st[0]
    return None


def _told_before(m: re.Match[str]) -> bool:
    """Whether a denial cue denies what comes before it ("... is false", "... are baseless",
    "... never happened") rather than the clause after it ("denied that ...", "it is not true
    that ...": a cue ending in "that" tells the clause after it)."""
    cue = m.group(0).lower()
    if cue.endswith(" that"):
        return False
    return bool(_told_before_re().search(cue) or _patterns()["denial_after"].fullmatch(cue))


@lru_cache(maxsize=1)
def _told_before_re() -> re.Pattern[str]:
    return re.compile(_alt(_words()["denial_clause"]["told_before"]))


def _denied_before(text: str) -> str:
    """The proposition a cue told after it denies: with a claim noun ("reports that ...", "claims
    of ...") in ``text``, the words after the last one ("the minister said reports that troops
    entered the town": troops entered the town); else all of ``text``."""
    found = list(_patterns()["claim_noun"].finditer(text))
    if found:
        return text[found[-1].end():]
    return text


def reported_denial(sentence: str) -> tuple[str, bool] | None:
    """A denial in other words (round 17) and the text of what it denies: told after it
    ("reports that soldiers burned the granary were baseless", "the raid on the camp never
    happened", see ``denial_cues_after``) or before it with a claim noun ("dismissed claims
    that the ferry sank"); with whether that text is a clause (its subject first, then its
    act) rather than a noun phrase naming the act first ("the raid on the camp"). None for
    any other sentence, denials of the older forms included ("denied that ...")."""
    p = _patterns()
    m = p["denial"].search(sentence)
    if m is None:
        return None
    cue = m.group(0)
    if p["denial_after"].fullmatch(cue):
        before = sentence[: m.start()]
        found = list(p["claim_noun"].finditer(before))
        if found:
            return before[found[-1].end():], True
        said = list(p["opener"].finditer(before))
        return (before[said[-1].end():] if said else before), False
    if cue.lower().endswith(" that") and p["claim_noun"].search(cue):
        return _CLAUSE_END.split(sentence[m.end():], maxsplit=1)[0], True
    return None


_CLAUSE_END = re.compile(rf"[,;:()]|\b(?:{_alt(_words()['denial_clause']['clause_end_words'])})\b",
                         re.I)


def denies(denial: str, other: str) -> bool:
    """Whether ``denial`` explicitly denies what ``other`` asserts: the denied clause has at
    least MIN_DENIED common words, DENIED_COVER of them in ``other``, which neither denies
    nor negates anything itself; a clause of fewer common words counts its names too ("denied
    that Ana Petrova had been arrested": two names and one act), and then ``other`` must hold
    every one of them."""
    prop = denied(denial)
    names = denied_names(denial) if prop else frozenset()
    if (not prop or len(prop) + len(names) < MIN_DENIED or denied(other) is not None
            or _NEGATED.search(other.replace("’", "'")) or _patterns()["hedges"].search(other)):
        return False  # the other asserts nothing: it denies, negates or reports an allegation
    stems = frozenset(content_stems(other))
    roles = _patterns()["roles"]
    if prop & roles and not (prop & roles) <= stems:
        return False  # a role denied ("involvement") is not the event
    act = denied_act(denial)
    if act is not None and act not in stems:
        return False  # the other does not tell of the denied act ("beheaded")
    if len(prop) < MIN_DENIED:  # a short act of named ones: "denied that X was arrested"
        said = {w.lower() for w in re.findall(r"[\w'’-]+", other)}
        return prop <= stems and names <= said
    return len(prop & stems) / len(prop) >= DENIED_COVER


def denied_names(sentence: str) -> frozenset[str]:
    """The names of the clause a denial denies ("denied that Ana Petrova had been arrested":
    ana, petrova), lower-cased, its first word left out unless the cue ends with "that" and it
    is a name: they complete a proposition too short in common words."""
    m = _patterns()["denial"].search(sentence)
    if not m or _told_before(m):
        return frozenset()
    clause = _CLAUSE_END.split(sentence[m.end():], maxsplit=1)[0]
    return frozenset(w.lower() for w in re.findall(r"[\w'’-]+", clause)
                     if w[:1].isupper() and w.lower() not in STOPWORDS and len(w) > 1)


@lru_cache(maxsize=1)
def _weak() -> frozenset[str]:
    return frozenset(stem(w) for w in _words()["denial_weak"]) | frozenset(
        stem(w) for w in ("deny", "denies", "denied", "denying"))
