"""Quote speakers, round 22: a pronoun speaker takes the main clause's subject of the sentences
before it over a person named inside a subordinate clause there (hand-made texts)."""

from __future__ import annotations

from sitroom.extract.quote_speakers import _subordinate

from speakerkit import name as _name
from speakerkit import quote as _quote


def test_he_said_is_the_sayer_not_the_person_his_saying_was_about(annotated):
    adoc = annotated("Tom Hale said on Tuesday that Mark Reed needs to show that he can lead "
                     "the party.\n\n“I think what is needed is a plan,” he said.")
    actors, q = _quote(adoc, "I think")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_he_added_after_his_own_quote_stays_with_the_main_subject(annotated):
    adoc = annotated("Tom Hale said on Tuesday that Mark Reed needs to show that he can lead "
                     "the party.\n\n“I think what is needed is a plan,” he said.\n\n"
                     "“There are many questions, and I want answers,” he added.")
    actors, q = _quote(adoc, "There are")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_a_subordinate_subject_is_the_speaker_when_no_main_clause_names_a_person(annotated):
    adoc = annotated("The new report says that Tom Hale will lead the inquiry next year.\n\n"
                     "“We will start with the budget office,” he said.")
    actors, q = _quote(adoc, "We will")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_a_main_subject_of_the_other_gender_leaves_the_subordinate_one(annotated):
    adoc = annotated("Ann Carter opened her office on Monday. Ann Carter said that Tom Hale "
                     "would lead her inquiry.\n\n“We will start with the budget office,” he said.")
    actors, q = _quote(adoc, "We will")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_subordinate_tells_a_content_clause_subject_from_the_main_one(annotated):
    adoc = annotated("Tom Hale said that Mark Reed must act.")
    toks = {t.text: t.i for t in adoc.tokens}
    assert _subordinate(adoc, toks["Reed"]) and _subordinate(adoc, toks["Mark"])
    assert not _subordinate(adoc, toks["Hale"]) and not _subordinate(adoc, toks["Tom"])


def test_she_said_passes_over_a_subject_of_an_adverbial_clause(annotated):
    adoc = annotated("Ann Carter spoke to reporters after Mark Reed left the room.\n\n"
                     "“We have a deal on the budget at last,” she said.")
    actors, q = _quote(adoc, "We have")
    assert _name(actors, q.speaker) == "Ann Carter"


def test_a_cueless_quote_after_a_he_sentence_of_its_paragraph_is_his(annotated):
    adoc = annotated("Senator Tom Hale spoke in Denver on Monday.\n\n"
                     "He was blunt. “We will win this race in the spring. Nobody doubts it.”")
    actors, q = _quote(adoc, "We will")
    assert q.cue is None and _name(actors, q.speaker) == "Tom Hale"


def test_a_cueless_quote_after_a_they_sentence_is_nobodys(annotated):
    from speakerkit import quotes
    _actors, found = quotes(annotated("The two senators spoke in Denver on Monday.\n\nThey were "
                                      "blunt. “We will win this race in the spring. Nobody doubts it.”"))
    assert not [q for q in found if q.text.startswith("We will")]
