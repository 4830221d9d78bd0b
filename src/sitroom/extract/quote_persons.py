"""Quote persons: whether a token names a person, the keys (full name, surname) and the
gender the text shows for each person of a document, and the quote regions those look-ups skip
(used by :mod:`sitroom.extract.quote_speakers` to resolve pronouns and roles)."""

from __future__ import annotations

import bisect

from .. import lexicon
from ..model import ActorMention, AnnotatedDoc
from .quote_antecedents import FEMALE_WORDS, MALE_WORDS
from .quote_marks import quote_regions

PRONOUNS = lexicon.words("quote_words", "pronouns")
MALE_PRONOUNS = lexicon.words("quote_words", "male_pronouns")
FEMALE_PRONOUNS = lexicon.words("quote_words", "female_pronouns")
PERSONAL_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
_GENDER_NOUNS = MALE_WORDS | FEMALE_WORDS


_BY_START: dict[int, tuple[tuple[ActorMention, ...], list[int], list[int], int]] = {}


def _actor_at(actors: tuple[ActorMention, ...], char: int) -> ActorMention | None:
    """The first mention of ``actors`` (in their order) covering ``char``; an index of the
    mentions by start, built once per tuple, keeps this fast on long reports."""
    got = _BY_START.get(id(actors))
    if got is None or got[0] is not actors:
        _BY_START.clear()  # one document at a time
        order = sorted(range(len(actors)), key=lambda k: actors[k].start)
        longest = max((m.end - m.start for m in actors), default=0)
        got = _BY_START[id(actors)] = (actors, order, [actors[k].start for k in order], longest)
    _, order, starts, longest = got
    best = None
    j = bisect.bisect_right(starts, char) - 1
    while j >= 0 and starts[j] > char - longest:
        k = order[j]
        if actors[k].end > char and (best is None or k < best):
            best = k
        j -= 1
    return None if best is None else actors[best]


def _is_person(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], i: int) -> bool:
    """Token ``i`` names a person: a PERSON entity or a person actor mention."""
    t = adoc.tokens[i]
    if t.ent_type == "PERSON":
        return True
    if t.pos != "PROPN":  # (before the look-up: most tokens a pronoun's search passes)
        return False
    m = _actor_at(actors, t.idx)
    if m is not None:
        return m.kind == "person"
    # a capitalised word the tagger left out that is the surname of a person the report
    # names elsewhere ("Oz’s advice earned him ...", Dr. Oz named before)
    return not t.ent_type and t.text[:1].isupper() and t.text.lower() in _surnames(actors)


_SURNAMES: dict[int, tuple[tuple[ActorMention, ...], frozenset[str]]] = {}


def _surnames(actors: tuple[ActorMention, ...]) -> frozenset[str]:
    """Surnames (lower case) of the persons named among ``actors``, once per tuple."""
    got = _SURNAMES.get(id(actors))
    if got is None or got[0] is not actors:
        _SURNAMES.clear()  # one document at a time
        names = frozenset(m.name.lower().split()[-1] for m in actors
                          if m.kind == "person" and m.name[:1].isupper()
                          and not pronoun_gender(m.name) and m.name.lower() not in PRONOUNS)
        got = _SURNAMES[id(actors)] = (actors, names)
    return got[1]


def pronoun_gender(word: str) -> str | None:
    """"m" for he/him/his, "f" for she/her, else None."""
    w = word.lower()
    return "m" if w in MALE_PRONOUNS else "f" if w in FEMALE_PRONOUNS else None


_REGIONS: dict[int, tuple[str, list[tuple[int, int]]]] = {}


def _regions(adoc: AnnotatedDoc) -> list[tuple[int, int]]:
    """The document's quote regions, computed once per text."""
    got = _REGIONS.get(id(adoc))
    if got is None or got[0] is not adoc.text:
        _REGIONS.clear()  # one document at a time
        got = _REGIONS[id(adoc)] = (adoc.text, quote_regions(adoc.text))
    return got[1]


def _in_regions(regions: list[tuple[int, int]], char: int) -> bool:
    k = bisect.bisect_right(regions, (char, 1 << 62)) - 1
    return k >= 0 and regions[k][0] < char < regions[k][1]


def person_key(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], i: int) -> str:
    """The surname of the person named at token ``i`` (last word of its name), lower case."""
    return person_keys(adoc, actors, i)[-1]


def person_keys(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], i: int) -> tuple[str, ...]:
    """Keys of the person named at token ``i``: its full name when it has several words
    (so that two people of one family stay apart), then its surname; lower case."""
    m = _actor_at(actors, adoc.tokens[i].idx)
    if m is not None and m.name.strip():
        name = m.name
    else:  # the PERSON entity the token is in
        j = k = i
        while j + 1 < len(adoc.tokens) and adoc.tokens[j + 1].ent_iob == "I" \
                and adoc.tokens[j + 1].ent_type == adoc.tokens[i].ent_type:
            j += 1
        while k > 0 and adoc.tokens[k].ent_iob == "I" and adoc.tokens[k - 1].ent_type == adoc.tokens[i].ent_type:
            k -= 1
        name = " ".join(adoc.tokens[x].text for x in range(k, j + 1))
    words = name.replace("’s", "").replace("'s", "").lower().split()
    if not words:
        return ("",)
    return (" ".join(words), words[-1]) if len(words) > 1 else (words[-1],)


