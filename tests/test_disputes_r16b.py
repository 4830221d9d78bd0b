"""Contradicting prices of one deal (issue 15, item 4, round 16, second wave), from the misses of
the first recall set (a studio bought: "for $2.5B" against "for $2 billion" was no figure): a
sum of money is a figure only where it prices something bought, sold or agreed ("buying X for
$2 billion", "a deal worth $2 billion", "a $300 million takeover"), its currency the thing
counted; a budget, a fortune, a factory's cost are no figure. Reports written for these tests
(my own sentences, generic names), with controls that must stay unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes import quantities
from sitroom.link.disputes_money import same_dealing
from test_disputes_r14 import Report, assert_links_of_class


def _prices(sentence: str) -> list[tuple[str, str, float, float]]:
    return [(q.text, q.noun, q.lo, q.hi) for q in quantities(sentence) if q.key == "price"]


@pytest.mark.parametrize("sentence, text, currency, lo, hi", [
    ("Norvik Systems is buying the games studio Tallberg for $2.5B.", "$2.5B", "usd",
     2.375e9, 2.625e9),
    ("The deal is said to be worth a whopping $2 billion, a person close to it said.",
     "$2 billion", "usd", 1.9e9, 2.1e9),
    ("A $300 million takeover of the club by Harlow Group was announced.", "$300 million",
     "usd", 2.85e8, 3.15e8),
    ("The bank agreed to sell its insurance arm for £4 billion to £5 billion.",
     "£4 billion to £5 billion", "gbp", 3.8e9, 5.25e9),
    ("The family bought the vineyard for about 2 million euros.", "2 million euros", "eur",
     1.5e6, 2.5e6),
])
def test_a_sum_that_prices_a_deal_is_a_figure(sentence, text, currency, lo, hi):
    got = _prices(sentence)
    assert [(t, c) for t, c, _, _ in got] == [(text, currency)]
    assert (got[0][2], got[0][3]) == (pytest.approx(lo), pytest.approx(hi))


@pytest.mark.parametrize("sentence", [
    "The company will build a $5-billion factory near the river.",
    "The clerk left the town with more than $1 million of its funds.",
    "Its sales rose to $5 billion last year, the studio said.",
    "The city set aside $40 million for the new bridge.",
    "The studio, worth $2 billion, makes a single game.",
    "The publisher extended its offer of $18 a share for the studio.",
    "The group offered to free the crew if the owners paid a $40 million ransom.",
    "Norvik raised its bid for the studio to $3 billion on Monday.",
    "Once the sponsorship deal was signed, the Varna rowing club was paid $31,400.",
    "Farmers sold their wheat for $210 a ton this spring.",
])
def test_a_sum_that_prices_no_deal_is_no_figure(sentence):
    assert _prices(sentence) == []


CLASSES: dict[str, tuple[str | None, list[Report]]] = {
    "one studio bought for $2.5B against for $2 billion, two outlets minutes apart": (
        "contradicts", [
            ("m1a", "North Wire", "2026-09-02T08:00:00Z",
             "Norvik Systems is buying the games studio Tallberg for $2.5B, people familiar "
             "with the talks said."),
            ("m1b", "Lake Times", "2026-09-02T08:20:00Z",
             "Norvik Systems is buying the games studio Tallberg for $2 billion, people "
             "familiar with the talks said.")]),
    "the same price in dollars as $2bn and 2 billion dollars": (None, [
        ("n1a", "North Wire", "2026-09-02T08:00:00Z",
         "Norvik Systems is buying the games studio Tallberg for $2bn, people familiar with "
         "the talks said."),
        ("n1b", "Lake Times", "2026-09-02T08:20:00Z",
         "Norvik Systems is buying the games studio Tallberg for 2 billion dollars, people "
         "familiar with the talks said.")]),
    "two sums of two currencies (never compared: no rates)": (None, [
        ("n2a", "North Wire", "2026-09-02T08:00:00Z",
         "Norvik Systems is buying the games studio Tallberg for $2.5 billion, people "
         "familiar with the talks said."),
        ("n2b", "Lake Times", "2026-09-02T08:20:00Z",
         "Norvik Systems is buying the games studio Tallberg for €2 billion, people "
         "familiar with the talks said.")]),
    "two buyers' prices of two deals in one city": (None, [
        ("n3a", "North Wire", "2026-09-02T08:00:00Z",
         "Norvik Systems is buying a games studio in Malmo for $2.5 billion, people "
         "familiar with the talks said."),
        ("n3b", "Lake Times", "2026-09-02T08:20:00Z",
         "Harlow Group is buying a games studio in Malmo for $2 billion, people familiar "
         "with the talks said.")]),
    "a deal's price against a budget of the same firm": (None, [
        ("n4a", "North Wire", "2026-09-02T08:00:00Z",
         "Norvik Systems is buying the games studio Tallberg for $2.5 billion, people "
         "familiar with the talks said."),
        ("n4b", "Lake Times", "2026-09-02T08:20:00Z",
         "Norvik Systems has a budget of $2 billion for the games studio Tallberg next year, "
         "people familiar with the talks said.")]),
    "a sale's price against a ransom offered by the same group": (None, [
        ("n5a", "North Wire", "2026-09-02T08:00:00Z",
         "The Tarn Front is trying to sell the seized tanker Norvik Star back to its owners "
         "for $1 million, a report said."),
        ("n5b", "Lake Times", "2026-09-02T08:20:00Z",
         "Earlier the Tarn Front offered to free the crew of the Norvik Star if the owners "
         "paid a $40 million ransom, a report said.")]),
}


@pytest.mark.parametrize("sentence_1, sentence_2, same", [
    ("Norvik is buying Tallberg for $2.5B.", "Norvik agreed to acquire Tallberg for $2 billion.",
     True),
    ("Norvik is buying Tallberg for $2.5B.", "The deal for Tallberg is worth $2 billion.", True),
    ("The group tried to sell the tanker for $1 million.",
     "The group offered to free the crew for a $40 million ransom.", False),
    ("The group is ransoming the tanker for $1 million.",
     "The group offered to free the crew for a $40 million ransom.", False),
])
def test_two_sums_are_compared_only_for_one_kind_of_dealing(sentence_1, sentence_2, same):
    assert same_dealing(sentence_1, sentence_2) is same


@pytest.mark.parametrize("name", list(CLASSES))
def test_round16b_prices(name):
    assert_links_of_class(*CLASSES[name])
