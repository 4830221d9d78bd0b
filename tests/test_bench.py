"""sitroom bench: the generated corpus, the component timers and the shape of the figures
(no timing assertions: machines are shared and noisy)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import sitroom.extract.times as times_module
from sitroom import bench
from sitroom.cli import app
from sitroom.ingest.dedup import NearDuplicates


def test_generated_reports_are_varied_not_copies():
    docs = bench.generate_reports(n=40, seed=3)
    assert len(docs) == 40 and len({d.id for d in docs}) == 40
    assert len({d.text for d in docs}) == 40 and len({d.outlet for d in docs}) > 1
    near = NearDuplicates()
    copies = [d.id for d in docs if near.add(d.id, d.text)]
    assert len(copies) <= 2  # dedup keeps (almost) all of them
    assert bench.generate_reports(n=5, seed=3) == docs[:5]  # seeded: the same text each run


def test_generated_reports_reach_the_word_count():
    docs = bench.generate_reports(words=800)
    n = sum(len(d.text.split()) for d in docs)
    assert n >= 800 and n - len(docs[-1].text.split()) < 800


def test_vary_swaps_names_consistently_and_numbers_but_not_years():
    import random

    names: dict[str, str] = {}
    text = "Ivan Petrov met 250 soldiers in 2024. Ivan Petrov left."
    for seed in range(20):  # some seed swaps the name
        names = {}
        out = bench._vary(text, random.Random(seed), names)
        if names["Ivan Petrov"] != "Ivan Petrov":
            break
    assert out.count(names["Ivan Petrov"]) == 2 and "Ivan Petrov" not in out
    assert "2024" in out and "250" not in out.replace("2024", "")
    assert len(out.split()) == len(text.split())


def test_timed_components_accumulate_and_restore():
    original = times_module.extract_times
    with bench.timed_components() as seconds:
        assert times_module.extract_times is not original
        assert set(seconds) == {"actors", "places", "times", "quotes", "claims", "events"}
    assert times_module.extract_times is original


@pytest.mark.slow
def test_run_bench_figures_and_text():
    r = bench.run_bench(words=300)
    assert r["words"] >= 300 and r["documents"] >= 2
    for key in ("bare_spacy_wps", "pipeline_wps", "ratio", "peak_rss_mb"):
        assert r[key] > 0, key
    assert set(r["seconds"]) == {"bare_spacy", "pipeline", "annotate", "extract", "link"}
    assert set(r["component_share"]) == set(bench.COMPONENTS)
    assert r["extract_components"]["times"] > 0 and r["seconds"]["link"] > 0
    assert r["extract_share"] == pytest.approx(sum(r["component_share"].values()), abs=0.01)
    assert r["ratio"] == pytest.approx(r["pipeline_wps"] / r["bare_spacy_wps"], rel=0.01)
    text = bench.format_text(r)
    for label in ("bare spaCy nlp.pipe", "ratio pipeline/bare", "time normaliser", "link stage",
                  "peak memory"):
        assert label in text


@pytest.mark.slow
def test_cli_bench_json():
    result = CliRunner().invoke(app, ["bench", "--reports", "3", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["documents"] == 3 and figures["targets"]["link_share"] == 0.2
