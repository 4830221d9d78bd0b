"""Round 14: one actor per person across reports (issue 14 item 2). A surname used alone, or
after a title ("Senator Roe", "Mrs. Roe"), meets the one full name of the picture it can be:
the only one with that surname, the one of its honorific's gender, the one other reports call
by the bare surname, else the one its own report named last; a surname still ambiguous is one
actor over its reports, not one per report; a common short form of a given name meets its full
form. Cases are tables of hand-built reports (names invented), in the style of tests/actorkit.py.
"""

from __future__ import annotations

import pytest

from sitroom.link.actors import resolve_actors
from sitroom.model import ActorMention, Extraction


def _reports(docs):
    """Extractions from a table: each report a list of (text, kind, coref_of or None); a
    mention's name is its text, its start its index times 40 (order in the report)."""
    out = []
    for d, mentions in enumerate(docs):
        doc = f"r{d}"
        acts = tuple(ActorMention(doc, 40 * k, 40 * k + len(t), k, t, t, kind, coref_of=c)
                     for k, (t, kind, c) in enumerate(mentions))
        out.append(Extraction(doc=doc, actors=acts))
    return out


def _actor(res, d, k):
    return res.mention_actor[(f"r{d}", k)]


P = "person"

# (what, reports, pairs of (report, mention) that must be one actor, pairs that must not)
CASES = [
    ("a title before a surname is no given name: 'Senator Roe' is the one Roe of the picture",
     [[("Jane Roe", P, None)], [("Senator Roe", P, None)]],
     [((0, 0), (1, 0))], []),
    ("a bare surname goes to the one full name other reports call by it alone",
     [[("Jane Roe", P, None), ("Roe", P, 0)], [("Mark Roe", P, None)], [("Roe", P, None)]],
     [((0, 0), (2, 0))], [((1, 0), (2, 0)), ((0, 0), (1, 0))]),
    ("an honorific's gender picks the one full name of that gender",
     [[("Jane Roe", P, None), ("Mrs. Roe", P, 0)], [("Mark Roe", P, None), ("Mr. Roe", P, 0)],
      [("Mr. Roe", P, None)], [("Mrs. Roe", P, None)]],
     [((1, 0), (2, 0)), ((0, 0), (3, 0))], [((2, 0), (3, 0))]),
    ("a surname no one full name takes is one actor over its reports, apart from both",
     [[("Jane Roe", P, None)], [("Mark Roe", P, None)], [("Roe", P, None)], [("Roe", P, None)]],
     [((2, 0), (3, 0))], [((0, 0), (2, 0)), ((1, 0), (2, 0))]),
    ("else the one its own report named in full last before it",
     [[("Jane Roe", P, None), ("Mark Roe", P, None), ("Roe", P, None)]],
     [((0, 1), (0, 2))], [((0, 0), (0, 2))]),
    ("a common short form of a given name meets its full form",
     [[("Joe Doe", P, None)], [("Joseph R. Doe", P, None)], [("Bill Moe", P, None)],
      [("William Moe", P, None)], [("Jim Poe", P, None)], [("John Poe", P, None)]],
     [((0, 0), (1, 0)), ((2, 0), (3, 0))], [((4, 0), (5, 0))]),
    ("a role made of title words is no surname: two roles stay two actors",
     [[("former president", P, None)], [("Vice President", P, None)]],
     [], [((0, 0), (1, 0))]),
    ("the only full name of a surname is not taken against the honorific's gender",
     [[("Mark Roe", P, None), ("Mr. Roe", P, 0)], [("Mrs. Roe", P, None)]],
     [], [((0, 0), (1, 0))]),
]


@pytest.mark.parametrize("what,docs,same,apart", CASES, ids=[c[0][:40] for c in CASES])
def test_surnames_and_given_names_across_reports(what, docs, same, apart):
    res = resolve_actors(_reports(docs))
    for a, b in same:
        assert _actor(res, *a) == _actor(res, *b), what
    for a, b in apart:
        assert _actor(res, *a) != _actor(res, *b), what


# Inside a report: a role phrase that runs on into a named person with "and" ("The company
# president and CEO Jo Roe") is that person, not an earlier holder of the role.
ROLE_CASES = [
    ("Max Hale, president and CEO of Acme Aircraft, opened the plant on Monday. Later that day "
     "Acme received a letter from Bolt Motors. The company president and CEO Lena Varga said "
     "the plant was a fine one.", "company president", "Lena Varga"),
    ("Tom Reed, chairman of Orbix Systems, spoke first. The board chairman and chief executive "
     "Nadia Kol said later that sales had grown.", "board chairman", "Nadia Kol"),
]


@pytest.mark.parametrize("text,role,holder", ROLE_CASES, ids=[c[1] for c in ROLE_CASES])
def test_a_role_running_on_into_a_name_is_that_person(annotated, text, role, holder):
    from sitroom.extract.actors import extract_actors

    actors = extract_actors(annotated(text))
    hit = [m for m in actors if role in m.text]
    assert hit, [m.text for m in actors]
    assert hit[0].name == holder, [(m.text, m.name) for m in actors]
