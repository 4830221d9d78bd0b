"""Round 14 (docs/judgements/events.md, "Round 14"; the classes recurring over the untouched
draws P-T): an act whose recipient is its own subject, a headline participle of the one acted
on, acts under "without" or a negated frame, habits, stances in the simple present, one's own
staff, press relations, words as the object, a law as the doer of force and an attack on one's
partner are no events. Each beside an act of the same verb that must stay (hand-written
sentences, none from a real report)."""

from __future__ import annotations

from eventkit import assert_stays, stays_table, triggers

CASES = [
    # (id, text, trigger, stays)
    ("without a shot fired", "The Ruritanian monarchy ended in 1921, without a single shot "
     "being fired, after a vote.", "fired", False),
    ("a shot fired", "Ruritanian soldiers fired shots at the crowd near the palace.", "fired",
     True),
    ("a negated frame", "Her lawyer said the surgery was not something Mara Ilic had agreed "
     "to.", "agreed", False),
    ("an agreement", "Mara Ilic agreed to the surgery on Monday, her lawyer said.", "agreed",
     True),
    ("a habit", "Senator Hal Munro said he seldom asks colleagues to campaign for him.", "asks",
     False),
    ("a request", "Senator Hal Munro asked Governor Rita Vance to campaign for him.", "asked",
     True),
    ("a stance in a relative clause", "\"It cannot pass,\" said Omar Field, who supports Rita "
     "Vance but does not advise her.", "supports", False),
    ("a stance under a verb of saying", "Governor Rita Vance says she opposes the fuel tax but "
     "that the bill is flawed.", "opposes", False),
    ("a delegation's support", "The state's congressional delegation supports Rita Vance.",
     "supports", True),
    ("one's own staff", "Hal Munro admitted urging his campaign staff to lower their salaries.",
     "urging", False),
    ("a request of another party", "Hal Munro urged Governor Rita Vance to lower the tax.",
     "urged", True),
    ("an interview", "Rita Vance abruptly canceled a planned interview with Lee Park of "
     "Channel 9.", "canceled", False),
    ("a debate", "Senator Hal Munro refused to join the first debate, which included Rita "
     "Vance.", "refused", False),
    ("words rejected", "Hal Munro and Rita Vance reject the label appeasement.", "reject",
     False),
    ("words disavowed", "Rita Vance is disavowing comments made by a supporter at her rally.",
     "disavowing", False),
    ("a law as doer of force", "Rights groups say the Ohio statute unfairly targets poor "
     "families.", "targets", False),
    ("an attack on one's partner", "Woman burns husbands car in arson attack after "
     "argument", "burns", False),
]

@stays_table(CASES)
def test_an_act_of_the_picture_or_not(annotated, text, trigger, stays):
    assert_stays(annotated, text, trigger, stays)


def test_the_recipient_is_not_the_one_who_alleged(annotated):
    text = ("Hal Munro is trying to prove that Rita Vance was bought by lobbyists, as he's "
            "often alleged.")
    assert "alleged" not in triggers(annotated, text)
