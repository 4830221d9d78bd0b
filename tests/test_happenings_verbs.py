"""An infinitive the parser tagged a noun is still a verb of a happening
(extract/happenings.py, ``infinitive_deps`` in data/happenings.json). Sentences written by
hand; the names are made up."""

from __future__ import annotations

from sitroom.extract import extract


def test_an_infinitive_tagged_a_noun_is_a_happening(annotated):
    text = ("The Zeta Z900, the world's largest cargo plane, was set to land in the United "
            "States on Monday after a test flight.")
    adoc = annotated(text, "2024-03-06")
    land = next(t for t in adoc.tokens if t.text == "land")
    ex = extract(adoc)
    got = {h.trigger: [text[s:e] for s, e in h.args] for h in ex.happenings}
    assert "Z900" in got["land"]
    h = next(h for h in ex.happenings if h.trigger == "land")
    assert h.kind == "verb"
    assert land.pos in ("NOUN", "VERB")  # the repair matters where the parser says NOUN


def test_a_noun_without_the_infinitives_to_is_no_verb(annotated):
    text = "The Zeta Z900 made a smooth landing in Oslo on Monday."
    ex = extract(annotated(text, "2024-03-06"))
    # "made a smooth landing": the light verb's object noun, a nominal happening
    assert [h.kind for h in ex.happenings if h.trigger == "landing"] == ["nominal"]
