"""Round 16, third wave (docs/judgements/events.md, "Round 16, third wave: rules from draw Y"):
how crisis reporting tells of acts that are no single act. Victims counted over a year or a range of dates with
no one named as doing it are a statistic; a force verb with words as its object or with a
particle that makes it a figure of speech is no assault; the ground of an accusation is not
the accuser's act; a fee charged for a thing is no accusation; an act in a time clause of a
future act is not done; a conjunct shares the modal of possibility of the verb it is coordinated
with. Each beside an act of the same word that must stay (hand-written sentences, none from a
real report); every case that must go is an event without the round's rules
(``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import rule_triggers, triggers, removed_test, stays_test

from sitroom.extract import events, events_acts

CASES = [
    # (id, text, trigger, stays)
    ("tally: victims counted over a year",
     "At least 64 people were executed in Zelenia in 2021.",
     "executed", False),
    ("tally: victims counted since a year",
     "The envoy told the council that 410 people were killed since 2019.",
     "killed", False),
    ("tally: a second count over a range of dates",
     "Some 40 people were executed last year and between 2 January and 9 May this year "
     "51 more people were executed.",
     "executed", False),
    ("a month's count stays (the judged draws differ on it)",
     "The envoy said 410 people were killed last month in the conflict.",
     "killed", True),
    ("one killing on a day stays",
     "Gunmen killed 12 villagers in Zelenia on Tuesday.",
     "killed", True),
    ("a count with its killers named stays",
     "Rebels killed 40 soldiers in Zelenia in March.",
     "killed", True),
    ("a count of one act on a dated day stays",
     "Twelve doctors were executed in the town on 3 May.",
     "executed", True),
    ("figure: shooting down a report",
     "The minister on Monday shot down a report that the army had left the town.",
     "shot", False),
    ("figure: sales shot up",
     "Sales of her novel shot up on Amazon within hours.",
     "shot", False),
    ("figure: burn out",
     "The officer said he suffered from stress and burn out.",
     "burn", False),
    ("a shooting of a person stays",
     "A soldier shot a protester in the capital on Monday.",
     "shot", True),
    ("sides: the ground of an accusation is the accused's act",
     "The ambassador accused the militia of crimes in targeting the villagers.",
     "targeting", False),
    ("fee: charging a thing is no accusation",
     "The militia charges bank transfers and taxes the farmers.",
     "charges", False),
    ("a charge with a crime stays",
     "Prosecutors in April charged two builders, Ann Lowe and Sam Reed, with fraud.",
     "charged", True),
    ("an act in a time clause of a future act",
     "The army will retaliate once the rebels attack the town.",
     "attack", False),
    ("an act in a time clause of a past act stays",
     "The army retaliated once the rebels attacked the town.",
     "attacked", True),
    ("an attack of the accuser stays",
     "The army attacked the militia after it accused the group of looting.",
     "attacked", True),
]


def _without_the_round(monkeypatch):
    for name in ("tally", "figurative_force", "accusation_ground", "fee"):
        monkeypatch.setattr(events_acts, name, lambda adoc, c: False)
    monkeypatch.setattr(events_acts, "future_time_clause", lambda adoc, v: False)


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round)


def test_a_conjunct_under_may_have_is_speculated_not_asserted(annotated):
    text = "A soldier may have been captured and beheaded by the militants in the town."
    assert "beheaded" not in triggers(annotated, text)


def test_a_conjunct_with_its_own_auxiliary_keeps_its_certainty(annotated):
    text = "Rebels may have captured the town, and they killed two soldiers there."
    assert "killed" in triggers(annotated, text)


def test_the_shared_modal_is_what_removes_the_conjunct(annotated, monkeypatch):
    monkeypatch.setattr(events, "shared_possibility", lambda adoc, v: False)
    text = "A soldier may have been captured and beheaded by the militants in the town."
    assert "beheaded" in rule_triggers(annotated, text)
