"""The learned PLOVER type classifier: the feature function of a trigger, the trainer on
small hand-built records, and the cross-validation against the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitroom.errors import InputError
from sitroom.extract.events_senses import type_features
from sitroom.training import train as run_training
from sitroom.training.plover import Row, _label, cross_validate, fit, rows_of, train


def _token(adoc, word: str) -> int:
    return next(t.i for t in adoc.tokens if t.text == word)


def test_features_of_a_verb_trigger(annotated):
    adoc = annotated("The rebels did not attack the convoy near the border.")
    v = _token(adoc, "attack")
    f = type_features(adoc, v, "ASSAULT", None)
    assert f["rule=ASSAULT"] == 1.0 and f["rule_mode=ASSAULT/None"] == 1.0
    assert f["quad=material_conflict"] == 1.0
    assert f["pos=VERB"] == 1.0 and f["neg"] == 1.0
    assert f["lemma=attack"] == 1.0 and f["lex=ASSAULT"] == 1.0
    assert f["dobj_lemma=convoy"] == 1.0 and f["prep=near"] == 1.0
    assert "future" not in f and "passive" not in f


def test_features_without_words_of_the_genre(annotated):
    adoc = annotated("The government will impose sanctions on the company.")
    v = _token(adoc, "impose")
    f = type_features(adoc, v, "SANCTION", None, lexical=False)
    assert f["future"] == 1.0 and f["prep=on"] == 1.0
    assert not [k for k in f if k.startswith(("lemma=", "dobj_lemma=", "head_lemma="))]


def test_features_of_the_context(annotated):
    adoc = annotated("Police arrested dozens of protesters after the demonstration.")
    f = type_features(adoc, _token(adoc, "arrested"), "COERCE", "arrest")
    assert f["nsubj_kind=organisation"] == 1.0  # police: an actor noun
    assert f["dobj_ent=CARDINAL"] == 1.0
    # "after the demonstration": the sense of a preposition's object and of the sentence
    assert f["pobj_sense=PROTEST"] == 1.0 and f["context=PROTEST"] == 1.0


def _row(gold: str, rule: str, cue: str, recoded: bool = False) -> Row:
    return Row(gold, rule, (rule, None), recoded, {f"rule={rule}": 1.0, f"cue={cue}": 1.0})


def _records() -> list[Row]:
    # the rule says ASSAULT for both cues; the gold says "shell" is ASSAULT, "fine" SANCTION
    rows = []
    for _ in range(6):
        rows.append(_row("ASSAULT", "ASSAULT", "shell"))
        rows.append(_row("SANCTION", "ASSAULT", "fine"))
    return rows


def test_training_labels():
    assert _label(_row("ASSAULT", "ASSAULT", "x")) == "ASSAULT"
    assert _label(_row("SANCTION", "ASSAULT", "x")) == "SANCTION"
    # a recoded record teaches its trigger sense when the recoding was right, else nothing
    right = Row("THREATEN", "THREATEN", ("ASSAULT", None), True, {"cue=x": 1.0})
    wrong = Row("AGREE", "THREATEN", ("ASSAULT", None), True, {"cue=x": 1.0})
    assert _label(right) == "ASSAULT" and _label(wrong) is None
    assert _label(Row("ACCUSE", "ACCUSE")) is None  # no trigger


def test_fit_learns_a_correction_and_keeps_untouchable_rows():
    model = fit(_records())
    assert model is not None
    assert model.predict(_row("SANCTION", "ASSAULT", "fine")) == "SANCTION"
    assert model.predict(_row("ASSAULT", "ASSAULT", "shell")) == "ASSAULT"
    # recoded rows and rows without a trigger keep the rules' type
    recoded = Row("THREATEN", "THREATEN", ("ASSAULT", None), True, {"cue=fine": 1.0})
    assert model.predict(recoded) == "THREATEN"
    assert model.predict(Row("ACCUSE", "PROTEST")) == "PROTEST"
    # a margin the model cannot reach keeps the rule sense
    assert model.predict(_row("SANCTION", "ASSAULT", "fine"), margin=1.0) == "ASSAULT"


def test_fit_needs_two_types():
    assert fit([_row("ASSAULT", "ASSAULT", "shell")] * 3) is None


def test_cross_validation_is_deterministic_and_scores_the_rules():
    rows = _records()
    cv = cross_validate(rows, k=3)
    assert cv == cross_validate(rows, k=3)
    assert cv["rules"] == 0.5  # the rules get every "fine" record wrong
    assert cv["combined"] == 1.0
    assert len(cv["folds"]) == 3 and sum(f["n"] for f in cv["folds"]) == len(rows)


def _write_records(folder: Path) -> Path:
    texts = [("ASSAULT", "Rebels attacked the army base on Monday."),
             ("ASSAULT", "Militants shelled the village overnight."),
             ("AGREE", "The two governments agreed to a ceasefire."),
             ("AGREE", "The parties signed a peace agreement on Friday."),
             ("PROTEST", "Thousands of workers demonstrated in the capital."),
             ("PROTEST", "Students marched against the new law.")]
    records = [{"id": f"TEST-{typ}-{k:04d}", "event": typ, "text": text,
                "source": [{"actorText": text.split()[0]}], "target": []}
               for k, (typ, text) in enumerate(texts)]
    path = folder / "PLOVER_GSR_test.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_trainer_on_hand_built_records(tmp_path: Path):
    path = _write_records(tmp_path)
    result = train(path, k=2)
    assert result["records"] == 6 and result["folds"] == 2
    assert set(result["cross_validated"]) >= {"rules", "learned", "combined", "cautious", "folds"}
    assert result["beats_rules"] in (None, "combined", "cautious", "learned")
    assert result == train(path, k=2)  # deterministic
    summary = run_training("plover", tmp_path)
    assert summary["model"] == "plover" and summary["out"].endswith("PLOVER_GSR_test.json")
    assert list(tmp_path.iterdir()) == [path]  # nothing written


def test_rows_of_records(tmp_path: Path, annotated):
    from sitroom.eval.events import load

    golds = load(_write_records(tmp_path))
    rows = rows_of(golds, [annotated(g.text) for g in golds])
    assert [r.gold for r in rows] == [g.type for g in golds]
    first = rows[0]
    assert first.rule == "ASSAULT" and first.sense is not None and not first.recoded
    assert first.features["rule=ASSAULT"] == 1.0


def test_trainer_wants_records(tmp_path: Path):
    with pytest.raises(InputError):
        run_training("plover", tmp_path)
