"""Round 7b (issue 15): the recipient of words aimed at someone's thing is its owner, and a
quarrel over a topic between named people or bodies is words, not an assault; each rule on
hand-made sentences with the event beside it that must stay."""

from __future__ import annotations

from eventkit import events_of


def test_criticising_someones_statements_is_aimed_at_them(annotated):
    evs = [e for e in events_of(annotated, "Senator Jane Miller blasted Governor Tom "
                                           "Baker's statements on taxes.")
           if e.type == "ACCUSE"]
    assert evs and evs[0].recipient_text is not None and "Baker" in evs[0].recipient_text


def test_a_thing_nobody_owns_gives_no_recipient(annotated):
    evs = [e for e in events_of(annotated, "Senator Jane Miller blasted the new tax rules.")
           if e.type == "ACCUSE"]
    assert evs and evs[0].recipient_text is None


def test_a_clash_over_a_topic_between_named_people_is_words(annotated):
    evs = events_of(annotated, "Tom Baker clashed with Jane Miller over immigration.")
    assert "ASSAULT" not in [e.type for e in evs]
    assert "ACCUSE" in [e.type for e in evs]


def test_a_clash_of_forces_stays_an_assault(annotated):
    evs = events_of(annotated, "Government troops clashed with rebels near the border town.")
    assert "ASSAULT" in [e.type for e in evs]


def test_a_proposal_or_acceptance_with_no_one_on_the_other_side_is_a_stance(annotated):
    types = [e.type for e in events_of(annotated, "The senator proposes doing away with the "
                                                  "insurance mandate.")]
    assert "AGREE" not in types
    evs = events_of(annotated, "The rebels accepted the proposal of the government.")
    assert "AGREE" in [e.type for e in evs]


def test_the_object_of_a_relative_clause_is_its_antecedent(annotated):
    evs = [e for e in events_of(annotated, "The court freed the opposition leader, whom the "
                                           "police arrested in May.") if e.type == "COERCE"]
    assert evs and evs[0].recipient_text is not None
    assert "leader" in evs[0].recipient_text


def test_concern_about_someone_is_aimed_at_them(annotated):
    evs = [e for e in events_of(annotated, "Party leaders across the country are expressing "
                                           "concern about Senator Jane Miller.")
           if e.type == "ACCUSE"]
    assert evs and evs[0].recipient_text is not None and "Miller" in evs[0].recipient_text


def test_someones_family_acts_itself(annotated):
    evs = [e for e in events_of(annotated, "Tom Baker's family has called on the police to "
                                           "release the videos.") if e.type == "REQUEST"]
    assert evs and evs[0].actor_text is not None and "family" in evs[0].actor_text
    evs = [e for e in events_of(annotated, "The ministry's troops attacked the village.")
           if e.type == "ASSAULT"]
    assert evs and evs[0].actor_text is not None and "troops" in evs[0].actor_text


def test_thousands_of_protesters_are_the_protesters(annotated):
    evs = [e for e in events_of(annotated, "Thousands of protesters marched in the capital on "
                                           "Sunday.") if e.type == "PROTEST"]
    assert evs and evs[0].actor_text is not None and "protesters" in evs[0].actor_text
    evs = [e for e in events_of(annotated, "Dozens of militants attacked a police station.")
           if e.type == "ASSAULT"]
    assert evs and evs[0].actor_text is not None and "militants" in evs[0].actor_text


def test_attacks_from_a_named_candidate_are_words_but_a_gunman_attacks(annotated):
    evs = events_of(annotated, "She shrugged off recent attacks from the leading candidate, "
                               "Tom Baker.")
    assert "ASSAULT" not in [e.type for e in evs]
    evs = events_of(annotated, "A gunman attacked the police station on Monday.")
    assert "ASSAULT" in [e.type for e in evs]
