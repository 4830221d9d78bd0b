"""Overtaken statements (issue 15, item 4, thirteenth round), on reports written for these tests:
a figure revised upward by its outlet or a later report, a status that moves on, a person's
place that changed, and an announced plan carried out or called off, each ``supersedes`` the
earlier statement; plans repeated, plans of others and a poll's "would vote for X" do not."""

from __future__ import annotations

import pytest

from sitroom.link.disputes import quantities
from sitroom.link.disputes_numbers import revised_up
from sitroom.link.disputes_plans import outcomes_of, plan_at, plans
from sitroom.model import Document

# class -> (expected kind of the link between its two reports, or None: no supersedes)
CLASSES: dict[str, tuple[str | None, list[tuple[str, str, str, str]]]] = {
    "figure revised by its outlet": ("supersedes", [
        ("a1", "North Wire", "2026-05-02T08:00:00Z",
         "At least 12 people were killed in the bomb blast at the market in Mombasa, police said."),
        ("a2", "North Wire", "2026-05-02T15:00:00Z",
         "The death toll from the bomb blast at the market in Mombasa rose to 31, police said.")]),
    "figure risen next day": ("supersedes", [
        ("c1", "North Wire", "2026-05-02T08:00:00Z",
         "The floods in Kisumu County killed 20 people, officials said."),
        ("c2", "Lake Times", "2026-05-03T09:00:00Z",
         "The number of people killed by the floods in Kisumu County has risen to 57, "
         "officials said on Sunday.")]),
    "figure climbed": ("supersedes", [
        ("p1", "North Wire", "2026-06-01T08:00:00Z",
         "Officials said at least 30 people were injured in the train crash near Lyon."),
        ("p2", "Lake Times", "2026-06-01T14:00:00Z",
         "The number of people injured in the train crash near Lyon climbed to 74, officials said.")]),
    "case to be dropped, not closed, closed": ("supersedes", [
        ("d1", "North Wire", "2026-05-02T08:00:00Z",
         "Prosecutors said the criminal case against Ivo Marin will be dropped."),
        ("d2", "Lake Times", "2026-05-03T09:00:00Z",
         "The criminal case against Ivo Marin has not been closed, prosecutors said on Sunday.")]),
    "a move next day": ("supersedes", [
        ("g1", "North Wire", "2026-05-02T08:00:00Z",
         "Opposition leader Ivo Marin was in Vienna on Saturday, his spokesman said."),
        ("g2", "Lake Times", "2026-05-03T12:00:00Z",
         "Opposition leader Ivo Marin arrived in Prague on Sunday, his spokesman said.")]),
    "withdrawal carried out": ("supersedes", [
        ("i1", "North Wire", "2026-05-02T08:00:00Z",
         "The rebel commander Ivo Marin said his fighters will withdraw from Mombasa."),
        ("i2", "Lake Times", "2026-05-03T09:00:00Z",
         "The fighters of rebel commander Ivo Marin withdrew from Mombasa on Sunday, "
         "witnesses said.")]),
    "march halted": ("supersedes", [
        ("l1", "North Wire", "2026-05-02T08:00:00Z",
         "Rebel commander Ivo Marin said his fighters would march on the capital."),
        ("l2", "Lake Times", "2026-05-02T20:00:00Z",
         "Rebel commander Ivo Marin halted the march of his fighters on the capital and "
         "turned them back.")]),
    "resignation carried out": ("supersedes", [
        ("q1", "North Wire", "2026-06-01T08:00:00Z", "Mayor Ana Vukic of Lyon said she will resign on Friday."),
        ("q2", "Lake Times", "2026-06-02T09:00:00Z",
         "Mayor Ana Vukic of Lyon resigned on Friday, the city council said.")]),
    "evacuation postponed": ("supersedes", [
        ("r1", "North Wire", "2026-06-01T08:00:00Z",
         "General Ivo Marin said his troops would evacuate the residents of Porto."),
        ("r2", "Lake Times", "2026-06-01T18:00:00Z",
         "General Ivo Marin postponed the evacuation of the residents of Porto, his office said.")]),
    "a poll's would vote": (None, [
        ("v1", "North Wire", "2026-06-01T08:00:00Z",
         "The poll showed that 54 percent of voters in Lyon would vote for Ana Vukic."),
        ("v2", "Lake Times", "2026-06-02T09:00:00Z", "Ana Vukic voted early in Lyon on Sunday, her aides said.")]),
    "a plan repeated": (None, [
        ("w1", "North Wire", "2026-06-01T08:00:00Z", "Ivo Marin said he would meet Ana Vukic in Lyon."),
        ("w2", "North Wire", "2026-06-01T15:00:00Z",
         "Ivo Marin will meet Ana Vukic in Lyon on Friday, his office said.")]),
    "another's visit": (None, [
        ("x1", "North Wire", "2026-06-01T08:00:00Z", "Ivo Marin will visit Lyon on Friday, his office said."),
        ("x2", "Lake Times", "2026-06-02T09:00:00Z", "Ana Vukic visited Lyon on Sunday, her office said.")]),
    "a toll of another happening": (None, [
        ("y1", "North Wire", "2026-06-01T08:00:00Z",
         "At least 12 people were killed in the bomb blast in Lyon, police said."),
        ("y2", "Lake Times", "2026-06-01T14:00:00Z",
         "The death toll from the floods in Porto rose to 31, officials said.")]),
}


