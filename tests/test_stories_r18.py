"""Stories of round 18: a copy names what its original names when the stories of one crisis are
joined, a story of mixed reports keeps its most named entities as its core, and a report that
joined a story narrowly moves to a story it is clearly more like."""

from __future__ import annotations

from sitroom.link.stories import (CORE_FLOOR, CORE_LEAST, Stories, _core, _originals,
                                  assign_stories, merge_related)
from sitroom.link.stories_recheck import recheck_weak


def _undated(ids: list[str], copy_of: dict[str, str] | None = None) -> list[dict]:
    return [{"id": d, "copy_of": (copy_of or {}).get(d)} for d in ids]


def _two_pieces(copies: int) -> tuple[list[str], dict[str, str], dict[str, list[str]]]:
    """Piece ``a``: two reports naming the harbour authority and the port town, and
    ``copies`` copies of the first; piece ``b``: one report naming both."""
    ids = ["a0", "a1", *(f"c{i}" for i in range(copies)), "b0"]
    story_of = {d: "story:b0" if d == "b0" else "story:a0" for d in ids}
    both = ["A_harbour-authority", "P_port-town"]
    terms = {"a0": [*both, "A_a0-witness"], "a1": [*both, "A_a1-witness"], "b0": list(both)}
    return ids, story_of, terms


def test_copies_name_their_originals_entities_when_stories_join():
    ids, story_of, terms = _two_pieces(copies=5)
    copy_of = {f"c{i}": "a0" for i in range(5)}
    merged = merge_related(_undated(ids, copy_of), story_of, terms)
    assert merged["b0"] == "story:a0"


def test_reports_without_entities_that_are_no_copies_still_thin_the_core():
    """The same five reports naming nothing, but no copies: the piece's entities are named in
    two of its seven reports, under the floor, and it does not join on them."""
    ids, story_of, terms = _two_pieces(copies=5)
    merged = merge_related(_undated(ids), story_of, terms)
    assert merged["b0"] == "story:b0"


def test_a_mixed_story_keeps_its_most_named_entities_as_core():
    counts = {"A_brigade": 4, "P_city": 4, "P_other": 3, "A_once": 1}
    assert CORE_LEAST == 2 and 0.3 <= CORE_FLOOR <= 0.4
    assert _core(counts, 10) == {"A_brigade", "P_city"}  # 4 of 10: below half, kept
    assert _core({"A_brigade": 6, "P_city": 4}, 10) == {"A_brigade", "P_city"}
    # enough entities in half of the reports: the core is those alone
    assert _core({"A_brigade": 6, "P_city": 5, "P_other": 4}, 10) == {"A_brigade", "P_city"}


def test_entities_named_in_few_reports_of_a_story_are_no_core():
    assert _core({"A_brigade": 2, "P_city": 2}, 10) == set()


def test_a_mixed_piece_joins_the_story_its_most_named_entities_are_core_to():
    """A piece of ten reports, four naming the brigade and the city (the others each their
    own witness), joins a story whose core they are; at two of ten it stays apart."""
    big = [f"b{i}" for i in range(4)]
    piece = [f"p{i}" for i in range(10)]
    story_of = {d: "story:b0" for d in big} | {d: "story:p0" for d in piece}
    terms = {d: ["A_brigade", "P_city"] for d in big}
    terms |= {d: [f"A_witness-{d}"] for d in piece}
    for d in piece[:4]:
        terms[d] = ["A_brigade", "P_city"]
    merged = merge_related(_undated(big + piece), story_of, terms)
    assert merged["p5"] == "story:b0"
    for d in piece[2:4]:
        terms[d] = [f"A_witness-{d}"]
    merged = merge_related(_undated(big + piece), story_of, terms)
    assert merged["p5"] == "story:p0"


HOSTAGE = "harbour ferry hostages gunmen crew captain ransom vessel".split()
COUNCIL = "council resolution sanctions envoy vote delegates assembly charter".split()


def _council_texts(shared_hostage: int, shared_council: int) -> dict[str, str]:
    """Three hostage reports, then a council report naming ``shared_hostage`` of the hostage
    words and ``shared_council`` of the council's, then two council reports."""
    return {"h1": " ".join([*HOSTAGE, "dawn"]), "h2": " ".join([*HOSTAGE, "negotiators"]),
            "h3": " ".join([*HOSTAGE[:6], "divers", "coastguard"]),
            "u1": " ".join([*HOSTAGE[:shared_hostage], *COUNCIL[:shared_council], "statement"]),
            "u2": " ".join([*COUNCIL, "ambassadors"]), "u3": " ".join([*COUNCIL, "veto"])}


def test_a_narrow_joiner_moves_with_its_copies_to_the_story_it_is_more_like():
    texts = _council_texts(1, 2)
    texts["u1c"] = texts["u1"]
    docs = [{"id": d, "copy_of": "u1" if d == "u1c" else None} for d in texts]
    stories = Stories()
    for d in docs:
        stories.add(d["id"], texts[d["id"]], d["copy_of"])
    assert stories.story_of["u1"] == "story:h1" and "u1" in stories.weak  # as it arrived
    assert stories.story_of["u2"] == "story:u2"
    got = assign_stories(docs, texts)
    assert got["u1"] == got["u1c"] == "story:u2"
    assert got["h2"] == got["h3"] == "story:h1" and got["u3"] == "story:u2"


def test_a_firm_joiner_stays_where_it_joined():
    texts = _council_texts(2, 2)  # joins the hostage story above the narrow band
    docs = [{"id": d} for d in texts]
    stories = Stories()
    for d in texts:
        stories.add(d, texts[d])
    assert stories.story_of["u1"] == "story:h1" and not stories.weak
    assert assign_stories(docs, texts)["u1"] == "story:h1"


def test_a_narrow_joiner_with_no_story_more_like_it_stays():
    texts = _council_texts(1, 3)  # every report joins the first story, two of them narrowly
    stories = Stories()
    for d in texts:
        stories.add(d, texts[d])
    assert set(stories.weak) == {"u1", "u2"}
    assert recheck_weak(stories, texts, {}, {}) == stories.story_of
    assert set(assign_stories([{"id": d} for d in texts], texts).values()) == {"story:h1"}


def test_a_copy_of_a_copy_names_the_first_originals_entities():
    docs = [{"id": "a"}, {"id": "b", "copy_of": "a"}, {"id": "c", "copy_of": "b"}, {"id": "d"}]
    assert _originals(docs) == {"a": "a", "b": "a", "c": "a", "d": "d"}
    assert _originals([{"id": "x", "copy_of": "y"}, {"id": "y", "copy_of": "x"}])["x"] in "xy"
