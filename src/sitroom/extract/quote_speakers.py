"""Quote speakers: who a source phrase names, resolved to the document's actor mentions,
and the medium of the saying (the third sub-concept of :mod:`sitroom.extract.quotes`)."""

from __future__ import annotations

import bisect
import functools
import re

from .. import lexicon
from ..model import ActorMention, AnnotatedDoc
from .quote_antecedents import (  # noqa: F401  (_gender_fits: the name older code imports)
    FEMALE_WORDS, GO_BETWEENS, MALE_WORDS, _gender_fits, named_as, named_source, unnamed_antecedent,
    unnamed_stop)
from .quote_attribution import ANONYMOUS_HEADS, Attribution
from .quote_marks import quote_regions

MEDIA = (
    ("tweet", re.compile(r"\b(tweet(ed|s|ing)?|on twitter|twitter (account|feed|post))\b", re.I)),
    ("telegram", re.compile(r"\btelegram\b", re.I)),
    ("video", re.compile(r"\b(video|videos|clip|footage)\b", re.I)),
    ("radio", re.compile(r"\b(radio|on air|podcast)\b", re.I)),
    ("television", re.compile(r"\b(television|tv|televised|broadcast|telecast)\b", re.I)),
    ("press_conference", re.compile(r"\b(press conference|news conference|briefing)\b", re.I)),
    ("interview", re.compile(r"\binterview(ed|s)?\b", re.I)),
    ("statement", re.compile(r"\b(statements?|communiqu[eé]|press release|declaration)\b", re.I)),
    ("social_media", re.compile(r"\b(facebook|instagram|vkontakte|vk page|social media|"
                                r"youtube|tiktok|blog post|posted)\b", re.I)),
)


# --------------------------------------------------------------------------- quotes


ACCUSING = lexicon.words("quote_words", "accusing_verbs")
PRONOUNS = lexicon.words("quote_words", "pronouns")


def _medium(adoc: AnnotatedDoc, a: Attribution, speaker_text: str | None) -> str | None:
    """The channel of an attribution: a tweeting cue, a medium phrase in its sentence
    outside the content, else one in the previous sentence when that sentence is about
    the same speaker (a pronoun source, or the speaker's last name appears there)."""
    sent = adoc.sents[a.sent]
    if adoc.tokens[a.verb].lemma.lower() == "tweet":
        return "tweet"
    cs = min(s for s, _ in a.content)
    ce = max(e for _, e in a.content)
    outside = adoc.text[sent.start_char : max(sent.start_char, min(cs, sent.end_char))] + " " + \
        adoc.text[min(ce, sent.end_char) : sent.end_char]
    contexts = [outside]
    if a.sent > 0 and speaker_text:
        prev = adoc.sents[a.sent - 1].text
        last = speaker_text.split()[-1]
        if speaker_text.lower() in PRONOUNS or re.search(rf"\b{re.escape(last)}\b", prev):
            contexts.append(prev)
    for ctx in contexts:
        for name, rx in MEDIA:
            if rx.search(ctx):
                return name
    return None


def _speaker(actors: tuple[ActorMention, ...], start: int, end: int,
             at: int | None = None) -> int | None:
    """Index of the actor mention inside [start, end) (the longest; the longest of those
    covering character ``at``, the head's, when there are such), following ``coref_of``
    to the antecedent."""
    inside = [k for k, m in enumerate(actors) if m.start >= start and m.end <= end]
    if at is not None:  # "Ann Lee's campaign manager Tom Hale": Tom Hale, not Ann Lee
        inside = [k for k in inside if actors[k].start <= at < actors[k].end] or inside
    if not inside:
        inside = [k for k, m in enumerate(actors) if m.start < end and m.end > start]
    if not inside:
        return None
    k = max(inside, key=lambda j: actors[j].end - actors[j].start)
    seen = set()
    while (nxt := actors[k].coref_of) is not None and k not in seen:
        seen.add(k)
        k = nxt
    return k


