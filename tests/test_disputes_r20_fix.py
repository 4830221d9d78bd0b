"""Round 20, the review's fixes of the party-denial rule (``party_denials``): no "that" among
the words between a dismissed claim's noun and its "that", and the other forms read a
sentence the party's reading gives nothing; no weekday, month or sentence-opening common noun
as the party; the denied clause ends at its clause break; "reported" without "that" and the
reporting verbs of ``report_denied`` tell a claim as a report; a plan cue inside a denied
clause is no plan of the sentence's party; the quoted first word's joiners are data.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import re

import pytest

from sitroom.link.disputes_negations import _asserted
from sitroom.link.disputes_party import _table, party_clause, told_as_reported
from sitroom.link.disputes_propositions import agent_stems, denied_proposition, tells
from sitroom.link.disputes_reported import source_sentence
from sitroom.link.disputes_words import _words
from sitroom.link.textsim import STOPWORDS


def _tells(denial: str, sentence: str) -> bool:
    p = denied_proposition(denial)
    assert p is not None, denial
    return tells(p, _asserted(sentence), agent_stems(sentence), sentence)


def test_a_relative_that_after_the_claim_is_no_gap_of_a_dismissal():
    p = denied_proposition("Acme denied reports that troops burned the village that sheltered "
                           "the rebels.")
    assert p is not None
    assert (p.act, p.kind) == ("burn", "")  # read by the plain denial, as before round 20
    assert {"villag", "shelter", "rebel"} <= p.args


def test_words_between_the_claim_and_its_that_still_make_a_dismissal():
    pc = party_clause("Acme Freight dismissed claims made by two papers that it will close "
                      "the Harlow depot.")
    assert pc is not None and "freight" in pc[2]
    assert pc[0].startswith(" it will close")


@pytest.mark.parametrize("sentence", [
    "On Monday the carrier said it has no plans to close the freight depot.",
    "In March the carrier said it has no plans to close the freight depot.",
    "Residents say the firm has no plans to close the freight depot.",
    "Officials say the firm has no plans to close the freight depot.",
])
def test_a_day_month_or_opening_common_noun_is_no_party(sentence):
    assert party_clause(sentence) is None


@pytest.mark.parametrize("sentence, party", [
    ("Acme Freight has no plans to close the freight depot.", {"acm", "freight"}),
    ("Brenmoor airline rep denies plan to close the freight depot", {"brenmoor"}),
    ("On Monday Acme Freight said it has no plans to close the depot.", {"acm", "freight"}),
    ("Residents of Harlow say Acme has no plans to close the depot.", {"harlow", "acm"}),
    ("Residents Bay Rail has no plans to close the depot, Residents Bay said.",
     {"resident", "bay", "rail"}),
])
def test_a_name_is_the_party_and_an_opening_common_noun_when_written_again(sentence, party):
    pc = party_clause(sentence)
    assert pc is not None and pc[2] == frozenset(party)


def test_the_denied_clause_ends_at_its_break_and_never_holds_the_party():
    pc = party_clause("Acme has no plans to close the freight depot in Springfield on Monday, "
                      "Jones said.")
    assert pc is not None
    assert "Jones" not in pc[0] and pc[2] == frozenset({"acm", "jon"})
    p = denied_proposition("Acme has no plans to close the freight depot in Springfield on "
                           "Monday, Jones said.")
    assert p is not None and p.kind == "party"
    assert "jon" not in p.args and not p.args & p.subject


@pytest.mark.parametrize("sentence, reported", [
    ("Local media reported Acme Freight will close the freight depot.", True),
    ("Acme Freight will close the freight depot, the Gazette reported.", True),
    ("Two papers claimed that Acme Freight will close the freight depot.", True),
    ("Acme Freight will close the freight depot next month.", False),
    ("Acme Freight told staff it will close the freight depot.", False),
])
def test_a_claim_told_as_a_report(sentence, reported):
    assert told_as_reported(sentence) is reported


def test_a_plan_told_as_a_report_does_not_tell_the_partys_denial():
    denial = "Acme Freight has no plans to close the Harlow depot."
    assert _tells(denial, "Acme Freight will close the Harlow depot next month.")
    assert not _tells(denial, "Local media reported Acme Freight will close the Harlow depot.")
    assert not _tells(denial, "Acme Freight will close the Harlow depot, the Gazette reported.")


def test_told_as_reported_takes_the_reporting_verbs_from_one_home():
    verbs = _words()["report_denied"]["reporting_verbs"]
    pattern = _table()["reported"].pattern
    assert all(re.escape(v) in pattern for v in verbs)
    assert "that" not in " ".join(_words()["party_denials"]["told_as_reported"])


def test_a_plan_cue_inside_a_denied_clause_is_no_plan_of_the_party():
    assert party_clause("The mayor denied reports that Acme has no plans to close the depot.") \
        is None
    p = denied_proposition("The mayor denied reports that Acme has no plans to close the depot.")
    assert p is None or p.kind != "party"


def test_a_plan_cue_before_any_denial_cue_is_still_read():
    pc = party_clause("Acme Freight has no plans to close the depot and denied reports of cuts.")
    assert pc is not None and pc[1] and "freight" in pc[2]


def test_the_party_is_tested_only_after_the_act():
    denial = "Acme Freight has no plans to close the Harlow depot."
    assert not _tells(denial, "Acme Freight will sell the Harlow depot next month.")
    assert not _tells(denial, "Brenmoor Rail will close the Harlow depot next month.")


def test_not_names_are_the_stop_words_and_a_few_more():
    extra = _words()["party_denials"]["not_names"]
    assert not set(extra) & STOPWORDS
    assert STOPWORDS <= _table()["not_names"]


def test_a_quoted_first_word_joins_the_cue_by_a_joiner_of_the_data():
    assert "first_joiners" in _words()["report_denied"]
    earlier = ["The Wire reported that Acme Freight will close the Harlow depot."]
    assert source_sentence('A spokesman said the report was "misleading" and "false".',
                           earlier) == earlier[0]
    assert source_sentence('A spokesman said the report was "misleading" but "false".',
                           earlier) is None
