"""Round 21, second wave (docs/judgements/events.md, "Round 21, second wave: rules from draw
AE"): a circumstance as the doer of a verb of force, read through a relative clause and a
pro-noun ("economic forces that are destroying", "a disruption, such as the one that forced",
"a deadlock destroyed"). Each beside an act of the same verb that must stay (hand-written
sentences, none from a real report); every case that must go is an event without the round's
words (``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import removed_test, stays_test

from sitroom.extract import events_figures

HEAD = "Notes from the capital\n\n"  # a headline first: the cases' sentences are no headline

CASES = [
    # (id, text, trigger, stays)
    ("economic forces as the doer of a relative clause",
     HEAD + "Union leaders said the workers were angry at the economic forces that are "
     "destroying the factory towns of the north.",
     "destroying", False),
    ("government forces destroying a base stay",
     HEAD + "Government forces destroyed the rebel base near Arica on Monday.",
     "destroyed", True),
    ("a disruption told through the pro-noun one",
     HEAD + "Each time, the dispute led to a major disruption, such as the one that forced "
     "Chile out of the currency union in 1992.",
     "forced", False),
    ("troops forcing rebels out of a town stay",
     HEAD + "Peruvian troops forced the rebels out of the town of Arica on Monday.",
     "forced", True),
    ("a deadlock as the doer",
     HEAD + "A deadlock in the Senate destroyed the plan of Governor Tom Hale last year.",
     "destroyed", False),
]


def _without_the_round(monkeypatch):
    rules = events_figures._senses()
    new = {"disruption", "turmoil", "upheaval", "instability", "volatility", "uncertainty",
           "deadlock", "stalemate", "gridlock", "impasse"}
    old = dict(rules, abstract_doers=rules["abstract_doers"] - new, stand_in_nouns=frozenset())
    monkeypatch.setattr(events_figures, "_senses", lambda: old)
    monkeypatch.setattr(events_figures, "_abstract_force", lambda adoc, i: False)


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round)
