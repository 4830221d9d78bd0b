"""Round 21, second part: a party's denial of an act told in other words whose verbs are loose
("denies offering land to the Quillans" against "the governor offers the Quillans land", "has
denied claims that she promised an extension of the canal" against "proposes to extend the
canal"), bound to one entity and one object word told too (``bound_families``); and a verdict
on a named party's act told by its noun ("Made-Up Marlow's Request for a Ferry Link") against
the act told plainly (``called_false.nominal_links``). Sentences and reports written for these
tests (made-up names), with controls that must stay unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_called import called_nominal
from sitroom.link.disputes_negations import _asserted
from sitroom.link.disputes_propositions import (
    agent_stems, denied_proposition, same_act, tells)
from sitroom.link.disputes_reads import from_json, read_report, to_json
from sitroom.model import Extraction
from test_disputes_r14 import assert_links_of_class


def _tells(denial: str, sentence: str) -> bool:
    p = denied_proposition(denial)
    assert p is not None, denial
    return tells(p, _asserted(sentence), agent_stems(sentence), sentence)


# --- the bound families ----------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("offer", "propos"), ("off", "promis"), ("suggest", "propos"), ("request", "offer"),
    ("giv", "offer"), ("extens", "expand"), ("extend", "expans"),
])
def test_loose_verbs_of_one_bound_family_name_one_act(a, b):
    assert same_act(a, b)


@pytest.mark.parametrize("a, b", [("offer", "extend"), ("propos", "expand"), ("giv", "sell")])
def test_verbs_of_other_families_name_no_one_act(a, b):
    assert not same_act(a, b)


DENIAL = "The governor denies offering land to the Quillans."


@pytest.mark.parametrize("sentence, told", [
    ("Governor offers the Quillans land near the canal", True),
    ("The governor proposed to give the Quillans land near the canal.", True),
    ("Harlow praises the governor's plan to give Quillans land by the canal", True),
    # no object word told: one entity only
    ("The governor offered the Quillans a seat on the canal board.", False),
    # no entity told: the object word only
    ("The governor offered farmers land near the canal.", False),
    # the act told as someone's report: not told plainly
    ("Harlow radio reported that the governor proposed to give the Quillans land.", False),
    # another act of the same arguments
    ("The governor sold the Quillans land near the canal.", False),
    # "given" is no verb of the family ("given the land dispute")
    ("Given the Quillans land dispute, the canal was closed.", False),
])
def test_an_offer_denied_is_told_by_its_family_with_an_entity_and_an_object(sentence, told):
    assert _tells(DENIAL, sentence) is told


def test_an_object_word_of_one_family_binds_extension_to_extend():
    denial = ("The governor has denied claims that she promised the Quillans an extension of "
              "the Harlow canal.")
    assert _tells(denial, "Governor proposes: extend Harlow canal for the Quillans")
    assert not _tells(denial, "Governor proposes: dredge Harlow lake for the Quillans")


def test_the_same_verb_is_not_bound():
    """An act told with its own verb keeps the rules of round 18 (two arguments, no entity)."""
    denial = "The governor denied reports that she had proposed the extension of the canal."
    assert _tells(denial, "Harlow backs the proposal for an extension of the canal.")


def test_offers_is_a_verb_not_an_agent_noun():
    assert "off" not in agent_stems("Governor Offers Quillans Land by the Canal")
    assert "sell" in agent_stems("Local sellers gathered by the canal.")


# --- a verdict on a named party's act told by its noun ---------------------------------------

@pytest.mark.parametrize("sentence, who, claim", [
    ("FAKE NEWS: Gazette Made-Up Marlow's Request for Ferry Link with Quill",
     "Marlow", "request for ferry link with quill"),
    ("A fabricated Marlow's offer of land to the Quillans", "Marlow",
     "offer of land to the Quillans"),
])
def test_a_verdict_on_a_named_act_is_read_with_its_noun(sentence, who, claim):
    assert called_nominal(sentence) == (who, claim)


@pytest.mark.parametrize("sentence", [
    "Made-Up Marlow's Ferry Link with Quill",         # no link word after the noun
    "The Gazette made up Marlow's request for a ferry link.",  # a verb, no verdict adjective
    "A fake Marlow's tweet about the ferry",          # "tweet about": no act of a family
])
def test_no_verdict_on_a_named_act_is_read(sentence):
    p = denied_proposition(sentence)
    assert p is None or p.kind != "called", p


@pytest.mark.parametrize("sentence, told", [
    ("Marlow proposed a ferry link with Quill during a June meeting.", True),
    ("Marlow Proposed Ferry Link with Quill", True),
    ("Dunmore proposed a ferry link with Quill.", False),       # another party
    ("Marlow proposed a toll road to Quill.", False),           # another object
    ("The Gazette reported that Marlow proposed a ferry link with Quill.", False),  # a report
])
def test_a_made_up_request_is_told_by_the_act_told_plainly(sentence, told):
    denial = "FAKE NEWS: Gazette Made-Up Marlow's Request for Ferry Link with Quill"
    assert _tells(denial, sentence) is told


def test_a_bound_denial_is_kept_by_the_reads_memo():
    denial = "The governor denies offering land to the Quillans."
    text = denial + " Crews cleared the road."
    ex = Extraction("d1", sentences=((0, len(denial)), (len(denial) + 1, len(text))))
    r = read_report(ex, text)
    assert [(si, p.act, p.names) for si, p in r.propositions] == [
        (0, "offer", frozenset({"quillan"}))]
    assert from_json(to_json(r), 2) == r


CLASSES = {
    "an offer denied against the offer told as a proposal": ("contradicts", [
        ("b1a", "North Wire", "2026-10-05T08:00:00Z",
         "The governor proposed to give the Quillans land near the Harlow canal."),
        ("b1b", "Lake Times", "2026-10-05T09:00:00Z",
         "The governor denies offering land to the Quillans.")]),
    "an offer denied against a proposal of another object": (None, [
        ("b2a", "North Wire", "2026-10-05T08:00:00Z",
         "The governor proposed a seat on the canal board for the Quillans."),
        ("b2b", "Lake Times", "2026-10-05T09:00:00Z",
         "The governor denies offering land to the Quillans.")]),
    "a made-up request against the request told plainly": ("contradicts", [
        ("b3a", "North Wire", "2026-10-05T08:00:00Z",
         "Marlow proposed a ferry link with Quill during a June meeting."),
        ("b3b", "Lake Times", "2026-10-05T09:00:00Z",
         "FAKE NEWS: Gazette Made-Up Marlow's Request for Ferry Link with Quill")]),
    "a made-up request against another party's proposal": (None, [
        ("b4a", "North Wire", "2026-10-05T08:00:00Z",
         "Dunmore proposed a ferry link with Quill during a June meeting."),
        ("b4b", "Lake Times", "2026-10-05T09:00:00Z",
         "FAKE NEWS: Gazette Made-Up Marlow's Request for Ferry Link with Quill")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round21b_classes(name):
    assert_links_of_class(*CLASSES[name])
