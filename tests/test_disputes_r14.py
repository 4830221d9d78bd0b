"""Contradicting and overtaken statements (issue 15, item 4, fourteenth round), batch C: reports
written for these tests (my own sentences, generic names), written before the rules of this
round: counts with units and ranges, places of one person at the same time, statuses of a case
and of a deal, denials of the same act, a later revision by the same source; and controls that
must make no link (a measure given in two units that agree, a range holding a figure, two people
in two places)."""

from __future__ import annotations

import pytest

from sitroom.model import Document

Report = tuple[str, str, str, str]  # id, outlet, published, text

# class -> (the kind of link expected between its two reports, or None: no dispute link)
BATCH_C: dict[str, tuple[str | None, list[Report]]] = {
    "distance in km against miles": ("contradicts", [
        ("c1a", "North Wire", "2026-07-04T08:00:00Z",
         "Rebel columns were 150 kilometres from Nairobi on Saturday, officials said."),
        ("c1b", "Lake Times", "2026-07-04T09:00:00Z",
         "Rebel columns were 150 miles from Nairobi on Saturday, witnesses said.")]),
    "about 1,500 against some 40 arrested": ("contradicts", [
        ("c2a", "North Wire", "2026-07-04T08:00:00Z",
         "About 1,500 people were arrested during the protests in Lyon, the interior ministry said."),
        ("c2b", "Lake Times", "2026-07-04T09:30:00Z",
         "Some 40 people were arrested during the protests in Lyon, police said.")]),
    "a range against a far higher count": ("contradicts", [
        ("c3a", "North Wire", "2026-07-04T08:00:00Z",
         "Between 20 and 30 people were injured in the explosion at the refinery in Porto, "
         "firefighters said."),
        ("c3b", "Lake Times", "2026-07-04T08:40:00Z",
         "More than 300 people were injured in the explosion at the refinery in Porto, "
         "the hospital said.")]),
    "one person in two cities the same evening": ("contradicts", [
        ("c4a", "North Wire", "2026-07-07T20:00:00Z",
         "Opposition leader Ana Vukic was in Ankara on Tuesday evening, her office said."),
        ("c4b", "Lake Times", "2026-07-07T21:00:00Z",
         "Opposition leader Ana Vukic was in Lisbon on Tuesday evening, her aides said.")]),
    "charges dropped, then the case reopened": ("supersedes", [
        ("c5a", "North Wire", "2026-07-06T08:00:00Z",
         "Prosecutors dropped the case against Ivo Marin on Monday."),
        ("c5b", "Lake Times", "2026-07-09T09:00:00Z",
         "Prosecutors reopened the case against Ivo Marin on Thursday.")]),
    "a deal suspended, then signed": ("supersedes", [
        ("c6a", "North Wire", "2026-07-06T08:00:00Z",
         "Talks on the deal between Norvik Bank and Halden Trust were suspended on Monday, "
         "the banks said."),
        ("c6b", "North Wire", "2026-07-09T10:00:00Z",
         "Norvik Bank and Halden Trust signed the deal on Thursday, the banks said.")]),
    "shelling asserted, then denied": ("contradicts", [
        ("c7a", "North Wire", "2026-07-05T08:00:00Z",
         "Government troops shelled the village of Kibuye on Sunday, residents said."),
        ("c7b", "Lake Times", "2026-07-05T12:00:00Z",
         "The defence ministry denied that government troops shelled the village of Kibuye.")]),
    "a meeting asserted, then denied by its actor": ("contradicts", [
        ("c8a", "North Wire", "2026-07-05T08:00:00Z",
         "Ivo Marin met the rebel commander Ana Vukic in Lyon last week, his aide said."),
        ("c8b", "Lake Times", "2026-07-05T15:00:00Z",
         "Ivo Marin denied that he met the rebel commander Ana Vukic in Lyon.")]),
    "a toll revised down by the same source": ("supersedes", [
        ("c9a", "North Wire", "2026-07-05T08:00:00Z",
         "Fourteen people died in the fire at the textile factory in Porto, the health "
         "ministry said."),
        ("c9b", "North Wire", "2026-07-05T16:00:00Z",
         "The health ministry revised the number of people who died in the fire at the textile "
         "factory in Porto to nine.")]),
    "weight in tonnes against pounds": ("contradicts", [
        ("c10a", "North Wire", "2026-07-05T08:00:00Z",
         "Customs officers seized 2 tonnes of cocaine at the port of Valencia on Friday, "
         "the police said."),
        ("c10b", "Lake Times", "2026-07-05T10:00:00Z",
         "Customs officers seized 200 pounds of cocaine at the port of Valencia on Friday, "
         "officials said.")]),
    # controls: no dispute link
    "km and miles that agree": (None, [
        ("k1a", "North Wire", "2026-07-04T08:00:00Z",
         "Rebel columns were 100 kilometres from Kampala on Saturday, officials said."),
        ("k1b", "Lake Times", "2026-07-04T09:00:00Z",
         "Rebel columns were about 62 miles from Kampala on Saturday, witnesses said.")]),
    "a range holding the figure": (None, [
        ("k2a", "North Wire", "2026-07-04T08:00:00Z",
         "Between 30 and 50 people were injured in the stampede at the stadium in Accra, "
         "police said."),
        ("k2b", "Lake Times", "2026-07-04T09:00:00Z",
         "About 40 people were injured in the stampede at the stadium in Accra, medics said.")]),
    "two people in two cities": (None, [
        ("k3a", "North Wire", "2026-07-07T20:00:00Z",
         "Opposition leader Ana Vukic was in Ankara on Tuesday evening, her office said."),
        ("k3b", "Lake Times", "2026-07-07T21:00:00Z",
         "Foreign minister Ivo Marin was in Lisbon on Tuesday evening, his aides said.")]),
}


