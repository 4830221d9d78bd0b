"""Round 20, second part: a claim a report calls false in the sentence that tells it ("the man
who claimed he was robbed on the bridge was a false story", "a fake report claims loggers cut
down the Harlow oak"), against another report telling the claim plainly (``called_false``); a
denial naming only "the story" or "the rumour" ("denies the story", "the rumour was baseless")
reads its claim from the report's lead when the sentence before reads as none
(``report_denied``); a denied clause's act is read past an adverb ("had deliberately burned").
Sentences and reports written for these tests (made-up names), with controls that must stay
unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_called import called_claim
from sitroom.link.disputes_negations import _asserted
from sitroom.link.disputes_propositions import (
    agent_stems,
    denied_proposition,
    reported_proposition,
    tells,
)
from sitroom.link.disputes_reads import from_json, read_report, to_json
from sitroom.link.disputes_reported import claim_sources
from sitroom.model import Extraction
from test_disputes_r14 import assert_links_of_class


def _tells(denial: str, sentence: str) -> bool:
    p = denied_proposition(denial)
    assert p is not None, denial
    return tells(p, _asserted(sentence), agent_stems(sentence), sentence)


@pytest.mark.parametrize("sentence, act, arg", [
    ("The Harlow cyclist who claimed she was robbed on the ferry bridge was a false story.",
     "rob", "bridg"),
    ("We found out the man who says he was bitten by a shark off Quillan Point was a hoax.",
     "bitten", "shark"),
    ("A fake report claims loggers have cut down the Harlow oak.", "cut", "oak"),
    ("Fake News Report Claims Loggers Have Cut Down The Harlow Oak", "cut", "oak"),  # a headline
    ("Rangers dismissed a false story that the crew had burned the Harlow barn.", "burn", "barn"),
])
def test_a_claim_called_false_is_read_with_its_act(sentence, act, arg):
    p = denied_proposition(sentence)
    assert p is not None and p.act.startswith(act) and arg in p.args, p


@pytest.mark.parametrize("sentence", [
    "The woman who said the landing was a hoax spoke on Monday.",       # no verb in the claim
    "The man who claimed he was robbed on the bridge was a cyclist.",   # no verdict
    "A true story about the crew that burned the Harlow barn.",         # no verdict
    "The cyclist who claimed she was robbed on the bridge was right.",  # another verdict
    # a claim noun before the claim: left to the older reading of denial_cues_after
    "Allegations the mayor accepted bribes from the Acme builders are just a hoax.",
])
def test_no_claim_called_false_is_read(sentence):
    assert called_claim(sentence) is None or denied_proposition(sentence) is None


@pytest.mark.parametrize("sentence, told", [
    ("A cyclist was robbed on the ferry bridge in Harlow on Monday.", True),
    ("Harlow Cyclist Robbed On Ferry Bridge", True),         # a headline
    ("A cyclist was robbed in the Quillan market on Monday.", False),  # other arguments
    ("A cyclist was pushed off the ferry bridge on Monday.", False),   # another act
    ("A cyclist may have been robbed on the ferry bridge.", False),    # a hedge
    ("The cyclist was not robbed on the ferry bridge.", False),        # a denial
])
def test_a_claim_called_false_is_told_by_the_claim_told_plainly(sentence, told):
    denial = "The cyclist who claimed she was robbed on the ferry bridge was a false story."
    assert _tells(denial, sentence) is told


def test_a_claim_called_false_is_a_denial_in_the_reads_memo():
    denial = "The cyclist who claimed she was robbed on the ferry bridge was a false story."
    text = denial + " Crews cleared the road."
    ex = Extraction("d1", sentences=((0, len(denial)), (len(denial) + 1, len(text))))
    r = read_report(ex, text)
    assert [si for si, _ in r.propositions] == [0]
    assert from_json(to_json(r), 2) == r


LEAD = "Acme Freight will close the Harlow grain depot next month, staff were told."


@pytest.mark.parametrize("sentence", [
    "The Acme spokeswoman denies the story.",
    "The Acme spokeswoman denied the report, a paper said.",
    'The Acme spokeswoman said the rumour was "baseless".',
])
def test_a_story_denied_by_its_noun_takes_the_claim_from_the_lead(sentence):
    earlier = [LEAD, "However, some observers have doubts."]  # no claim before the denial
    assert claim_sources(sentence, earlier) == [earlier[1], earlier[0]]
    p = reported_proposition(sentence, earlier)
    assert p is not None and p.act.startswith("clos") and "depot" in p.args


def test_the_sentence_before_is_kept_when_it_tells_a_claim():
    earlier = [LEAD, "A local paper said the firm would sell the Quillan yard."]
    p = reported_proposition("The Acme spokeswoman denies the story.", earlier)
    assert p is not None and p.act.startswith("sell")


@pytest.mark.parametrize("sentence", [
    "The Acme spokeswoman told the story.",             # no denial verb
    "The Acme spokeswoman denies the story was leaked by staff.",  # more than the story
    "The Wire report is false.",                        # names its source: no lead
    "The Acme office could neither confirm nor deny the reports.",  # no denial
    "The Acme spokeswoman denied the story of the closed depot.",   # the claim named after it
])
def test_no_claim_is_taken_from_the_lead(sentence):
    earlier = [LEAD, "However, some observers have doubts."]
    assert earlier[0] not in claim_sources(sentence, earlier)


CLASSES = {
    "a claim called a false story against the claim told": ("contradicts", [
        ("f1a", "North Wire", "2026-10-05T08:00:00Z",
         "A cyclist was robbed on the ferry bridge in Harlow on Monday."),
        ("f1b", "Lake Times", "2026-10-05T09:00:00Z",
         "The cyclist who claimed she was robbed on the ferry bridge was a false story.")]),
    "a fake report's claim against the claim told": ("contradicts", [
        ("f2a", "North Wire", "2026-10-05T08:00:00Z",
         "Loggers have cut down the Harlow oak near the river."),
        ("f2b", "Lake Times", "2026-10-05T09:00:00Z",
         "Rangers said a fake report claims loggers have cut down the Harlow oak.")]),
    "a claim called false against another act": (None, [
        ("f3a", "North Wire", "2026-10-05T08:00:00Z",
         "A cyclist was pushed off the ferry bridge in Harlow on Monday."),
        ("f3b", "Lake Times", "2026-10-05T09:00:00Z",
         "The cyclist who claimed she was robbed on the ferry bridge was a false story.")]),
    "two reports calling one claim false": (None, [
        ("f4a", "North Wire", "2026-10-05T08:00:00Z",
         "The cyclist who claimed she was robbed on the ferry bridge was a false story."),
        ("f4b", "Lake Times", "2026-10-05T09:00:00Z",
         "Allegations the cyclist was robbed on the ferry bridge are just a hoax.")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round20b_classes(name):
    assert_links_of_class(*CLASSES[name])


@pytest.mark.parametrize("sentence, act", [
    ("Rangers debunked claims that the crew had deliberately burned the Harlow barn.", "burn"),
    ("Acme Freight dismissed claims that it is reportedly planning to close the Harlow depot.",
     "clos"),
    ("Rangers debunked claims that the crew had burned the Harlow barn.", "burn"),  # no adverb
])
def test_the_act_is_read_past_an_adverb(sentence, act):
    p = denied_proposition(sentence)
    assert p is not None and p.act.startswith(act), p
    assert not any(a.endswith("li") or a.endswith("ly") for a in p.args | {p.act})


@pytest.mark.parametrize("sentence", [
    "A cyclist claims she was robbed on the ferry bridge on Monday.",
    "A cyclist who said she was robbed on the ferry bridge was exposed as a hoaxer.",
    "After the news that a cyclist was robbed on the ferry bridge, the council met.",
    "According to a local paper, a cyclist was robbed on the ferry bridge on Monday.",
])
def test_a_claim_called_false_is_not_told_by_the_claim_told_as_a_claim(sentence):
    denial = "The cyclist who claimed she was robbed on the ferry bridge was a false story."
    assert not _tells(denial, sentence)
