"""Round 20 (docs/judgements/events.md, "Round 20: rules from draw AB"; reading.md E13): a
pronoun doer whose chain's named mentions are the report's reporter (told something, the
subject of "reported") is no doer; a source that only "said", and the reporter's own act told
under its own verb, keep their doer. The actor mentions are written by hand here, as the actor
coreference gives them on real reports (a quoted "they" resolved to the outlet)."""

from __future__ import annotations

from sitroom.extract.events_outlets import reporter_doer
from sitroom.model import ActorMention


def _mention(text: str, words: str, nth: int = 0, coref_of: int | None = None) -> ActorMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return ActorMention(doc="d", start=start, end=start + len(words), sent=0, text=words,
                        name=words, kind="organisation", coref_of=coref_of)


def _token(adoc, text: str, word: str) -> int:
    return adoc.token_at(text.index(word))


OUTLET = ('Two sources told the Daily Courier that rebels hold two hostages. "They demand two '
          'million dollars," a man said, the Daily Courier reported.')


def test_a_quoted_they_resolved_to_the_reporting_outlet_is_no_doer(annotated):
    adoc = annotated(OUTLET, "2024-05-02")
    actors = (_mention(OUTLET, "Courier"), _mention(OUTLET, "Courier", 1, coref_of=0),
              _mention(OUTLET, "They", coref_of=0))
    assert reporter_doer(adoc, actors, 2, _token(adoc, OUTLET, "demand"))


SOURCE = ("Police said on Monday that the gang holds two hostages. They arrested two men in "
          "the town on Sunday, police said.")


def test_a_source_that_only_said_keeps_its_pronoun_doer(annotated):
    adoc = annotated(SOURCE, "2024-05-02")
    actors = (_mention(SOURCE, "Police"), _mention(SOURCE, "They", coref_of=0),
              _mention(SOURCE, "police", coref_of=0))
    assert not reporter_doer(adoc, actors, 1, _token(adoc, SOURCE, "arrested"))


OWN = ("The Daily Courier was told of the raid by two sources. The Daily Courier reported "
       "that it had sued the city over the raid.")


def test_the_reporters_own_act_under_its_own_verb_keeps_its_doer(annotated):
    adoc = annotated(OWN, "2024-05-02")
    actors = (_mention(OWN, "Courier"), _mention(OWN, "Courier", 1, coref_of=0),
              _mention(OWN, "it", coref_of=0))
    assert not reporter_doer(adoc, actors, 2, _token(adoc, OWN, "sued"))
