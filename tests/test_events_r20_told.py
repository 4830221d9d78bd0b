"""Round 20 (docs/judgements/events.md, "Round 20: rules from draw AB"): a description in the
present (round 15's check widened to adverbial clauses, conjuncts and parentheses), a call for
a thing and a plan told as a promise. Each beside an act of the same word
that must stay (hand-written sentences, none from a real report); every case that must go is an
event without the round's checks (``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import removed_test, stays_test

from sitroom.extract import events_acts, events_roles

HEAD = "Notes from the capital\n\n"  # a headline first: the cases' sentences are no headline

CASES = [
    # (id, text, trigger, stays)
    ("a description: a conjunct in the simple present",
     HEAD + "The group is no advocacy group and supports candidates of both parties, its "
     "president said on Monday.",
     "supports", False),
    ("the same conjunct in the past stays",
     HEAD + "The group met the mayor and supported Governor Tom Hale in the spring, its "
     "president said on Monday.",
     "supported", True),
    ("a headline in the present stays",
     "Reyes meets Hale and criticizes the budget\n\nThe senator spoke on Monday.",
     "criticizes", True),
    ("a call for a thing: a value called for",
     HEAD + "As he spoke to the workers of Lima, Bishop Paul Mora called for greater Christian "
     "ethics in business.",
     "called", False),
    ("a call for someone's act stays",
     HEAD + "Bishop Paul Mora called for the resignation of Governor Tom Hale on Sunday.",
     "called", True),
    ("a call on someone stays",
     HEAD + "Bishop Paul Mora called on Governor Tom Hale to resign on Sunday.",
     "called", True),
    ("a plan told as a promise: a host will discuss",
     HEAD + "Radio host Dan Pike will discuss the budget with Senator Alma Reyes on his show "
     "on Monday.",
     "discuss", False),
    ("a state's future support stays a pledge",
     HEAD + "Canada will support Chile's bid to join the union, President Ivo Brandt said on "
     "Tuesday.",
     "support", True),
]

CHECKS = ("call_for_thing", "planned_cooperation")


def _without_the_round(monkeypatch):
    monkeypatch.setattr(events_acts, "told_misfit", lambda adoc, c: None)
    words = dict(events_roles._words(), description_clauses=frozenset())
    monkeypatch.setattr(events_roles, "_words", lambda: words)


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round)


def test_each_check_has_a_reason_in_the_table():
    from sitroom.extract.events_told import _TOLD
    assert [f.__name__ for f, _ in _TOLD] == list(CHECKS)
