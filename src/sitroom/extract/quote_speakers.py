"""Quote speakers: who a source phrase names, resolved to the document's actor mentions,
and the medium of the saying (the third sub-concept of :mod:`sitroom.extract.quotes`)."""

from __future__ import annotations

import re

from ..model import ActorMention, AnnotatedDoc
from .quote_cues import ANONYMOUS_HEADS, Attribution
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


ACCUSING = frozenset("accuse blame charge criticize criticise condemn fault".split())
PRONOUNS = frozenset("he she they i we it his her their".split())


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


def _speaker(actors: tuple[ActorMention, ...], start: int, end: int) -> int | None:
    """Index of the actor mention inside [start, end) (the latest-starting head mention),
    following ``coref_of`` to the antecedent."""
    inside = [k for k, m in enumerate(actors) if m.start >= start and m.end <= end]
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
    return not any(s < t.idx < e for s, e in quote_regions(adoc.text))


PERSONAL_PRONOUNS = frozenset("he him his she her".split())
# grammatical roles that make a mention the topic a later pronoun refers back to
_PROMINENT_DEPS = frozenset("nsubj nsubjpass poss ROOT".split())  # a noun ROOT: a misparsed subject
_LOOKBACK_SENTS = 3


def resolve_speaker(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], head: int) -> int | None:
    """Index into ``actors`` of the speaker whose source phrase is headed by token ``head``.

    A name with a person in apposition ("the group's leader, Ann Smith,") is that person;
    a personal pronoun ("he", "his") is the nearest preceding person in a prominent role
    (subject, possessor, or in apposition to one) of the same or the previous sentences,
    chaining through pronouns and skipping places, organisations and objects; a role noun
    ("the president", "the army chief") is the nearest preceding person mentioned with
    that role; otherwise the actor mention under the source phrase.
    """
    head = _appositive(adoc, actors, head)
    t = adoc.tokens[head]
    if t.text.lower() in PERSONAL_PRONOUNS:
        found = _pronoun_antecedent(adoc, actors, head)
        if found is not None:
            head = found
    elif t.pos == "NOUN" and not _is_person(adoc, actors, head):
        found = _role_holder(actors, adoc, head)
        if found is not None:
            return found
    s, e = _name_span(adoc, head)
    return _speaker(actors, s, e)


def _appositive(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], head: int) -> int:
    """The person in apposition to ``head`` ("the group's leader, Ann Smith,"), else ``head``."""
    if _is_person(adoc, actors, head):
        return head
    appos = [c for c in adoc.children(head)
             if adoc.tokens[c].dep == "appos" and _is_person(adoc, actors, c)]
    return appos[0] if appos else head


def _actor_at(actors: tuple[ActorMention, ...], char: int) -> ActorMention | None:
    return next((m for m in actors if m.start <= char < m.end), None)


def _is_person(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], i: int) -> bool:
    """Token ``i`` names a person: a PERSON entity or a person actor mention."""
    t = adoc.tokens[i]
    if t.ent_type == "PERSON":
        return True
    m = _actor_at(actors, t.idx)
    return m is not None and m.kind == "person" and t.pos == "PROPN"


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


def _pronoun_antecedent(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], pron: int) -> int | None:
    """Token of the person a personal pronoun at ``pron`` refers to (see :func:`resolve_speaker`)."""
    first_sent = max(0, adoc.tokens[pron].sent - _LOOKBACK_SENTS)
    bound = _bound_nouns(adoc, pron)
    for i in range(pron - 1, adoc.sents[first_sent].start - 1, -1):
        if i in bound or not _prominent(adoc, i):
            continue
        if _is_person(adoc, actors, i):
            return i
    return None


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
    before = adoc.tokens[head].idx
    for k in range(len(actors) - 1, -1, -1):
        m = actors[k]
        if m.start >= before or m.kind != "person":
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

