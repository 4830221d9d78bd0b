"""Round 19, quote speakers: a pronoun's antecedent is resolved once for both the quote's
speaker and the source brought in without a name that the pronoun stands for (hand-made texts)."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.quote_speakers import resolve_speaker, resolve_speaker_source


def _he(adoc) -> int:
    return max(t.i for t in adoc.tokens if t.text == "he")


def test_he_after_a_middleman_gives_the_middleman_as_its_unnamed_source(annotated):
    adoc = annotated("Tom Hale vanished in May. A middleman met the kidnappers in a hotel on "
                     "Friday.\n\n“They want the money first,” he said.")
    actors = extract_actors(adoc)
    speaker, unnamed = resolve_speaker_source(adoc, actors, _he(adoc))
    assert unnamed is not None and adoc.tokens[unnamed].text == "middleman"
    assert speaker == resolve_speaker(adoc, actors, _he(adoc))


# ----------------------------------------------------------------------- where it must not fire


def test_he_after_a_named_person_has_no_unnamed_source(annotated):
    adoc = annotated("Tom Hale met the kidnappers in a hotel on Friday.\n\n"
                     "“They want the money first,” he said.")
    actors = extract_actors(adoc)
    speaker, unnamed = resolve_speaker_source(adoc, actors, _he(adoc))
    assert unnamed is None
    assert speaker is not None and speaker == resolve_speaker(adoc, actors, _he(adoc))
    assert "Hale" in actors[speaker].name


def test_a_named_speaker_has_no_unnamed_source(annotated):
    adoc = annotated("“They want the money first,” Tom Hale said on Friday.")
    actors = extract_actors(adoc)
    hale = next(t.i for t in adoc.tokens if t.text == "Hale")
    assert resolve_speaker_source(adoc, actors, hale)[1] is None
