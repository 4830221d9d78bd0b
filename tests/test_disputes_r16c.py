"""Explicit denials told without a denial verb (issue 15, item 4, round 16, third wave), from the
misses of recall set R2: a sentence whose predicate is negated ("X has not closed Y") against
another report's sentence asserting the same proposition, and a report called fake or a hoax
told with what it claims. Sentences written for these tests (generic names), with controls
that must stay unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_negations import debunks, negated, negates
from test_disputes_r14 import Report, link_kinds


@pytest.mark.parametrize("denial, other", [
    ("The Harbour Authority has not closed the eastern ferry terminal.",
     "The Harbour Authority closed the eastern ferry terminal on Friday."),
    ("No, the old Selby dam has not burst its banks near Ardley.",
     "The old Selby dam burst its banks near Ardley, residents said."),
    ("Volunteers have NOT found the missing hiker's tent on Mount Orrin.",
     "Volunteers found the missing hiker's tent on Mount Orrin."),
    ("Ferry Workers Haven’t Ended Their Strike at Port Wessel",
     "Ferry workers ended their strike at Port Wessel on Tuesday."),
])
def test_a_negated_predicate_denies_the_same_proposition(denial, other):
    n = negated(denial)
    assert n is not None
    assert negates(n, other)


@pytest.mark.parametrize("denial, other", [
    ("A bogus website story claims the city museum sold its oldest painting.",
     "The city museum sold its oldest painting to a private collector."),
    ("Hoax reports say the Brenner zoo released two wolves into the park.",
     "The Brenner zoo released two wolves into the park, its keepers said."),
])
def test_a_report_called_fake_denies_what_it_claims(denial, other):
    n = negated(denial)
    assert n is not None
    assert negates(n, other)


@pytest.mark.parametrize("sentence", [
    "The mayor has not resigned.",  # too short a proposition to compare
    "If the Harbour Authority has not closed the eastern terminal, ferries will sail.",
    "Has the Harbour Authority not closed the eastern ferry terminal?",
    "The Harbour Authority could not close the eastern ferry terminal in time.",
    "The Harbour Authority has not closed the terminal and has never planned to do so.",
    "The Harbour Authority closed the eastern ferry terminal on Friday.",  # no negation
    "A fake news website published the story on Saturday.",  # calls a site fake, claims nothing
])
def test_no_denied_proposition(sentence):
    assert negated(sentence) is None


@pytest.mark.parametrize("denial, other", [
    # another act of the same thing
    ("The Harbour Authority has not closed the eastern ferry terminal.",
     "The Harbour Authority reopened the eastern ferry terminal on Friday."),
    # the other only reports an allegation, or denies or negates too
    ("The Harbour Authority has not closed the eastern ferry terminal.",
     "The Harbour Authority reportedly closed the eastern ferry terminal on Friday."),
    ("The Harbour Authority has not closed the eastern ferry terminal.",
     "The Harbour Authority did not close the eastern ferry terminal, a clerk said."),
    ("The Harbour Authority has not closed the eastern ferry terminal.",
     "The Harbour Authority may close the eastern ferry terminal on Friday."),
    # the words held by a larger story: not the same proposition
    ("The Harbour Authority has not closed the eastern ferry terminal.",
     "The Harbour Authority, which closed the eastern ferry terminal for a week after a fire "
     "in 2019, now plans a new cargo port on the northern coast with two private partners."),
    # the same act of another thing
    ("Volunteers have not found the missing hiker's tent on Mount Orrin.",
     "Volunteers found a climber's rope near a lake below Mount Perrin."),
])
def test_a_negation_does_not_deny_another_proposition(denial, other):
    n = negated(denial)
    assert n is not None
    assert not negates(n, other)


CLASSES: dict[str, tuple[str | None, list[Report]]] = {
    "a terminal closed against not closed, two outlets an hour apart": ("contradicts", [
        ("g1a", "North Wire", "2026-10-02T08:00:00Z",
         "The Harbour Authority closed the eastern ferry terminal at Port Wessel on Friday "
         "morning."),
        ("g1b", "Lake Times", "2026-10-02T09:00:00Z",
         "The Harbour Authority has not closed the eastern ferry terminal at Port Wessel, "
         "its spokeswoman said.")]),
    "a painting sold against a bogus story claiming it": ("contradicts", [
        ("g2a", "North Wire", "2026-10-02T08:00:00Z",
         "The Ostrava city museum sold its oldest painting to a private collector."),
        ("g2b", "Lake Times", "2026-10-02T09:00:00Z",
         "A bogus website story claims the Ostrava city museum sold its oldest painting.")]),
    "closed against not reopened (two acts)": (None, [
        ("h1a", "North Wire", "2026-10-02T08:00:00Z",
         "The Harbour Authority closed the eastern ferry terminal at Port Wessel on Friday "
         "morning."),
        ("h1b", "Lake Times", "2026-10-02T09:00:00Z",
         "The Harbour Authority has not reopened the eastern ferry terminal at Port Wessel, "
         "its spokeswoman said.")]),
    "a debunking report quoting the claim as its example": (None, [
        ("h3a", "North Wire", "2026-10-02T08:00:00Z",
         "Volunteers have not found the missing hiker's tent on Mount Orrin, rangers said."),
        ("h3b", "Lake Times", "2026-10-02T09:00:00Z",
         "The tale ran first on a fake-news website. Its headline read: Volunteers found the "
         "missing hiker's tent on Mount Orrin.")]),
    "a denial against an alleged act": (None, [
        ("h2a", "North Wire", "2026-10-02T08:00:00Z",
         "The Harbour Authority allegedly closed the eastern ferry terminal at Port Wessel on "
         "Friday morning."),
        ("h2b", "Lake Times", "2026-10-02T09:00:00Z",
         "The Harbour Authority has not closed the eastern ferry terminal at Port Wessel, "
         "its spokeswoman said.")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round16c_denials(name):
    kind, reports = CLASSES[name]
    got = link_kinds(reports)
    if kind is None:
        assert got == []
    else:
        assert [(k, r) for k, r, _ in got] == [(kind, "denial")]
        assert sorted(got[0][2]) == sorted(r[0] for r in reports)


@pytest.mark.parametrize("report, calls_fake", [
    ("The tale first ran on a fake-news website on Monday. It says the zoo freed two wolves.",
     True),
    ("Editors traced the claim to a hoax story shared by thousands.", True),
    ("The zoo released two wolves into the park, its keepers said.", False),
    ("Keepers raised a false alarm about the wolves on Monday.", False),
])
def test_a_report_that_calls_a_story_fake_asserts_none_of_its_claims(report, calls_fake):
    assert debunks(report) is calls_fake
