"""Round 22 (docs/judgements/events.md, "Round 22: rules from draw AF"): opinions, ads,
permissions and dismissals told as acts.
Each beside an act of the same frame that must stay (hand-written sentences, none from a real
report); every case that must go is an event without the round's check
(``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import removed_test, stays_test

from sitroom.extract import events_acts, events_stances

HEAD = "Notes from the capital\n\n"  # a headline first: the cases' sentences are no headline

CASES = [
    # (id, text, trigger, stays)
    ("money spent targeting a candidate",
     HEAD + "The super PAC has spent over $3 million targeting Senator Tom Hale in Ohio.",
     "targeting", False),
    ("ads and mailers targeting a candidate",
     HEAD + "The group paid for radio ads and mailers targeting Senator Tom Hale in Ohio.",
     "targeting", False),
    ("air strikes targeting a militia stay",
     HEAD + "On Monday, Chilean jets targeted the bases of the rebel militia near the border.",
     "targeted", True),
    ("a permission of a thing that is no access",
     HEAD + "The Chilean government allowed the provinces to combine their budget categories.",
     "allowed", False),
    ("access allowed stays",
     HEAD + "The Chilean government allowed the United Nations inspectors to enter the site.",
     "allowed", True),
    ("concerns brushed off",
     HEAD + "Senator Tom Hale brushed off these concerns about his plan for the mines of Chile.",
     "brushed", False),
    ("a request dismissed stays",
     HEAD + "Chile dismissed the request of Peru for access to the port of Arica on Monday.",
     "dismissed", True),
]


# round 17's opinion told, widened in round 22 to any verb of saying with no sense of its own
ADVICE = [
    ("advice stated: what the country should do",
     HEAD + "Senator Tom Hale stated on Monday that Chile should close its border with Peru.",
     "stated", False),
    ("advice remarked: what a state should be",
     HEAD + "Governor Ana Ruiz remarked on Friday that Canada should be tougher on Peru.",
     "remarked", False),
    ("a demand declared with must stays",
     HEAD + "The government of Chile declared on Monday that Peru must close its border.",
     "declared", True),
]


def _without_the_round(monkeypatch):
    monkeypatch.setattr(events_stances, "_STANCES", ())


def _without_opinions(monkeypatch):
    monkeypatch.setattr(events_acts, "opinion_told", lambda adoc, c: False)


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round)
test_advice_is_an_opinion_or_a_demand = stays_test(ADVICE)
test_each_advice_removed_is_an_event_without_the_opinion_check = removed_test(
    ADVICE, _without_opinions)


def test_each_check_has_a_reason_in_the_table():
    assert events_stances._STANCES == ((events_stances.ad_aim, "ad aimed"),
                                       (events_stances.no_access, "permission"),
                                       (events_stances.dismissal, "dismissal"),
                                       (events_stances.idea_stance, "idea"))  # round 24
