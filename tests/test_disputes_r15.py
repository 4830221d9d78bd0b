"""Contradicting and overtaken statements (issue 15, item 4, round 15), batch E: reports written
for these tests (my own sentences, generic names), written before the rules of this round, from
the classes the issue names and the miss left by batch C (a deal's statuses): a deal whose talks
were suspended, then signed; the same cited source updating its figure (lower, through another
outlet); a count told as risen days later; the state of a thing named by its place a week later;
and controls that must stay as they are (another source's lower count, a figure of another
happening days later, two airports of two cities, a signed deal against another deal)."""

from __future__ import annotations

import pytest

from test_disputes_r14 import Report, link_kinds

# class -> (the kind of link expected between its two reports, or None: no dispute link)
BATCH_E: dict[str, tuple[str | None, list[Report]]] = {
    "talks on a deal suspended, then the deal signed": ("supersedes", [
        ("e1a", "North Wire", "2026-08-03T08:00:00Z",
         "Talks on the merger between Corvel Steel and Ostra Metals were suspended on Monday, "
         "the two companies said."),
        ("e1b", "North Wire", "2026-08-06T10:00:00Z",
         "Corvel Steel and Ostra Metals signed the merger on Thursday, the two companies "
         "said.")]),
    "a deal reached, and talks on it said to go on the same hour": ("contradicts", [
        ("e2a", "North Wire", "2026-08-03T08:00:00Z",
         "Corvel Steel and Ostra Metals reached an agreement on the sale of the Tarn mill on "
         "Monday, the unions said."),
        ("e2b", "Lake Times", "2026-08-03T08:20:00Z",
         "Corvel Steel and Ostra Metals suspended talks on the sale of the Tarn mill on "
         "Monday, the unions said.")]),
    "the same source lowers its count through another outlet": ("supersedes", [
        ("e3a", "North Wire", "2026-08-04T06:00:00Z",
         "Twenty-two people died when the ferry sank off Porto, the coast guard said."),
        ("e3b", "Lake Times", "2026-08-04T15:00:00Z",
         "Sixteen people died when the ferry sank off Porto, the coast guard said.")]),
    "a count of the displaced told as risen six days later": ("supersedes", [
        ("e4a", "North Wire", "2026-08-01T09:00:00Z",
         "At least 2,000 people have fled the floods around Porto, the relief agency said."),
        ("e4b", "Lake Times", "2026-08-07T09:00:00Z",
         "The number of people who have fled the floods around Porto has risen to 15,000, "
         "the relief agency said.")]),
    "an airport named by its city closed, reopened a week later": ("supersedes", [
        ("e5a", "North Wire", "2026-08-01T09:00:00Z",
         "The airport in Varna was closed on Saturday after the storm, officials said."),
        ("e5b", "Lake Times", "2026-08-08T09:00:00Z",
         "The airport in Varna reopened on Saturday after the storm, officials said.")]),
    # controls
    "another source's lower count the same day": ("contradicts", [
        ("f1a", "North Wire", "2026-08-04T06:00:00Z",
         "Twenty-two people died when the ferry sank off Porto, the coast guard said."),
        ("f1b", "Lake Times", "2026-08-04T15:00:00Z",
         "Sixteen people died when the ferry sank off Porto, the port authority said.")]),
    "a figure of the floods six days later, not told as risen": (None, [
        ("f2a", "North Wire", "2026-08-01T09:00:00Z",
         "At least 2,000 people have fled the floods around Porto, the relief agency said."),
        ("f2b", "Lake Times", "2026-08-07T09:00:00Z",
         "About 15,000 people have fled the floods around Porto, the relief agency said.")]),
    "airports of two cities a week apart": (None, [
        ("f3a", "North Wire", "2026-08-01T09:00:00Z",
         "The airport in Varna was closed on Saturday after the storm, officials said."),
        ("f3b", "Lake Times", "2026-08-08T09:00:00Z",
         "The airport in Burgas reopened on Saturday after the storm, officials said.")]),
    "a deal signed, another company's talks suspended": (None, [
        ("f4a", "North Wire", "2026-08-03T08:00:00Z",
         "Corvel Steel signed the merger with Ostra Metals on Monday, the companies said."),
        ("f4b", "North Wire", "2026-08-05T08:00:00Z",
         "Talks on the merger of Dalby Paper and Kestrel Pulp were suspended on Wednesday, "
         "the companies said.")]),
}


@pytest.mark.parametrize("name", list(BATCH_E))
def test_batch_e(name):
    want, reports = BATCH_E[name]
    got = link_kinds(reports)
    if want is None:
        assert got == [], got
    else:
        assert want in {k for k, _, _ in got}, got


