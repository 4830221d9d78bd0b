"""The LGL scorer (Gritta et al.) and the floor of toponym resolution on LGL."""

from __future__ import annotations

import math

import pytest
from conftest import EVAL, need

from sitroom.errors import InputError
from sitroom.eval.geo import UNRESOLVED_KM, errors_of, evaluate, format_text, score
from sitroom.extract.gazetteer import haversine

LGL = EVAL / "geo-lgl"


def test_gold_against_itself():
    gold = [(31.31, -92.44), (60.0, 100.0), (-33.87, 151.21)]
    r = score(errors_of(gold, list(gold)))
    assert r == {"acc_161": 1.0, "mean_error_km": 0.0, "auc": 0.0, "n": 3}


def test_hand_computed_two_toponyms():
    # errors 100 km and 300 km: one below 161; mean 200;
    # AUC = ((ln 101 + ln 301) / 2) / (ln 20039 * 1)
    r = score([300.0, 100.0])
    assert r["acc_161"] == 0.5 and r["mean_error_km"] == 200.0 and r["n"] == 2
    assert r["auc"] == pytest.approx(0.521039, abs=1e-6)
    assert r["auc"] == pytest.approx((math.log(101) + math.log(301)) / 2 / math.log(20039))


def test_unresolved_counts_the_maximum_error():
    errs = errors_of([(0.0, 0.0), (0.0, 0.0)], [None, (0.0, 1.0)])
    assert errs[0] == UNRESOLVED_KM and errs[1] == pytest.approx(111.195, abs=0.01)
    r = score(errs)
    assert r["acc_161"] == 0.5 and r["mean_error_km"] == pytest.approx((20039 + 111.195) / 2, abs=0.01)


XML = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text>Flooding hit Paris, Texas, and Qzxville.</text>
<toponyms>
<toponym><start>13</start><end>18</end><phrase>Paris</phrase>
 <gaztag geonameid="4717560"><lat>33.66094</lat><lon>-95.55551</lon></gaztag></toponym>
<toponym><start>20</start><end>25</end><phrase>Texas</phrase>
 <gaztag geonameid="4736286"><lat>31.25044</lat><lon>-99.25061</lon></gaztag></toponym>
<toponym><start>31</start><end>39</end><phrase>Qzxville</phrase>
 <gaztag geonameid="1"><lat>10</lat><lon>10</lon></gaztag></toponym>
<toponym><start>0</start><end>8</end><phrase>Flooding</phrase></toponym>
</toponyms></article></articles>
"""


def test_evaluate_on_a_hand_made_file(tmp_path):
    f = tmp_path / "lgl.xml"
    f.write_text(XML, encoding="utf-8")
    r = evaluate(tmp_path, backoff=False)  # a folder holding lgl.xml, or the file itself
    assert r["n"] == 3 and r["n_unresolved"] == 1 and r["n_articles"] == 1
    assert r["acc_161"] == pytest.approx(2 / 3)  # Paris TX exact, Texas's centre < 161 km
    assert r["mean_error_km"] > UNRESOLVED_KM / 3
    assert "acc@161" in format_text(r)
    # with the backoff, the unknown Qzxville is put at the article's focus, Paris TX
    b = evaluate(tmp_path / "lgl.xml")
    paris_to_gold = haversine(33.66094, -95.55551, 10.0, 10.0)
    assert b["n_unresolved"] == 0 and b["acc_161"] == pytest.approx(2 / 3)
    expected = (r["mean_error_km"] * 3 - UNRESOLVED_KM + paris_to_gold) / 3
    assert b["mean_error_km"] == pytest.approx(expected, abs=1)


def test_bad_paths_raise_input_error(tmp_path):
    with pytest.raises(InputError):
        evaluate(tmp_path / "missing")
    bad = tmp_path / "lgl.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError):
        evaluate(bad)


@pytest.mark.slow
def test_floor_on_lgl_subset():
    need(LGL / "lgl.xml")
    r = evaluate(LGL, limit=200)
    # measured on these 200 articles (1,521 toponyms): acc@161 0.909, AUC 0.223
    # (all 588 dev articles: 0.911 / 0.236; before the currency cue, the tables of historic
    # names and regions: 0.894 / 0.232 here, 0.897 / 0.244 on all; before the focus backoff
    # and the one-sense, region and gazetteer changes: 0.864 / 0.258 here, 0.859 / 0.274)
    assert r["n"] == 1521
    assert r["acc_161"] >= 0.90
    assert r["auc"] <= 0.235
