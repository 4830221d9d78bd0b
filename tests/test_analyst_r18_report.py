"""Round 18, reading the picture: what the reports show of a date's precision and source,
and the framing heading when no outlet has text enough to profile
(docs/judgements/reading.md, round 18)."""

from __future__ import annotations

from analystkit import cli_output, cross_picture

from sitroom.html_sources import framing_html
from sitroom.html_tables import date_note
from sitroom.picture_view import PictureView
from sitroom.report_entities import _framing as framing_lines
from sitroom.report_view import _View
from sitroom.report_text import date_source_words, human_date
from sitroom.report_view import readable_date


def test_a_season_quarter_or_half_keeps_its_precision_in_the_html_dates():
    assert human_date("2014-SU") == "summer 2014"
    assert human_date("2016-Q2") == "Q2 2016" and human_date("2016-H1") == "H1 2016"
    assert human_date("2023-W25-WE") == "24-25 Jun 2023"  # a weekend, not left as written


def test_plain_dates_and_odd_values_are_shown_as_before():
    assert human_date("2016") == "2016" and human_date("2016-07") == "Jul 2016"
    assert human_date("2023-W25") == "19–25 Jun 2023"
    assert human_date("2010s") == "2010s"  # no span: as written, not cut to a year
    assert human_date("2016-07-28TNI") == "28 Jul 2016, night"


def test_a_season_in_the_markdown_is_its_months_in_the_form_of_the_other_dates():
    assert readable_date("2014-SU") == "2014-06 to 2014-08"
    assert readable_date("2015-WI") == "2015-12 to 2016-02"
    assert readable_date("2016-Q2") == "2016-04 to 2016-06"
    assert readable_date("2023-W25-WE") == "2023-06-24 to 2023-06-25"
    assert readable_date("2016-07") == "2016-07" and readable_date("2016") == "2016"


def test_a_date_source_is_shown_in_words_never_as_its_field_code():
    assert date_source_words("paragraph") == "from its paragraph"
    assert date_source_words("publication") == "publication date"
    assert date_source_words("governing") == "" and date_source_words(None) == ""
    assert date_source_words("none") == ""


def test_the_html_timeline_note_names_the_source_and_background_only():
    assert date_note({"date": "2016-02-01", "date_source": "paragraph"}) == "from its paragraph"
    assert date_note({"date": "2016-02-01", "date_source": "governing"}) == ""
    assert date_note({"date": "2012", "date_source": "governing", "historical": True}) == \
        "background"
    assert date_note({"date": "2012", "date_source": "publication", "historical": True}) == \
        "publication date · background"
    assert date_note({"date": None, "date_source": "none"}) == ""


def _framing(*outlets: tuple[str, int]) -> dict:
    return {"documents": [], "framing": [
        {"id": f"framing:{o}", "outlet": o, "docs": [f"{o}-1"], "words": words, "terms": [],
         "tone": {}, "omits": {}} for o, words in outlets]}


def test_the_framing_heading_says_more_only_after_outlets_profiled_above():
    small = _framing(("Coast Wire", 200), ("River Post", 300))
    md = "\n".join(framing_lines(_View(small)))
    assert "### 2 outlets" in md and "more outlet" not in md
    html = framing_html(PictureView(small))
    assert "<b>2 outlets</b>" in html and "more outlet" not in html


def test_the_framing_heading_keeps_more_after_a_profiled_outlet():
    mixed = _framing(("Coast Wire", 5000), ("River Post", 300))
    assert "<b>1 more outlet</b>" in framing_html(PictureView(mixed))


def test_a_quote_shows_its_time_as_other_dates_or_the_day_of_its_first_report():
    from sitroom.html_tables import quotes_html

    p = {"documents": [{"id": "d1", "published": "2024-03-02T10:00:00Z"},
                       {"id": "d2", "published": "2024-03-01T08:00:00Z"}],
         "actors": [], "quotes": [
             {"id": "quote:1", "speaker_text": "a spokesman", "text": "We hold.", "cue": "said",
              "time": "2024-03-05T09:30", "docs": ["d1"]},
             {"id": "quote:2", "speaker_text": "a spokesman", "text": "We left.", "cue": "said",
              "docs": ["d1", "d2"]}]}
    html = quotes_html(PictureView(p))
    assert "(said, 5 Mar 2024 09:30)" in html and "2024-03-05T09:30" not in html
    assert 'title="undated in the text">reported 1 Mar 2024</span>' in html


def test_the_report_command_prints_a_season_as_months_and_a_date_source_in_words(tmp_path):
    """`sitroom report` in-process, on a store holding a hand-built picture."""
    p = cross_picture()
    p["timeline"][0].update(date="2024-SP", date_precision="season", date_source="paragraph")
    out = cli_output(tmp_path, p, "report", "--format", "md")
    happened = out.split("## What happened", 1)[1]
    line = next(ln for ln in happened.splitlines() if ln.startswith("- 2024-03 to 2024-05"))
    assert line.startswith("- 2024-03 to 2024-05 (from its paragraph): **ASSAULT** (seize) by ")
    assert "2024-SP" not in out and "(paragraph)" not in out
