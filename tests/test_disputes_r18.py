"""Round 18: denials of one proposition matched by its content ("the ministry denies it
threatened the growers" against "officials threatened the growers over the levy", "no threats
were made to the growers", "we did not threaten the growers"). Sentences and reports written
for these tests (generic names), with controls that must stay unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_propositions import (
    Proposition,
    _clause,
    _read,
    _verb_at,
    agent_stems,
    denied_proposition,
    same_act,
    tells,
)
from sitroom.link.disputes_negations import _asserted
from sitroom.link.disputes_reported import claimed_clause, source_sentence
from test_disputes_r14 import assert_links_of_class


@pytest.mark.parametrize("sentence, act, arg", [
    ("The ministry denies it threatened the Harlow growers over the levy.", "threaten", "levy"),
    ("The ministry denied claims that it threatened the Harlow growers.", "threaten", "grower"),
    ("The ministry denies threatening the Harlow growers over the levy.", "threaten", "levy"),
    ("Ministry: No threats were made to the Harlow growers over the levy", "threat", "levy"),
    ("Ministry: We didn't threaten the Harlow growers over the levy", "threaten", "levy"),
    ("No, the Harlow council has not closed the ferry pier", "clos", "ferri"),
    ("Sorry, the Harlow council didn't actually close the ferry pier", "clos", "ferri"),
    ("The mill denied that it planned to close the Harlow ferry pier.", "clos", "ferri"),
])
def test_a_denied_proposition_is_read(sentence, act, arg):
    p = denied_proposition(sentence)
    assert p is not None and same_act(p.act, act), p
    assert any(a.startswith(arg[:4]) for a in p.args), p


@pytest.mark.parametrize("sentence", [
    "The ministry did not comment on the growers' claims.",          # a refusal to speak
    "Police have not used tear gas in the port in nearly a decade.",  # no one named
    "Yet the storms did not drive most of the campers off the hill.",  # a narrative negation
    "Several rooms that didn't fit into the new school plan were dropped.",  # a relative clause
    "He was accused of fraud and although he denied it police believe the claim.",  # "it" object
    "The ministry denied the growers' request for a meeting.",        # a refusal, no clause
    "If the ministry did not threaten the growers, why did they leave?",  # a condition
])
def test_no_denied_proposition_is_read(sentence):
    assert denied_proposition(sentence) is None


@pytest.mark.parametrize("a, b, same", [
    ("threat", "threaten", True),    # a nominal and its verb
    ("adopt", "adoption", True),
    ("close", "closure", False),     # not a suffix of the table
    ("car", "care", False),          # too short to be a nominal match
])
def test_a_nominal_and_its_verb_are_one_act(a, b, same):
    assert same_act(a, b) is same


def test_the_proposition_must_share_two_arguments():
    p = Proposition("threaten", frozenset({"harlow", "grower", "levi"}))
    assert tells(p, _asserted("Officials threatened the Harlow growers with fines."))
    assert not tells(p, _asserted("Officials threatened the Harlow mayor with fines."))
    # a sentence that does not plainly assert tells nothing
    assert not tells(p, _asserted("Officials may have threatened the Harlow growers."))


def test_an_agent_noun_is_no_act():
    p = denied_proposition("The guard denied shooting at the first officers at the gate.")
    assert p is not None and p.act == "shoot"
    told = "Officers trained for an active shooter arrived at the gate."
    assert not tells(p, _asserted(told), agent_stems(told))
    shot = "The guard was shooting at the first officers at the gate."
    assert tells(p, _asserted(shot), agent_stems(shot))


def test_a_denial_naming_only_the_report_takes_the_claim_told_before():
    earlier = ["The Harlow Wire reported that the mill will close the ferry pier in May.",
               "The pier has served the island since 1920."]
    denial = 'A spokesman for the mill said the Wire report is "not true".'
    src = source_sentence(denial, earlier)
    assert src == earlier[0]  # the sentence naming the source, not the one just before
    p = _read(_clause(claimed_clause(src)), False)
    assert p is not None and p.act.startswith("clos") and "pier" in p.args
    # the sentence just before when no source is named
    assert source_sentence('He said the report is "not true".', earlier) == earlier[1]


@pytest.mark.parametrize("sentence", [
    'A spokesman said the claim that the mill lost money is "not true".',  # names the claim
    "The mill said its report is due in May.",                              # no denial
])
def test_a_denial_naming_more_than_a_report_takes_nothing_before(sentence):
    assert source_sentence(sentence, ["The Wire reported that the mill will close."]) is None


def test_a_named_subject_must_be_told_too():
    p = denied_proposition("No, Mayor Ostrava did not accuse the Harlow growers of fraud")
    assert p is not None and p.subject
    assert tells(p, _asserted("Mayor Ostrava accused the Harlow growers of fraud on Monday."))
    assert not tells(p, _asserted("Many people accused the Harlow growers of fraud on Monday."))


CLASSES = {
    "a denial against the claim in other words": ("contradicts", [
        ("p1a", "North Wire", "2026-10-05T08:00:00Z",
         "Harlow growers say officials threatened them over the levy. The growers spoke to "
         "reporters on Monday."),
        ("p1b", "Lake Times", "2026-10-05T09:00:00Z",
         "Ministry: No threats were made to the Harlow growers over the levy. The ministry "
         "spoke on Monday.")]),
    "a negated act against the act told": ("contradicts", [
        ("p2a", "North Wire", "2026-10-05T08:00:00Z",
         "The Harlow council closed the ferry pier and the harbour road on Monday after the "
         "storm had damaged both, and ordered the marina emptied."),
        ("p2b", "Lake Times", "2026-10-05T09:00:00Z",
         "No, the Harlow council has not closed the ferry pier.")]),
    "a denial of another act": (None, [
        ("p3a", "North Wire", "2026-10-05T08:00:00Z",
         "Harlow growers say officials fined them over the levy. The growers spoke to "
         "reporters on Monday."),
        ("p3b", "Lake Times", "2026-10-05T09:00:00Z",
         "Ministry: No threats were made to the Harlow growers over the levy. The ministry "
         "spoke on Monday.")]),
    "a belief reported, not asserted": (None, [
        ("p4a", "North Wire", "2026-10-05T08:00:00Z",
         "Many people believed the Harlow council closed the ferry pier on Monday."),
        ("p4b", "Lake Times", "2026-10-05T09:00:00Z",
         "No, the Harlow council has not closed the ferry pier.")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round18_denied_propositions(name):
    assert_links_of_class(*CLASSES[name])


# Round 18, the review's fixes.

@pytest.mark.parametrize("clause, act", [
    ("the mill closed the Harlow ferry pier", "clos"),           # a verb in the past
    ("a hundred workers closed the Harlow ferry pier", "clos"),  # "hundred" is no verb
    ("the growers need the levy cut before May", None),          # "need" is no past
    ("the red trucks blocked the Harlow ferry pier", "block"),   # "red" after "the"
    ("the mill will close the Harlow ferry pier", "clos"),       # after an auxiliary
])
def test_a_word_ending_in_ed_is_a_past_verb_only_where_it_can_be(clause, act):
    toks = clause.split()
    k = _verb_at(toks)
    if act is None:
        assert k is None, toks[k]
    else:
        assert k is not None and toks[k].lower().startswith(act), k


def test_a_hundred_workers_is_no_act_of_a_reported_claim():
    src = "The Harlow Wire reported that a hundred workers blocked the ferry pier on Monday."
    p = _read(_clause(claimed_clause(src)), False)
    assert p is not None and p.act.startswith("block") and "pier" in p.args, p


def test_an_indefinite_pronoun_is_never_the_act():
    # "anyone" was read as the act of the negated clause
    assert denied_proposition(
        "The doctor said he did not have anyone else take the photos of the scans.") is None
    assert _read("have anyone else take the photos of the scans", True) is None
    # an indefinite subject before a past verb leaves the verb the act
    p = denied_proposition("The mill denied that anyone closed the Harlow pier.")
    assert p is not None and p.act.startswith("clos"), p
    # an indefinite pronoun where the verb is looked for: nothing is denied of an act
    assert denied_proposition("The mayor denied that the Harlow mill and its owners had "
                              "anything to do with the pier fire.") is None
    # a plain negated act is still read
    p = _read("take the photos of the scans", True)
    assert p is not None and "photo" in p.args, p


def test_a_source_name_ending_in_a_full_stop_is_found_before():
    earlier = ["The A.P. reported that the mill will close the ferry pier in May.",
               "The pier has served the island since 1920."]
    assert source_sentence("The A.P. report is false.", earlier) == earlier[0]
    # a name told nowhere before still finds nothing
    assert source_sentence("The B.B. report is false.", earlier) is None


def test_the_claim_is_the_clause_after_the_reporting_verb_not_a_relative_one():
    src = "The Wire reported that the company will close the mill that employs 300 workers."
    assert claimed_clause(src).strip().startswith("the company will close the mill")
    p = _read(_clause(claimed_clause(src)), False)
    assert p is not None and p.act.startswith("clos") and "mill" in p.args, p
    # with no reporting verb, the first "that"
    assert claimed_clause("It is said the mill that employs 300 will shut that pier.").strip(
    ).startswith(
        "employs 300")
