"""Round 13 (docs/judgements/events.md, "Round 13"; from the wrong classes of the untouched
draw R): a position on a policy, a price charged, a sale between persons, blame within one's
family, a symptom complained of, a claim rejected, an act told inside a hoax; each beside the
act of the same verb that must stay (hand-written sentences)."""

from __future__ import annotations

from eventkit import triggers


def test_a_position_on_a_policy_is_no_rejection(annotated):
    assert "opposed" not in triggers(annotated, "The senator had opposed the farm bill for years.")
    assert "opposes" not in triggers(
        annotated, "The party's right wing, which opposes the legislation, met on Monday.")
    assert "supports" not in triggers(annotated, "The mayor supports the new tax on sugar.")
    assert "opposed" in triggers(annotated, "The council opposed the governor in a vote on Monday.")


def test_a_rejected_proposal_stays(annotated):
    assert "rejected" in triggers(annotated, "The rebels rejected the government's peace plan.")


def test_a_price_is_no_charge(annotated):
    assert "charged" not in triggers(
        annotated, "The airline charged the committee $40,000 for the flights.")
    assert "charged" in triggers(annotated, "Prosecutors charged the mayor with fraud.")


def test_a_sale_between_persons_is_business(annotated):
    assert "agreed" not in triggers(
        annotated, "Mr. Jones agreed to buy the house from the senator.")
    assert "agreed" in triggers(annotated, "The company agreed to sell fighter jets to Egypt.")


def test_blame_within_the_family_is_private(annotated):
    assert "blamed" not in triggers(
        annotated, "In the letter the student blamed her parents for her unhappiness.")
    assert "blamed" in triggers(
        annotated, "The minister blamed the rebels for the attack on the convoy.")


def test_a_symptom_is_no_complaint(annotated):
    assert "complained" not in triggers(
        annotated, "The officer had complained of feeling depressed for weeks.")


def test_a_rejected_claim_is_words(annotated):
    assert "rejected" not in triggers(
        annotated, "The campaign manager rejected the allegation of fraud on Sunday.")
    assert "rejected" not in triggers(
        annotated, "The minister rejected the notion that the talks had failed.")
    assert "rejected" in triggers(annotated, "The union rejected the employers' offer.")


def test_an_act_inside_a_hoax_is_no_event(annotated):
    text = ("A fake news site ran the story again. Among its earlier hoaxes was a tale "
            "in which soldiers attacked a village near the river.\n\n"
            "Police arrested two men in the town on Monday.")
    found = triggers(annotated, text)
    assert "attacked" not in found
    assert "arrested" in found


def test_a_thing_named_after_an_event_is_no_meeting(annotated):
    assert not [t for t in triggers(annotated, "The owner put a conference table in the plane.")
                if "conference" in t]
    assert [t for t in triggers(annotated, "The two ministers held peace talks in the capital.")
            if "talks" in t]


def test_support_for_a_named_law_is_a_position(annotated):
    assert "supports" not in triggers(
        annotated, "The banker said he supports the governor's main achievement, the Clean Water Act.")
    assert "opposed" not in triggers(
        annotated, "The senator, who had opposed a similar effort in 2009, voted no.")
