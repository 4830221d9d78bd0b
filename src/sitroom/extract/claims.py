"""Claims: every sentence with propositional content, with its certainty and its source.

A sentence becomes a :class:`~sitroom.model.Claim` unless it has no finite verb (a
headline made of one noun phrase, a dateline) or is a question. Its certainty comes from
:func:`~sitroom.extract.certainty.sentence_certainty`; its source from the quotes and
attributions of the sentence: ``named`` (a person or body speaks), ``anonymous``
("officials said", "a source close to ...", "reportedly", "it has been reported") or
``author`` (the writer states it). Attributed content the author does not vouch for is at
most ``reported``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence

from ..model import ActorMention, AnnotatedDoc, Claim, Quote
from .certainty import (DENIAL_VERBS, SPECULATION_VERBS, UNCONFIRMED_VERBS, Certainty,
                        event_certainty, sentence_certainty)
from .quote_marks import CLOSE_QUOTES, OPEN_QUOTES
from .quotes import (ANONYMOUS_HEADS, MENTAL_VERBS, SPEECH_VERBS, _antecedent, _can_speak,
                     _name_span, _speaker, find_attributions, header_spans, is_author,
                     outside_headers)

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# verbs whose passive names its source in a "by" phrase ("was denied by the army")
_PASSIVE_SOURCES = (SPEECH_VERBS | DENIAL_VERBS | UNCONFIRMED_VERBS
                    | frozenset({"confirm", "dismiss", "reject", "acknowledge"}))
# words that make an unnamed source anonymous even with a modifier ("a source close to")
_VAGUE_DETS = frozenset("a an some several many two three few other unnamed anonymous".split())
# the marks a sentence told wholly in quotation opens and closes with (straight single quotes
# too, which the quote regions leave to apostrophes)
_WRAPS = OPEN_QUOTES + CLOSE_QUOTES + "\"'"


def statement_end(adoc: AnnotatedDoc, sent: int) -> int | None:
    """End character of the statement in sentence ``sent``: the sentence without the
    questions it ends with (a missed split: "Insiders report paralysis. So what now?"),
    None when it is all questions."""
    toks = [t for t in adoc.sent_tokens(sent) if t.text.strip()]
    end: int | None = None
    for k, t in enumerate(toks):
        closes = k == len(toks) - 1 or (t.text in (".", "!", "?") and toks[k + 1].text[:1].isupper())
        if closes and t.text != "?":
            end = t.end  # the last piece that is no question
    return end


def has_proposition(adoc: AnnotatedDoc, sent: int) -> bool:
    """A sentence asserts something: it has a finite verb and is not a question."""
    toks = adoc.sent_tokens(sent)
    if statement_end(adoc, sent) is None:
        return False
    words = [t for t in toks if t.pos not in ("PUNCT", "SPACE")]
    if len(words) < 3:
        return False
    return any(t.tag in FINITE_TAGS or "VerbForm=Fin" in t.morph for t in toks) or any(
        # a past tense the tagger read as a participle: "Three soldiers deserted on Monday."
        t.dep == "ROOT" and t.tag == "VBN" and any(
            adoc.tokens[c].dep == "nsubj" for c in adoc.children(t.i))
        for t in toks) or _misparsed_report(adoc, sent) is not None


def _misparsed_report(adoc: AnnotatedDoc, sent: int) -> int | None:
    """Head of an anonymous source whose speech verb the parser read as a noun
    ("people with contacts inside the ministry report paralysis": "report" as a noun,
    "people" the root), else None."""
    root = next((t for t in adoc.sent_tokens(sent) if t.dep == "ROOT"), None)
    if root is None or root.pos != "NOUN" or not _is_anonymous(adoc, root.i):
        return None
    for k in adoc.subtree(root.i):
        t = adoc.tokens[k]
        if k > root.i and t.pos == "NOUN" and t.tag == "NN" and t.text.lower() in SPEECH_VERBS:
            return root.i
    return None


def _is_anonymous(adoc: AnnotatedDoc, head: int) -> bool:
    """The source phrase headed by ``head`` names nobody ("officials", "a source close to
    the ministry", "people with contacts inside the army")."""
    t = adoc.tokens[head]
    if t.pos == "PROPN" or t.ent_type in ("PERSON", "ORG") or t.pos == "PRON":
        return False
    if t.lemma.lower() not in ANONYMOUS_HEADS and t.text.lower() not in ANONYMOUS_HEADS:
        return False
    # "officials" with a named modifier ("White House officials") still names no person
    kids = [adoc.tokens[c] for c in adoc.children(head)]
    return not any(k.dep == "appos" and k.pos == "PROPN" for k in kids) or any(
        k.text.lower() in _VAGUE_DETS for k in kids)


def _span_head(adoc: AnnotatedDoc, start: int, end: int) -> int:
    """The token of the character span whose syntactic head lies outside it."""
    toks = range(adoc.token_at(start), adoc.token_at(end - 1) + 1)
    if not toks:  # an empty or inverted span: its first token
        return adoc.token_at(start)
    return next((k for k in toks if adoc.tokens[k].head not in toks
                 or adoc.tokens[k].head == k), toks[-1])


def _aside(adoc: AnnotatedDoc, s, content, cue: int | None) -> bool:
    """An attribution tucked into a clause of the writer's own sentence ("... the conduct of
    what he still calls a 'special military operation'"): its content covers under a third
    of sentence ``s`` and its cue (token) hangs below the sentence's main clause."""
    covered = sum(max(0, min(e, s.end_char) - max(b, s.start_char)) for b, e in content)
    if cue is None or covered * 3 >= s.end_char - s.start_char:
        return False
    k = cue
    while adoc.tokens[k].head != k and adoc.tokens[k].dep in (
            "conj", "xcomp", "ccomp", "advcl", "parataxis"):
        k = adoc.tokens[k].head
    return adoc.tokens[k].head != k


def _source_of(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], quotes: Sequence[Quote],
               atts, sent: int) -> tuple[str, str | None, int | None, int | None]:
    """(source_kind, source_text, source index, cue verb token) of sentence ``sent``."""
    s = adoc.sents[sent]
    for q in quotes:
        if not (q.start < s.end_char and q.end > s.start_char and q.speaker_start is not None
                and q.speaker_end is not None):
            continue
        # a quote's speaker (and cue) span has both ends or neither
        verb = (None if q.cue_start is None or q.cue_end is None
                else _span_head(adoc, q.cue_start, q.cue_end))
        if not _aside(adoc, s, [(q.start, q.end)], verb):
            head = _span_head(adoc, q.speaker_start, q.speaker_end)
            kind = "anonymous" if _is_anonymous(adoc, head) else "named"
            return kind, q.speaker_text, q.speaker, verb
    for a in atts:
        touches = any(fs < s.end_char and fe > s.start_char for fs, fe in a.content + a.cue)
        if not touches or a.source_tok is None or not _speech(adoc, a):
            continue
        if _aside(adoc, s, a.content, a.verb):
            continue
        head = _antecedent(adoc, a.source_tok)
        if _is_anonymous(adoc, head):
            ns, ne = _name_span(adoc, head)
            return "anonymous", adoc.text[ns:ne], None, a.verb
        if is_author(adoc, head):
            continue
        if adoc.tokens[head].pos in ("PROPN", "PRON") or adoc.tokens[head].ent_type:
            ns, ne = _name_span(adoc, head)
            return "named", adoc.text[ns:ne], _speaker(actors, ns, ne), a.verb
    misparsed = _misparsed_report(adoc, sent)
    if misparsed is not None:
        ns, ne = _name_span(adoc, misparsed)
        return "anonymous", adoc.text[ns:ne], None, None
    agent = _passive_source(adoc, sent)
    if agent is not None:
        by, verb = agent
        ns, ne = _name_span(adoc, by)
        kind = "anonymous" if _is_anonymous(adoc, by) else "named"
        return kind, adoc.text[ns:ne], _speaker(actors, ns, ne), verb
    return "author", None, None, None


