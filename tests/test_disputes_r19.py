"""Round 19: a denial told with another word of the claim's act ("has not bought" against
"acquired": ``act_families``), and a running total of money raised told with two sums ("has
raised about $40 million" against "has raised a total of $52 million": ``money.totals``).
Sentences and reports written for these tests (generic names), with controls that must stay
unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_money import sums, total_key
from sitroom.link.disputes_negations import _asserted
from sitroom.link.disputes_propositions import _content, denied_proposition, family_stems, same_act, tells
from sitroom.link.disputes_story_memo import _act_letters
from test_disputes_r14 import assert_links_of_class


@pytest.mark.parametrize("a, b, same", [
    ("bought", "acquired", True),      # a verb and its synonym
    ("purchase", "bought", True),      # a noun of the family
    ("cheated", "infidelity", True),
    ("banned", "outlawed", True),
    ("killed", "bought", False),       # two families
    ("shut", "sold", False),
    ("married", "marching", False),    # a short stem matches no other word
])
def test_one_act_in_other_words(a, b, same):
    assert same_act(_content(a) or a, _content(b) or b) is same


def test_a_family_reaches_the_memos_letters():
    letters = _act_letters(_content("bought") or "")
    assert any(x.startswith("acqu") for x in letters) and any(x.startswith("purc") for x in letters)
    assert _content("bought") in family_stems(_content("bought") or "")


def test_a_denial_in_other_words_is_told_by_the_synonym():
    p = denied_proposition("The Harlow mill denied that it had bought the Ostrava bakery chain.")
    assert p is not None
    assert tells(p, _asserted("The Harlow mill acquired the Ostrava bakery chain on Monday."))
    assert not tells(p, _asserted("The Harlow mill sold the Ostrava bakery chain on Monday."))
    assert not tells(p, _asserted("The Harlow mill acquired a Lisbon brewery on Monday."))


@pytest.mark.parametrize("sentence, key, lo, hi", [
    ("Harlow Apps has raised about $40 million from investors since 2019.", "raised", 38e6, 42e6),
    ("Harlow Apps has raised a total of $52 million from backers.", "raised", 49.4e6, 54.6e6),
    ("The firm has received $52 million in investments from 40 funds.", "raised", 49.4e6, 54.6e6),
    ("Ostrava Corp bought Harlow Apps for $52 million.", "price", 49.4e6, 54.6e6),
])
def test_a_running_total_raised_is_its_own_figure(sentence, key, lo, hi):
    (q,) = sums(sentence)
    assert q.key == key and q.lo == pytest.approx(lo) and q.hi == pytest.approx(hi)


@pytest.mark.parametrize("sentence", [
    "Harlow Apps raised $25 million in January in a round led by two funds.",  # one round, past
    "The Harlow family has received $5 million in ransom.",                    # no funding word
    "Harlow Apps has raised its prices by $5 a month.",                        # a price, per unit
    "The state has raised taxes by $200 million this year.",  # an increase: the cue's own word
    "The city has raised fares by $2 since March.",           # an increase, not a total
])
def test_no_running_total_is_read(sentence):
    assert not [q for q in sums(sentence) if q.key == total_key()]


CLASSES = {
    "a denial in another word of the act": ("contradicts", [
        ("q1a", "North Wire", "2026-10-05T08:00:00Z",
         "The Harlow mill acquired the Ostrava bakery chain on Monday, the firms said."),
        ("q1b", "Lake Times", "2026-10-05T09:00:00Z",
         "No, the Harlow mill has not bought the Ostrava bakery chain.")]),
    "a denial of another act of the same things": (None, [
        ("q2a", "North Wire", "2026-10-05T08:00:00Z",
         "The Harlow mill sold the Ostrava bakery chain on Monday, the firms said."),
        ("q2b", "Lake Times", "2026-10-05T09:00:00Z",
         "No, the Harlow mill has not bought the Ostrava bakery chain.")]),
    "two running totals raised of one firm": ("contradicts", [
        ("q3a", "North Wire", "2026-10-05T08:00:00Z",
         "Harlow Apps, a photo-sharing firm, has raised about $40 million from investors."),
        ("q3b", "Lake Times", "2026-10-05T08:10:00Z",
         "Harlow Apps, a photo-sharing firm, has raised a total of $52 million from investors.")]),
    "a round against a total": (None, [
        ("q4a", "North Wire", "2026-10-05T08:00:00Z",
         "Harlow Apps, a photo-sharing firm, raised $12 million from investors in January."),
        ("q4b", "Lake Times", "2026-10-05T08:10:00Z",
         "Harlow Apps, a photo-sharing firm, has raised a total of $52 million from investors.")]),
    "a total against a price": (None, [
        ("q5a", "North Wire", "2026-10-05T08:00:00Z",
         "Harlow Apps, a photo-sharing firm, has raised a total of $40 million from investors."),
        ("q5b", "Lake Times", "2026-10-05T08:10:00Z",
         "Ostrava Corp agreed to buy Harlow Apps, a photo-sharing firm, for $52 million.")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round19_classes(name):
    assert_links_of_class(*CLASSES[name])


# the story memo's path gives the plain function's links with the families (round 18's corpus
# generator, with sentences of one act in other words)
_FAMILY_SENTENCES = [
    "{who} acquired {what} on Monday.",
    "{who} has not bought {what}.",
    "{who} denied that it had purchased {what}.",
    "{who} shut {what} on Monday.",
    "{who} did not close {what}.",
    "{who} sold {what} last week.",
    "Crews cleared the road near {what}.",
]


def test_the_memo_path_gives_the_plain_links_with_families(monkeypatch):
    import test_speed_r18b as r18b

    monkeypatch.setattr(r18b, "_SENTENCES", _FAMILY_SENTENCES)
    found = 0
    for plain in r18b.memo_links_per_seed():
        found += sum(1 for o in plain[2] if {"acquired", "bought"} <= set(
            (o[2].text + " " + o[3].text).split()))
    assert found  # a denial linked to the claim told in another word of its act
