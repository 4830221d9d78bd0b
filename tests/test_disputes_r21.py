"""Round 21: a party's denial of a named source's claims ("denies the Rebel claims that they
burned the depot") or of reports that claimed a thing ("trashed reports that claimed the depot
was burned") read as "denied claims that ..." is (``named_denials``); a thing's availability
denied ("No, Zephyr is not available in two Acme shops", "they are not the real Zephyr")
against the thing told still sold ("There are still two Acme shops that sell Zephyr")
(``availability_denied``). Sentences and reports written for these tests (made-up names),
with controls that must stay unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_available import denied_availability
from sitroom.link.disputes_negations import _asserted, asserts
from sitroom.link.disputes_propositions import agent_stems, denied_proposition, tells
from sitroom.link.disputes_reads import from_json, read_report, to_json
from sitroom.model import Extraction
from test_disputes_r14 import assert_links_of_class


def _tells(denial: str, sentence: str) -> bool:
    p = denied_proposition(denial)
    assert p is not None, denial
    return tells(p, _asserted(sentence), agent_stems(sentence), sentence)


# --- a named source's claims, reports that claimed ------------------------------------------

@pytest.mark.parametrize("sentence, act, arg", [
    ("The militia denies the Rebel claims that they burned the Harlow depot.", "burn", "depot"),
    ("Quillan Rangers denies Rebel claims that they have burned the Harlow depot.", "burn",
     "depot"),
    ("The mayor rejected the Gazette's reports that the council closed the ferry pier.", "clos",
     "pier"),
    ("The mayor rejected reports that claimed the council closed the ferry pier.", "clos",
     "pier"),
    ("Residents have vehemently trashed reports that claimed the council closed the ferry pier.",
     "clos", "pier"),
])
def test_a_denial_of_named_or_claimed_reports_is_read_with_its_act(sentence, act, arg):
    p = denied_proposition(sentence)
    assert p is not None and p.act.startswith(act) and arg in p.args, p


@pytest.mark.parametrize("sentence", [
    # "nor deny": no denial
    "The mayor could neither confirm nor deny the Gazette's reports that the council closed "
    "the ferry pier.",
    # no verb read before the clause's break: no act
    "Residents trashed reports that claimed the Harlow ferryman, famed for his songs, was "
    "robbed.",
    # the named form needs its "that": a report named, no claim told
    "The mayor rejected the Gazette reports on Tuesday.",
])
def test_no_denial_of_named_or_claimed_reports_is_read(sentence):
    assert denied_proposition(sentence) is None


def test_a_claim_verb_after_that_is_no_act():
    p = denied_proposition("The mayor rejected reports that claimed the council closed the pier.")
    assert p is not None and not p.act.startswith("claim"), p


def test_trashed_reports_assert_nothing():
    assert not asserts("Residents trashed reports that the council closed the ferry pier.")


@pytest.mark.parametrize("sentence, told", [
    ("Rebels burned the Harlow depot on Monday.", True),
    ("Rebels burned the Quillan barn on Monday.", False),       # other arguments
    ("Rebels looted the Harlow depot on Monday.", False),       # another act
    ("Rebels reportedly burned the Harlow depot.", False),      # a hedge
    # the act only in quote marks: the claims quoted (round 21)
    ("The Harlow depot is 'burned and looted by the rebels' who posted pictures", False),
])
def test_a_denial_of_named_claims_is_told_by_the_claim_told_plainly(sentence, told):
    denial = "The militia denies the Rebel claims that they burned the Harlow depot."
    assert _tells(denial, sentence) is told


# --- a thing's availability denied -----------------------------------------------------------

@pytest.mark.parametrize("sentence, thing, arg", [
    ("No, Zephyr is not available in two Acme shops", "zephyr", "acm"),
    ("Zephyr is no longer on sale in Quillan, Acme said.", "zephyr", "quillan"),
    ("But Acme is clear: the bars they sell are not the real Zephyr.", "zephyr", "acm"),
    ("Zephyr isn't available at Acme shops.", "zephyr", "acm"),
])
def test_a_thing_said_not_available_is_read_with_its_place(sentence, thing, arg):
    got = denied_availability(sentence)
    assert got is not None and thing in got[0] and arg in got[1], got
    p = denied_proposition(sentence)
    assert p is not None and p.kind == "available", p


@pytest.mark.parametrize("sentence", [
    "The minister was not available for comment.",      # a person not reached
    "Zephyr is not available.",                          # nothing named besides the thing
    "It is not available in Acme shops.",                # a pronoun, no thing named
    "The bars are not available in Acme shops.",         # no capitalised thing
    "Currently the Zephyr isn't available, but it goes on sale in spring.",  # no place named
])
def test_no_availability_denied_is_read(sentence):
    assert denied_availability(sentence) is None


@pytest.mark.parametrize("sentence, told", [
    ("There Are Still Two Acme Shops That Sell Zephyr From the 90s", True),   # a headline
    ("You can still order a Zephyr at these two Acme shops.", True),
    ("ZEPHYR STILL EXISTS AT THESE ACME SHOPS", True),
    ("You can still buy a Zephyr bar in Quillan.", False),      # another place
    ("Two Acme shops still sell the Nimbus bar.", False),       # another thing
    ("Acme shops sell Zephyr bars.", False),                    # no "still"
    ("Zephyr is still sold at two Acme shops, the Gazette reported.", False),  # a report
    ("The Gazette tells us that two Acme shops still sell Zephyr.", False),    # a report
])
def test_a_thing_not_available_is_told_by_the_thing_still_sold(sentence, told):
    denial = "No, Zephyr is not available in two Acme shops"
    assert _tells(denial, sentence) is told


def test_an_availability_denial_is_kept_by_the_reads_memo():
    denial = "No, Zephyr is not available in two Acme shops."
    text = denial + " Crews cleared the road."
    ex = Extraction("d1", sentences=((0, len(denial)), (len(denial) + 1, len(text))))
    r = read_report(ex, text)
    assert [(si, p.kind) for si, p in r.propositions] == [(0, "available")]
    assert from_json(to_json(r), 2) == r


CLASSES = {
    "a named source's claims denied against the claim told": ("contradicts", [
        ("g1a", "North Wire", "2026-10-05T08:00:00Z",
         "Rebels burned the Harlow depot near the river on Monday."),
        ("g1b", "Lake Times", "2026-10-05T09:00:00Z",
         "The Quillan militia denies the Rebel claims that they burned the Harlow depot.")]),
    "reports that claimed a thing, trashed, against the thing told": ("contradicts", [
        ("g2a", "North Wire", "2026-10-05T08:00:00Z",
         "The council closed the ferry pier in Harlow on Monday."),
        ("g2b", "Lake Times", "2026-10-05T09:00:00Z",
         "Harlow residents trashed reports that claimed the council closed the ferry pier.")]),
    "a thing said not available against the thing still sold": ("contradicts", [
        ("g3a", "North Wire", "2026-10-05T08:00:00Z",
         "There are still two Acme shops that sell Zephyr bars."),
        ("g3b", "Lake Times", "2026-10-05T09:00:00Z",
         "No, Zephyr is not available in two Acme shops.")]),
    "a thing said not available against another thing still sold": (None, [
        ("g4a", "North Wire", "2026-10-05T08:00:00Z",
         "There are still two Acme shops that sell Nimbus bars."),
        ("g4b", "Lake Times", "2026-10-05T09:00:00Z",
         "No, Zephyr is not available in two Acme shops.")]),
    "two reports saying a thing is not available": (None, [
        ("g5a", "North Wire", "2026-10-05T08:00:00Z",
         "Zephyr is no longer on sale in Acme shops."),
        ("g5b", "Lake Times", "2026-10-05T09:00:00Z",
         "No, Zephyr is not available in two Acme shops.")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round21_classes(name):
    assert_links_of_class(*CLASSES[name])


def test_a_scare_quoted_word_still_tells_an_earlier_forms_claim():
    """The quote-mark rule is the named form's alone: "denied claims that" (round 18) is told
    by a headline quoting one word of its act."""
    denial = "The council denied claims that it threatened the Harlow families over the pier."
    assert _tells(denial, "Harlow families say they were 'threatened' by the council over pier")


def test_claims_of_an_act_assert_nothing():
    """A sentence telling the act as someone's "claims of" it asserts nothing (round 21): it is
    no sentence a denial is compared with."""
    text = "The depot is still open after the Rebel claims of having burned the Harlow depot."
    ex = Extraction("d1", sentences=((0, len(text)),))
    assert read_report(ex, text).unasserted == frozenset({0})