def _passive_source(adoc: AnnotatedDoc, sent: int) -> tuple[int, int] | None:
    """(agent head, verb) of a sentence whose main verb is a passive of saying, confirming
    or denying with its agent: "The claim was denied by the army", "The strike was confirmed
    by the ministry"; else None."""
    root = next((t for t in adoc.sent_tokens(sent) if t.dep == "ROOT"), None)
    if root is None or root.lemma.lower() not in _PASSIVE_SOURCES:
        return None
    kids = [adoc.tokens[c] for c in adoc.children(root.i)]
    if not any(k.dep in ("auxpass", "nsubjpass") for k in kids):
        return None
    for k in kids:
        if k.dep == "agent" or (k.dep == "prep" and k.text.lower() == "by"):
            objs = [c for c in adoc.children(k.i) if adoc.tokens[c].dep == "pobj"]
            if objs and _can_speak(adoc, objs[0]):
                return objs[0], root.i
    return None


def _speech(adoc: AnnotatedDoc, a) -> bool:
    """An attribution of speech or thought with clausal or quoted content (not "X ordered
    the strike", whose object is no proposition)."""
    lemma = adoc.tokens[a.verb].lemma.lower()
    if a.frame in ("according", "headline"):
        return True
    if lemma in SPEECH_VERBS and _is_anonymous(adoc, _antecedent(adoc, a.source_tok)):
        return True  # "people with contacts inside the ministry report paralysis"
    return a.frame in ("ccomp", "quote", "colon", "parenthetical") and (
        lemma in SPEECH_VERBS or lemma in MENTAL_VERBS) and _can_speak(adoc, a.source_tok)


