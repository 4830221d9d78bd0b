"""Round 22: one person's age told two ways ("Orlena Vantreck, 26," against "the 27-year-old
Vantreck", ``ages``) and one event's state told two ways ("the Vantreck wedding is off"
against "will still marry", ``event_states``). Sentences and reports written for these tests
(made-up names), with controls that must stay unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_ages import ages_clash
from sitroom.link.disputes_conditions import Condition, clash, conditions
from sitroom.link.disputes_event_states import told_off, told_on
from sitroom.link.disputes_propositions import denied_proposition
from sitroom.link.disputes_reads import from_json, read_report, to_json
from sitroom.model import Extraction
from test_disputes_r14 import assert_links_of_class

# --- ages ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, state, who", [
    ("Orlena Vantreck, 26, said the plan was hers.", "age 26", {"orlena", "vantreck"}),
    ("The 27-year-old model Orlena Vantreck denied it.", "age 27", {"orlena", "vantreck"}),
    ("The court heard that Vantreck , aged 55 , took leave .", "age 55", {"vantreck"}),
])
def test_an_age_attached_to_a_name_is_read(sentence, state, who):
    assert Condition(state, frozenset(who)) in conditions(sentence)


@pytest.mark.parametrize("sentence", [
    "A 26-year-old from Derwick asked the first question.",  # a place, no person
    "The woman, 26, said the plan was hers.",  # no name
    "On Tuesday, 26 people were moved to the shelter.",  # no age
    "Did Orlena Vantreck, 26, leave the city?",  # a question
    "Vantreck, 140, was the oldest tree in the park.",  # past the ages read
    "Police arrested a 33-year-old man Monday near the mill.",  # a weekday, no name
    "The 73-year-old Democratic socialist spoke at the mill.",  # no full name after an age
    "At the close of business Thursday, 5,745,188 shares were sold.",  # no age
])
def test_no_age_is_read_without_a_name_or_as_a_question(sentence):
    assert not [c for c in conditions(sentence) if c.state.startswith("age")]


def test_two_ages_of_one_name_clash_only_close_and_of_one_person():
    a = Condition("age 26", frozenset({"vantreck"}))
    assert clash(a, Condition("age 27", frozenset({"orlena", "vantreck"})))
    assert not clash(a, Condition("age 26", frozenset({"vantreck"})))  # the same age
    assert not clash(a, Condition("age 58", frozenset({"vantreck"})))  # a parent of one name
    assert not clash(Condition("age 26", frozenset({"ann", "vantreck"})),
                     Condition("age 27", frozenset({"orlena", "vantreck"})))  # two sisters
    assert not clash(*(c for s in ("Feng Vantreck, 30, broke the phone.",
                                   "Fan Vantreck, 32, used the phone.")
                       for c in conditions(s)))  # a wife and her husband, each named
    assert not clash(a, Condition("age 27", frozenset({"quill"})))
    assert not ages_clash("age 26", "dead")


# --- an event's state ------------------------------------------------------------------------

def test_an_event_told_off_is_read_by_its_head_and_names():
    assert told_off("Orlena Vantreck Wedding Off: Fiancee Plan Emerges")[0] == "wed"
    assert told_off("The Vantreck wedding is off as the bride fell ill.") == (
        "wed", frozenset({"vantreck"}))
    p = denied_proposition("The Vantreck wedding was called off on Friday.")
    assert p is not None and p.kind == "state" and p.act == "wed"


@pytest.mark.parametrize("sentence", [
    "The match kicked off in Varnholt at noon.",  # a match begun, not called off
    "The Vantreck wedding is off the table, her agent said.",  # off no clause's end
    "The wedding was called off.",  # no name to tell which event
    "The Vantreck lawsuit was cancelled on Friday.",  # no head of the table
    "Instead of calling the wedding off, Orlena chose Harpal Vantreck.",  # a bare "off"
])
def test_no_event_is_read_off_without_a_head_a_name_or_at_its_end(sentence):
    assert told_off(sentence) is None


def test_the_event_told_still_to_be_tells_the_state_denied():
    head, names = told_off("The Vantreck wedding is off as the bride fell ill.")
    assert told_on(head, names, "In a statement, Orlena said she and Vantreck will still marry.")
    assert told_on(head, names, "The Vantreck wedding was postponed until the spring.")
    assert not told_on(head, names, "Vantreck was delayed at the airport.")  # no head
    assert not told_on(head, names, "She will still marry Borrow next year.")  # no name
    assert not told_on(head, names, "Vantreck will still marry, but the wedding is off.")


def test_the_reads_keep_an_event_told_off():
    text = "The Vantreck wedding is off as the bride fell ill. She left."
    ex = Extraction("d1", sentences=((0, 50), (51, len(text))))
    r = read_report(ex, text)
    assert [(si, p.kind) for si, p in r.propositions] == [(0, "state")]
    assert from_json(to_json(r), 2) == r


CLASSES = {
    "one age told two ways": ("contradicts", [
        ("a1a", "North Wire", "2026-10-05T08:00:00Z",
         "Orlena Vantreck, 26, told the court she had planned the sale of the mill."),
        ("a1b", "Lake Times", "2026-10-05T09:00:00Z",
         "The 27-year-old Orlena Vantreck told the court the sale of the mill was her plan.")]),
    "one age told two ways by undated reports": (None, [
        ("a4a", "North Wire", None,
         "Orlena Vantreck, 26, told the court she had planned the sale of the mill."),
        ("a4b", "Lake Times", None,
         "The 27-year-old Orlena Vantreck told the court the sale of the mill was her plan.")]),
    "a wife's age against her husband's": (None, [
        ("a3a", "North Wire", "2026-10-05T08:00:00Z",
         "Orlena Vantreck, 30, broke the phone her husband used."),
        ("a3b", "Lake Times", "2026-10-05T09:00:00Z",
         "Dorian Vantreck, 32, had used his wife's phone to send the messages.")]),
    "one age told alike": (None, [
        ("a2a", "North Wire", "2026-10-05T08:00:00Z",
         "Orlena Vantreck, 27, told the court she had planned the sale of the mill."),
        ("a2b", "Lake Times", "2026-10-05T09:00:00Z",
         "The 27-year-old Orlena Vantreck told the court the sale of the mill was her plan.")]),
    "a wedding off against the wedding still to be": ("contradicts", [
        ("s1a", "North Wire", "2026-10-05T08:00:00Z",
         "The Vantreck wedding is off as the bride fell ill."),
        ("s1b", "Lake Times", "2026-10-05T09:00:00Z",
         "In a statement, Orlena said she and Vantreck will still marry in the spring.")]),
    "a wedding off against another couple's wedding postponed": (None, [
        ("s2a", "North Wire", "2026-10-05T08:00:00Z",
         "The Vantreck wedding is off as the bride fell ill."),
        ("s2b", "Lake Times", "2026-10-05T09:00:00Z",
         "The Borrow wedding was postponed until the spring.")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round22_classes(name):
    assert_links_of_class(*CLASSES[name])
