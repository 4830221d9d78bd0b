"""Quotes and reported speech on hand-made sentences (real parses) and a seed article."""

from __future__ import annotations

import pytest

from conftest import SEEDS, need
from sitroom.extract.quotes import extract_quotes, find_attributions, quote_regions
from sitroom.model import ActorMention


def mention(adoc, text, kind="person", coref_of=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = adoc.text.index(text, start + 1)
    return ActorMention(adoc.doc.id, start, start + len(text), adoc.sent_at(start), text, text,
                        kind, coref_of=coref_of)


def test_he_said_colon_after_named_person(annotated):
    adoc = annotated("Defense Minister John Smith arrived in the capital on Monday. "
                     "He said: “The army will hold the line. We will not retreat.”")
    actors = (mention(adoc, "John Smith"), mention(adoc, "He", coref_of=0))
    (q,) = extract_quotes(adoc, actors)
    assert (q.text, q.kind, q.cue, q.speaker_text, q.speaker) == (
        "The army will hold the line. We will not retreat.", "direct", "said", "He", 0)
    assert adoc.text[q.start:q.end] == q.text


def test_quote_over_several_sentences(annotated):
    adoc = annotated("“We are ready,” the commander said. “Our troops hold the bridge. "
                     "The enemy has fled.”\n\nThe weather was cold.")
    (q,) = extract_quotes(adoc, ())
    assert q.text == "We are ready, Our troops hold the bridge. The enemy has fled."
    assert (q.speaker_text, q.cue, q.kind) == ("the commander", "said", "direct")


def test_tweet_medium(annotated):
    adoc = annotated("Jane Doe tweeted on Friday evening, “The war is going very well for us.”")
    (q,) = extract_quotes(adoc, (mention(adoc, "Jane Doe"),))
    assert (q.medium, q.speaker, q.cue, q.text) == (
        "tweet", 0, "tweeted", "The war is going very well for us.")


def test_video_medium(annotated):
    adoc = annotated("In a 30-minute video, John Smith said, “We will march on the capital.”")
    (q,) = extract_quotes(adoc, (mention(adoc, "John Smith"),))
    assert (q.medium, q.speaker, q.text) == ("video", 0, "We will march on the capital.")


def test_television_medium(annotated):
    adoc = annotated("On Saturday, President John Smith appeared on television and stated, "
                     "“Our country is fighting for its future.”")
    (q,) = extract_quotes(adoc, (mention(adoc, "John Smith"),))
    assert (q.medium, q.speaker, q.cue) == ("television", 0, "stated")


def test_scare_quotes_are_not_quotes(annotated):
    adoc = annotated("The “oligarchs” met in the capital on Tuesday.")
    assert extract_quotes(adoc, ()) == ()


def test_indirect_speech(annotated):
    adoc = annotated("John Smith claimed that the bridge had been destroyed.")
    (q,) = extract_quotes(adoc, (mention(adoc, "John Smith"),))
    assert (q.kind, q.text, q.cue, q.speaker) == (
        "indirect", "that the bridge had been destroyed", "claimed", 0)


def test_told_and_according_to(annotated):
    adoc = annotated("John Smith told Reuters that the talks had failed. "
                     "According to Jane Doe, the convoy turned back.")
    actors = (mention(adoc, "John Smith"), mention(adoc, "Jane Doe"))
    q1, q2 = extract_quotes(adoc, actors)
    assert (q1.cue, q1.speaker, q1.text) == ("told", 0, "that the talks had failed")
    assert (q2.cue, q2.speaker, q2.text) == ("According to", 1, "the convoy turned back")


def test_statement_medium(annotated):
    adoc = annotated("In a statement, the ministry said the attack had been repelled.")
    (q,) = extract_quotes(adoc, ())
    assert (q.medium, q.speaker_text, q.text) == (
        "statement", "the ministry", "the attack had been repelled")


def test_quote_regions_continue_over_paragraphs():
    text = "He said: “One.\n\n“Two.” Then 'x' and ''three''."
    assert [text[s:e] for s, e in quote_regions(text)] == ["“One.\n\n“Two.”", "''three''"]


def test_polnear_spans(annotated):
    adoc = annotated("Spokeswoman Haley Morris says the candidate has “always run a lean campaign.”")
    (a,) = find_attributions(adoc)
    span = lambda sp: [adoc.text[s:e] for s, e in sp]  # noqa: E731
    assert span(a.source) == ["Spokeswoman Haley Morris"]
    assert span(a.cue) == ["says"]
    assert span(a.content) == ["the candidate has “always run a lean campaign.”"]
    assert a.kind == "mixed"


@pytest.fixture(scope="module")
def seed_quotes():
    path = need(SEEDS / "003_3680921a3060d2dd.txt")
    from sitroom.annotate import annotate_text

    adoc = annotate_text(path.read_text(encoding="utf-8"))
    actors = tuple(ActorMention(adoc.doc.id, e.start_char, e.end_char, e.sent, e.text, e.text,
                                "person") for e in adoc.ents if e.label in ("PERSON", "ORG"))
    return extract_quotes(adoc, actors), actors


def _find(quotes, opening):
    return next(q for q in quotes if q.text.startswith(opening))


def test_seed_speakers(seed_quotes):
    quotes, actors = seed_quotes
    q = _find(quotes, "The Armed Forces of Ukraine were not going to attack Russia")
    assert q.speaker_text == "Prigozhin" and q.kind == "direct"
    q = _find(quotes, "Today, Russia is waging")
    assert q.speaker_text == "Putin" and actors[q.speaker].text == "Putin"
    q = _find(quotes, "For all of those that have")
    assert q.medium == "tweet" and actors[q.speaker].text == "Alexander Vindman"
