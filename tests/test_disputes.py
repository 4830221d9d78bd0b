"""Disputes that are disputes: figures with hedges, ranges and units; statuses; denials of the
same proposition; and the exact links built over a small hand-written corpus (tests/dispute_corpus.py)."""

from __future__ import annotations

import math

import pytest

from dispute_corpus import documents
from sitroom.link.disputes import compatible, denied, presence, quantities, statuses


def one(text: str):
    (q,) = quantities(text)
    return q


def test_hedged_figures_far_apart_are_incompatible():
    a, b = one("About 1,500 people were killed in the quake."), one("Some 40 people died there.")
    assert (a.key, b.key) == ("dead", "dead")
    assert (a.lo, a.hi) == (1125.0, 1875.0)
    assert not compatible(a, b)


def test_km_and_miles_are_converted_before_comparing():
    km, miles = one("It stopped 150 km from the dam."), one("It stopped 150 miles from the dam.")
    assert km.key == miles.key == "length" and km.noun == "dam"
    assert not compatible(km, miles)
    assert compatible(one("The column was 93 miles from the dam."), km)


def test_distances_from_other_points_and_of_towns_are_not_compared():
    assert compatible(one("Troops are 5 km from the dam."), one("Troops are 90 km from Varna."))
    assert quantities("Fighting raged in a town 25 miles west of the capital.") == ()


def test_at_least_is_open_above_and_overlapping_ranges_agree():
    at_least = one("At least 20 people were killed.")
    assert at_least.hi == math.inf
    assert not compatible(at_least, one("12 people were killed."))
    assert compatible(one("Between 1,400 and 1,600 were killed."), one("About 1,500 died."))
    assert compatible(at_least, one("Dozens of people were killed."))


def test_numbers_that_count_nothing_known_are_left_out():
    assert quantities("In 2015 the plan cost $20 million and a 12-year-old won 3 prizes.") == ()
    assert [q.key for q in quantities("The shelling killed 20 and injured 35.")] == [
        "dead", "injured"]
    assert one("The death toll of the flood rose to 2,300 on Sunday.").key == "dead"


def test_statuses_with_negation_and_statuses_to_come():
    assert [(s.subject, s.state, s.future) for s in statuses(
        "The criminal case will be dropped, the agency said.")] == [("cas", "closed", True)]
    assert [(s.state, s.future) for s in statuses("The case has not been closed yet.")] == [
        ("open", False)]
    assert [s.state for s in statuses("Investigators opened a criminal case.")] == ["open"]
    assert statuses("The case for reform is strong.") == ()


def test_regimes_imposed_and_lifted_and_inquiries_ongoing_are_statuses():
    def told(text):
        return [(s.subject, s.state) for s in statuses(text)]

    assert told("Officials declared a state of emergency.") == [("emergency", "open")]
    assert told("The curfew was lifted on Sunday.") == [("curfew", "closed")]
    assert told("The curfew was imposed at dusk.") == [("curfew", "open")]
    assert told("The inquiry is ongoing, the ministry said.") == [("inquiry", "open")]
    assert told("The probe was declared closed.") == [("prob", "closed")]
    assert told("The blockade of the road was lifted.") == []
    assert told("Troops imposed checks at the border.") == []


def test_a_denial_denies_its_complement_in_common_words():
    assert denied("The ministry denied that troops had entered the city of Varna.") == {
        "troop", "enter", "city"}
    assert denied("Reports that the general was arrested are false.") == {"general", "arrest"}
    assert denied("Troops entered the city.") is None


def test_presence_puts_a_person_at_a_place():
    s = "The owner, Ana Petrova, arrived in Varna on Sunday."
    ana, varna = (s.index("Ana Petrova"), s.index(",", 10)), s.index("Varna")
    assert presence(s, [(*ana, "a1")], [(varna, varna + 5, "Varna", "BG")]) == {
        ("a1", "Varna", "BG")}
    s = "Ana Petrova criticised the mayor of Varna."
    assert presence(s, [(0, 11, "a1")], [(36, 41, "Varna", "BG")]) == frozenset()


@pytest.fixture(scope="module")
def corpus_links():
    from sitroom.link.picture import build_picture
    from sitroom.pipeline import process_documents

    docs = documents()
    rows = [{"id": d.id, "outlet": d.outlet, "published": d.published, "copy_of": None}
            for d in docs]
    pic = build_picture(rows, process_documents(docs), {d.id: d.text for d in docs})
    return [ln for ln in pic["links"] if ln["kind"] in ("contradicts", "supersedes")]


