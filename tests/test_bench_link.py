"""The link-scaling benchmark's arithmetic and its command line (no timing is asserted)."""

from __future__ import annotations

from typer.testing import CliRunner

from sitroom.bench_link import format_scaling, slope
from sitroom.cli import app


def test_slope_of_linear_growth_is_one_and_of_quadratic_two():
    assert slope([100, 200, 400], [1.0, 2.0, 4.0]) == 1.0
    assert slope([100, 200, 400], [1.0, 4.0, 16.0]) == 2.0
    assert slope([100], [1.0]) is None


def test_scaling_summary_names_slope_and_incremental_step():
    text = format_scaling({"runs": [{"reports": 10, "seconds": 1.0, "peak_rss_mb": 300.0,
                                     "load_average": 0.5},
                                    {"reports": 20, "seconds": 2.0, "peak_rss_mb": 310.0,
                                     "load_average": 0.5}],
                           "slope": 1.0,
                           "incremental": {"store_reports": 20, "added": 3,
                                           "ingest_seconds_median": 0.05,
                                           "analyze_seconds_median": 1.5,
                                           "link_seconds_median": 0.9,
                                           "total_seconds_median": 1.55,
                                           "peak_rss_mb": 420.0, "load_average": 2.5,
                                           "component_median": 20}})
    assert "log-log slope of link seconds on reports: 1.00" in text
    assert ("adding one report to 20 (median of 3): ingest 0.05s, analyse + link 1.50s (link "
            "0.90s), total 1.55s, peak RSS 420 MB, load average 2.50; the new report's keys "
            "reach 20 stored reports") in text


def test_link_sizes_that_are_not_numbers_are_a_one_line_error():
    result = CliRunner().invoke(app, ["bench", "--link-sizes", "10,ten"])
    assert result.exit_code == 1
    assert "Error: --link-sizes 10,ten: not a list of numbers" in result.output


def test_peak_memory_of_a_process_is_positive_and_at_least_its_current_size():
    from pathlib import Path

    from sitroom.bench_link import peak_rss_mb

    peak = peak_rss_mb()
    status = Path("/proc/self/status")
    if status.exists():
        rss = next(int(x.split()[1]) / 1024 for x in status.read_text().splitlines()
                   if x.startswith("VmRSS:"))
        assert peak >= rss - 0.1
    assert peak > 0


def test_adding_reports_one_by_one_links_each_incrementally(tmp_path):
    from conftest import EXAMPLES
    from sitroom.bench_link import add_reports
    from sitroom.pipeline import analyze, ingest
    from sitroom.store import Store

    files = sorted((EXAMPLES / "reports").iterdir())
    with Store(tmp_path / "s.db") as store:
        ingest(store, files[:3], meta=EXAMPLES / "meta.json")
        analyze(store)
        stored = store.count_documents()
    r = add_reports(tmp_path / "s.db", files[3:5])
    assert r["store_reports"] == stored and r["added"] == 2
    assert r["component_median"] >= 1  # the new reports share names with the stored ones
    assert set(r["link_parts"]) == {"read", "build", "index", "write"}
    assert r["peak_rss_mb"] > 0
