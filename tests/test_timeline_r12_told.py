"""Round 12: the learned decision whether a happening keeps its anchored date
(extract/time_told.py, data/happening_dates.json, training/timeline.py)."""

from __future__ import annotations

from sitroom.extract import extract
from sitroom.extract.happenings import _rules
from sitroom.extract.time_anchoring import anchor_event
from sitroom.extract.time_told import _model, model_keeps, rules_only, told_features
from sitroom.training.timeline import _prf

FILLER = "".join(f"Weather station {k} recorded light rain.\n\n" for k in range(14))
LATE = ("Norland Rail opened a new depot on Monday.\n\n" + FILLER
        + "Norland Rail bought two locomotives.")
# no day anywhere before it (round 16: a day told above would be the story's day)
LATE_UNDATED = ("Norland Rail opened a new depot.\n\n" + FILLER
                + "Norland Rail bought two locomotives.")


def _happening(ex, trigger):
    return next(h for h in ex.happenings if h.trigger == trigger)


def test_the_shipped_model_is_a_logistic_over_told_features():
    model = _model()
    assert model is not None and model["sources"] == ["publication"]
    assert 0.0 < model["threshold"] < 1.0 and "rule" in model["weights"]


def test_features_say_how_the_clause_is_told(annotated):
    adoc = annotated("Norland Rail has bought two locomotives.", "2024-03-06")
    t = next(tok.i for tok in adoc.tokens if tok.text == "bought")
    a = anchor_event(adoc, t, extract(adoc).times)
    f = told_features(adoc, t, a, _rules()["modals"], 4, True)
    assert f["perfect"] == 1.0 and f["rule"] == 1.0 and f["lead"] == 1.0
    assert f["src=publication"] == 1.0 and f["tag=VBN"] == 1.0 and "modal" not in f


def test_a_time_of_its_own_is_left_to_the_rules(annotated):
    adoc = annotated(LATE, "2024-03-06")
    ex = extract(adoc)
    opened = _happening(ex, "opened")
    assert (opened.date, opened.date_source) == ("2024-03-04", "governing")
    t = adoc.token_at(opened.start)
    a = anchor_event(adoc, t, ex.times)
    assert model_keeps(adoc, t, a, _rules()["modals"], 4, True) is None


def test_a_simple_past_far_down_is_not_the_days_news(annotated):
    """The rules date a simple past anywhere by the publication day; the model learned that
    one far below the lead with no time of its own seldom happened that day."""
    adoc = annotated(LATE_UNDATED, "2024-03-06")
    with rules_only():
        before = _happening(extract(adoc), "bought")
    after = _happening(extract(adoc), "bought")
    assert (before.date, before.date_source) == ("2024-03-06", "publication")
    assert (after.date, after.date_source) == (None, "none")


def test_a_simple_past_in_the_lead_keeps_the_publication_day(annotated):
    ex = extract(annotated("Norland Rail bought two locomotives.", "2024-03-06"))
    bought = _happening(ex, "bought")
    assert (bought.date, bought.date_source) == ("2024-03-06", "publication")


def test_candidate_figures():
    assert _prf([1, 1, 0, 0], [1, 0, 1, 0]) == {"precision": 0.5, "recall": 0.5, "f1": 0.5,
                                               "kept": 2}
    assert _prf([0, 0], [1, 0])["f1"] == 0.0
