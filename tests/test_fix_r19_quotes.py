"""Round 19, quote speakers: a "he" or "she" after a source the report brought in without a
name (a middleman, one of several sources) is that source, not the story's most prominent
person; a name in apposition to a go-between noun is a source in any role (hand-made texts)."""

from __future__ import annotations

from sitroom.extract.quote_antecedents import unnamed_source

from speakerkit import name as _name
from speakerkit import quote as _quote

_MISSING = "Tom Hale vanished in the mountains in May. His family has searched for him since.\n\n"


def test_he_after_one_of_several_sources_is_that_source_not_the_missing_man(annotated):
    adoc = annotated(_MISSING + "Three sources with ties to the kidnappers said that Hale’s family "
                     "was asked for money. One is a former police officer, the newspaper said.\n\n"
                     "“They want the money first,” he said.")
    actors, q = _quote(adoc, "They want")
    assert q.speaker_text == "he"
    assert _name(actors, q.speaker) != "Tom Hale"


def test_he_after_one_of_the_middlemen_is_that_middleman(annotated):
    adoc = annotated(_MISSING + "One of the two middlemen trying to free him said he was called "
                     "by a kidnapper who wanted a channel to the family of Hale.\n\n"
                     "He said: “They want the money first.”")
    actors, q = _quote(adoc, "They want")
    assert _name(actors, q.speaker) != "Tom Hale"


def test_he_after_a_middleman_as_subject_is_the_middleman(annotated):
    adoc = annotated(_MISSING + "Hale’s brother waited at home. A middleman met the kidnappers in a "
                     "hotel on Friday.\n\n"
                     "“They want the money first,” he said.")
    actors, q = _quote(adoc, "They want")
    assert _name(actors, q.speaker) != "Tom Hale"


def test_a_named_negotiator_in_an_object_role_is_the_speaker_of_he(annotated):
    adoc = annotated(_MISSING + "The newspaper spoke to Mark Lee, a negotiator for the family, "
                     "on Friday.\n\n“They want the money first,” he said.")
    actors, q = _quote(adoc, "They want")
    assert _name(actors, q.speaker) == "Mark Lee"


def test_the_negotiator_said_is_the_name_brought_in_as_negotiator(annotated):
    adoc = annotated(_MISSING + "Reporters met Mark Lee, a negotiator for the family, on "
                     "Friday.\n\n“They want the money first,” the negotiator said.")
    actors, q = _quote(adoc, "They want")
    assert _name(actors, q.speaker) == "Mark Lee"


def test_the_middleman_said_without_a_name_is_not_the_missing_man(annotated):
    adoc = annotated(_MISSING + "Hale’s brother met the kidnappers’ contact on Friday.\n\n"
                     "“They want the money first,” the middleman said.")
    actors, q = _quote(adoc, "They want")
    assert _name(actors, q.speaker) != "Tom Hale"


def test_the_member_of_a_set_of_middlemen_named_again_is_the_speaker_not_a_possessor(annotated):
    adoc = annotated(_MISSING + "The two middlemen include a retired teacher and a trader.\n\n"
                     "The teacher, who knows the kidnappers, calls the work a duty since he "
                     "believes the money will reach Hale’s parents soon.\n\n"
                     "“They want the money first,” he said.")
    actors, q = _quote(adoc, "They want")
    assert _name(actors, q.speaker) != "Tom Hale"


def test_a_name_a_site_quoted_as_saying_is_a_source_before_an_unnamed_one(annotated):
    adoc = annotated("A senior port official criticised the plan on Monday.\n\n"
                     "“The pier is unsafe,” the Harbour Daily website quoted the head of the "
                     "council Mark Lee as saying.\n\nHe noted that the cranes were old.")
    from sitroom.extract.quote_antecedents import named_source
    from sitroom.extract.quote_speakers import _is_person
    from sitroom.extract.actors import extract_actors
    actors = extract_actors(adoc)
    lee = next(t.i for t in adoc.tokens if t.text == "Lee")
    assert named_source(adoc, lee, lambda k: _is_person(adoc, actors, k))


# ----------------------------------------------------------------------- where it must not fire


def test_a_source_noun_given_a_name_in_its_own_clause_is_not_unnamed(annotated):
    adoc = annotated("The person who registered the website was called Ann Lee.")
    person = next(t.i for t in adoc.tokens if t.text == "person")
    assert not unnamed_source(adoc, person)


def test_the_last_quotes_speaker_brought_in_after_the_unnamed_source_keeps_he(annotated):
    adoc = annotated("A source said the talks had stalled.\n\n“We are still hopeful,” Tom Hale, "
                     "the family’s lawyer, told reporters on Friday.\n\n"
                     "“The money is ready,” he said.")
    actors, q = _quote(adoc, "The money")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_a_possessor_still_stands_for_he_when_no_source_is_brought_in(annotated):
    adoc = annotated("Ann Lee drove north on Friday. The road to Tom Hale’s farm was long.\n\n"
                     "“It was worth it,” he said.")
    actors, q = _quote(adoc, "It was")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_a_member_of_a_set_that_is_no_source_leaves_the_possessor(annotated):
    adoc = annotated(_MISSING + "The two brothers include a retired teacher and a trader.\n\n"
                     "The teacher hopes the money will reach Hale’s parents soon.\n\n"
                     "“They want the money first,” he said.")
    actors, q = _quote(adoc, "They want")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_a_named_person_nearer_than_the_source_keeps_the_pronoun(annotated):
    adoc = annotated("A source said the talks had stalled. Tom Hale, the family’s lawyer, met the "
                     "envoy on Friday.\n\n“We are still hopeful,” he said.")
    actors, q = _quote(adoc, "We are")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_plural_sources_do_not_stand_for_he(annotated):
    adoc = annotated("Tom Hale met the envoy on Friday. Sources said the talks had stalled.\n\n"
                     "“We are still hopeful,” he said.")
    actors, q = _quote(adoc, "We are")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_a_report_is_no_person_a_pronoun_stands_for(annotated):
    adoc = annotated("Tom Hale met the envoy on Friday. A report said the talks had stalled.\n\n"
                     "“We are still hopeful,” he said.")
    actors, q = _quote(adoc, "We are")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_a_spokeswoman_does_not_stand_for_he(annotated):
    adoc = annotated("Tom Hale met the envoy on Friday. A spokeswoman said the talks had "
                     "stalled.\n\n“We are still hopeful,” he said.")
    actors, q = _quote(adoc, "We are")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_one_of_a_set_that_is_no_source_does_not_stand_for_he(annotated):
    adoc = annotated("Tom Hale has two brothers. One is a teacher in the city.\n\n"
                     "“We are still hopeful,” he said.")
    actors, q = _quote(adoc, "We are")
    assert _name(actors, q.speaker) == "Tom Hale"


def test_one_as_an_object_introduces_no_source(annotated):
    adoc = annotated("Three sources spoke on Friday. The police questioned one.")
    one = next(t.i for t in adoc.tokens if t.text == "one")
    assert not unnamed_source(adoc, one)
