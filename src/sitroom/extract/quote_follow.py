"""Quotes without a cue of their own that follow, in the same paragraph, a sentence whose
subject is a named person ("Ann Lee, who lost the primary, blamed the weather. “It rained
on every rally.”"): the quoted words are that person's (a sub-concept of
:mod:`sitroom.extract.quotes`)."""

from __future__ import annotations

from ..model import ActorMention, AnnotatedDoc, Quote
from .quote_marks import _clean
from .quote_speakers import (PERSONAL_PRONOUNS, _in_regions, _is_person, _name_span, _regions,
                             full_named, resolve_speaker)

_MIN_WORDS = 3  # a quoted passage of fewer words is a phrase the writer cites, not a quote
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def following_quotes(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...],
                     quotes: tuple[Quote, ...], genders: dict[str, str]) -> tuple[Quote, ...]:
    """Quotes for the quoted passages no quote of ``quotes`` overlaps that open a sentence
    right after a sentence of their paragraph whose main verb has a named person (or a he or
    she, round 22), outside quote marks, for subject; the speaker is that person."""
    text = adoc.text
    out = []
    for r in _regions(adoc):
        s, e = _clean(text, *r)
        if e - s <= 0 or len(text[s:e].split()) < _MIN_WORDS:
            continue
        if any(q_s < e and s < q_e for q in quotes for q_s, q_e in q.parts()):
            continue
        subj = _paragraph_subject(adoc, actors, r[0])
        if subj is None:
            continue
        speaker = full_named(actors, resolve_speaker(adoc, actors, subj, genders))
        if speaker is None or actors[speaker].kind != "person":
            continue
        spk_s, spk_e = _name_span(adoc, subj)
        out.append(Quote(doc=adoc.doc.id, start=s, end=e, sent=adoc.sent_at(s), text=text[s:e],
                         speaker_text=text[spk_s:spk_e], speaker=speaker, cue=None,
                         cue_start=None, cue_end=None, speaker_start=spk_s, speaker_end=spk_e,
                         medium=None, kind="direct", spans=((s, e),)))
    return tuple(out)


def _paragraph_subject(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], start: int) -> int | None:
    """The named-person subject of the main verb of the sentence right before the quote
    opening at ``start``, when the quote opens its own sentence of the same paragraph."""
    k = adoc.sent_at(start)
    sent = adoc.sents[k]
    if k == 0 or adoc.text[sent.start_char:start].strip():
        return None
    prev = adoc.sents[k - 1]
    if "\n" in adoc.text[prev.start_char:start].strip():
        return None  # another paragraph (or a heading line)
    regions = _regions(adoc)
    roots = [i for i in range(prev.start, prev.end) if adoc.tokens[i].dep == "ROOT"
             and adoc.tokens[i].pos in ("VERB", "AUX")]
    if len(roots) != 1 or _in_regions(regions, adoc.tokens[roots[0]].idx):
        return None
    subj = next((c for c in adoc.children(roots[0]) if adoc.tokens[c].dep in _SUBJECT_DEPS), None)
    if subj is None or _in_regions(regions, adoc.tokens[subj].idx):
        return None
    if not (_is_person(adoc, actors, subj) or adoc.tokens[subj].text.lower() in PERSONAL_PRONOUNS):
        return None  # "He was blunt. “…”": the person the pronoun stands for (round 22)
    return subj