def _ends(ln) -> tuple[str, str, str]:
    if ln["kind"] == "contradicts":
        return ln["kind"], ln["against"], ln["from"]
    return ln["kind"], ln["to_doc"], ln["from_doc"]


def test_the_corpus_gives_exactly_the_known_disputes(corpus_links):
    got = sorted((*_ends(ln), ln["reason"].split(" (")[0].split(":")[0]) for ln in corpus_links)
    assert got == sorted([
        # casualty figures far apart, km against miles, opened against closed, a denial
        ("contradicts", "harbor-1", "blacksea-1", "number"),
        ("contradicts", "harbor-1", "blacksea-1", "number"),
        ("contradicts", "harbor-1", "blacksea-1", "status"),
        ("contradicts", "harbor-1", "blacksea-1", "denial"),
        ("contradicts", "blacksea-1", "coastal-1", "number"),
        # the owner put in Bulgaria and in Turkey at the same time
        ("contradicts", "harbor-1", "blacksea-1", "place"),
        # later statements overtake earlier ones
        ("supersedes", "harbor-1", "harbor-2", "newer figure"),
        ("supersedes", "blacksea-1", "harbor-2", "newer figure"),
        ("supersedes", "coastal-1", "harbor-2", "newer figure"),
        ("supersedes", "harbor-1", "coastal-2", "status"),
        ("supersedes", "harbor-2", "coastal-2", "status"),
        # ... and later in a city of a third country
        ("supersedes", "harbor-1", "coastal-2", "place"),
        ("supersedes", "blacksea-1", "coastal-2", "place"),
    ])


def test_known_non_contradictions_make_no_link(corpus_links):
    texts = [e["text"] for ln in corpus_links for e in ln.get("evidence") or ()]
    # the same rumour told twice, and a denial of another proposition (subsidies)
    assert not [t for t in texts if "Rumours" in t or "subsidies" in t]
    # 'about 1,500' and 'between 1,400 and 1,600' agree
    assert not [ln for ln in corpus_links if {ln.get("against"), ln.get("from")}
                == {"harbor-1", "coastal-1"}]


def test_both_sides_carry_report_outlet_time_and_span(corpus_links):
    for ln in corpus_links:
        for e in ln.get("evidence") or ():
            assert {"doc", "outlet", "time", "start", "end", "text"} <= set(e)
            assert e["end"] > e["start"] and e["time"].startswith("2026-03-1")
    km = [ln for ln in corpus_links if "150 km" in (ln.get("evidence") or [{}])[0].get("text", "")]
    assert [(e["outlet"], e["value"]) for e in km[0]["evidence"]] == [
        ("Harbor Wire", "150 km"), ("Black Sea Daily", "150 miles")]


def test_statuses_are_ordered_and_a_step_back_needs_its_word():
    from sitroom.link.disputes import _moves_on

    [opened] = statuses("Prosecutors opened a criminal case.")
    [halted] = statuses("The investigation was suspended on Monday.")
    [closed] = statuses("The criminal case was closed.")
    [again] = statuses("Prosecutors reopened the case.")
    assert (halted.state, closed.state, again.state) == ("suspended", "closed", "open")
    assert _moves_on(opened, halted, False) and _moves_on(halted, closed, False)
    assert not _moves_on(closed, opened, False)  # another outlet: open after closed is a dispute
    assert _moves_on(closed, opened, True)  # the same outlet updates its own report
    assert _moves_on(closed, again, False)  # "reopened" says it moved back


def test_a_figure_of_each_part_is_not_compared_with_the_total():
    from sitroom.link.disputes import numbers_conflict

    assert not numbers_conflict("Two Americans were killed at each location.",
                                "Four Americans were killed in the attacks.")
    assert numbers_conflict("Two Americans were killed in the attacks.",
                            "Four Americans were killed in the attacks.")


def test_a_pronoun_opener_takes_the_era_of_the_sentence_before():
    from sitroom.link.disputes import _background

    text = "The last big quake was in February, near Bam. It killed 612 people."
    sents = [(0, 45), (46, len(text))]
    assert _background(sents, 1, text) == frozenset({"february"})
    assert _background(sents, 0, text) == frozenset()
    assert _background([(0, 45), (46, 66)], 1, text[:46] + "Rescuers found 612 people.") == frozenset()
    # the sentence before split inside a figure ("6 . 4"): its era is read from its start
    text = "A quake was in February , of magnitude 6 . 4 near Bam . It killed 612 people ."
    assert _background([(0, 42), (43, 55), (56, len(text))], 2, text) == frozenset({"february"})
