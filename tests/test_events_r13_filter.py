"""Round 13 (docs/judgements/events.md, "Round 13"; from the wrong classes of the untouched
draw R): a position on a policy, a price charged, a sale between persons, blame within one's
family, a symptom complained of, a claim rejected, an act told inside a hoax; each beside the
act of the same verb that must stay (hand-written sentences).

One table: a sentence, a trigger, and whether it must stay an event (True) or not (False)."""

from __future__ import annotations

from eventkit import assert_stays, stays_table, triggers

CASES = [
    ("a position held for years", "The senator had opposed the farm bill for years.", "opposed",
     False),
    ("a wing that opposes", "The party's right wing, which opposes the legislation, met on "
     "Monday.", "opposes", False),
    ("a tax supported", "The mayor supports the new tax on sugar.", "supports", False),
    ("a governor opposed in a vote", "The council opposed the governor in a vote on Monday.",
     "opposed", True),
    ("a rejected proposal", "The rebels rejected the government's peace plan.", "rejected", True),
    ("a price charged", "The airline charged the committee $40,000 for the flights.", "charged",
     False),
    ("a charge of fraud", "Prosecutors charged the mayor with fraud.", "charged", True),
    ("a sale between persons", "Mr. Jones agreed to buy the house from the senator.", "agreed",
     False),
    ("a sale of jets to a state", "The company agreed to sell fighter jets to Egypt.", "agreed",
     True),
    ("blame within the family", "In the letter the student blamed her parents for her "
     "unhappiness.", "blamed", False),
    ("rebels blamed", "The minister blamed the rebels for the attack on the convoy.", "blamed",
     True),
    ("a symptom", "The officer had complained of feeling depressed for weeks.", "complained",
     False),
    ("an allegation rejected", "The campaign manager rejected the allegation of fraud on Sunday.",
     "rejected", False),
    ("a notion rejected", "The minister rejected the notion that the talks had failed.",
     "rejected", False),
    ("an offer rejected", "The union rejected the employers' offer.", "rejected", True),
    ("support for a named law", "The banker said he supports the governor's main achievement, "
     "the Clean Water Act.", "supports", False),
    ("a similar effort opposed", "The senator, who had opposed a similar effort in 2009, voted "
     "no.", "opposed", False),
]


@stays_table(CASES)
def test_an_act_or_no_act(annotated, text, trigger, stays):
    assert_stays(annotated, text, trigger, stays)


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
