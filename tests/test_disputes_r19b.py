"""Round 19, second part: an accused party's denial of "the allegations" against the reports of
the accusation naming them ("Hallam denied the allegations" against "Hallam was charged with
fraud": ``accused_denials``), the accusation's words as one act (``act_families``: "did not
accuse" against "filed charges against"), and the base form of the denial verb ("to deny reports
that ..."). Sentences and reports written for these tests (generic names), with controls that
must stay unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_accused import accused_denier, accused_in
from sitroom.link.disputes_negations import _asserted
from sitroom.link.disputes_propositions import (
    Proposition,
    _content,
    agent_stems,
    denied_proposition,
    same_act,
    tells,
)
from sitroom.link.disputes_reads import from_json, to_json
from test_disputes_r14 import assert_links_of_class


@pytest.mark.parametrize("sentence, name", [
    ("Mr Hallam denied the allegations.", "hallam"),
    ("On Tuesday, Dorian Hallam has strongly denied all the accusations against him.", "hallam"),
    ("Hallam rejected the charges, his lawyer said.", "hallam"),
    ("The mayor denied the allegations.", None),             # no name: whom is not told
    ("Hallam denied the allegations of the Brenmoor rangers against the council.", None),
    ("He denied the allegations.", None),                    # a pronoun names no one
    ("Hallam denied that he took the money.", None),         # a clause: read as before
])
def test_an_accused_partys_denial_is_read_with_the_name(sentence, name):
    assert accused_denier(sentence) == name


@pytest.mark.parametrize("sentence, told", [
    ("Dorian Hallam, 54, was charged with fraud at the county court on Monday.", True),
    ("Prosecutors accused Hallam of taking money from the Brenmoor charity.", True),
    ("Allegations against Hallam surfaced in March.", True),
    ("Three of Hallam's accusers spoke to the paper.", True),
    ("Hallam accused his former partner of fraud.", False),  # the accuser, not the accused
    ("Hallam was fined for speeding.", False),               # no accusation
    ("Hallam was not charged with fraud.", False),           # a negation asserts nothing
    ("Was Hallam charged with fraud?", False),               # a question
    ("Prosecutors accused Orrell of taking money from Hallam.", False),  # another accused
])
def test_the_accusation_names_the_denier_as_the_accused(sentence, told):
    p = denied_proposition("Mr Hallam denied the allegations.")
    assert p is not None and p.kind == "accused"
    assert accused_in(sentence, "hallam") is told
    assert tells(p, _asserted(sentence), agent_stems(sentence), sentence) is told


@pytest.mark.parametrize("a, b, same", [
    ("accuse", "charges", True),
    ("accusation", "charged", True),
    ("accusing", "bought", False),
])
def test_the_accusations_words_are_one_act(a, b, same):
    assert same_act(_content(a) or a, _content(b) or b) is same


def test_the_base_form_of_deny_opens_the_denied_clause():
    p = denied_proposition("The council took to the radio to deny reports that it closed the "
                           "northern ferry pier.")
    assert p is not None and not p.kind
    assert tells(p, _asserted("The council closed the northern ferry pier on Monday."))
    assert denied_proposition("The council did not deny it.") is None


def test_an_accused_denial_is_kept_in_the_reads_memo():
    from sitroom.link.disputes_reads import Reads

    p = Proposition("accus", frozenset(), frozenset({"hallam"}), "accused")
    q = Proposition("clos", frozenset({"pier"}), frozenset())
    r = Reads((), (), ((0, p), (1, q)), frozenset(), False)
    assert from_json(to_json(r), 2) == r
    with pytest.raises(ValueError):
        from_json({**to_json(r), "p": [[0, "accus", [], ["hallam"], "other"]]}, 2)


CLASSES = {
    "an accused party's denial against the accusation": ("contradicts", [
        ("r1a", "North Wire", "2026-10-05T08:00:00Z",
         "Dorian Hallam, a Brenmoor councillor, was charged with fraud on Monday."),
        ("r1b", "Lake Times", "2026-10-05T09:00:00Z",
         "The Brenmoor councillor Dorian Hallam denied the allegations.")]),
    "a denial of the accuser's": (None, [
        ("r2a", "North Wire", "2026-10-05T08:00:00Z",
         "Dorian Hallam accused the Brenmoor council of fraud on Monday."),
        ("r2b", "Lake Times", "2026-10-05T09:00:00Z",
         "The Brenmoor councillor Dorian Hallam denied the allegations.")]),
    "a denial of the accusation in another of its words": ("contradicts", [
        ("r3a", "North Wire", "2026-10-05T08:00:00Z",
         "Tamsin Orrell filed charges against Dorian Hallam over the Brenmoor levy."),
        ("r3b", "Lake Times", "2026-10-05T09:00:00Z",
         "Tamsin Orrell said she did not accuse Dorian Hallam over the Brenmoor levy.")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round19_second_part_classes(name):
    assert_links_of_class(*CLASSES[name])


_ACCUSED_SENTENCES = [
    "{who} was charged with fraud over {what}.",
    "{who} denied the allegations.",
    "Prosecutors accused {who} of damaging {what}.",
    "{who} accused the growers of damaging {what}.",
    "{who} closed {what} on Monday.",
    "{who} took to the radio to deny reports that it closed {what}.",
    "Crews cleared the road near {what}.",
]


def test_the_memo_path_gives_the_plain_links_with_accused_denials(monkeypatch):
    import test_speed_r18b as r18b

    monkeypatch.setattr(r18b, "_SENTENCES", _ACCUSED_SENTENCES)
    monkeypatch.setattr(r18b, "_WHO", ["Tamsin Orrell", "Dorian Hallam", "The Quillan ministry"])
    found = 0
    for plain in r18b.memo_links_per_seed():
        found += sum(1 for o in plain[2] if "allegations" in o[2].text + " " + o[3].text)
    assert found  # an accused party's denial linked to the accusation


@pytest.mark.parametrize("sentence, told", [
    ("The Brenmoor flood warning is a hoax", True),
    ("The Brenmoor flood warning was the biggest scam of the year.", True),
    ("Ten things to know about the Brenmoor flood warning hoax", True),
    ("Brenmoor flood warning: the hoax that closed the schools", True),
    ("The Harlow flood warning is a hoax.", False),        # another subject
    ("Is the Brenmoor flood warning a hoax?", False),       # a question
    ("Critics call the Brenmoor flood warning a hoax.", False),  # a view told, not the form
    ("The Brenmoor flood warning is a mistake.", False),    # no verdict noun of the family
])
def test_a_verdict_denied_is_told_of_the_same_subject(sentence, told):
    p = denied_proposition("The Brenmoor flood warning is not a hoax, the council said.")
    assert p is not None and p.kind == "verdict"
    assert tells(p, _asserted(sentence), agent_stems(sentence), sentence) is told


@pytest.mark.parametrize("sentence", [
    "For them, it is not a hoax.",                   # a pronoun: whose view, not the thing
    "Is the Brenmoor flood warning not a hoax?",     # a question
    "The Brenmoor flood warning is not a problem.",  # no verdict noun
])
def test_no_verdict_denied_is_read(sentence):
    p = denied_proposition(sentence)
    assert p is None or p.kind != "verdict"


CLASSES["a verdict told both ways"] = ("contradicts", [
    ("r4a", "North Wire", "2026-10-05T08:00:00Z", "The Brenmoor flood warning is a hoax"),
    ("r4b", "Lake Times", "2026-10-05T09:00:00Z",
     "The Brenmoor flood warning is not a hoax, the council said.")])
CLASSES["a verdict on another thing"] = (None, [
    ("r5a", "North Wire", "2026-10-05T08:00:00Z", "The Harlow flood warning is a hoax"),
    ("r5b", "Lake Times", "2026-10-05T09:00:00Z",
     "The Brenmoor flood warning is not a hoax, the council said.")])
_ACCUSED_SENTENCES += ["{who} is not a hoax.", "{who} is the biggest scam."]


def test_a_verdict_of_a_groups_view_is_not_read():
    for s in ("The Brenmoor flood warning is not a hoax to these farmers.",
              "The Brenmoor flood warning is not a hoax for the rest of the county."):
        p = denied_proposition(s)
        assert p is None or p.kind != "verdict"


def test_a_denial_is_not_told_by_a_negation_with_a_typographic_apostrophe():
    from sitroom.link.disputes_denials import denies

    denial = "Tamsin Orrell took to the radio to deny reports that Dorian Hallam robbed her."
    assert denies(denial, "Dorian Hallam robbed Tamsin Orrell, the paper said.")
    assert not denies(denial, "Tamsin Orrell didn’t file robbery charges against Dorian Hallam.")


@pytest.mark.parametrize("sentence, name", [
    ("On Monday, The minister denied the allegations.", None),  # a clause's first word
    ("On Monday, Mr Hallam denied the allegations.", "hallam"),
])
def test_the_denier_is_read_from_the_verbs_clause(sentence, name):
    assert accused_denier(sentence) == name
