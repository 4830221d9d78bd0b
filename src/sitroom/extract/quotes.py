"""Quotes and reported speech: who said what, with which cue, through which medium.

:func:`find_attributions` finds attribution relations (source, cue, content spans, the
PolNeAR conventions: content of a direct quote with its quote marks, indirect content as the
whole complement clause with its ``that``, source as the subject phrase) from the dependency
parse and the quote marks of the text. :func:`extract_quotes` turns them into
:class:`~sitroom.model.Quote` records with clean spans (quote marks stripped), a speaker
resolved to an actor mention and the medium.
"""

from ..model import ActorMention, AnnotatedDoc, Quote
from .. import lexicon
# the names older code imports from here
from .quote_cues import (  # noqa: F401
    ANONYMOUS_HEADS, GROUP_THRESHOLD, MENTAL_VERBS, SPEAKER_NOUNS, SPEECH_VERBS, Attribution,
    _can_speak, _cue_model, _span_of, _strip_punct, _to_quote_marks, find_attributions, group_key,
    is_cue, train_cue_model)
from .quote_marks import (  # noqa: F401
    CLOSE_QUOTES, OPEN_QUOTES, _clean, header_spans, outside_headers,
    quote_regions)
from .quote_follow import following_quotes
from .quote_speakers import (  # noqa: F401
    ACCUSING, MEDIA, _antecedent, _appositive, _in_regions, _is_person, _medium, _name_span,
    _regions, _speaker, is_author,
    full_named, gender_of, person_genders, person_key, pronoun_gender, resolve_speaker,
    resolve_speaker_source, unnamed_antecedent)

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# verbs whose quoted object of a few words is the words of their subject ("attacked “…”")
QUOTING = lexicon.words("quote_words", "quoting_verbs")


def _cue_subject(adoc: AnnotatedDoc, a, frags: list[tuple[int, int]],
                 actors: tuple[ActorMention, ...] = ()) -> int | None:
    """The speaker of a quotation found without a source: the cue verb's subject outside
    the quote ("…, Ann Lee, who X, said"), else a person named between the quote and the cue
    ("“…,” Tulsa police Chief Ann Lee said", the parse having lost the subject), else a name
    (no date) right after the cue ("…,” said Ann Lee, a physicist"), when the cue is a speech
    verb."""
    if adoc.tokens[a.verb].lemma.lower() not in SPEECH_VERBS:
        return None
    def outside(i: int) -> bool:
        return not any(fs <= adoc.tokens[i].idx < fe for fs, fe in frags)
    subj = [c for c in adoc.children(a.verb) if adoc.tokens[c].dep in _SUBJECT_DEPS and outside(c)
            and _can_speak(adoc, c) and adoc.tokens[c].text.lower() not in ("it", "this", "that")]
    if subj:
        return subj[0]
    v = adoc.tokens[a.verb]
    before = max([fe for _, fe in frags if fe <= v.idx], default=None)
    if before is not None:  # "“…,” Tulsa police Chief Ann Lee said": the name between
        gap = [k for k in range(adoc.token_at(before), a.verb) if adoc.tokens[k].idx >= before]
        got = next((k for k in gap if _is_person(adoc, actors, k) and not _owner(adoc, k)), None)
        if got is None and gap and adoc.tokens[gap[-1]].pos == "NOUN" and _can_speak(adoc, gap[-1]):
            got = gap[-1]  # "“…,” Obama's former strategist said": the role, not its owner
        if got is not None:
            return got
    nxt = a.verb + 1
    if nxt < len(adoc.tokens) and adoc.tokens[nxt].sent == adoc.tokens[a.verb].sent \
            and adoc.tokens[nxt].pos == "PROPN" and outside(nxt) \
            and adoc.tokens[nxt].ent_type not in ("DATE", "TIME"):
        while nxt + 1 < len(adoc.tokens) and adoc.tokens[nxt + 1].pos == "PROPN" \
                and adoc.tokens[nxt].dep in ("compound", "flat"):
            nxt += 1
        return nxt
    return None


def _worded_subject(adoc: AnnotatedDoc, subj: int) -> int:
    """A dash or other mark the parser made a subject ("made public ― Trump boasted") gives
    way to a worded subject of the same verb."""
    if any(ch.isalnum() for ch in adoc.tokens[subj].text):
        return subj
    verb = adoc.tokens[subj].head
    return next((c for c in adoc.children(verb) if c != subj and adoc.tokens[c].dep in _SUBJECT_DEPS
                 and any(ch.isalnum() for ch in adoc.tokens[c].text)), subj)


