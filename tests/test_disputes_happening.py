"""Issue 15 (eighth increment): two statements dispute a figure only when they are about the
same happening; where time cannot tell (one report undated, a year named on one side only),
they need a participant in common, not only the place (two quakes on one island)."""

from __future__ import annotations

from sitroom.link.disputes import (
    STOPWORDS, Statement, compare, content_stems, head_years, same_happening)

DATED = "A strong quake on the island of Varna killed ten villagers, the governor said."
UNDATED = "A strong quake on the island of Varna killed three villagers, the governor said."


def stmt(doc: str, text: str, years=(), actors=(), entities=("Pvarna",)) -> Statement:
    return Statement(doc, 0, 0, len(text), text, doc, None, None, "story:1",
                     frozenset(entities) | frozenset(actors), frozenset(),
                     frozenset(x for x in content_stems(text) if len(x) > 2) - STOPWORDS,
                     frozenset(), frozenset(years), actors=frozenset(actors))


def links(a: Statement, b: Statement) -> list[dict]:
    return compare([a, b], lambda s: f"{s.doc}:{s.start}")


def test_a_dated_report_and_a_yearless_one_sharing_only_the_place_are_not_compared():
    a, b = stmt("r1", DATED, years={"2005"}), stmt("r2", UNDATED)
    assert not same_happening(a, b)
    assert links(a, b) == []


def test_a_participant_in_common_makes_them_one_happening():
    a = stmt("r1", DATED, years={"2005"}, actors={"actor:island-governor"})
    b = stmt("r2", UNDATED, actors={"actor:island-governor"})
    assert same_happening(a, b)
    (ln,) = links(a, b)
    assert ln["kind"] == "contradicts" and ln["reason"].startswith("number (dead)")


def test_when_both_name_the_year_or_neither_does_the_place_is_enough():
    for ya, yb in (({"2005"}, {"2005"}), ((), ())):
        (ln,) = links(stmt("r1", DATED, years=ya), stmt("r2", UNDATED, years=yb))
        assert ln["kind"] == "contradicts"


def test_the_year_of_a_report_head_is_read_from_its_address_and_dateline():
    assert head_years("http://news.example.org/2005/nov/28/quake\nTen dead") == {"2005"}
    assert head_years("Posted : Nov 27 , 2005 8 : 20 AM ET\nA quake hit") == {"2005"}
    assert head_years("Updated 11/27/2005 3:41 PM\nA quake hit") == {"2005"}
    assert head_years("A quake killed 2000 people in May.") == set()
    assert head_years("x" * 400 + " March 3, 2005") == set()  # past the head
