"""Round 21, second wave (docs/judgements/events.md, "Round 21, second wave: rules from draw
AE"): a claim denied, coded as a rejection. Each beside an act of the same verb that must stay
(hand-written sentences, none from a real report); every case that must go is an event without
the round's check (``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import removed_test, stays_test

from sitroom.extract import events_denials

HEAD = "Notes from the capital\n\n"  # a headline first: the cases' sentences are no headline

CASES = [
    # (id, text, trigger, stays)
    ("a claim denied with a content clause",
     HEAD + "Governor Tom Hale denied on Monday that his aides had met the lobbyists of the "
     "mining firm.",
     "denied", False),
    ("a claim denied with a gerund",
     HEAD + "Governor Tom Hale denied taking part in the secret meeting with the mining firm.",
     "denied", False),
    ("a request denied stays",
     HEAD + "Chile denied the request of Peru for access to the port of Arica on Monday.",
     "denied", True),
]


def _without_the_round(monkeypatch):
    monkeypatch.setattr(events_denials, "_DENIALS", ())


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round)


def test_each_check_has_a_reason_in_the_table():
    assert events_denials._DENIALS == ((events_denials.denial, "denial"),)