def _subject_outside_quotes(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], subj: int,
                            verb: int) -> int | None:
    """A subject the parser found inside quote marks after its verb (“…,” Ann Lee, a
    physicist, said on “Fox and Friends.”: not "Fox") gives way to the first person named
    between the quotation before the verb and the verb; else no subject."""
    regions = _regions(adoc)
    if subj < verb or not _in_regions(regions, adoc.tokens[subj].idx):
        return subj
    v = adoc.tokens[verb]
    start = max([e for _, e in regions if e <= v.idx], default=adoc.sents[v.sent].start_char)
    start = max(start, adoc.sents[v.sent].start_char)
    return next((k for k in range(adoc.token_at(start), verb)
                 if adoc.tokens[k].idx >= start and _is_person(adoc, actors, k)), None)


def _owner(adoc: AnnotatedDoc, k: int) -> bool:
    """Token ``k`` is (in the name of) a possessor ("Obama" of "Obama's strategist")."""
    while adoc.tokens[k].dep in ("compound", "flat") and adoc.tokens[k].head != k:
        k = adoc.tokens[k].head
    return adoc.tokens[k].dep == "poss"


def _gerund_subject(adoc: AnnotatedDoc, verb: int, frags: list[tuple[int, int]]) -> int | None:
    """The speaker of a gerund cue under a preposition ("he appeared … for saying that …",
    "Ann Lee, despite admitting that …, said"): the subject of the verb the preposition
    phrase belongs to, when it can speak and stands outside the content."""
    t = adoc.tokens[verb]
    if t.tag != "VBG" or t.dep != "pcomp":
        return None
    prep = t.head
    while adoc.tokens[prep].dep in ("prep", "conj", "cc") and adoc.tokens[prep].head != prep \
            and adoc.tokens[adoc.tokens[prep].head].pos not in ("VERB", "AUX"):
        prep = adoc.tokens[prep].head
    gov = adoc.tokens[prep].head
    if adoc.tokens[gov].pos not in ("VERB", "AUX"):
        return None
    return next((c for c in adoc.children(gov) if adoc.tokens[c].dep in _SUBJECT_DEPS
                 and _can_speak(adoc, c) and adoc.tokens[c].text.lower() not in ("it", "this", "that")
                 and not any(fs <= adoc.tokens[c].idx < fe for fs, fe in frags)), None)


_QUOTED_WORDS = 4  # words of a quoted passage that make an object content a quote


def _quotes_words(adoc: AnnotatedDoc, content) -> bool:
    """``content`` holds a quoted passage of at least :data:`_QUOTED_WORDS` words."""
    s, e = content[0][0], content[-1][1]
    return any(len(adoc.text[max(s, r0):min(e, r1)].split()) >= _QUOTED_WORDS
               for r0, r1 in _regions(adoc) if r0 < e and r1 > s)


_CONTINUE_SENTS = 6  # how far back the last quote's speaker carries a bare "he said"


def _continuing(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], head: int,
                speaker: int | None, last: tuple[int, int] | None,
                genders: dict[str, str]) -> int | None:
    """A personal pronoun source that named nobody ("…,” she said." with no person of her
    gender in the sentences before) is the speaker of the last quote, when that quote is
    at most a few sentences back and its speaker's gender does not differ."""
    want = pronoun_gender(adoc.tokens[head].text)
    if want is None or last is None:
        return speaker
    if speaker is not None and actors[speaker].kind == "person" \
            and not pronoun_gender(actors[speaker].text):
        return speaker  # the pronoun found its person
    prev, sent = last
    if adoc.tokens[head].sent - sent > _CONTINUE_SENTS:
        return speaker
    words = (actors[prev].name or actors[prev].text).lower().split()
    got = gender_of(genders, (" ".join(words), words[-1]) if words else ())
    return speaker if got and got != want else prev


