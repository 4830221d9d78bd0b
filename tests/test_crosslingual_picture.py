"""One picture across languages on the example corpus: the entities that the English,
Russian, Ukrainian and French example reports name are one actor (one place) each, and acts
told in several languages are one event. The gold is ``data/eval/crosslingual_examples.json``
(hand-made from the example reports; ``python -m sitroom.eval.crosslingual`` prints it)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from sitroom.cli import app
from sitroom.eval.crosslingual import evaluate, load_gold

GOLD = load_gold()

# not joined yet: each entry names what is missing (strict: a join that starts to work fails
# here until its entry is removed)
NOT_YET: dict[str, str] = {}


def _cases(kind: str, key: str):
    return [pytest.param(e[key], id=e[key], marks=pytest.mark.xfail(
        strict=True, reason=NOT_YET[e[key]])) if e[key] in NOT_YET else pytest.param(
        e[key], id=e[key]) for e in GOLD[kind]]


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    db = tmp_path_factory.mktemp("xling") / "x.db"
    r = CliRunner().invoke(app, ["run", str(EXAMPLES / "reports"), "--meta",
                                 str(EXAMPLES / "meta.json"), "--db", str(db), "--quiet"])
    assert r.exit_code == 0, r.output
    return evaluate(db)


@pytest.mark.parametrize("entity", _cases("actors", "entity"))
def test_an_entity_named_in_several_languages_is_one_actor(result, entity):
    got = next(a for a in result["actors"] if a["entity"] == entity)
    assert got["missing"] == [] and len(got["actors"]) == 1, got


@pytest.mark.parametrize("entity", _cases("places", "entity"))
def test_a_place_named_in_several_languages_resolves_to_it_everywhere(result, entity):
    got = next(p for p in result["places"] if p["entity"] == entity)
    assert got["wrong"] == []


@pytest.mark.parametrize("act", _cases("events", "act"))
def test_an_act_told_in_several_languages_is_one_event(result, act):
    got = next(e for e in result["events"] if e["act"] == act)
    assert got["one"], got["events"]


def test_people_named_in_several_languages_do_not_merge_with_each_other(result):
    """The joins never put two of the gold's entities into one actor."""
    owners: dict[str, str] = {}
    for a in result["actors"]:
        for actor in a["actors"]:
            assert owners.setdefault(actor, a["entity"]) == a["entity"], actor


def test_inflected_names_not_used_for_the_rules_keep_their_floor():
    """Public figures' names inflected in 40 Russian and Ukrainian sentences, read in the
    nominative: 0.750 before the whole-name reading, 0.775 with it, 0.800 once Ukrainian
    spans are cut at prepositions ("з Денисом Шмигалем"; the floor)."""
    from sitroom.eval.crosslingual import inflected

    assert inflected()["accuracy"] >= 0.8