def _attributed(adoc: AnnotatedDoc, verb: int | None, content: Certainty) -> Certainty:
    """Certainty of content someone else states: the speech verb decides (``denied``,
    ``claimed`` -> unconfirmed, ``suggested`` -> speculated, else reported) unless the
    verb itself is hedged ("allegedly said", "may have said"); the content keeps its
    polarity and a hedge inside the content ("X said Y may ...") stays speculated."""
    if verb is None or adoc.tokens[verb].pos not in ("VERB", "AUX"):
        if content.certainty == "asserted":
            return Certainty("reported", content.polarity, min(content.score, 2.6), content.cue)
        return content
    t = adoc.tokens[verb]
    lemma = t.lemma.lower()
    own = event_certainty(adoc, verb)
    if lemma in DENIAL_VERBS:
        return Certainty("denied", "negative", -abs(content.score), t.text)
    if own.certainty in ("speculated", "unconfirmed", "denied"):
        return Certainty(own.certainty, content.polarity, min(own.score, abs(content.score)), own.cue)
    if lemma in UNCONFIRMED_VERBS:
        return Certainty("unconfirmed", content.polarity, min(1.6, content.score), t.text)
    if lemma in SPECULATION_VERBS or content.certainty == "speculated":
        return Certainty("speculated", content.polarity, min(1.4, content.score),
                         content.cue if content.certainty == "speculated" else t.text)
    return Certainty("reported", content.polarity, min(content.score, 2.6), t.text)


def _touching(adoc: AnnotatedDoc, items, spans) -> dict[int, list]:
    """Sentence index -> the ``items`` one of whose character ``spans(item)`` overlaps it,
    in the items' order."""
    starts = [s.start_char for s in adoc.sents]
    found: dict[int, list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        for a, b in spans(item):
            first = max(bisect_right(starts, a) - 1, 0)
            for si in range(first, len(starts)):
                snt = adoc.sents[si]
                if snt.start_char >= b:
                    break
                if a < snt.end_char and b > snt.start_char and (not found[si]
                                                                 or found[si][-1] != k):
                    found[si].append(k)
    return {si: [items[k] for k in sorted(set(ks))] for si, ks in found.items()}


def _goes_on(adoc: AnnotatedDoc, before: int, sent: int) -> bool:
    """Sentence ``sent`` goes on with the quotation of sentence ``before``, the one just before it
    in its paragraph: it is told wholly in quote marks ("'They ask for the cash first,' he said.
    'They will not give the papers without it.'"), so its speaker is that sentence's, not the
    writer (round 19, the reading of real stores' E17: a negation inside such a sentence read
    as the writer's denial)."""
    if sent != before + 1:
        return False
    prev = adoc.text[adoc.sents[before].start_char:adoc.sents[sent].start_char]
    gap = prev[len(prev.rstrip()):]  # (a sentence's span may end with the paragraph's break)
    body = adoc.text[adoc.sents[sent].start_char:adoc.sents[sent].end_char].strip()
    inner = body[1:-1]
    return "\n" not in gap and len(body) > 2 and body[0] in _WRAPS and body[-1] in _WRAPS \
        and not any(c in _WRAPS for c in inner.replace("'", "")) \
        and not re.search(r"(?:^|\s)'|'(?:\s|$)", inner)  # (an apostrophe inside a word only)


def extract_claims(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...],
                   quotes: tuple[Quote, ...]) -> tuple[Claim, ...]:
    """One Claim per sentence with propositional content.

    Requires sentences and parse; ``actors`` are the document's actor mentions, ``quotes``
    what :func:`~sitroom.extract.quotes.extract_quotes` found (their speakers become the
    claims' sources).
    """
    atts = find_attributions(adoc)
    headers = header_spans(adoc.doc)
    # the quotes and attributions touching each sentence (in their order), so a sentence
    # reads only its own, not every one of a long report's
    quotes_in = _touching(adoc, quotes, lambda q: ((q.start, q.end),))
    atts_in = _touching(adoc, atts, lambda a: (*a.content, *a.cue))
    out = []
    last: tuple[int, tuple[str, str | None, int | None, int | None]] | None = None
    for s in adoc.sents:
        if not has_proposition(adoc, s.i):
            continue
        cert = sentence_certainty(adoc, s.i)
        kind, text, source, verb = _source_of(adoc, actors, quotes_in.get(s.i, ()),
                                              atts_in.get(s.i, ()), s.i)
        if kind == "author" and last is not None and _goes_on(adoc, last[0], s.i):
            kind, text, source, verb = last[1]
        last = (s.i, (kind, text, source, verb)) if kind != "author" else None
        if kind != "author":
            cert = _attributed(adoc, verb, cert)
        if kind == "author" and cert.certainty in ("reported", "unconfirmed") and cert.cue:
            kind = "anonymous"  # "reportedly", "it has been reported", "unconfirmed reports"
        start, end = outside_headers(headers, s.start_char, statement_end(adoc, s.i) or s.end_char)
        body = adoc.text[start:end]
        if len(body.split()) < 3:
            continue  # a live-blog header split off as a sentence of its own
        lead = len(body) - len(body.lstrip())
        trail = len(body) - len(body.rstrip())
        out.append(Claim(
            doc=adoc.doc.id, start=start + lead, end=end - trail, sent=s.i,
            text=body.strip(), certainty=cert.certainty, polarity=cert.polarity,
            score=cert.score, source_kind=kind, source_text=text, source=source,
            cue=cert.cue,
        ))
    return tuple(out)