def gender_of(genders: dict[str, str] | None, keys: tuple[str, ...]) -> str | None:
    """The gender known for the first of ``keys`` that has one."""
    return next((genders[k] for k in keys if genders and k in genders), None)


def person_genders(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...]) -> dict[str, str]:
    """Gender of the document's persons (by :func:`person_key`) where the text shows it:
    a gendered title or noun right before the name ("Mr. Lee", "Congresswoman Ann Lee") or in
    apposition to it ("Ann Lee, his daughter"),
    and the he/she pronouns outside quotes of sentences that name that one person alone
    (outside quotes); the larger vote wins, a tie leaves it unknown."""
    regions = _regions(adoc)
    votes: dict[str, list[int]] = {}
    for sent in adoc.sents:
        keys: set[tuple[str, ...]] = set()
        m = f = 0
        names = [i for i in range(sent.start, sent.end) if adoc.tokens[i].pos == "PROPN"
                 and not _in_regions(regions, adoc.tokens[i].idx) and _is_person(adoc, actors, i)]
        for i in range(sent.start, sent.end):
            t = adoc.tokens[i]
            if _in_regions(regions, t.idx):
                continue
            g = pronoun_gender(t.text) if t.pos == "PRON" or t.tag == "PRP$" else None
            if g and _votes_for_none(adoc, actors, i, names):
                continue
            if g == "m":
                m += 1
            elif g == "f":
                f += 1
            elif t.dep == "appos" and t.lemma.lower() in _GENDER_NOUNS \
                    and adoc.tokens[t.head].pos == "PROPN" and _is_person(adoc, actors, t.head):
                # "X, the nominee's eldest daughter": the appositive noun tells X's gender
                for key in person_keys(adoc, actors, t.head):
                    votes.setdefault(key, [0, 0])[t.lemma.lower() in FEMALE_WORDS] += 3
            elif t.pos == "PROPN" and _is_person(adoc, actors, i):
                pk = person_keys(adoc, actors, i)
                keys.add(pk)
                prev = adoc.tokens[i - 1].text.lower().rstrip(".") if i > sent.start else ""
                if prev in MALE_WORDS or prev in FEMALE_WORDS:
                    for key in pk:
                        v = votes.setdefault(key, [0, 0])
                        v[prev in FEMALE_WORDS] += 3
        if len({k[-1] for k in keys}) == 1 and (m or f):
            for key in {key for pk in keys for key in pk}:
                v = votes.setdefault(key, [0, 0])
                v[0] += m
                v[1] += f
    return {k: "m" if v[0] > v[1] else "f" for k, v in votes.items() if v[0] != v[1]}


def _votes_for_none(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], pron: int,
                    names: list[int]) -> bool:
    """The pronoun at ``pron`` tells nothing of the gender of the persons named at ``names``:
    it stands in a relative clause of a noun that is no person ("the nominee, who began his
    speech", "the things she believed"), it is a subject over every one of those names
    ("she was sure Lee would win": a pronoun never stands for a name it governs), or the
    object of a verb whose subject holds them ("Lee scolded him")."""
    i, seen = pron, set()
    while i not in seen:
        seen.add(i)
        t = adoc.tokens[i]
        if t.dep == "relcl":  # ("that her husband was unarmed", a complement misparsed: no)
            if not _is_person(adoc, actors, t.head) \
                    and not any(adoc.tokens[c].dep == "mark" for c in adoc.children(i)):
                return True
            break
        if t.head == i:
            break
        i = t.head
    t = adoc.tokens[pron]
    if not names:
        return False
    if t.dep in ("nsubj", "nsubjpass"):
        under = set(adoc.subtree(t.head))
        return all(k in under for k in names)
    verb = t.head
    if t.dep == "pobj" and adoc.tokens[verb].dep == "prep":
        verb = adoc.tokens[verb].head
    if t.dep in ("dobj", "dative", "iobj", "pobj"):  # "Lee scolded him": him is not Lee
        subj = {k for c in adoc.children(verb) if adoc.tokens[c].dep in ("nsubj", "nsubjpass")
                for k in adoc.subtree(c)}
        return all(k in subj for k in names)
    return False


def _bound_nouns(adoc: AnnotatedDoc, pron: int) -> set[int]:
    """Tokens a pronoun cannot refer to: the noun a relative clause containing it
    modifies ("Marek, whom he accused": "he" is not Marek), with that noun's name."""
    out: set[int] = set()
    i = adoc.tokens[pron].head
    seen = set()
    while i not in seen:
        seen.add(i)
        t = adoc.tokens[i]
        if t.dep == "relcl":
            out.update(adoc.subtree(t.head)[:1] + [t.head] + [c for c in adoc.children(t.head)
                                                            if adoc.tokens[c].dep == "compound"])
            break
        if t.head == i:
            break
        i = t.head
    return out
