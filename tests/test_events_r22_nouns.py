"""Round 22 (docs/judgements/events.md, "Round 22: rules from draw AF"): a body or a place named
by an act is no act, nor is a case named by the one investigated. Each beside an act noun of the same kind that must stay (hand-written
sentences, none from a real report); every case that must go is an event without the round's
check (``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import removed_test, stays_test

from sitroom.extract import events_acts, events_nouns

HEAD = "Notes from the capital\n\n"  # a headline first: the cases' sentences are no headline

CASES = [
    # (id, text, trigger, stays)
    ("a person's name compounded to an investigation is the case",
     HEAD + "The John Smith investigation was opened by the Chilean prosecutors on Monday.",
     "investigation", False),
    ("an agency's investigation stays",
     HEAD + "The FBI investigation into the Chilean mining firm ended on Monday.",
     "investigation", True),
]


# round 19's body nouns, widened in round 22 to places and units named by an act
BODIES = [
    ("detention centers named by the act of their modifier",
     HEAD + "Chilean police agents brought the detained miners to the federal detention "
     "centers on Monday.",
     "centers", False),
    ("the detention itself stays",
     HEAD + "Chilean police agents detained the striking miners on Monday.",
     "detained", True),
]


def _without_the_round(monkeypatch):
    monkeypatch.setattr(events_nouns, "_NOUNS", ())


def _without_the_body_nouns(monkeypatch):
    monkeypatch.setattr(events_acts, "law_misfit", lambda adoc, c: None)


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round)
test_a_body_or_place_noun_or_its_act = stays_test(BODIES)
test_each_body_noun_removed_is_an_event_without_the_body_check = removed_test(
    BODIES, _without_the_body_nouns)


def test_each_check_has_a_reason_in_the_table():
    assert events_nouns._NOUNS == ((events_nouns.case_name, "case named"),)
