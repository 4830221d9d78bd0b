"""Round 22, review leftovers of the denials of one proposition: a denial of a named source's
claims whose clause reads no verb falls through to the module's other readings (it returned
None before), and the act matching lives in its own module (``link/disputes_acts.py``) with
the same behaviour. Sentences written for these tests (made-up names)."""

from __future__ import annotations

from sitroom.link import disputes_acts, disputes_propositions
from sitroom.link.disputes_propositions import denied_proposition

# the named denial's clause ("its soldiers") ends at the comma before any verb is read
_NAMED_NO_VERB = ("We did not burn the village, the army said, rejecting the Rebel claims "
                  "that its soldiers, at night, set fires.")


def test_a_named_denial_with_no_verb_falls_through_to_the_negated_act():
    p = denied_proposition(_NAMED_NO_VERB)
    assert p is not None
    assert p.act == "burn" and p.kind == ""
    assert any(a.startswith("villag") for a in p.args)


def test_a_named_denial_with_its_verb_is_still_read_first():
    p = denied_proposition("We did not burn the village, the army said, rejecting the Rebel "
                           "claims that its soldiers burned the houses.")
    assert p is not None and p.kind == "named"
    assert any(a.startswith("hous") for a in p.args)


def test_a_named_denial_with_no_verb_and_no_other_reading_denies_nothing():
    assert denied_proposition("The army rejected the Rebel claims that its soldiers, at "
                              "night, near the river.") is None


def test_the_act_matching_is_one_home_read_through_both_modules():
    for name in ("same_act", "family_stems", "agent_stems", "_one_act", "_same_word",
                 "_tells_act"):
        assert getattr(disputes_propositions, name) is getattr(disputes_acts, name)


def test_the_act_matching_keeps_its_readings():
    assert disputes_acts.same_act("threat", "threaten")  # a nominal suffix more
    assert disputes_acts.same_act("bought", "acquir")  # one family of act_families
    assert not disputes_acts.same_act("threat", "burn")
    assert "shoot" in disputes_acts.agent_stems("an active shooter fled the scene")
    assert disputes_acts._same_word("fami", "famil")
    assert not disputes_acts._same_word("fam", "famil")