def is_author(adoc: AnnotatedDoc, head: int) -> bool:
    """The source headed by token ``head`` is the writer ("As I write", "we reported"):
    a first-person pronoun outside quote marks."""
    t = adoc.tokens[head]
    if t.text.lower() not in ("i", "we"):
        return False
    return not _in_regions(_regions(adoc), t.idx)


MALE_PRONOUNS = lexicon.words("quote_words", "male_pronouns")
FEMALE_PRONOUNS = lexicon.words("quote_words", "female_pronouns")
PERSONAL_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
_GENDER_NOUNS = MALE_WORDS | FEMALE_WORDS
# grammatical roles that make a mention the topic a later pronoun refers back to
_PROMINENT_DEPS = frozenset("nsubj nsubjpass poss ROOT".split())  # a noun ROOT: a misparsed subject
_LOOKBACK_SENTS = 3


def resolve_speaker(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], head: int,
                    genders: dict[str, str] | None = None) -> int | None:
    """Index into ``actors`` of the speaker whose source phrase is headed by token ``head``
    (see :func:`resolve_speaker_source`)."""
    return resolve_speaker_source(adoc, actors, head, genders)[0]


def resolve_speaker_source(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], head: int,
                           genders: dict[str, str] | None = None) -> tuple[int | None, int | None]:
    """The speaker (index into ``actors``) whose source phrase is headed by token ``head``,
    and the unnamed source a pronoun there stands for (:func:`unnamed_antecedent`, else None).

    A name with a person in apposition ("the group's leader, Ann Smith,") is that person;
    a personal pronoun ("he", "his") is the nearest preceding person in a prominent role
    (subject, possessor, or in apposition to one) of the same or the previous sentences,
    chaining through pronouns and skipping places, organisations and objects; a role noun
    ("the president", "the army chief") is the nearest preceding person mentioned with
    that role; otherwise the actor mention under the source phrase. Names inside quote
    marks are no antecedents (they are another speaker's words), nor are persons whose
    gender (``genders``, see :func:`person_genders`) differs from the pronoun's.
    """
    head = _appositive(adoc, actors, head)
    t = adoc.tokens[head]
    unnamed = None
    if t.text.lower() in PERSONAL_PRONOUNS:
        found = _pronoun_antecedent(adoc, actors, head, genders)
        unnamed = unnamed_antecedent(found, functools.partial(_is_person, adoc, actors))
        if found is not None:
            head = found
    elif t.pos == "NOUN" and not _is_person(adoc, actors, head):  # a role noun
        found = _role_holder(actors, adoc, head)
        if found is not None:
            return found, None
        word = t.lemma.lower()
        if _definite(adoc, head) and (word in MALE_WORDS or word in FEMALE_WORDS):
            # "the 34-year-old mother of three replied": the nearest person of that gender
            near = _pronoun_antecedent(adoc, actors, head, genders,
                                       want="m" if word in MALE_WORDS else "f")
            if near is not None:
                head = near
        if head == t.i and word in GO_BETWEENS:
            # "the middleman said": the name introduced as one before, else nobody named
            first = adoc.sents[max(0, t.sent - _LOOKBACK_SENTS)].start
            named = named_as(adoc, head, first, lambda k: _is_person(adoc, actors, k))
            head = head if named is None else named
        elif head == t.i and word not in ANONYMOUS_HEADS:
            # "the senator said", "Obama's former strategist said": the person the
            # report was just about, not the role's owner
            near = _role_antecedent(adoc, actors, head, genders)
            if near is not None:
                head = near
        if head == t.i and any(adoc.tokens[c].dep == "poss" and _is_person(adoc, actors, c)
                               for c in adoc.children(head)):
            return None, None  # "X's spokesman said": the spokesman, whom no name gives, not X
    s, e = _name_span(adoc, head)
    got = _speaker(actors, s, e, at=adoc.tokens[head].idx)
    if got is None and head != t.i and adoc.tokens[head].text.lower() in _surnames(actors):
        # the pronoun's person is a surname the tagger left out: the person it names elsewhere
        word = adoc.tokens[head].text.lower()
        got = next((k for k, m in enumerate(actors) if m.kind == "person"
                    and m.name.lower().split()[-1:] == [word]), None)
        got = _speaker(actors, actors[got].start, actors[got].end) if got is not None else None
    return got, unnamed


