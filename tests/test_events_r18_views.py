"""Round 18 (docs/judgements/events.md, "Round 18: rules from draw Z"): refusals of words and
travel told as acts. A refusal of words (to disavow, to concede) is a stance; a visit or
arrival at a town of the report's own country with no one met is travel. Each beside an act of the same word that must
stay (hand-written sentences, none from a real report); every case that must go is an event
without the round's checks (``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import removed_test, stays_test

from sitroom.extract import events_acts

CASES = [
    # (id, text, trigger, stays)
    ("refused words: refuses to disavow a backer",
     "Senator Dana Marsh refuses to disavow the endorsement of Governor Ann Cole.",
     "refuses", False),
    ("refused words: refused to concede a point",
     "Governor Ann Cole refused to concede that her critics had a point about the budget.",
     "refused", False),
    ("a refusal to take part stays",
     "The army of Norland refused to withdraw its troops from the border town.",
     "refused", True),
    ("travel at home: a president arrived in a city of the report's country",
     "President Ann Cole arrived in Denver, Colorado, on Thursday. She later flew to Chicago, "
     "Illinois, and then to Boston.",
     "arrived", False),
    ("travel at home: a candidate's visit to a city",
     "Senator Dana Marsh's visit to Denver drew a crowd in Colorado, and she went on to "
     "Chicago and Boston.",
     "visit", False),
    ("a visit to a foreign leader stays",
     "Speaker Paul Grant visited Prime Minister Ann Cole in Ottawa, then flew back to Chicago "
     "and Boston.",
     "visited", True),
    ("an arrival in a town of a report naming no other place stays (whose country is unknown)",
     "Prime Minister Ann Cole arrived in Denver on Thursday.",
     "arrived", True),
    ("a visit to a country stays",
     "Speaker Paul Grant visited Canada last week, after stops in Chicago and Boston.",
     "visited", True),
    ("a visit to a national capital stays",
     "Prime Minister Ann Cole of Norland arrived in Washington on Monday, and later flew to Chicago "
     "and Boston.",
     "arrived", True),
]

CHECKS = ("refused_words", "travel_at_home")


def _without_the_round(monkeypatch):
    monkeypatch.setattr(events_acts, "view_misfit", lambda adoc, c: None)


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round)


def test_each_check_has_a_reason_in_the_table():
    from sitroom.extract.events_views import _VIEWS
    assert [f.__name__ for f, _ in _VIEWS] == list(CHECKS)
