"""Round 15 (docs/judgements/events.md, "Round 15"; the classes recurring over the untouched
draws P-T and V): in a report that names no one with an office, a title or a party, an act of
a private person with no party among its arguments, an assault left out (a shooting or an
acid attack is a crime); a halt of one's own activity with no one
on the other side; an act in the simple present describing a noun; a mobilisation of no armed
force are no events. Each beside an act of the same word that must stay (hand-written
sentences, none from a real report); every case that must go is an event without the
round's checks (``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import triggers, removed_test, stays_test

from sitroom.extract import events_roles

CASES = [
    # (id, text, trigger, stays)
    ("private: a plea to a friend",
     "Dana Kerr pleaded with her friend Tom Lowe to lend her money.",
     "pleaded", False),
    ("private: a quarrel between neighbours",
     "A woman accused her neighbour of stealing her car.",
     "accused", False),
    ("a private person's acid attack is a crime",
     "The girl attacked the man with acid on Monday.",
     "attacked", True),
    ("a private person's shooting is a crime",
     "A man shot his neighbour dead on Sunday.",
     "shot", True),
    ("two bare names",
     "Dana Kerr pleaded with Tom Lowe to lend her money.",
     "pleaded", True),
    ("private: a threat to a neighbour",
     "Sam Reed threatened his neighbour Ann Lowe with a lawsuit over the "
     "fence.",
     "threatened", False),
    ("public: a plea to a governor",
     "Senator Dana Kerr pleaded with Governor Tom Lowe to veto the bill.",
     "pleaded", True),
    ("public: a report naming an office",
     "Sam Reed threatened his neighbour Ann Lowe with a lawsuit. The mayor of "
     "the town said nothing.",
     "threatened", True),
    ("own activity: quit hosting a show",
     "Lena Ostrow quit hosting her weekly radio show after the spring.",
     "quit", False),
    ("own activity: speeches halted",
     "Hal Munro halted all paid speeches last year.",
     "halted", False),
    ("aid halted to a state",
     "Ruritania halted aid to Zelenia last year.",
     "halted aid", True),
    ("an offensive halted",
     "The army halted its offensive near the river on Monday.",
     "halted its offensive", True),
    ("a description: a group that provides",
     "A charity that provides shelter to migrants opened a new office.",
     "provides", False),
    ("a participle told as an act",
     "Police shot a gunman targeting two officers near the station.",
     "targeting", True),
    ("a relative clause told as done",
     "Rebels who attacked the base on Monday fled into the hills.",
     "attacked", True),
    ("a description with a named other side",
     "Police arrested Dana Kerr, whom Norway accuses of plotting a coup.",
     "accuses", True),
    ("campaign work: volunteers deployed",
     "In March Omar Kell deployed volunteers to nine towns.",
     "deployed", False),
    ("a state mobilises groups",
     "Norway has mobilized pressure groups abroad to support its claim.",
     "mobilized", True),
    ("troops deployed",
     "Ruritania deployed troops to the border last week.",
     "deployed", True),
    ("campaign work: politicians recruited",
     "They recruited seventy politicians to join the senator's council.",
     "recruited", False),
]


def _without_the_round(monkeypatch):
    monkeypatch.setattr(events_roles, "_ROLES", ())


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round, found=triggers)


def test_whether_a_report_is_public_is_kept_per_report_not_across_reports(annotated):
    public = annotated("The mayor of the town met Sam Reed on Monday.")
    private = annotated("Sam Reed met his neighbour Ann Lowe on Monday.")
    assert events_roles._public_report(public) is True
    assert events_roles._public_report(private) is False
    assert events_roles._public_report(public) is True