def extract_quotes(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...]) -> tuple[Quote, ...]:
    """Quotes (direct, indirect, mixed) of the document with speakers resolved to ``actors``.

    Requires tokens, parse and sentences; ``actors`` are the document's actor mentions
    (``coref_of`` followed for pronouns). Produces one Quote per attribution with a speech
    cue; the content span excludes quote marks.
    """
    out = []
    headers = header_spans(adoc.doc)
    genders = person_genders(adoc, actors)
    last: tuple[int, int] | None = None  # (speaker, sentence) of the last quote with a person speaker
    last_at = -1  # the character its speaker's name starts at (-1: no name)
    for a in find_attributions(adoc):
        lemma = adoc.tokens[a.verb].lemma.lower()
        content = a.content
        # 'X said, "..."' in any parse: a speech verb whose content is a quotation
        said = lemma in SPEECH_VERBS and (a.kind == "direct" or adoc.text[a.content[0][0]] in OPEN_QUOTES + '"')
        if said:
            pass
        elif a.frame in ("dobj", "xcomp") or a.frame.startswith("prep:"):
            # "X accused Y of ...": the accusation is the content; other objects are not speech
            of = [c for c in adoc.children(a.verb) if adoc.tokens[c].dep == "prep"
                  and adoc.tokens[c].text.lower() in ("of", "for")] if lemma in ACCUSING else []
            if of:
                toks = _strip_punct(adoc, adoc.subtree(of[0])[1:])
                if not toks:
                    continue
                content = _span_of(adoc, toks)
            elif not _quotes_words(adoc, a.content):
                continue  # an object in quote marks of a few words is words said ("attacked “…”")
        elif a.frame == "quote" and lemma in ACCUSING | QUOTING and _quotes_words(adoc, a.content):
            pass  # 'X attacked “the hateful ideology of ...”': the quoted words are X's
        elif a.frame not in ("according", "headline", "signed") and lemma not in SPEECH_VERBS:
            continue
        if a.source_tok is not None and not said and a.frame != "headline" and not _can_speak(adoc, a.source_tok) and not (
                a.frame == "headline" and adoc.tokens[a.source_tok].pos == "PROPN"):
            continue  # "His retreat indicates that ..." is an inference, not speech
        if a.source_tok is not None and is_author(adoc, a.source_tok):
            continue  # "As I write, ...": the writer's own statement
        if a.frame == "quote" and sum(len(adoc.text[fs:fe].split()) for fs, fe in content) <= 3:
            continue  # naming in quote marks ("what he calls a “special operation”")
        frags = [_clean(adoc.text, *outside_headers(headers, fs, fe)) for fs, fe in content]
        frags = [(fs, fe) for fs, fe in frags if fe > fs]
        if not frags:
            continue
        s, e = frags[0][0], frags[-1][1]
        spk_s = spk_e = speaker = None
        source_tok = a.source_tok if a.source_tok is not None or not said else \
            _cue_subject(adoc, a, frags, actors)
        if source_tok is None and lemma in SPEECH_VERBS:
            source_tok = _gerund_subject(adoc, a.verb, frags)
        if source_tok is not None:
            source_tok = _subject_outside_quotes(adoc, actors, _worded_subject(adoc, source_tok),
                                                 a.verb)
        if source_tok is not None:
            head = _appositive(adoc, actors, _antecedent(adoc, source_tok))
            spk_s, spk_e = _name_span(adoc, head)
            if a.frame == "headline" and a.source and spk_s < a.source[-1][1] \
                    and a.source[0][0] < spk_e:  # "Ann Lee Speaks ‘…’": not the verb
                spk_s, spk_e = max(spk_s, a.source[0][0]), min(spk_e, a.source[-1][1])
            # with the source "he" stands for when brought in unnamed ("a middleman ... he said")
            speaker, unnamed = resolve_speaker_source(adoc, actors, head, genders)
            if unnamed is None or last_at > adoc.tokens[unnamed].idx:
                # no unnamed source, or the last quote's speaker was brought in after it
                speaker = _continuing(adoc, actors, head, speaker, last, genders)
            speaker = full_named(actors, speaker)
        cue_s, cue_e = a.cue[0][0], a.cue[-1][1]
        while cue_e > cue_s and adoc.text[cue_e - 1] in ": ":
            cue_e -= 1  # the colon of "said:" is PolNeAR's convention, not part of the cue
        has_cue = cue_e > cue_s  # a "Name: words" line has no cue word, only its colon
        speaker_text = adoc.text[spk_s:spk_e] if spk_s is not None else None
        if speaker is not None and actors[speaker].kind == "person":
            last = (speaker, adoc.sent_at(s))
            # where a name of the speaker stands (not a role word resolved elsewhere)
            last_at = spk_s if spk_s is not None and source_tok is not None \
                and adoc.tokens[head].pos == "PROPN" else -1
        out.append(Quote(
            doc=adoc.doc.id, start=s, end=e, sent=adoc.sent_at(s),
            text=" ".join(adoc.text[fs:fe] for fs, fe in frags),
            speaker_text=speaker_text, speaker=speaker,
            cue=adoc.text[cue_s:cue_e] if has_cue else None,
            cue_start=cue_s if has_cue else None, cue_end=cue_e if has_cue else None,
            speaker_start=spk_s, speaker_end=spk_e, medium=_medium(adoc, a, speaker_text), kind=a.kind,
            spans=tuple(frags),
        ))
    found = tuple(out)
    return found + following_quotes(adoc, actors, found, genders)
