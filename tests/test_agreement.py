"""Agreement across reports: corroboration, contradiction (figures, denials, actors) and
overtaken statements, on hand-built extractions."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES
from linkkit import Sent, picture_of

from sitroom.link import agreement as ag

REBELS = ("Rebel fighters", "Rebel fighters", "armed_group")
ARMY = ("Army units", "Army units", "armed_group")
MINISTRY = ("The Defence Ministry", "Defence Ministry", "organisation")
MAYOR = ("Mayor Petar Ivanov", "Petar Ivanov", "person")


def _links(pic, kind):
    return [lk for lk in pic["links"] if lk["kind"] == kind]


def test_figures_and_their_clash():
    assert ag.figures("At least 30 people were killed and 1,200 troops deployed.") == {
        "peopl": 30, "troop": 1200}
    assert ag.figure_clash("12 killed in the shelling", "at least 30 killed in the shelling") == "dead"
    assert ag.figure_clash("12 killed", "12 killed, 4 wounded") is None


def test_stale_statements():
    assert ag.stale("The mayor has still not reacted.")
    assert ag.stale("The ministry has yet to comment.")
    assert ag.stale("No statement so far from the palace.")
    assert not ag.stale("The mayor reacted on Tuesday.")


def test_different_numbers_for_the_same_event_contradict():
    a = Sent("Rebel fighters shelled the market in Varna on Monday, and 12 people were killed.",
             actors=[REBELS], places=["Varna"],
             events=[("shelled", "ASSAULT", {"actor": "Rebel fighters", "place": "Varna",
                                              "date": "2024-05-06"})])
    b = Sent("Rebel fighters shelled the Varna market on Monday; at least 30 people were killed.",
             actors=[REBELS], places=["Varna"],
             events=[("shelled", "ASSAULT", {"actor": "Rebel fighters", "place": "Varna",
                                              "date": "2024-05-06"})])
    pic = picture_of(("d1", "2024-05-06T18:00", "Wire One", (a,)),
                     ("d2", "2024-05-06T18:20", "Wire Two", (b,)))
    [ev] = pic["events"]
    assert ev["docs"] == ["d1", "d2"] and ev["disputed"] is True
    assert ev["outlets"] == {"Wire One": "reports", "Wire Two": "contradicts"}
    [c] = _links(pic, "contradicts")
    assert (c["from"], c["to"], c["against"], c["reason"]) == ("d2", ev["id"], "d1", "number")
    assert [e["doc"] for e in c["evidence"]] == ["d1", "d2"]


def test_a_rising_count_hours_later_supersedes_and_is_no_contradiction():
    a = Sent("Rebel fighters shelled the market in Varna on Monday, and 12 people were killed.",
             actors=[REBELS], places=["Varna"],
             events=[("shelled", "ASSAULT", {"actor": "Rebel fighters", "place": "Varna",
                                              "date": "2024-05-06"})])
    b = Sent("Rebel fighters shelled the Varna market on Monday; 30 people were killed.",
             actors=[REBELS], places=["Varna"],
             events=[("shelled", "ASSAULT", {"actor": "Rebel fighters", "place": "Varna",
                                              "date": "2024-05-06"})])
    pic = picture_of(("d1", "2024-05-06T11:00", "Wire One", (a,)),
                     ("d2", "2024-05-06T19:00", "Wire Two", (b,)))
    [ev] = pic["events"]
    assert not ev["disputed"] and not _links(pic, "contradicts")
    [s] = _links(pic, "supersedes")
    assert (s["from_doc"], s["to_doc"]) == ("d2", "d1") and "newer figure" in s["reason"]


def test_a_denial_of_the_event_contradicts_it():
    a = Sent("A military helicopter attacked the convoy near Burgas on Saturday morning.",
             places=["Burgas"], events=[("attacked", "ASSAULT", {"place": "Burgas",
                                                                  "date": "2024-05-11TMO"})])
    b = Sent("Helicopters attacked our convoy near Burgas, the rebels said on Saturday.",
             places=["Burgas"], events=[("attacked", "ASSAULT", {"place": "Burgas",
                                                                  "date": "2024-05-11"})])
    c = Sent("The Defence Ministry denied that its helicopters attacked any convoy near Burgas.",
             actors=[MINISTRY],
             events=[("denied", "REJECT", {"actor": "Defence Ministry", "date": "2024-05-11"})])
    pic = picture_of(("d1", "2024-05-11T12:00", "Wire One", (a,)),
                     ("d2", "2024-05-11T13:00", "Channel", (b,)),
                     ("d3", "2024-05-11T15:00", "Daily", (c,)))
    [ev] = [e for e in pic["events"] if e["type"] == "ASSAULT"]
    assert ev["docs"] == ["d1", "d2", "d3"] and ev["disputed"]
    assert ev["outlets"] == {"Wire One": "reports", "Channel": "corroborates",
                             "Daily": "contradicts"}
    # the denial stands against each report that tells the attack (round 18: a denial is
    # matched to every other report of the same proposition, each pair shown with both sides)
    assert [(lk["from"], lk["against"], lk["reason"]) for lk in _links(pic, "contradicts")] == [
        ("d3", "d1", "denial"), ("d3", "d2", "denial")]
    assert [s["denies"] for s in ev["sources"]] == [False, False, True]


def test_denials_of_other_things_stay_their_own_events():
    """"denied that wages were withheld" neither joins nor disputes an attack."""
    a = Sent("A military helicopter attacked the convoy near Burgas on Saturday morning.",
             places=["Burgas"], events=[("attacked", "ASSAULT", {"place": "Burgas",
                                                                  "date": "2024-05-11TMO"})])
    c = Sent("The Defence Ministry denied that wages had been withheld from the convoy crews.",
             actors=[MINISTRY],
             events=[("denied", "REJECT", {"actor": "Defence Ministry", "date": "2024-05-11"})])
    pic = picture_of(("d1", "2024-05-11T12:00", "Wire One", (a,)),
                     ("d3", "2024-05-11T15:00", "Daily", (c,)))
    assert sorted((e["type"], tuple(e["docs"]), e["disputed"]) for e in pic["events"]) == [
        ("ASSAULT", ("d1",), False), ("REJECT", ("d3",), False)]


def _shelling(actor):
    return Sent(f"{actor[0]} shelled the hospital in Varna on Monday, witnesses said.",
                actors=[actor], places=["Varna"],
                events=[("shelled", "ASSAULT", {"actor": actor[1], "place": "Varna",
                                                 "date": "2024-05-06"})])


def test_another_actor_for_the_same_happening_contradicts():
    army = ("Army units", "Army units", "armed_group")
    pic = picture_of(("d1", "2024-05-06T18:00", "Wire One", (_shelling(REBELS),)),
                     ("d2", "2024-05-06T19:00", "Wire Two", (_shelling(army),)))
    first, second = pic["events"]
    assert first["actor"] != second["actor"] and first["disputed"] and second["disputed"]
    assert first["outlets"] == {"Wire One": "reports", "Wire Two": "contradicts"}
    [c] = _links(pic, "contradicts")
    assert (c["from"], c["to"], c["against"], c["reason"]) == ("d2", first["id"], "d1", "actor")


def test_one_outlet_reporting_two_actors_tells_of_two_happenings():
    army = ("Army units", "Army units", "armed_group")
    pic = picture_of(("d1", "2024-05-06T18:00", "Wire One", (_shelling(REBELS),
                                                              _shelling(army))),
                     ("d2", "2024-05-06T19:00", "Wire Two", (_shelling(army),)))
    assert len(pic["events"]) == 2 and not any(e["disputed"] for e in pic["events"])
    assert not _links(pic, "contradicts")


def test_a_claim_denied_elsewhere_is_disputed_and_a_restated_one_corroborated():
    a = Sent("The governor ordered the evacuation of the northern districts of Ruse overnight.",
             claim={"certainty": "asserted"})
    b = Sent("Officials said the governor ordered the evacuation of the northern districts of "
             "Ruse.", claim={"certainty": "reported"})
    c = Sent("The governor's office denied that it ordered an evacuation of the northern districts"
             " of Ruse.", claim={"certainty": "asserted"})
    pic = picture_of(("d1", "2024-05-06T08:00", "Wire One", (a,)),
                     ("d2", "2024-05-06T09:00", "Wire Two", (b,)),
                     ("d3", "2024-05-06T10:00", "Daily", (c,)))
    first = next(c for c in pic["claims"] if c["doc"] == "d1")
    assert first["disputed"] and first["outlets"]["Wire Two"] == "corroborates"
    assert first["outlets"]["Daily"] == "contradicts"
    assert {(lk["from"], lk["to"]) for lk in _links(pic, "corroborates")} == {("d2", first["id"])}
    assert {(lk["from"], lk["reason"]) for lk in _links(pic, "contradicts")} >= {("d3", "denial")}


def test_unrelated_claims_are_neither_corroborated_nor_disputed():
    a = Sent("The governor ordered the evacuation of the northern districts of Ruse overnight.",
             claim={"certainty": "asserted"})
    b = Sent("Bakeries in the old town of Varna reopened after the storm passed on Sunday.",
             claim={"certainty": "asserted"})
    pic = picture_of(("d1", "2024-05-06T08:00", "Wire One", (a,)),
                     ("d2", "2024-05-06T09:00", "Wire Two", (b,)))
    assert not any(c["disputed"] for c in pic["claims"])
    assert [c["outlets"] for c in pic["claims"]] == [{"Wire One": "reports"}, {"Wire Two": "reports"}]
    assert not _links(pic, "corroborates") and not _links(pic, "contradicts")


def test_a_still_not_statement_is_superseded_by_a_later_report_of_it_happening():
    a = Sent("Mayor Petar Ivanov has still not reacted to the flooding in Ruse.",
             actors=[MAYOR], claim={"certainty": "asserted", "polarity": "negative"})
    b = Sent("Mayor Petar Ivanov said in a televised address that the flooding in Ruse was a "
             "disaster.", actors=[MAYOR], quotes=[("the flooding in Ruse was a disaster",
                                                  "Petar Ivanov")])
    pic = picture_of(("d1", "2024-05-06T05:37", "Live Desk", (a,)),
                     ("d2", "2024-05-06T11:00", "Evening Post", (b,)))
    stale = next(c for c in pic["claims"] if c["doc"] == "d1")
    [quote] = pic["quotes"]
    assert stale["superseded_by"] == quote["id"] and not stale["disputed"]
    [s] = _links(pic, "supersedes")
    assert (s["from"], s["to"], s["from_doc"], s["to_doc"]) == (quote["id"], stale["id"], "d2",
                                                                "d1")
    assert not _links(pic, "contradicts")


def test_a_still_not_statement_is_not_superseded_by_an_earlier_report():
    a = Sent("Mayor Petar Ivanov has still not reacted to the flooding in Ruse.",
             actors=[MAYOR], claim={"certainty": "asserted", "polarity": "negative"})
    b = Sent("Mayor Petar Ivanov said in a televised address that the flooding in Ruse was a "
             "disaster.", actors=[MAYOR], quotes=[("the flooding in Ruse was a disaster",
                                                  "Petar Ivanov")])
    pic = picture_of(("d1", "2024-05-06T15:37", "Live Desk", (a,)),
                     ("d2", "2024-05-06T11:00", "Evening Post", (b,)))
    assert not _links(pic, "supersedes")
    assert all(c["superseded_by"] is None for c in pic["claims"])


# ---------------------------------------------------------------------------- the bundled examples


@pytest.fixture(scope="module")
def examples_picture(tmp_path_factory):
    from sitroom import pipeline
    from sitroom.store import Store

    db = tmp_path_factory.mktemp("agreement") / "ex.db"
    with Store(db) as store:
        pipeline.ingest(store, [EXAMPLES / "reports"], meta=EXAMPLES / "meta.json")
        pipeline.analyze(store, relink=False)
        return pipeline.link(store)


@pytest.mark.slow
def test_examples_have_multi_source_events_a_supersedes_link_and_stories(examples_picture):
    pic = examples_picture
    outlets = [e["outlets"] for e in pic["events"] if len(e["outlets"]) > 1]
    assert len(outlets) >= 5
    # "the prime minister has not yet responded" (01) is overtaken by the televised address
    [sup] = [lk for lk in pic["links"]
             if lk["kind"] == "supersedes" and lk["to"].startswith("claim:")]
    stale = next(c for c in pic["claims"] if c["id"] == sup["to"])
    assert ag.stale(stale["text"]) and stale["superseded_by"] == sup["from"]
    assert sup["from_doc"] != sup["to_doc"]
    # the syndicated copy is one report with its copy, in its original's story
    [copy] = [lk for lk in pic["links"] if lk["kind"] == "copy_of"]
    story = {lk["from"]: lk["to"] for lk in pic["links"] if lk["kind"] == "same_story"}
    assert story[copy["from"]] == story[copy["to"]]
    biggest = max(pic["stories"], key=lambda s: len(s["docs"]))
    assert len(biggest["docs"]) >= 15 and len(biggest["outlets"]) >= 8


def test_a_claimed_figure_that_rises_later_supersedes_the_older_one():
    a = Sent("Officials said 12 people were killed when the dam collapsed near Ruse overnight.",
             claim={"certainty": "reported"})
    b = Sent("Officials said 40 people were killed when the dam collapsed near Ruse overnight.",
             claim={"certainty": "reported"})
    pic = picture_of(("d1", "2024-05-06T06:00", "Wire One", (a,)),
                     ("d2", "2024-05-06T16:00", "Wire Two", (b,)))
    old, new = (next(c for c in pic["claims"] if c["doc"] == d) for d in ("d1", "d2"))
    assert old["superseded_by"] == new["id"] and not old["disputed"] and not new["disputed"]
    [s] = _links(pic, "supersedes")
    assert (s["from"], s["to"], s["reason"]) == (new["id"], old["id"], "newer figure (dead)")
    # within the hour, from two outlets, the same is a contradiction
    pic = picture_of(("d1", "2024-05-06T06:00", "Wire One", (a,)),
                     ("d2", "2024-05-06T06:30", "Wire Two", (b,)))
    assert all(c["disputed"] for c in pic["claims"])
    assert [lk["reason"] for lk in _links(pic, "contradicts")] == ["number"]


def test_an_expected_statement_is_superseded_when_it_is_made():
    a = Sent("Mayor Petar Ivanov is expected to address the flooding in Ruse later today.",
             actors=[MAYOR], claim={"certainty": "speculated"})
    b = Sent("Mayor Petar Ivanov said the flooding in Ruse was the worst in decades.",
             actors=[MAYOR], quotes=[("the flooding in Ruse was the worst in decades",
                                      "Petar Ivanov")])
    pic = picture_of(("d1", "2024-05-06T08:00", "Live Desk", (a,)),
                     ("d2", "2024-05-06T13:00", "Evening Post", (b,)))
    stale = next(c for c in pic["claims"] if c["doc"] == "d1")
    assert stale["superseded_by"] == pic["quotes"][0]["id"]


def test_a_claim_on_the_same_subject_that_says_something_else_discusses_it():
    a = Sent("The governor ordered the evacuation of the northern districts of Ruse overnight.",
             claim={"certainty": "asserted"})
    b = Sent("Residents of the northern districts of Ruse questioned whether the evacuation was "
             "needed at all.", claim={"certainty": "asserted"})
    pic = picture_of(("d1", "2024-05-06T08:00", "Wire One", (a,)),
                     ("d2", "2024-05-06T12:00", "Daily", (b,)))
    first = next(c for c in pic["claims"] if c["doc"] == "d1")
    assert first["outlets"] == {"Wire One": "reports", "Daily": "discusses"}
    assert [(lk["from"], lk["to"]) for lk in _links(pic, "discusses")] == [("d2", first["id"])]
    assert not first["disputed"]


def test_a_not_yet_event_is_superseded_by_the_later_report_of_it():
    a = Sent("Rebel fighters have not yet entered Ruse, the governor said in the morning.",
             actors=[REBELS], places=["Ruse"],
             events=[("entered", "COERCE", {"actor": "Rebel fighters", "place": "Ruse",
                                             "polarity": "negative", "date": "2024-05-06"})])
    b = Sent("Rebel fighters entered Ruse on Monday afternoon and took the town hall.",
             actors=[REBELS], places=["Ruse"],
             events=[("entered", "COERCE", {"actor": "Rebel fighters", "place": "Ruse",
                                             "date": "2024-05-06TAF"})])
    pic = picture_of(("d1", "2024-05-06T08:00", "Live Desk", (a,)),
                     ("d2", "2024-05-06T18:00", "Evening Post", (b,)))
    negated = next(e for e in pic["events"] if e["polarity"] == "negative")
    happened = next(e for e in pic["events"] if e["polarity"] == "positive")
    assert negated["superseded_by"] == happened["id"]
    assert not negated["disputed"] and not happened["disputed"]
    [s] = _links(pic, "supersedes")
    assert (s["from"], s["to"], s["from_doc"], s["to_doc"]) == (happened["id"], negated["id"],
                                                                "d2", "d1")


def test_two_actors_condemning_the_same_happening_are_no_dispute():
    def condemn(actor):
        return Sent(f"{actor[0]} condemned the shelling of the hospital in Varna on Monday.",
                    actors=[actor], places=["Varna"],
                    events=[("condemned", "DISAPPROVE", {"actor": actor[1], "place": "Varna",
                                                         "quad_class": "verbal_conflict",
                                                         "date": "2024-05-06"})])

    army = ("Army units", "Army units", "armed_group")
    pic = picture_of(("d1", "2024-05-06T18:00", "Wire One", (condemn(REBELS),)),
                     ("d2", "2024-05-06T19:00", "Wire Two", (condemn(army),)))
    assert [e["quad_class"] for e in pic["events"]] == ["verbal_conflict"] * 2
    assert not _links(pic, "contradicts") and not any(e["disputed"] for e in pic["events"])
