"""The learned false-actor filter of round 22 (``extract/actor_model.py``, trained by
``training/actors.py``): the report's actors it reads, the features it gives them, the guard
that keeps speakers and title holders, how dropping an actor leaves its pronouns, that the
shipped model leaves the rules' actors as they are when it is switched off, and the
draw-grouped choice of threshold and the gate it ships by.

Sentences and judged tables are made up."""

from __future__ import annotations

import numpy as np
import pytest

from actorkit import mention
from sitroom.extract import actor_model as M
from sitroom.extract.actors import extract_actors, rule_actors
from sitroom.model import ActorMention


def _m(start: int, text: str, name: str | None = None, kind: str = "person",
       coref_of: int | None = None) -> ActorMention:
    return ActorMention("d", start, start + len(text), 0, text, name or text, kind,
                        coref_of=coref_of)


def test_an_actor_of_the_report_is_its_named_mentions_and_their_pronouns() -> None:
    actors = (_m(0, "Ann Lee"), _m(20, "she", coref_of=0), _m(40, "Lee", "Ann Lee", coref_of=0),
              _m(60, "Ann Lee"), _m(80, "they", kind="group"), _m(90, "Acme", kind="organisation"))
    groups = M.actor_groups(actors)
    assert groups == [[0, 1, 2, 3], [5]]  # the unchained pronoun "they" names nobody


def test_dropping_an_actor_leaves_its_pronouns_unresolved_and_renumbers_the_rest() -> None:
    actors = (_m(0, "Millbrook"), _m(20, "Ann Lee"), _m(30, "it", coref_of=0),
              _m(40, "she", coref_of=1))
    out = M.drop_indices(None, actors, {0})  # type: ignore[arg-type]
    assert [m.text for m in out] == ["Ann Lee", "it", "she"]
    assert out[1].coref_of is None and out[1].kind == "unknown"
    assert out[2].coref_of == 0  # still Ann Lee's, at her new index


def test_false_probability_is_the_logistic_of_the_summed_weights() -> None:
    w = {"bias": -1.0, "loc": 2.0}
    assert M.false_probability(("bias",), w) == pytest.approx(1 / (1 + np.exp(1.0)))
    assert M.false_probability(("bias", "loc", "unseen"), w) == pytest.approx(1 / (1 + np.exp(-1.0)))


def _group(actors, text):
    m = mention(actors, text)
    i = actors.index(m)
    return next(g for g in M.actor_groups(actors) if i in g)


def test_a_town_named_only_in_a_frame_of_place_has_the_place_features(annotated) -> None:
    adoc = annotated("Ann Brody said the parade in Millbrook was moved. Millbrook Council "
                     "approved the route.")
    actors = rule_actors(adoc)
    g = _group(actors, "Ann Brody")
    f = M.features(adoc, actors, g)
    assert "speaks" in f and "subj" in f and "loc" not in f


def test_the_guard_keeps_a_speaker_and_a_titled_person(annotated) -> None:
    adoc = annotated("Gov. Ray Moss visited the plant. Ann Brody said the plant would close.")
    actors = rule_actors(adoc)
    assert M.guarded(adoc, actors, _group(actors, "Ann Brody"))  # she speaks
    assert M.guarded(adoc, actors, _group(actors, "Gov. Ray Moss"))  # a person's title


def test_the_guard_does_not_keep_a_name_that_neither_speaks_nor_holds_a_title(annotated) -> None:
    adoc = annotated("The Harbour Board met on Friday. Ann Brody said the board had approved "
                     "the budget.")
    actors = rule_actors(adoc)
    g = _group(actors, "Harbour Board")
    assert not M.guarded(adoc, actors, g)
    assert "speaks" not in M.features(adoc, actors, g)


