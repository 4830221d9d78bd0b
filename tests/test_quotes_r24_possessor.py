"""Quote speakers, round 24 (docs/judgements/speakers.md, "## Round 24: rules from draw 2202"):
a pronoun speaker whose nearest person back is only a possessor ("Tom Hale's coalition") takes
the subject of that possessor's own main clause before it, not the possessor; a possessor of a
later sentence than the subject still comes first, as before (hand-made texts, invented names)."""

from __future__ import annotations

from sitroom.extract.quote_speakers import _main_subject_over

from speakerkit import name as _name
from speakerkit import quote as _quote


def test_she_said_is_the_subject_not_the_possessor_in_her_apposition(annotated):
    adoc = annotated("State Rep. Ann Carter, a leader of Tom Hale's farm coalition, suggested "
                     "that voters had not looked at the plan.\n\n"
                     "“Voters here have not done much reading yet,” she said.")
    actors, q = _quote(adoc, "Voters here")
    assert _name(actors, q.speaker) == "Ann Carter"


def test_she_said_is_the_subject_not_the_possessor_of_her_object(annotated):
    adoc = annotated("On Wednesday, Ann Carter criticized Tom Hale's plan for the river.\n\n"
                     "“It will not work in the valley,” she said.")
    actors, q = _quote(adoc, "It will")
    assert _name(actors, q.speaker) == "Ann Carter"


def test_a_possessor_of_a_later_sentence_still_comes_before_an_earlier_subject(annotated):
    adoc = annotated("Mark Reed arrived in Denver on Monday. The crowd cheered Tom Hale's "
                     "speech at the fair.\n\n“We will build the bridge this year,” he said.")
    actors, q = _quote(adoc, "We will")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_main_subject_over_needs_the_same_sentence_and_a_main_clause_subject(annotated):
    adoc = annotated("Ann Carter criticized Tom Hale's plan. Mark Reed said that Lee Doe "
                     "liked Tom Hale's plan.")
    toks = [t for t in adoc.tokens]
    carter = next(t.i for t in toks if t.text == "Carter")
    hales = [t.i for t in toks if t.text == "Hale"]
    doe = next(t.i for t in toks if t.text == "Doe")
    reed = next(t.i for t in toks if t.text == "Reed")
    assert _main_subject_over(adoc, carter, hales[0])
    assert not _main_subject_over(adoc, carter, hales[1])  # another sentence
    assert not _main_subject_over(adoc, doe, hales[1])  # a subordinate clause's subject
    assert _main_subject_over(adoc, reed, hales[1])
