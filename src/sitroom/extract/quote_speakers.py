"""Quote speakers: who a source phrase names, resolved to the document's actor mentions,
and the medium of the saying (the third sub-concept of :mod:`sitroom.extract.quotes`)."""

from __future__ import annotations

import functools
import re

from .. import lexicon
from ..model import ActorMention, AnnotatedDoc
from .quote_antecedents import (  # noqa: F401  (_gender_fits: the name older code imports)
    FEMALE_WORDS, GO_BETWEENS, MALE_WORDS, _gender_fits, named_as, named_source, unnamed_antecedent,
    unnamed_stop)
from .quote_attribution import ANONYMOUS_HEADS, Attribution
from .quote_persons import (  # noqa: F401  (the names older code imports from here)
    FEMALE_PRONOUNS, MALE_PRONOUNS, PERSONAL_PRONOUNS, PRONOUNS, _actor_at, _bound_nouns, _in_regions,
    _is_person, _regions, _surnames, _votes_for_none, gender_of, person_genders, person_key, person_keys,
    pronoun_gender)

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


# grammatical roles that make a mention the topic a later pronoun refers back to
_PROMINENT_DEPS = frozenset("nsubj nsubjpass poss ROOT".split())  # a noun ROOT: a misparsed subject
_LOOKBACK_SENTS = 3
# clauses whose subject is not the sentence's topic for a later pronoun (round 22)
_SUBORDINATE_DEPS = frozenset("ccomp advcl acl relcl xcomp csubj pcomp".split())
_SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))  # the subject of a clause


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


def _agent(adoc: AnnotatedDoc, i: int, pron: int) -> bool:
    """Token ``i`` heads (or is inside the name of) the agent of a passive in the pronoun's own
    sentence ("The drill was ordered by Governor X, and he said"): that clause's subject, as a
    reader takes it (round 21); an agent in a sentence before is passed over (the subject there
    comes first)."""
    toks = adoc.tokens
    if toks[i].sent != toks[pron].sent:
        return False
    seen = set()
    while i not in seen and toks[i].dep in ("compound", "flat") and toks[i].head != i:
        seen.add(i)
        i = toks[i].head
    return toks[i].dep == "pobj" and toks[toks[i].head].dep == "agent"


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
    deferred: int | None = None  # a subordinate clause's subject, while its main clause is read
    for i in range((pron if before is None else before) - 1, adoc.sents[first_sent].start - 1, -1):
        if deferred is not None and adoc.tokens[i].sent < adoc.tokens[deferred].sent:
            break
        if i in bound or _in_regions(regions, adoc.tokens[i].idx):
            continue
        named = False
        if not _prominent(adoc, i) and not _agent(adoc, i, pron):
            if not (sources and named_source(adoc, i, is_person)):
                continue
            named = True
        elif want and pronoun_gender(adoc.tokens[i].text) == want and depth < _CHAIN_DEPTH \
                and adoc.tokens[i].pos == "PRON":
            if held is None and _subordinate(adoc, i):
                deferred = i if deferred is None else deferred
                continue
            chained = _pronoun_antecedent(adoc, actors, i, genders, want, skip=skip, depth=depth + 1)
            if chained is not None:
                return held if held is not None and _is_person(adoc, actors, chained) else chained
            continue
        if _is_person(adoc, actors, i):
            keys = person_keys(adoc, actors, i)
            got = gender_of(genders, keys)
            if want and got and got != want or skip.intersection(keys):
                continue
            if held is None and not named and _subordinate(adoc, i):
                # "Ann Lee said that Tom Hale must act. “…,” she said": Ann Lee
                deferred = i if deferred is None else deferred
                continue
            if held is not None and not named:
                if _name_head(adoc, i) == held:
                    continue  # the possessor's own first name ("Tom" of "Tom Hale's")
                # "Ann Lee, a leader of Tom Hale's group, said ... “…,” she said": the
                # subject of the possessor's own main clause comes before it (round 24)
                return i if _main_subject_over(adoc, i, held) else held
            if sources and not named and held is None and adoc.tokens[i].dep == "poss":
                held = i  # "... to Doe's parents. “…,” he said": a source before it wins
                continue
            return i
        if sources and unnamed_stop(adoc, i, want):
            return i  # "a middleman met the family. “…,” he said": the middleman, unnamed
    if deferred is None:
        return held
    t = adoc.tokens[deferred]
    if t.pos == "PRON" and pronoun_gender(t.text) == want:  # a pronoun: its person, else on back
        chained = _pronoun_antecedent(adoc, actors, deferred, genders, want, skip=skip, depth=depth + 1)
        if chained is not None or adoc.sents[t.sent].start <= adoc.sents[first_sent].start:
            return chained
        return _pronoun_antecedent(adoc, actors, pron, genders, want, before=adoc.sents[t.sent].start,
                                   skip=skip, depth=depth)
    return deferred


def _main_subject_over(adoc: AnnotatedDoc, i: int, held: int) -> bool:
    """Token ``i`` (or the name it is part of) is the subject of the main clause of the
    sentence that holds the possessor at ``held`` ("Ann Lee criticized Tom Hale's plan",
    "Ann Lee, a leader of Tom Hale's group, said"): a reader takes the subject, not a
    possessor inside its clause, for a later pronoun (round 24)."""
    toks = adoc.tokens
    if toks[i].sent != toks[held].sent or _subordinate(adoc, i):
        return False
    return toks[_name_head(adoc, i)].dep in _SUBJECT_DEPS


def _name_head(adoc: AnnotatedDoc, i: int) -> int:
    """The head token of the name token ``i`` is part of ("Tom" -> "Hale" of "Tom Hale")."""
    toks = adoc.tokens
    seen = set()
    while toks[i].dep in ("compound", "flat") and toks[i].head != i and i not in seen:
        seen.add(i)
        i = toks[i].head
    return i


def _subordinate(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` (or the name it is part of) is the subject of a subordinate clause (the
    content of a saying, an adverbial or relative clause), not of its sentence's main clause:
    a later pronoun takes the main clause's subject first (round 22)."""
    toks = adoc.tokens
    seen = set()
    while toks[i].dep in ("compound", "flat", "appos", "poss") and toks[i].head != i and i not in seen:
        seen.add(i)
        i = toks[i].head
    v = toks[i].head
    while v not in seen:
        seen.add(v)
        if toks[v].dep in _SUBORDINATE_DEPS:
            return True
        if toks[v].dep != "conj" or toks[v].head == v:
            return False
        v = toks[v].head
    return False


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
