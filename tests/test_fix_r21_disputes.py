"""Round 21's review of the "not available" rule and the named denials: a person said not
available is no thing (a title before the name, a place phrase required, no word of a
person's work), a place ending in "ly" is a place, and the rules' words come from
``data/dispute_words.json``. Sentences and reports written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from sitroom.link import disputes_available, disputes_named
from sitroom.link.disputes_available import denied_availability
from sitroom.link.disputes_propositions import denied_proposition
from sitroom.link.disputes_words import _words
from test_disputes_r14 import assert_links_of_class
from test_disputes_r21 import _tells


@pytest.mark.parametrize("sentence", [
    "Dr Smith was not available in Harlow on Monday.",       # a person's title before it
    "Dr. Smith was not available in Harlow on Monday.",
    "Jones was not offered a contract by Acme United.",       # a person's work, no place
    "Zephyr is not available on Monday, Acme said.",          # no place phrase after the word
    "Zephyr was not served in Quillan, Acme said.",           # "served": no word of the rule
])
def test_a_person_or_a_thing_without_a_place_is_not_said_unavailable(sentence):
    assert denied_availability(sentence) is None


@pytest.mark.parametrize("sentence, thing, arg", [
    ("Zephyr is not sold at Acme shops.", "zephyr", "acm"),
    ("No, Zephyr is not available in Italy.", "zephyr", "ita"),   # a place ending in "ly"
    ("Zephyr is no longer on sale in Sicily, Acme said.", "zephyr", "sici"),
])
def test_a_thing_not_available_in_a_place_is_still_read(sentence, thing, arg):
    got = denied_availability(sentence)
    assert got is not None and thing in got[0] and arg in got[1], got


def test_a_place_ending_in_ly_reads_as_a_denial_and_a_capitalised_adverb_does_not_count():
    p = denied_proposition("No, Zephyr is not available in Italy.")
    assert p is not None and p.kind == "available" and "ita" in p.args, p
    assert denied_availability("Currently, Zephyr is not available in Italy.") == (
        denied_availability("No, Zephyr is not available in Italy."))
    assert _tells("No, Zephyr is not available in Italy.",
                  "You can still buy a Zephyr bar in Italy.")


@pytest.mark.parametrize("sentence", [
    "Smith is still serving as mayor of Harlow.",
    "Jones could still get a new contract with Acme United.",
])
def test_a_persons_work_tells_no_thing_still_available(sentence):
    assert not disputes_available._table()["still"].search(sentence)


def test_a_thing_still_served_tells_it_available():
    assert _tells("No, Zephyr is not available in two Acme shops.",
                  "Two Acme shops still serve Zephyr bars.")


PERSONS = {
    "a person not available against the person still serving": (None, [
        ("p1a", "North Wire", "2026-10-05T08:00:00Z",
         "Smith is still serving as mayor of Harlow."),
        ("p1b", "Lake Times", "2026-10-05T09:00:00Z",
         "Dr Smith was not available in Harlow on Monday.")]),
    "a person not offered a contract against the person who could still get one": (None, [
        ("p2a", "North Wire", "2026-10-05T08:00:00Z",
         "Jones could still get a new contract with Acme United."),
        ("p2b", "Lake Times", "2026-10-05T09:00:00Z",
         "Jones was not offered a contract by Acme United.")]),
    "a person not available against the person who still serves": (None, [
        ("p4a", "North Wire", "2026-10-05T08:00:00Z",
         "Smith still serves as mayor of Harlow."),
        ("p4b", "Lake Times", "2026-10-05T09:00:00Z",
         "Dr Smith was not available in Harlow on Monday.")]),
    "a thing not available in a place ending in ly against the thing still sold there": (
        "contradicts", [
            ("p3a", "North Wire", "2026-10-05T08:00:00Z",
             "Two shops in Italy still sell Zephyr bars."),
            ("p3b", "Lake Times", "2026-10-05T09:00:00Z",
             "No, Zephyr is not available in Italy.")]),
}


@pytest.mark.parametrize("name", list(PERSONS))
def test_round21_review_classes(name):
    assert_links_of_class(*PERSONS[name])


def _with(monkeypatch, module, key: str, **changed) -> None:
    words = {**_words(), key: {**_words()[key], **changed}}
    monkeypatch.setattr(module, "_words", lambda: words)
    module._table.cache_clear()


@pytest.fixture
def fresh_tables():
    yield
    disputes_available._table.cache_clear()
    disputes_named._table.cache_clear()


def test_the_availability_rules_words_come_from_the_data(monkeypatch, fresh_tables):
    _with(monkeypatch, disputes_available, "availability_denied", articles=["a"], still=["yet"])
    assert denied_availability("Acme: they are not a real Zephyr in Quillan.") is not None
    assert denied_availability("Acme: they are not the real Zephyr in Quillan.") is None
    assert disputes_available._table()["still"].search("Acme shops yet sell Zephyr")
    assert not disputes_available._table()["still"].search("Acme shops still sell Zephyr")


def test_the_named_denials_that_comes_from_the_data(monkeypatch, fresh_tables):
    _with(monkeypatch, disputes_named, "named_denials", complementisers=["which"])
    assert disputes_named.named_claim("The militia denies the Rebel claims which they "
                                      "burned the depot.") == "they burned the depot."
    assert disputes_named.named_claim("The militia denies the Rebel claims that they "
                                      "burned the depot.") is None
