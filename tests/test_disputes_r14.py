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


@pytest.mark.parametrize("name", list(BATCH_C))
def test_batch_c(name):
    want, reports = BATCH_C[name]
    got = link_kinds(reports)
    if want is None:
        assert got == []
    else:
        assert want in {k for k, _, _ in got}, got