def link_kinds(reports: list[Report]) -> list[tuple[str, str, list[str]]]:
    """The contradicts / supersedes links of the picture of these reports: kind, reason, the
    two reports (the earlier, overtaken one first for supersedes)."""
    from sitroom.link.picture import build_picture
    from sitroom.pipeline import process_documents

    docs = [Document(id=i, text=t, outlet=o, published=p) for i, o, p, t in reports]
    rows = [{"id": d.id, "outlet": d.outlet, "published": d.published, "copy_of": None}
            for d in docs]
    pic = build_picture(rows, process_documents(docs), {d.id: d.text for d in docs})
    return [(ln["kind"], ln.get("reason", ""),
             [e.get("doc") for e in ln.get("evidence") or ()] or [ln.get("to_doc"), ln.get("from_doc")])
            for ln in pic["links"] if ln["kind"] in ("contradicts", "supersedes")]


# not built: none left (a deal's statuses, "talks on the deal suspended" then "signed the deal",
# are read since round 15: the talks and the deal are one subject, `deals`)
NOT_BUILT: set[str] = set()


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True))
                                  if n in NOT_BUILT else n for n in BATCH_C])
def test_batch_c(name):
    want, reports = BATCH_C[name]
    got = link_kinds(reports)
    if want is None:
        assert got == []
    else:
        assert want in {k for k, _, _ in got}, got


def test_a_revised_figure_up_or_down():
    from sitroom.link.disputes import quantities, revised

    assert revised("The toll fell to ")
    assert revised("The ministry revised the number of people who died in the fire to ")
    assert revised("Officials lowered the death toll to about ")
    assert not revised("The convoy drove to ")  # "to" with no revision verb in its clause
    assert not revised("Officials revised their plans, and sent the convoy to ")
    [q] = quantities("The ministry revised the number of people who died in the fire to nine.")
    assert (q.key, q.lo) == ("dead", 9.0)


def _stmt(doc: str, outlet: str, hour: float, text: str):
    from sitroom.link.disputes import Statement

    return Statement(doc, 0, 0, len(text), text, outlet, hour * 3600.0, None, "s", frozenset(),
                     frozenset(), frozenset(), frozenset(), frozenset())


def test_a_later_figure_of_another_outlet_newer_or_against():
    from sitroom.link.disputes import _falls_back, quantities

    def against(t1: str, t2: str, o2: str = "B", hours: float = 1.0) -> bool:
        a, b = _stmt("a", "A", 0.0, t1), _stmt("b", o2, hours, t2)
        [q1], [q2] = quantities(t1), quantities(t2)
        return _falls_back(a, b, q1, q2)

    near = "The rebels were 150 kilometres from the capital."
    far = "The rebels were 150 miles from the capital."
    assert against(near, far)  # a distance the same day: a figure against the other
    assert not against(near, far, hours=30.0)  # the next day: a newer value
    assert not against(near, far, o2="A")  # the same outlet corrects its own figure
    dead, fewer = "At least 20 people were killed.", "Eight people were killed."
    assert against(dead, fewer)  # a lower count of the dead from another outlet
    assert not against(dead, "The death toll was lowered to 8.")  # told as a revision


def test_the_name_a_status_is_of():
    from sitroom.link.disputes import status_names

    assert status_names("Prosecutors opened an investigation into Ivo Marin on Monday.") == {
        "N:ivo marin"}
    assert status_names("The case against Norvik Bank was dropped.") == {"N:norvik bank"}
    assert status_names("The investigation was closed on Monday.") == frozenset()
    assert status_names("The case against him was dropped.") == frozenset()  # no name


STATUS_OF_NAMES: dict[str, tuple[str | None, list[Report]]] = {
    "an investigation opened, then closed": ("supersedes", [
        ("n1a", "North Wire", "2026-07-06T08:00:00Z",
         "Prosecutors opened an investigation into Ivo Marin on Monday."),
        ("n1b", "Lake Times", "2026-07-08T09:00:00Z",
         "Prosecutors closed the investigation into Ivo Marin on Wednesday.")]),
    "investigations of two people": (None, [
        ("n2a", "North Wire", "2026-07-06T08:00:00Z",
         "Prosecutors opened an investigation into Ivo Marin on Monday."),
        ("n2b", "Lake Times", "2026-07-08T09:00:00Z",
         "Prosecutors closed the investigation into Ana Vukic on Wednesday.")]),
}


@pytest.mark.parametrize("name", list(STATUS_OF_NAMES))
def test_statuses_of_a_thing_named_after_it(name):
    want, reports = STATUS_OF_NAMES[name]
    kinds = {k for k, _, _ in link_kinds(reports)}
    assert (want in kinds) if want else not kinds


def assert_links_of_class(want: str | None, reports: list[Report]) -> None:
    """A class table's row: no link at all (``want`` None) or a link of kind ``want``."""
    got = link_kinds(reports)
    if want is None:
        assert got == [], got
    else:
        assert want in {k for k, _, _ in got}, got
