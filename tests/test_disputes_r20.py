"""Round 20: a party's denial of a plan ("Acme Freight has no plans to close the Harlow depot",
"does not have plans to", "denies plan to") and of reports dismissed with words between the
claim noun and its "that" ("dismissed claims made by two papers that ..."), against another
report telling the plan or claim of the same party (``party_denials``); a report called
baseless or debunked ("the rumour was "ridiculous" and "baseless"", "debunked claims that
..."). Sentences and reports written for these tests (made-up names), with controls that must
stay unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_denials import denied
from sitroom.link.disputes_negations import _asserted
from sitroom.link.disputes_propositions import agent_stems, denied_proposition, tells
from sitroom.link.disputes_reads import from_json, read_report, to_json
from sitroom.link.disputes_reported import source_sentence
from sitroom.model import Extraction
from test_disputes_r14 import assert_links_of_class


def _tells(denial: str, sentence: str) -> bool:
    p = denied_proposition(denial)
    assert p is not None, denial
    return tells(p, _asserted(sentence), agent_stems(sentence), sentence)


@pytest.mark.parametrize("sentence, act, party", [
    ("Acme Freight has no plans to close the Harlow depot.", "clos", "freight"),
    ("There are no plans to close the Harlow depot, Acme Freight said on Monday.", "clos",
     "freight"),
    ("Acme Freight does not have any plans to close the Harlow depot.", "clos", "freight"),
    ("Acme Freight doesn't have plans to close the Harlow depot.", "clos", "freight"),
    ("Acme Freight boss denies plan to close Harlow depot", "clos", "freight"),
    ("Acme Freight has no plans to either close the Harlow depot or sell it.", "clos", "freight"),
    ("Acme Freight on Sunday dismissed claims made by two local papers that the firm is "
     "planning to close the Harlow depot.", "clos", "freight"),
])
def test_a_partys_denial_is_read_with_its_act_and_party(sentence, act, party):
    p = denied_proposition(sentence)
    assert p is not None and p.act == act and party in p.subject and p.kind == "party"
    assert "harlow" in p.args and "depot" in p.args


@pytest.mark.parametrize("sentence", [
    "There are no plans to close the Harlow depot.",           # no party named
    "Acme Freight dismissed claims by the unions, made in March, that it will close the depot.",
    "Acme Freight has plans to close the Harlow depot.",        # a plan, not its denial
    "If there are no plans to close the Harlow depot, the staff will stay.",  # a condition
])
def test_no_partys_denial_is_read(sentence):
    p = denied_proposition(sentence)
    assert p is None or not p.subject & {"acm", "acme", "freight"}


@pytest.mark.parametrize("sentence, told", [
    ("Acme Freight will close the Harlow depot next month.", True),
    ("Acme Freight is planning the closure of the Harlow depot.", True),  # its noun
    ("Acme Freight plans to shut down the Harlow depot.", True),          # its family
    ("Brenmoor Rail will close the Harlow depot next month.", False),     # another party
    ("Acme Freight will sell the Harlow depot next month.", False),       # another act
    ("Acme Freight will close the Quillan office next month.", False),    # other arguments
    ("Acme Freight may close the Harlow depot.", False),                  # a hedge
    ("Acme Freight has no plans to close the Harlow depot.", False),      # itself a denial
    ("Local papers reported that Acme Freight will close the Harlow depot.", False),  # a report
    ("According to a local paper, Acme Freight will close the Harlow depot.", False),
])
def test_a_plan_denied_is_told_by_its_partys_plan(sentence, told):
    assert _tells("Acme Freight has no plans to close the Harlow depot.", sentence) is told


def test_the_party_is_told_by_a_name_not_a_common_word():
    denial = "Speaking to Lake News, the chief of Acme Freight said there are no plans to close " \
             "the Harlow depot."
    assert _tells(denial, "Acme Freight will close the Harlow depot next month.")
    assert not _tells(denial, "A new owner will close the Harlow depot next month.")


def test_a_denial_of_a_plan_asserts_nothing():
    assert _asserted("There are no plans to close the Harlow depot, Acme Freight said.") is None
    assert _asserted("Acme Freight dismissed claims made by two papers that it will close the "
                     "Harlow depot.") is None
    assert _asserted("Acme Freight will close the Harlow depot.") is not None


CLASSES = {
    "a plan denied by its party against the plan told": ("contradicts", [
        ("p1a", "North Wire", "2026-10-05T08:00:00Z",
         "Acme Freight will close the Harlow grain depot next month, staff were told."),
        ("p1b", "Lake Times", "2026-10-05T09:00:00Z",
         "Acme Freight has no plans to close the Harlow grain depot, its chief said.")]),
    "reports dismissed by the party against the claim told": ("contradicts", [
        ("p2a", "North Wire", "2026-10-05T08:00:00Z",
         "Acme Freight is planning to close the Harlow grain depot."),
        ("p2b", "Lake Times", "2026-10-05T09:00:00Z",
         "Acme Freight on Sunday dismissed claims made by two local papers that it is "
         "planning to close the Harlow grain depot.")]),
    "a plan denied by no one named": (None, [
        ("p3a", "North Wire", "2026-10-05T08:00:00Z",
         "Acme Freight will close the Harlow grain depot next month, staff were told."),
        ("p3b", "Lake Times", "2026-10-05T09:00:00Z",
         "There are no plans to close the Harlow grain depot.")]),
    "a plan of another party": (None, [
        ("p4a", "North Wire", "2026-10-05T08:00:00Z",
         "Brenmoor Rail will close the Harlow grain depot next month, staff were told."),
        ("p4b", "Lake Times", "2026-10-05T09:00:00Z",
         "Acme Freight has no plans to close the Harlow grain depot, its chief said.")]),
    "two denials of one plan": (None, [
        ("p5a", "North Wire", "2026-10-05T08:00:00Z",
         "There are no plans to close the Harlow grain depot, Acme Freight said."),
        ("p5b", "Lake Times", "2026-10-05T09:00:00Z",
         "Acme Freight has no plans to close the Harlow grain depot, its chief said.")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round20_classes(name):
    assert_links_of_class(*CLASSES[name])


@pytest.mark.parametrize("sentence, found", [
    ('A spokeswoman said the rumour was "ridiculous" and "baseless".', True),
    ("A spokeswoman said the rumour was baseless.", True),
    ("The story was debunked by the rangers.", True),
    ('A spokeswoman said the rumour was "ridiculous" and "popular".', False),  # no denial
    ("A spokeswoman said the rumour was popular.", False),
])
def test_a_report_called_baseless_takes_its_claim_from_before(sentence, found):
    earlier = ["Acme Freight is reportedly planning to close the Harlow depot."]
    assert (source_sentence(sentence, earlier) is not None) is found


def test_a_claim_debunked_is_read_as_denied():
    assert "oak" in (denied("The rangers debunked claims that loggers cut down the Harlow oak.")
                     or frozenset())
    assert denied("The claim that loggers cut down the oak has been debunked.") is not None
    assert denied("The rangers cut down the Harlow oak.") is None


def test_a_partys_denial_is_kept_in_the_reads_memo():
    text = "Acme Freight has no plans to close the Harlow depot. Crews cleared the road."
    ex = Extraction("d1", sentences=((0, 52), (53, len(text))))
    r = read_report(ex, text)
    assert [si for si, _ in r.propositions] == [0]
    assert from_json(to_json(r), 2) == r


_PARTY_SENTENCES = [
    "{who} will close {what} next month.",
    "{who} has no plans to close {what}.",
    "There are no plans to close {what}, {who} said.",
    "{who} dismissed claims made by two papers that it will close {what}.",
    "{who} will sell {what} next month.",
    "Crews cleared the road near {what}.",
]


def test_the_memo_path_gives_the_plain_links_with_party_denials(monkeypatch):
    import test_speed_r18b as r18b

    monkeypatch.setattr(r18b, "_SENTENCES", _PARTY_SENTENCES)
    monkeypatch.setattr(r18b, "_WHO", ["Acme Freight", "Brenmoor Rail", "The Quillan ministry"])
    found = 0
    for plain in r18b.memo_links_per_seed():
        found += sum(1 for o in plain[2] if "plans" in o[2].text + " " + o[3].text
                     or "dismissed" in o[2].text + " " + o[3].text)
    assert found  # a party's denial linked to its plan
