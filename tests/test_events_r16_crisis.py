"""Round 16: the learned filter's labels of crisis reporting (draw Y of FNC-1 bodies about armed
conflict, unrest, militant groups and police or military action) are a label file read like
round 11's FNC-1 labels."""

from __future__ import annotations

from sitroom.training.events import (
    FNC1_SOURCES,
    KEPT_OUT,
    SOURCES,
    _documents,
    label_file,
    read_labels,
)


def test_the_crisis_draw_is_a_label_file_of_fnc1_bodies_of_another_genre():
    rows = read_labels(label_file("Y"))
    assert ("Y", "other") in SOURCES and "Y" in FNC1_SOURCES
    assert rows and {r["sample"] for r in rows} == {"Y"} and "Y" not in KEPT_OUT
    assert all(r["article"].startswith("fnc1-") and r["start"] < r["end"] for r in rows)
    assert {r["label"] for r in rows} == {"R", "P", "W"}


def test_no_event_of_the_crisis_draw_is_labelled_in_another_file():
    y = {(r["article"], r["start"], r["end"]) for r in read_labels(label_file("Y"))}
    y_bodies = {a for a, _, _ in y}
    other = {r["article"] for src, _ in SOURCES if src != "Y" for r in read_labels(label_file(src))}
    assert not y_bodies & other


def _bodies(tmp_path):
    root = tmp_path / "eval"
    (root / "stance-fnc1").mkdir(parents=True)
    (root / "stance-fnc1" / "bodies.csv").write_text(
        'Body ID,articleBody\n7,"Rebels seized the town at dawn."\n9,"The army withdrew."\n',
        encoding="utf-8")
    return root


def test_the_crisis_labels_are_read_against_the_fnc1_bodies(tmp_path):
    root = _bodies(tmp_path)
    docs = _documents("Y", tmp_path, root, {"fnc1-9"})
    assert [(d.id, d.text) for d in docs] == [("fnc1-9", "The army withdrew.")]


def test_a_source_of_another_corpus_does_not_read_the_fnc1_bodies(tmp_path):
    root = _bodies(tmp_path)
    assert _documents("ecbplus", tmp_path, root, {"fnc1-9"}) == []
