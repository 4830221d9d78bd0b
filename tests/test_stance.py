"""Stance between reports: FNC-1 scorer by hand, booster, model save/load, shipped model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from sitroom.errors import InputError
from sitroom.eval.stance import evaluate, pair_score, score
from sitroom.link.stance import LABELS, load_model
from sitroom.training.stance import Pair, fit, fit_booster, read_fnc, split_by_body, train


def test_pair_score_rules():
    assert pair_score("agree", "agree") == 1.0
    assert pair_score("unrelated", "unrelated") == 0.25
    assert pair_score("agree", "discuss") == 0.25
    assert pair_score("agree", "unrelated") == 0.0
    assert pair_score("unrelated", "disagree") == 0.0


def test_score_three_pairs_by_hand():
    gold = ["agree", "unrelated", "discuss"]
    pred = ["discuss", "unrelated", "discuss"]
    r = score(gold, pred)
    # 0.25 (both related) + 0.25 (unrelated right) + 1.0 (discuss right); max 1 + 0.25 + 1
    assert r["fnc_score"] == 1.5 and r["max_score"] == 2.25
    assert r["relative_score"] == pytest.approx(2 / 3)
    assert r["accuracy"] == pytest.approx(2 / 3)
    assert r["per_class_f1"] == pytest.approx(
        {"agree": 0.0, "disagree": 0.0, "discuss": 2 / 3, "unrelated": 1.0})


def test_perfect_prediction_scores_one():
    gold = ["agree", "disagree", "discuss", "unrelated", "unrelated"]
    r = score(gold, gold)
    assert r["relative_score"] == 1.0 and r["accuracy"] == 1.0
    assert set(r["per_class_f1"].values()) == {1.0}


def test_booster_learns_a_threshold_rule():
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 1, size=(400, 3))
    y = (x[:, 1] > 0.5).astype(int) + 2 * (x[:, 2] > 0.7).astype(int)
    b = fit_booster(x, y, 4, rounds=30, depth=2)
    test = np.array([[0.5, 0.1, 0.1], [0.5, 0.9, 0.1], [0.5, 0.1, 0.9], [0.5, 0.9, 0.9]])
    assert b.proba(test).argmax(axis=1).tolist() == [0, 1, 2, 3]


def _toy_pairs() -> tuple[list[Pair], dict[str, str]]:
    bodies = {
        "1": "The mayor resigned on Monday after the corruption scandal. "
             "Officials confirmed the mayor resigned.",
        "2": "Reports that the mayor resigned are fake. A spokesman denied the mayor resigned "
             "and called it a hoax.",
        "3": "The football club won the cup final in extra time before a record crowd.",
        "4": "It is unclear whether the mayor resigned; some sources claim he may step down.",
    }
    heads = ["Mayor resigns after corruption scandal", "Mayor quits over scandal"]
    stance = {"1": "agree", "2": "disagree", "3": "unrelated", "4": "discuss"}
    pairs = [Pair(h, b, stance[b]) for h in heads for b in bodies] * 20
    return pairs, bodies


def test_fit_save_load_round_trip(tmp_path: Path):
    pairs, bodies = _toy_pairs()
    model = fit(pairs, bodies, rounds=20)
    inputs = [(p.headline, bodies[p.body_id]) for p in pairs[:8]]
    pred = model.predict_many(inputs)
    assert pred == [p.stance for p in pairs[:8]]
    model.save(tmp_path / "m.npz")
    again = load_model(tmp_path / "m.npz")
    assert again.predict_many(inputs) == pred
    assert again.body_ids == {"1", "2", "3", "4"}
    assert again.predict_many([]) == []


def test_train_from_csv_is_reproducible(tmp_path: Path):
    pairs, bodies = _toy_pairs()
    (tmp_path / "bodies.csv").write_text(
        "Body ID,articleBody\n" + "".join(f'{k},"{v}"\n' for k, v in bodies.items()))
    (tmp_path / "stances.csv").write_text(
        "Headline,Body ID,Stance\n" + "".join(f"{p.headline},{p.body_id},{p.stance}\n"
                                              for p in pairs))
    read_pairs, read_bodies = read_fnc(tmp_path / "stances.csv", tmp_path / "bodies.csv")
    assert read_pairs == pairs and read_bodies == bodies
    r1 = train(tmp_path / "stances.csv", tmp_path / "bodies.csv", tmp_path / "a.npz",
               val_fraction=0)
    train(tmp_path / "stances.csv", tmp_path / "bodies.csv", tmp_path / "b.npz", val_fraction=0)
    assert r1["n_pairs"] == 160 and r1["n_bodies"] == 4
    a, b = np.load(tmp_path / "a.npz"), np.load(tmp_path / "b.npz")
    assert all(np.array_equal(a[k], b[k]) for k in a.files)
    result = evaluate(tmp_path, model=tmp_path / "a.npz")
    assert result["trained_on_this_data"] is True and result["n"] == 160


def test_split_by_body_keeps_bodies_apart():
    pairs = [Pair(f"h{i}", str(i % 10), "unrelated") for i in range(50)]
    tr, va = split_by_body(pairs, 0.2, seed=3)
    assert len({p.body_id for p in va}) == 2 and len(tr) + len(va) == 50
    assert not {p.body_id for p in tr} & {p.body_id for p in va}


def test_shipped_model_predicts_labels():
    model = load_model()
    body = ("Officials denied reports that the army had staged a coup in the capital, "
            "calling the claims fake and a hoax spread online.")
    assert model.predict("Army stages coup in the capital", body) == "disagree"
    assert model.predict("Scientists discover water on distant exoplanet", body) == "unrelated"
    assert set(model.predict_many([("a", "b"), ("c", "d")])) <= set(LABELS)
    assert model.predict("", "") == model.predict("Coup in the capital", "") == "unrelated"


def test_errors_name_the_fix(tmp_path: Path):
    with pytest.raises(InputError):
        evaluate(tmp_path / "missing")
    with pytest.raises(InputError):
        load_model(tmp_path / "none.npz")
    with pytest.raises(InputError):
        fit([Pair("h", "1", "maybe")], {"1": "b"})


def test_train_command_needs_the_fnc_files(tmp_path: Path):
    from sitroom.errors import InputError
    from sitroom.training import MODELS, train as run_training

    assert "stance" in MODELS
    with pytest.raises(InputError, match="stances.csv and bodies.csv"):
        run_training("stance", tmp_path)
