"""Round 22, reading the picture (docs/judgements/reading.md, "Round 22: a fifth reading"):
a story's reports of one day give the day once (T5); the HTML key actors count one report as
"1 report" (T6); the HTML report's list of reports writes each report's time in words (T7);
a decade or century date reads as one ("the 1960s", T8); a quote's own double quotation
marks typed as two apostrophes are single marks inside the quote's (T9)."""

from __future__ import annotations

import re

from analystkit import cli_output, cross_picture

from sitroom import report_actors
from sitroom.report_text import human_date, quoted, span_words
from sitroom.report_view import readable_date

# T5: a story's span of one day, the day once


def _stories(md: str) -> list[str]:
    return md.split("## Stories", 1)[1].split("\n## ", 1)[0].strip().splitlines()[2:]


def test_a_story_of_one_day_gives_the_day_once_in_the_markdown(tmp_path):
    out = cli_output(tmp_path, cross_picture(), "report", "-f", "md")
    assert _stories(out) == [
        "1. **Port falls** — 2 reports from Coast Wire, Harbour Times, 2024-05-06 09:00 to 18:30",
        "2. **(untitled report of Valley News)** — 1 report from Valley News, 2024-05-07 08:00"]


def test_a_story_over_two_days_keeps_both_days_in_full(tmp_path):
    p = cross_picture()
    p["stories"][0]["last"] = "2024-05-07T10:00"
    out = cli_output(tmp_path, p, "report", "-f", "md")
    assert _stories(out)[0].endswith("Harbour Times, 2024-05-06 09:00 to 2024-05-07 10:00")


def test_a_story_of_one_day_gives_the_day_once_in_the_html_and_the_terminal(tmp_path):
    page = cli_output(tmp_path, cross_picture(), "report", "-f", "html")
    cells = re.findall(r'<tr id="story-[^"]+">.*?<td class="date">([^<]*)</td>', page)
    assert cells == ["6 May 2024 09:00 – 18:30", "7 May 2024 08:00"]
    term = " ".join(cli_output(tmp_path, cross_picture(), "report", "-f", "terminal").split())
    assert "1 Port falls — 2 reports from Coast Wire, Harbour Times, 2024-05-06 09:00 to 18:30 " \
        "2 (untitled report of Valley News)" in term


def test_the_span_joins_two_days_in_full_and_one_instant_once():
    assert span_words("6 May 2024 09:00", "6 May 2024 18:30", " – ") == "6 May 2024 09:00 – 18:30"
    assert span_words("6 May 2024", "7 May 2024", " – ") == "6 May 2024 – 7 May 2024"
    assert span_words("7 May 2024 08:00", "7 May 2024 08:00", " – ") == "7 May 2024 08:00"


# T6: "1 report", not "1 reports", in the HTML key actors


def _item(reports: int) -> dict:
    line = {"date": "2024-05-06", "what": "seized", "role": "agent", "with": [], "reports": 1,
            "sentence": "Rebels seized the port.", "mark": (0, 6), "start": 0, "doc": "d1",
            "outlet": "Coast Wire"}
    return {"actor": {"id": "actor:rebels", "name": "Rebels", "kind": "armed group",
                      "reports": reports}, "lines": [line]}


def test_the_html_key_actors_count_one_report_in_the_singular():
    page = report_actors.html([_item(1), _item(3)], {})
    heads = re.findall(r"<h3>(.*?)</h3>", page)
    assert heads == ['Rebels <span class="muted small">armed group, 1 report</span>',
                     'Rebels <span class="muted small">armed group, 3 reports</span>']


# T7: the HTML report's list of reports, each report's time in words


def test_the_html_list_of_reports_writes_the_time_in_words_not_as_a_stamp(tmp_path):
    page = cli_output(tmp_path, cross_picture(), "report", "-f", "html")
    summaries = re.findall(r'<details class="doc"[^>]*><summary>(.*?)</summary>', page)
    assert summaries[0].startswith('Port falls <span class="muted small">— Coast Wire '
                                   '6 May 2024 09:00 · ')
    assert summaries and not any(re.search(r"\d{4}-\d\d-\d\dT", s) for s in summaries)


# T8: a decade or a century in words


def test_a_decade_and_a_century_read_as_words_in_both_date_forms():
    assert readable_date("196") == "the 1960s" and human_date("196") == "the 1960s"
    assert readable_date("19") == "the 20th century" and human_date("19") == "the 20th century"


def test_a_year_and_an_unknown_value_are_left_as_they_were():
    assert readable_date("1968") == "1968" and human_date("1968") == "1968"
    assert human_date("soon") == "soon" and readable_date("2016-SU") == "2016-06 to 2016-08"


def test_an_event_of_a_decade_is_listed_at_the_decade_in_words(tmp_path):
    p = cross_picture()
    e = p["events"][1]
    e.update(date="196", date_precision="decade", date_source=None,
             summary="Rebels built the old fort.",
             evidence=[{"doc": "d1", "start": 50, "end": 76, "text": "Rebels built the old fort.",
                        "sent": 1}])
    for t in p["timeline"]:
        if t["event"] == e["id"]:
            t["date"] = "196"
    out = cli_output(tmp_path, p, "report", "-f", "md")
    assert "- the 1960s: **COERCE** (kill) by Rebels — Rebels built the old fort. [Coast Wire]" \
        in out.splitlines()
    assert not re.search(r"^- 196\b", out, re.M)


# T9: a quote's own double quotation marks typed as two apostrophes


def test_two_apostrophes_inside_a_quote_are_its_own_double_marks():
    assert quoted("''We hold the line,'' ''and the bridge.''") == \
        "“‘We hold the line,’ ‘and the bridge.’”"
    assert quoted("He read ''Harbour Notes'' aloud") == "“He read ‘Harbour Notes’ aloud”"


def test_one_apostrophe_is_left_as_written():
    assert quoted("the workers' union met") == "“the workers' union met”"


def test_the_markdown_quote_shows_no_apostrophes_beside_its_marks(tmp_path):
    p = cross_picture()
    p["quotes"][0].update(text="''The port is ours,'' ''and it stays so.''", kind="direct")
    out = cli_output(tmp_path, p, "report", "-f", "md")
    quotes = out.split("## Quotes", 1)[1].split("\n## ", 1)[0]
    # round 23 (T11): a quote wrapped in its own marks shows each part once, in ours
    assert "“The port is ours” “and it stays so.”" in quotes
    assert "''" not in quotes


def test_the_html_quote_shows_no_apostrophes_beside_its_marks(tmp_path):
    p = cross_picture()
    p["quotes"][0].update(text="''The port is ours,'' ''and it stays so.''", kind="direct")
    page = cli_output(tmp_path, p, "report", "-f", "html")
    assert "<br>“The port is ours” “and it stays so.”" in page  # round 23 (T11)
    assert "&#x27;&#x27;" not in page