@pytest.fixture(scope="module")
def linked():
    from sitroom.link.picture import build_picture
    from sitroom.pipeline import process_documents

    docs = [Document(id=i, text=t, outlet=o, published=p)
            for _, reports in CLASSES.values() for i, o, p, t in reports]
    extractions = {ex.doc: ex for ex in process_documents(docs)}
    out = {}
    for name, (_, reports) in CLASSES.items():
        mine = [d for d in docs if d.id in {r[0] for r in reports}]
        rows = [{"id": d.id, "outlet": d.outlet, "published": d.published, "copy_of": None}
                for d in mine]
        pic = build_picture(rows, [extractions[d.id] for d in mine], {d.id: d.text for d in mine})
        out[name] = [ln for ln in pic["links"] if ln["kind"] in ("contradicts", "supersedes")]
    return out


@pytest.mark.parametrize("name", list(CLASSES))
def test_an_overtaken_statement_is_superseded_and_only_then(linked, name):
    want, reports = CLASSES[name]
    kinds = {ln["kind"] for ln in linked[name]}
    if want is None:
        assert "supersedes" not in kinds
    else:
        assert want in kinds
        [first, later] = [r[0] for r in reports]
        ln = next(ln for ln in linked[name] if ln["kind"] == want)
        sides = [e["doc"] for e in ln.get("evidence") or ()] or [ln["to_doc"], ln["from_doc"]]
        assert sides == [first, later]  # the earlier statement is the one overtaken


def test_a_figure_after_a_rise_word_counts_what_its_clause_counts():
    assert revised_up("The toll rose to ")
    assert revised_up("the number has risen to at least ")
    assert not revised_up("Police said ")
    [q] = quantities("The number of people killed by the floods has risen to 57, officials said.")
    assert (q.key, q.lo) == ("dead", 57.0)
    # without a rise word a verb far back in the clause names no count of the figure
    assert quantities("The men who were killed by the floods came from 57 villages.") == ()


def test_plans_and_their_outcomes():
    assert plans("The union plans to hold a national strike on Monday.") == {"strike"}
    assert plans("The army will not withdraw from the town.") == frozenset()
    assert plans("The general said he would withdraw.") == {"withdraw"}
    assert outcomes_of("The union called off the strike.") == {"strike": "called off"}
    assert outcomes_of("The troops withdrew from the town on Friday.") == {
        "withdraw": "carried out"}
    assert outcomes_of("The troops have not withdrawn from the town.") == {}
    assert outcomes_of("The troops will withdraw from the town.") == {}  # a plan, no outcome
    s = "Ivo Marin said he will resign."
    assert plan_at(s) == s.index("will")
    assert plan_at("Ivo Marin resigned.") == -1


def test_the_month_is_no_march():
    assert plans("The country will hold a vote in March, officials said.") == {"vote"}
    assert plans("The elections will be held in March.") == frozenset()  # no act after the cue
    assert outcomes_of("The talks were postponed to March.") == {}