_DOMINANT = 3  # how many times more often the principal bearer of a surname is named


def full_named(actors: tuple[ActorMention, ...], k: int | None) -> int | None:
    """The first mention naming in full the person that mention ``k`` names by surname
    alone ("Scott said" -> "Rep. Bobby Scott"): the report's only full name ending in that
    surname, or the one its chains name :data:`_DOMINANT` times as often as any other (the
    report's principal bearer of the surname, a relative being named in full); else ``k``."""
    if k is None or actors[k].kind != "person" or len(actors[k].name.split()) != 1:
        return k
    surname = actors[k].name.lower()
    count: dict[str, int] = {}
    first: dict[str, int] = {}
    for j, m in enumerate(actors):
        words = m.name.lower().split()
        if m.kind == "person" and len(words) > 1 and words[-1] == surname:
            count[m.name.lower()] = count.get(m.name.lower(), 0) + 1
            first.setdefault(m.name.lower(), j)
    ranked = sorted(count, key=lambda n: -count[n])
    if not ranked or len(ranked) > 1 and count[ranked[0]] < _DOMINANT * count[ranked[1]]:
        return k
    j = first[ranked[0]]
    while (nxt := actors[j].coref_of) is not None and nxt != j:
        j = nxt
    return j


def _appositive(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], head: int) -> int:
    """The person in apposition to ``head`` ("the group's leader, Ann Smith,"), else ``head``."""
    if _is_person(adoc, actors, head):
        return head
    appos = [c for c in adoc.children(head)
             if adoc.tokens[c].dep == "appos" and _is_person(adoc, actors, c)]
    return appos[0] if appos else head


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


