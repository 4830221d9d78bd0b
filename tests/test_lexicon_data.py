"""Word lists and rule tables live in data files, are read once, and are part of the
extraction version (a changed word list re-extracts what was stored)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import sitroom
from sitroom import lexicon
from sitroom.extract import certainty, places
from sitroom.link import coref, textsim
from sitroom.pipeline import extraction_inputs


def _lexicon_files() -> list[str]:
    root = resources.files("sitroom").joinpath("data", "lexicon")
    return sorted(p.name for p in root.iterdir() if p.name.endswith(".json"))


def test_every_lexicon_file_says_what_it_holds_and_holds_lists_or_tables():
    for name in _lexicon_files():
        text = resources.files("sitroom").joinpath("data", "lexicon", name).read_text("utf-8")
        data = json.loads(text)
        assert isinstance(data.get("about"), str) and data["about"], name
        for use, value in data.items():
            if use != "about":
                assert isinstance(value, (list, dict)) and value, f"{name}: {use}"


def test_tables_come_back_with_the_types_the_rules_use():
    assert certainty.HEDGE_ADVERBS["allegedly"] == ("unconfirmed", 1.2)
    assert certainty.MODALS["might"] == 0.8
    assert "deny" in certainty.DENIAL_VERBS and isinstance(certainty.DENIAL_VERBS, frozenset)
    assert places._AP_STATES["calif"] == "CA"
    assert places._DEMONYM_ENDINGS[0] == "ians" and places._DEMONYM_ENDINGS[-1] == ""
    assert lexicon.table("certainty", "score_range", tuples=True)["denied"] == (-3.0, -0.5)


def test_synonym_sets_and_stemmer_read_from_data_behave_as_before():
    assert coref.trigger_related(textsim.stem("killed"), textsim.stem("murder"))
    assert not coref.trigger_related(textsim.stem("killed"), textsim.stem("resign"))
    assert textsim.stem("killings") == textsim.stem("killed") == "kill"
    assert "the" in textsim.STOPWORDS


def test_a_table_that_is_a_list_is_not_read_as_a_mapping():
    try:
        lexicon.table("certainty", "denial_verbs")
    except TypeError as e:
        assert "certainty.denial_verbs" in str(e)
    else:
        raise AssertionError("a list was read as a mapping")


def test_extraction_version_covers_code_and_every_data_file_extraction_reads():
    package = Path(sitroom.__file__).parent
    names = {p.relative_to(package).as_posix() for p in extraction_inputs()}
    for needed in ("annotate.py", "extract/certainty.py", "data/lexicon/certainty.json",
                   "data/lexicon/places.json", "data/event_filters.json",
                   "data/page_furniture.json", "data/gazetteer.tsv.gz"):
        assert needed in names, needed
    assert any(n.startswith("data/lang/ru/") for n in names)
    assert not any(n.startswith(("data/templates/", "data/eval/")) for n in names)
    assert all(Path(p).is_file() for p in extraction_inputs())
