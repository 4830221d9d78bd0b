"""The attribution record and the words that make a source or a cue (the vocabulary of
:mod:`sitroom.extract.quote_cues`, from ``data/quote_words.json`` and the language word lists)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import lexicon
from ..lang.words import words
from ..model import AnnotatedDoc

Span = tuple[tuple[int, int], ...]


# lemmas of verbs that introduce speech (direct or indirect): the "quotes" use of the one
# home of reporting verbs (data/lexicon/reporting_verbs.json), plus the language word lists
SPEECH_VERBS = lexicon.words("reporting_verbs", "quotes") | words("speech_verbs")
# verbs of thought or evidence whose clausal complement is an attribution content
MENTAL_VERBS = lexicon.words("quote_words", "mental_verbs") | words("mental_verbs")
ANONYMOUS_HEADS = lexicon.words("quote_words", "anonymous_heads") | words("anonymous_heads")


@dataclass(frozen=True)
class Attribution:
    """One attribution relation: character spans (fragments) of source, cue and content.

    ``kind`` is direct (content in quote marks), indirect, or mixed; ``verb`` the token
    index of the cue's head token; ``source_tok`` the token index of the source head, or None.
    """

    source: Span
    cue: Span
    content: Span
    kind: str
    verb: int
    source_tok: int | None
    sent: int
    frame: str = "ccomp"  # the cue's argument frame (see :func:`frame`), or "according"


SPEAKER_NOUNS = ANONYMOUS_HEADS | lexicon.words("quote_words", "speaker_nouns")


def _can_speak(adoc: AnnotatedDoc, i: int) -> bool:
    """Whether the source head token can be a speaker: a name, pronoun, entity or a
    noun for people or institutions."""
    t = adoc.tokens[i]
    if t.pos in ("PROPN", "PRON") or t.ent_type in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return t.lemma.lower() in SPEAKER_NOUNS or t.text.lower() in SPEAKER_NOUNS