def _prominent(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` heads (or is inside the name of, or in apposition to) a subject or possessor."""
    seen = set()
    while i not in seen:
        seen.add(i)
        t = adoc.tokens[i]
        if t.dep in _PROMINENT_DEPS:
            return True
        if t.dep not in ("compound", "appos", "flat") or t.head == i:
            return False
        i = t.head
    return False


def _definite(adoc: AnnotatedDoc, i: int) -> bool:
    return any(adoc.tokens[c].text.lower() == "the" for c in adoc.children(i))


_CHAIN_DEPTH = 4  # how many earlier pronouns a pronoun may reach its person through


def _pronoun_antecedent(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], pron: int,
                        genders: dict[str, str] | None = None, want: str | None = None,
                        before: int | None = None, skip: frozenset[str] = frozenset(),
                        depth: int = 0) -> int | None:
    """Token of the person a personal pronoun at ``pron`` refers to (see :func:`resolve_speaker`);
    searched back from token ``before`` (default ``pron``), skipping persons keyed ``skip``.
    An earlier pronoun of the same gender in a prominent role ("Ann Lee ... . She ... .
    “…,” she said") stands between: the pronoun is the person that one refers to."""
    first_sent = max(0, adoc.tokens[pron].sent - _LOOKBACK_SENTS)
    bound = _bound_nouns(adoc, pron)
    want = want or pronoun_gender(adoc.tokens[pron].text)
    regions = _regions(adoc)
    # a pronoun's search also stops at a person brought in as a source (round 19)
    sources = adoc.tokens[pron].text.lower() in PERSONAL_PRONOUNS
    held: int | None = None  # a person only a possessor, while a source may stand further back
    is_person = functools.partial(_is_person, adoc, actors)
    for i in range((pron if before is None else before) - 1, adoc.sents[first_sent].start - 1, -1):
        if i in bound or _in_regions(regions, adoc.tokens[i].idx):
            continue
        named = False
        if not _prominent(adoc, i):
            if not (sources and named_source(adoc, i, is_person)):
                continue
            named = True
        elif want and pronoun_gender(adoc.tokens[i].text) == want and depth < _CHAIN_DEPTH \
                and adoc.tokens[i].pos == "PRON":
            chained = _pronoun_antecedent(adoc, actors, i, genders, want, skip=skip, depth=depth + 1)
            if chained is not None:
                return held if held is not None and _is_person(adoc, actors, chained) else chained
            continue
        if _is_person(adoc, actors, i):
            keys = person_keys(adoc, actors, i)
            got = gender_of(genders, keys)
            if want and got and got != want or skip.intersection(keys):
                continue
            if held is not None and not named:
                return held
            if sources and not named and held is None and adoc.tokens[i].dep == "poss":
                held = i  # "... to Doe's parents. “…,” he said": a source before it wins
                continue
            return i
        if sources and unnamed_stop(adoc, i, want):
            return i  # "a middleman met the family. “…,” he said": the middleman, unnamed
    return held


def _role_antecedent(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], head: int,
                     genders: dict[str, str] | None) -> int | None:
    """Token of the person a definite role phrase ("the senator", "the former secretary of
    state", "Obama's former campaign strategist") speaking stands for: the nearest preceding
    person in a prominent role before the phrase, of the role word's gender where it has
    one, never the phrase's own possessor."""
    owners = [c for c in adoc.children(head) if adoc.tokens[c].dep == "poss"]
    if not (_definite(adoc, head) or any(_is_person(adoc, actors, c) for c in owners)):
        return None
    skip = frozenset(k for c in owners if _is_person(adoc, actors, c)
                     for k in person_keys(adoc, actors, c))
    word = adoc.tokens[head].lemma.lower()
    want = "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else None
    return _pronoun_antecedent(adoc, actors, head, genders, want=want,
                               before=adoc.subtree(head)[0], skip=skip)


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


def _role_holder(actors: tuple[ActorMention, ...], adoc: AnnotatedDoc, head: int) -> int | None:
    """Index of the nearest preceding person actor described with the role noun at
    ``head`` ("the president" -> "President Ann Smith", "the chief" -> "X, the chief of Y")."""
    word = adoc.tokens[head].lemma.lower()
    if word in ANONYMOUS_HEADS or not any(adoc.tokens[c].text.lower() == "the"
                                          for c in adoc.children(head)):
        return None
    before = adoc.tokens[adoc.subtree(head)[0]].idx  # not the role phrase's own mention
    for k in range(len(actors) - 1, -1, -1):
        m = actors[k]
        if m.end > before or m.kind != "person":
            continue
        described = f"{m.role or ''} {m.text}".lower().replace("-", " ").split()
        if word in described:
            return _speaker(actors, m.start, m.end)
    return None


def _antecedent(adoc: AnnotatedDoc, i: int) -> int:
    """The noun a relative pronoun stands for ("X, who said ..." -> X), else ``i``."""
    t = adoc.tokens[i]
    if t.tag in ("WP", "WDT") or t.text.lower() in ("who", "which", "that"):
        clause = t.head
        while adoc.tokens[clause].dep not in ("relcl", "acl") and adoc.tokens[clause].head != clause:
            if adoc.tokens[clause].dep not in ("conj", "xcomp", "ccomp"):
                break
            clause = adoc.tokens[clause].head
        if adoc.tokens[clause].dep in ("relcl", "acl"):
            return adoc.tokens[clause].head
    return i


def _name_span(adoc: AnnotatedDoc, head: int) -> tuple[int, int]:
    """Characters of the core noun phrase of ``head``: its compounds, titles and names,
    without appositions, relative clauses or punctuation."""
    keep = {head}
    for c in adoc.children(head):
        ct = adoc.tokens[c]
        if ct.dep in ("compound", "amod", "det", "poss", "nmod", "nummod", "case") and c < head:
            keep.update(adoc.subtree(c))
    ent = next((e for e in adoc.ents if e.start <= head < e.end), None)
    if ent is not None:
        keep.update(range(ent.start, ent.end))
    toks = sorted(k for k in keep if adoc.tokens[k].pos != "PUNCT") or [head]  # a misparse
    return adoc.tokens[toks[0]].idx, adoc.tokens[toks[-1]].end

