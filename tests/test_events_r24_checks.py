"""Round 24 (docs/judgements/events.md, "Round 24: rules from draw AH"): money given to a
party outside the picture, a battle waged in words, a call for a role still to be filled and
a stance on an idea, told as acts. Each beside an act of
the same word that must stay (hand-written sentences with invented names, none from a real
report); every case that must go is an event without the round's change
(``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import removed_test, stays_test

from sitroom.extract import events_laws, events_participants, events_stances, events_told

CASES = [
    # (id, text, trigger, stays)
    ("money given to a foundation: no act of the picture",
     "Lena Farrow gave money to the Harlow Foundation last spring.",
     "gave money", False),
    ("a state giving money stays",
     "Norland gave money to the Vestan government to rebuild the bridges.",
     "gave money", True),
    ("a battle waged by a columnist: figurative",
     "Columnist Ray Tobin has waged a lonely battle for years.",
     "waged a lonely battle", False),
    ("a battle waged on a town stays",
     "The Norland army has waged a fierce battle against the rebels in Tarso.",
     "waged a fierce battle", True),
    ("a call for a prosecutor still to be named: no one called on",
     "Governor Ada Pell called for a special prosecutor to investigate the Harlow Foundation.",
     "called", False),
    ("a stance on an idea: the idea of a wage hike rejected",
     "The candidates reject the idea of a minimum wage hike.",
     "reject", False),
    ("a stance on an idea: an idea ridiculed",
     "Senator Jo Marsh ridiculed the idea of a new bridge.",
     "ridiculed", False),
    ("an idea of someone named rejected stays",
     "Senator Jo Marsh rejected Governor Ada Pell's idea of a wage hike.",
     "rejected", True),
    ("a call for the prosecutor in office to step aside stays",
     "Governor Ada Pell called for the special prosecutor to step aside.",
     "called", True),
    ("a call for the resignation of a named mayor stays",
     "Governor Ada Pell called for the resignation of Mayor Sam Reyes.",
     "called", True),
]


def _without_the_round(monkeypatch):
    words = dict(events_laws.laws(), money_give_verbs=frozenset())
    monkeypatch.setattr(events_laws, "laws", lambda: words)
    monkeypatch.setattr(events_participants, "_conflict_noun", lambda adoc, v: adoc.tokens[v])
    monkeypatch.setattr(events_told, "_to_fill", lambda adoc, i: False)
    monkeypatch.setattr(events_stances, "_STANCES", events_stances._STANCES[:-1])


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round)
