"""Round 17 (issue 15, item 4): one sum of money written any way is one value ("$2.5-billion",
"EUR 2.5 billion", "2.5bn USD", "2.5 billion US dollars"), and denials told in other words
after what they deny ("reports that ... are baseless", "the raid never happened") or before it
("dismissed claims that ..."). Sentences and reports written for these tests (generic names),
with controls that must stay unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes import quantities
from sitroom.link.disputes_denials import denied, denies
from test_disputes_r14 import Report, assert_links_of_class


def _prices(sentence: str) -> list[tuple[str, str, float, float]]:
    return [(q.text, q.noun, q.lo, q.hi) for q in quantities(sentence) if q.key == "price"]


@pytest.mark.parametrize("sentence, text, currency", [
    ("Orrin Foods agreed to buy the dairy Kelby in a $1.4-billion deal.", "$1.4-billion", "usd"),
    ("Orrin Foods agreed to buy the dairy Kelby for EUR 1.4 billion.", "EUR 1.4 billion", "eur"),
    ("Orrin Foods agreed to buy the dairy Kelby for 1.4bn USD.", "1.4bn USD", "usd"),
    ("Orrin Foods agreed to buy the dairy Kelby for 1.4 billion US dollars.",
     "1.4 billion US dollars", "usd"),
    ("Orrin Foods agreed to buy the dairy Kelby for USD 1.4 bln.", "USD 1.4 bln", "usd"),
    ("Orrin Foods agreed to buy the dairy Kelby for GBP 1.4 billion.", "GBP 1.4 billion", "gbp"),
])
def test_one_sum_written_any_way_is_one_value(sentence, text, currency):
    assert _prices(sentence) == [(text, currency, pytest.approx(1.33e9), pytest.approx(1.47e9))]


@pytest.mark.parametrize("sentence", [
    "Orrin Foods agreed to buy the dairy Kelby for 1.4 billion Canadian dollars.",
    "Orrin Foods agreed to buy the dairy Kelby for C$1.4 billion.",
    "Orrin Foods will build a $1.4-billion plant beside the dairy.",
    "Orrin Foods agreed to buy the dairy's cheese for USD 4 a ton.",
])
def test_no_sum_of_a_deal_or_of_another_dollar(sentence):
    assert _prices(sentence) == []


@pytest.mark.parametrize("denial, other", [
    ("The ministry said reports that soldiers burned the granary at Oster were baseless.",
     "Soldiers burned the granary at Oster on Tuesday."),
    ("The raid on the fishing camp near Halvik never happened, the coast guard said.",
     "Commandos carried out a raid on the fishing camp near Halvik at dawn."),
    ("Claims that the mayor sold the harbour land to his cousin are a lie.",
     "The mayor sold the harbour land to his cousin last spring."),
    ("The harbour board dismissed claims that the ferry had sunk near the reef.",
     "The ferry sank near the reef after a storm, the harbour board said."),
    ("The league rejected suggestions that its referees had taken bribes from the club.",
     "Referees took bribes from the club before the final."),
    ("It is not true that the council closed the library on the square.",
     "The council closed the library on the square last week."),
])
def test_a_denial_in_other_words_denies_the_same_proposition(denial, other):
    assert denied(denial)
    assert denies(denial, other)


@pytest.mark.parametrize("sentence", [
    "The vote on the harbour budget did not happen until Friday.",
    "The parts were fabricated in a workshop near the port.",
    "The crowd outside the court was made up of students.",
    "The minister said the talks had been going on for weeks.",
])
def test_no_denial_in_other_words(sentence):
    assert denied(sentence) is None


@pytest.mark.parametrize("denial, other", [
    ("Reports that soldiers burned the granary at Oster are baseless, the ministry said.",
     "Soldiers guarded the school at Oster on Tuesday."),
    ("The raid on the fishing camp never happened, the coast guard said.",
     "The coast guard towed a fishing boat into the harbour."),
])
def test_a_denial_in_other_words_does_not_deny_another_proposition(denial, other):
    assert not denies(denial, other)


CLASSES: dict[str, tuple[str | None, list[Report]]] = {
    "one dairy bought for EUR 1.4 billion against 1.9 billion euros": ("contradicts", [
        ("p1a", "North Wire", "2026-10-02T08:00:00Z",
         "Orrin Foods is buying the dairy Kelby for EUR 1.4 billion, people familiar with the "
         "talks said."),
        ("p1b", "Lake Times", "2026-10-02T08:30:00Z",
         "Orrin Foods is buying the dairy Kelby for 1.9 billion euros, people familiar with "
         "the talks said.")]),
    "the same price as a $1.4-billion deal and 1.4bn USD": (None, [
        ("p2a", "North Wire", "2026-10-02T08:00:00Z",
         "Orrin Foods agreed a $1.4-billion deal to buy the dairy Kelby, people familiar with "
         "the talks said."),
        ("p2b", "Lake Times", "2026-10-02T08:30:00Z",
         "Orrin Foods is buying the dairy Kelby for 1.4bn USD, people familiar with the talks "
         "said.")]),
    "reports of a burned granary called baseless against the burning told": ("contradicts", [
        ("q1a", "North Wire", "2026-10-03T08:00:00Z",
         "Soldiers burned the granary at Oster, villagers say."),
        ("q1b", "Lake Times", "2026-10-03T09:00:00Z",
         "The Ninth Brigade said reports that its soldiers burned the granary at Oster were "
         "baseless.")]),
    "a raid said never to have happened against the raid told": ("contradicts", [
        ("q2a", "North Wire", "2026-10-03T08:00:00Z",
         "Marines raided the fishing camp at Brenna."),
        ("q2b", "Lake Times", "2026-10-03T09:00:00Z",
         "The Halvik Coast Guard said the raid on the fishing camp at Brenna never "
         "happened.")]),
    "a vote that did not happen until Friday against the vote on Friday": (None, [
        ("q3a", "North Wire", "2026-10-03T08:00:00Z",
         "The Brenna council held the vote on the harbour budget on Friday, its clerk said."),
        ("q3b", "Lake Times", "2026-10-03T09:00:00Z",
         "The vote of the Brenna council on the harbour budget did not happen until Friday, "
         "its clerk said.")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round17_classes(name):
    assert_links_of_class(*CLASSES[name])


@pytest.mark.parametrize("sentence, figures", [
    ("The toll of the ferry fire off Skarn is now 23, up from 17, the port said.",
     [("dead", "23")]),
    ("The number of people hurt in the Skarn ferry fire now stands at 40.", [("injured", "40")]),
    ("The toll of the ferry fire off Skarn climbed to 23 from 17 overnight.", [("dead", "23")]),
])
def test_a_count_told_as_its_value_now_is_revised_and_its_old_value_no_figure(sentence, figures):
    from sitroom.link.disputes_numbers import revised, revised_up

    got = quantities(sentence)
    assert [(q.key, q.text) for q in got] == figures
    before = sentence[: got[0].at]
    assert revised(before) or revised_up(before)


@pytest.mark.parametrize("sentence, figures", [
    ("The deckhand who was hurt in the ferry fire is now 19.", []),
    ("Twenty-three people died in the ferry fire and 17 were hurt.",
     [("dead", "Twenty-three"), ("injured", "17")]),
])
def test_no_value_now_without_a_running_count(sentence, figures):
    from sitroom.link.disputes_numbers import revised

    got = quantities(sentence)
    assert [(q.key, q.text) for q in got] == figures
    assert not any(revised(sentence[: q.at]) for q in got)


NOW_CLASSES: dict[str, tuple[str | None, list[Report]]] = {
    "a toll told as now 23, up from 17, after 17": ("supersedes", [
        ("r1a", "North Wire", "2026-10-04T08:00:00Z",
         "Seventeen people were killed in the ferry fire off Skarn, the port authority said."),
        ("r1b", "Lake Times", "2026-10-04T18:00:00Z",
         "The toll of the ferry fire off Skarn is now 23, up from 17, the port authority "
         "said.")]),
}


@pytest.mark.parametrize("name", list(NOW_CLASSES))
def test_round17_value_now(name):
    assert_links_of_class(*NOW_CLASSES[name])