def test_the_source_a_sentence_cites():
    from sitroom.link.disputes_sources import cited_source, same_source

    assert cited_source("Nine people died when the ferry sank, the coast guard said.") == (
        "coast guard")
    assert cited_source("The health ministry said on Monday that nine people died.") == (
        "health ministry")
    assert cited_source("Nine people died, according to the Red Cross.") == "red cross"
    assert cited_source("Nine people died, officials said.") is None  # generic: no one source
    assert cited_source("He said that nine people died.") is None
    assert cited_source("Nine people died when the ferry sank off Porto.") is None
    assert same_source("Nine died, the coast guard said.", "Six died, the coast guard said.")
    assert not same_source("Nine died, the coast guard said.", "Six died, the port authority said.")
    assert not same_source("Nine died, officials said.", "Six died, officials said.")


def test_a_deal_and_its_talks_are_one_thing_with_a_state():
    from sitroom.link.disputes import statuses

    [s] = statuses("Talks on the merger were suspended on Monday.")
    assert (s.subject, s.state) == ("deal", "suspended")
    assert {(x.subject, x.state) for x in statuses("The two firms signed the merger on Thursday.")
            } == {("deal", "agreed")}
    assert {(x.subject, x.state) for x in statuses("The two firms sealed the deal.")} == {
        ("deal", "agreed")}  # sealed: signed for a deal
    assert {(x.subject, x.state) for x in statuses("Police sealed the border.")} == {
        ("bord", "closed")}  # and closed for a border (its stem), as before
    assert statuses("The firms discussed a deal with the unions.") == ()  # no state told
    assert {(x.subject, x.state) for x in statuses("The deal has not been signed yet.")} == {
        ("deal", "open")}  # not signed: its talks go on


def test_talks_that_reach_an_impasse_are_no_deal_agreed():
    from sitroom.link.disputes import statuses

    assert statuses("Talks on the merger reached an impasse on Monday.") == ()
    assert statuses("The talks reached a deadlock.") == ()
    assert statuses("Talks on the contract struck a snag late on Friday.") == ()
    # with the deal as object, or in the passive, the deal is agreed
    for agreed in ("Talks on the merger reached a deal on Monday.", "A deal was reached on Monday.",
                   "The two firms struck an accord.", "An agreement has been reached."):
        assert {(x.subject, x.state) for x in statuses(agreed)} == {("deal", "agreed")}, agreed


def test_a_count_told_as_revised_is_compared_days_later():
    from sitroom.link.disputes import _told_revised, quantities

    from test_disputes_r14 import _stmt

    risen = _stmt("b", "B", 144.0, "The number of people who fled has risen to 15,000.")
    fell = _stmt("b", "B", 144.0, "The number of people who fled fell to 1,500.")
    plain = _stmt("b", "B", 144.0, "About 15,000 people have fled.")
    first = _stmt("a", "A", 0.0, "At least 2,000 people have fled.")
    [q] = quantities(plain.text)
    key = q.key
    assert _told_revised(first, risen, key)
    assert _told_revised(risen, first, key)  # the later one, whichever comes first
    assert _told_revised(first, fell, key)
    assert not _told_revised(first, plain, key)


def test_a_copula_puts_a_person_at_a_place_only_with_a_locative_word():
    from sitroom.link.disputes import presence

    def where(sentence: str, person: str, place: str) -> frozenset:
        a0, p0 = sentence.index(person), sentence.index(place)
        return presence(sentence, [(a0, a0 + len(person), "A1")],
                        [(p0, p0 + len(place), place, "XX")])

    assert where("Ivo Marin was in Lisbon on Tuesday.", "Ivo Marin", "Lisbon")
    assert where("Ivo Marin was back in Lisbon on Tuesday.", "Ivo Marin", "Lisbon")
    assert where("Ivo Marin arrived in Lisbon on Tuesday.", "Ivo Marin", "Lisbon")
    assert not where("Ivo Marin was born in Lisbon.", "Ivo Marin", "Lisbon")  # a birthplace
    assert not where("Ivo Marin is a friend of Lisbon.", "Ivo Marin", "Lisbon")  # no locative


def test_a_copula_puts_a_person_at_a_place_through_an_adverb_and_an_article():
    from sitroom.link.disputes import presence

    def where(sentence: str, place: str) -> frozenset:
        p0 = sentence.index(place)
        return presence(sentence, [(0, 9, "A1")], [(p0, p0 + len(place), place, "XX")])

    assert where("Ivo Marin is currently in the Netherlands.", "Netherlands")
    assert where("Ivo Marin was still in the Algarve.", "Algarve")
    assert not where("Ivo Marin is mayor of Faro.", "Faro")  # no locative: an office


def test_a_figure_told_as_risen_below_an_earlier_one_is_another_count():
    from sitroom.link.disputes import figures_clash

    from test_disputes_r14 import _stmt

    both = _stmt("a", "A", 0.0, "The bombings killed more than 200 people.")
    part = _stmt("b", "B", 100.0, "The toll of the second bombing rises to 12.")
    lower = _stmt("b", "B", 100.0, "The second report says the bombings killed 12 people.")
    assert figures_clash(both, part, "dead") is None  # risen to 12: not the 200's count
    assert figures_clash(part, both, "dead") is None  # whichever is passed first
    assert figures_clash(both, lower, "dead") is not None  # not told as risen: against it
