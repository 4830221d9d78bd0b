"""Round 19, the review's fixes: a word of the act families with a sense of another act
("foreign affairs", "assault rifles", "employs", "scrap") names no act of the family, and a
running total's cue word ("has raised") is no word of money raised itself ("has raised taxes by
$200 million" is an increase, not a total). Sentences written for these tests (generic names)."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_money import sums, total_key
from sitroom.link.disputes_negations import _asserted
from sitroom.link.disputes_propositions import _content, denied_proposition, same_act, tells


def _told(denial: str, sentence: str) -> bool:
    p = denied_proposition(denial)
    assert p is not None
    return tells(p, _asserted(sentence), frozenset(), sentence)


CHEAT = "The Harlow council denied that it had cheated the Ostrava ministry."
ATTACK = "The Harlow guards denied that they attacked the Ostrava protesters."


def test_foreign_affairs_tell_no_cheating():
    assert not _told(CHEAT, "The Harlow council met the Ostrava ministry of foreign affairs.")
    assert _told(CHEAT, "The Harlow council cheated the Ostrava ministry, auditors found.")


def test_assault_rifles_tell_no_attack_but_assaulted_does():
    assert not _told(ATTACK, "The Harlow guards carried assault rifles near the Ostrava protesters.")
    assert _told(ATTACK, "The Harlow guards assaulted the Ostrava protesters on Monday.")


def test_closing_figures_tell_no_shutting_but_closed_does():
    shut = "The Harlow mill denied that it had shut the Ostrava bakery chain."
    assert not _told(shut, "The Harlow mill gave the Ostrava bakery chain's closing figures.")
    assert _told(shut, "The Harlow mill closed the Ostrava bakery chain on Monday.")


@pytest.mark.parametrize("a, b", [
    ("affairs", "cheated"), ("employs", "hired"), ("axe", "cancelled"), ("employed", "recruited")])
def test_words_of_another_sense_are_of_no_family(a, b):
    assert not same_act(_content(a) or a, _content(b) or b)


@pytest.mark.parametrize("sentence", [
    "The state has raised taxes by $200 million this year.",
    "The city has raised fares by $2 since March.",
    "The fund has raised fees to $9 million for investors.",  # "to": an increase
])
def test_an_increase_is_no_running_total(sentence):
    assert not [q for q in sums(sentence) if q.key == total_key()]


@pytest.mark.parametrize("sentence", [
    "Harlow Apps has raised about $67 million in funding.",
    "The firm has received $77 million in investments.",
    "Harlow Apps has raised funding of $12 million so far.",  # the total word among the gap
])
def test_a_running_total_still_fires(sentence):
    assert [q.key for q in sums(sentence)] == [total_key()]
