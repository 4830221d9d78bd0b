"""Round 21 (docs/judgements/events.md, "Round 21: rules from draw AD"): a complaint with no one
accused, an agreement on a view, a court's docket, a person or a message sent coded as aid, and
a party's officials no state in the plan check. Each beside an act of the same word that must
stay (hand-written sentences, none from a real report); every case that must go is an event
without the round's checks (``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import removed_test, stays_test

from sitroom.extract import events_acts, events_contest, events_told

HEAD = "Notes from the capital\n\n"  # a headline first: the cases' sentences are no headline

CASES = [
    # (id, text, trigger, stays)
    ("a complaint with no one accused",
     HEAD + "Senator Alma Reyes complained on Monday of too little credit for the budget.",
     "complained", False),
    ("a complaint about someone stays",
     HEAD + "Senator Alma Reyes complained on Monday about Governor Tom Hale.",
     "complained", True),
    ("a complaint filed stays: a formal act",
     HEAD + "Senator Alma Reyes filed a complaint with the ethics office on Monday.",
     "filed a complaint", True),
    ("a concern voiced with no one accused",
     HEAD + "Senator Alma Reyes expressed concern on Monday about the slow pace of the talks.",
     "expressed concern", False),
    ("an agreement on a view",
     HEAD + "The two senators agreed on the importance of the budget at the hearing on Monday.",
     "agreed", False),
    ("an agreement with a party stays",
     HEAD + "Chile agreed to a ceasefire with Peru on Monday.",
     "agreed", True),
    ("a court's docket: agreeing to hear cases",
     HEAD + "The court agreed on Monday to hear three cases on school funding.",
     "agreed", False),
    ("a court's sentence stays",
     HEAD + "The court sentenced the former mayor Tom Hale to six years in prison on Monday.",
     "sentenced", True),
    ("a person sent as a surrogate",
     HEAD + "Governor Tom Hale sent Senator Alma Reyes to the convention as his surrogate on "
     "Monday.",
     "sent", False),
    ("troops sent stay",
     HEAD + "Chile sent troops to the border with Peru on Monday.",
     "sent troops", True),
    ("an admission in words",
     HEAD + "The advisers of Senator Alma Reyes conceded on Monday that it had been a hard "
     "night for their candidate.",
     "conceded", False),
    ("a concession of a race stays",
     HEAD + "Senator Alma Reyes conceded the race to Governor Tom Hale on Monday night.",
     "conceded", True),
    ("a school's discipline",
     HEAD + "A 10-year-old boy was suspended from school on Monday after a fight with a "
     "classmate.",
     "suspended", False),
    ("a suspension from a party stays",
     HEAD + "Senator Alma Reyes was suspended from the Labour Party on Monday.",
     "suspended", True),
    ("endorsements locked up are a contest",
     HEAD + "Senator Alma Reyes has locked up endorsements from three unions this week.",
     "locked", False),
    ("a group leaving a building on a march is no retreat",
     HEAD + "The Workers Coalition left City Hall on Monday on a long march down Main Street.",
     "left", False),
    ("a state's forces leaving a town stay",
     HEAD + "Chilean troops left the border town of Arica on Monday after the ceasefire.",
     "left", True),
    ("a party's officials are no state: a meeting under would is a plan",
     HEAD + "His campaign said that Governor Tom Hale would be meeting with top Republican "
     "officials on Monday.",
     "meeting", False),
]

CHECKS = ("lament_alone", "shared_view", "court_docket", "sent_no_aid", "admission",
          "school_discipline", "unarmed_movement")


def _without_the_round(monkeypatch):
    monkeypatch.setattr(events_acts, "words_misfit", lambda adoc, c: None)
    monkeypatch.setattr(events_told, "_state", _round_20_state)
    won = events_contest._words()["contest_nouns"] - {"endorsement", "endorsements"}
    words = dict(events_contest._words(), contest_nouns=won)
    monkeypatch.setattr(events_contest, "_words", lambda: words)


def _round_20_state(adoc, i):
    from sitroom.extract.actors import actor_noun_kind
    t = adoc.tokens[i]
    return t.ent_type in events_told.told()["state_ents"] or actor_noun_kind(t) == "armed_group"


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round)


def test_each_check_has_a_reason_in_the_table():
    from sitroom.extract.events_words import _WORDS
    assert [f.__name__ for f, _ in _WORDS] == list(CHECKS)