def test_the_shipped_model_leaves_the_rules_actors_when_switched_off(annotated) -> None:
    adoc = annotated("The Harbour Board met in Millbrook on Friday. Ann Brody said it would "
                     "meet again.")
    if M._model().get("ship"):
        pytest.skip("the filter is switched on")
    assert extract_actors(adoc) == rule_actors(adoc)


def test_a_switched_on_model_drops_what_it_scores_false_and_keeps_the_guarded(
        annotated, monkeypatch) -> None:
    adoc = annotated("The Harbour Board met in Millbrook on Friday. Ann Brody said it would "
                     "meet again.")
    rules = rule_actors(adoc)
    model = {"ship": True, "threshold": 0.5, "weights": {"bias": 5.0}}  # everything is false
    monkeypatch.setattr(M, "_model", lambda: model)
    got = extract_actors(adoc)
    assert "Ann Brody" in [m.name for m in got]  # a speaker is never dropped
    assert not [m for m in got if "Harbour" in m.name]
    assert len(got) < len(rules)


# ----------------------------------------------------------------- the training side

MD = """# Judged samples

## Round 99, untouched draw 1601 (blind)

| # | file | start | end | name | kind | verdict |
|---|---|---|---|---|---|---|
| 0 | doc-a | 4 | 9 | Ann Lee | person | real (a person who speaks) |
| 1 | doc-b | 0 | 6 | Videos | organisation | not an actor: a section label |

### Re-score

| # | file | start | end | name | kind | verdict |
|---|---|---|---|---|---|---|
| 0 | doc-a | 4 | 9 | Ann Lee | person | real (a person who speaks) |
| 2 | doc-c | 1 | 4 | Bob | person | real |

## Round 99: rules for classes of draw 1601

| rule | written from | rows |
|---|---|---|
| a rule | "a shape" | 1 false |

### Seed 1602 (tuning half), judged before the changes

| 0 | doc-d | 1 | 4 | Old | person | not an actor: a place |

## Wrong merges by surname

| 0 | doc-e | 1 | 4 | Nobody | person | real |
"""


def test_judged_draws_reads_every_draw_once_and_labels_false_rows() -> None:
    from sitroom.training.actors import judged_draws

    draws = judged_draws(MD)
    assert sorted(draws) == [1601, 1602]
    assert [(r["file"], r["y"]) for r in draws[1601]] == [("doc-a", 0), ("doc-b", 1),
                                                          ("doc-c", 0)]
    assert [(r["name"], r["y"], r["seed"]) for r in draws[1602]] == [("Old", 1, 1602)]


def _rows(spec):
    """Rows of made-up draws: (seed, y, probability)."""
    rows = [{"seed": s, "y": y, "file": f"f{k}", "guard": False, "x": ()}
            for k, (s, y, _) in enumerate(spec)]
    return rows, np.array([p for _, _, p in spec])


def test_the_threshold_keeps_the_real_rows_and_no_draw_falls() -> None:
    from sitroom.training.actors import choose, figures

    spec = [(1, 0, 0.1)] * 45 + [(1, 1, 0.9)] * 5 + [(2, 0, 0.2)] * 45 + [(2, 1, 0.1)] * 5
    rows, p = _rows(spec)
    t, fig = choose(rows, p)
    assert t <= 0.9 and fig["pooled"]["false_dropped"] == 5 and fig["pooled"]["real_kept"] == 1.0
    assert fig["draws"][1]["after"] == 1.0 and fig["draws"][2]["after"] == 0.9
    assert figures(rows, np.ones(len(rows), dtype=bool))["pooled"]["before"] == 0.9


def test_no_threshold_is_chosen_when_every_one_loses_real_rows() -> None:
    from sitroom.training.actors import choose

    spec = [(1, 0, 0.95)] * 10 + [(1, 1, 0.9)] * 1 + [(1, 0, 0.1)] * 10
    rows, p = _rows(spec)  # the false row scores below ten real ones
    t, fig = choose(rows, p)
    assert t == 1.0 and fig["pooled"]["kept"] == len(rows)
