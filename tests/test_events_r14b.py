"""Round 14, second wave (docs/judgements/events.md, "Round 14, second wave"; the classes
recurring over the untouched draws P-T): a verb of force whose object is a thing won in an
election, campaign material named with a force noun, a contest of words between persons, a
visit to a place, a party's own meeting, talk with no one and a few idioms are no events.
Each beside an act of the same word that must stay (hand-written sentences, none from a real
report)."""

from __future__ import annotations

from eventkit import assert_stays, stays_table

CASES = [
    # (id, text, trigger, stays)
    ("a chamber to be won", "Ruritanian Liberals hope to capture the Senate in November.",
     "capture", False),
    ("a town captured", "Rebel fighters captured the town of Zelen after heavy shelling.",
     "captured", True),
    ("a nomination locked up", "Governor Rita Vance has locked up the nomination of her "
     "party.", "locked", False),
    ("a primary won over a rival", "Rita Vance crushed Hal Munro in the Ohio primary on "
     "Tuesday.", "crushed", False),
    ("a rival killed", "Gunmen killed Hal Munro in the square on Tuesday.", "killed", True),
    ("campaign material", "The campaign adopted an attack strategy against Hal Munro.",
     "strategy", False),
    ("a contest of words", "Lee Park's battles with Hal Munro have made him famous.",
     "battles", False),
    ("fire turned on a rival", "Rita Vance turned her fire on Hal Munro at the rally.",
     "fire", False),
    ("a visit to a town", "Hal Munro will make a visit to a border town on Friday.", "visit",
     False),
    ("a party's own meeting", "The Democrats' meeting in Reno ended in chaos.", "meeting",
     False),
    ("talk with no one", "Many people are talking about a brokered convention.", "talking",
     False),
    ("two sides talked", "With the treaty signed, the two sides have talked about trade.",
     "talked", True),
    ("talk with a rival", "Rita Vance talked with Hal Munro about the budget.", "talked", True),
    ("press relations", "The Vance campaign invited reporters to tour its new offices.",
     "invited", False),
    ("moved to tears", "President Hal Munro was moved to tears during the speech.", "moved",
     False),
    ("hit the stage", "Rita Vance hits the stage in Denver on Monday.", "hits", False),
]


@stays_table(CASES)
def test_an_act_of_the_picture_or_not(annotated, text, trigger, stays):
    assert_stays(annotated, text, trigger, stays)
