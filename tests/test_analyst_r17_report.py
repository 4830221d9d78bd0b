"""Round 17, reading the picture: what the situation report shows a reader
(docs/judgements/reading.md). A sources matrix of more outlets than a table can hold is a
list; a week is written in the form of a day; an undated line names no date source; a
sentence that opens with a quotation is not shown with doubled marks; the main actors are
those of most reports, the same in the Markdown and HTML summaries."""

from __future__ import annotations

import copy

from test_export_report import DOCS, _ev, _section, cross_picture

from sitroom import report
from sitroom.html_report import render
from sitroom.report_actors import main_actors
from sitroom.report_text import as_said, quoted
from sitroom.report_view import readable_date


def _many_outlets(n: int) -> dict:
    """The cross-source picture with ``n`` more reports, each from its own outlet, silent on
    the seizure."""
    p = copy.deepcopy(cross_picture())
    p["documents"] = DOCS + [{"id": f"x{i}", "title": None, "outlet": f"Wire {i}",
                              "published": "2024-05-07T09:00:00", "kind": "text",
                              "copy_of": None, "meta": {}} for i in range(n)]
    return p


def test_a_matrix_of_more_outlets_than_a_table_holds_is_a_list():
    md = report.build(_many_outlets(6), quality={})
    assert _section(md, "Sources") == [
        "Who carries the main events and claims (9 outlets, too many for a table): the outlets "
        "that report, corroborate, contradict or discuss each; the others are silent.",
        "- **ASSAULT** Rebels seized the port, killing 12 people. (disputed): reports Coast "
        "Wire; corroborates Valley News; contradicts Harbour Times; silent 6"]


def test_a_matrix_of_outlets_a_table_holds_stays_a_table():
    md = report.build(_many_outlets(5), quality={})
    lines = _section(md, "Sources")
    assert lines[1].startswith("| event or claim | ") and lines[1].count("|") == 10
    assert "too many for a table" not in md


def test_a_week_is_written_in_the_form_of_a_day():
    assert readable_date("2015-W02") == "2015-01-05 to 2015-01-11"
    assert readable_date("2026-W01") == "2025-12-29 to 2026-01-04"
    assert readable_date("2023-W53") == "2023-W53"  # no such week: as written
    assert readable_date("2015-01-15") == "2015-01-15"


def test_an_undated_line_names_no_date_source():
    p = cross_picture()
    killed = _ev("d1", 44, "Twelve people were killed there.")
    p["events"][1].update(summary=killed["text"], evidence=[killed])
    p["timeline"][1] = {**p["timeline"][1], "date": None, "date_precision": None,
                        "date_source": "none"}
    md = report.build(p, quality={})
    assert "(none)" not in md and "- undated, reported 2024-05-06: **COERCE** (kill)" in md
    p["timeline"][1]["date"], p["timeline"][1]["date_source"] = "2024-05-06", "publication"
    assert "- 2024-05-06 (publication date): **COERCE** (kill)" in report.build(p, quality={})


def test_a_quotation_inside_a_quoted_sentence_gets_single_marks():
    assert quoted("“The port is lost,” the mayor said.") == "“‘The port is lost,’ the mayor said.”"
    assert quoted('He called it "a lie" twice.') == "“He called it ‘a lie’ twice.”"
    assert quoted("Rebels seized the port.") == "“Rebels seized the port.”"
    assert as_said("we will retake it,", "direct") == "“we will retake it”"
    assert as_said('he said "no"', "indirect") == 'he said "no"'


def test_main_actors_are_those_of_most_reports_in_both_summaries():
    p = cross_picture()
    p["actors"].append({"id": "actor:clerk", "name": "Clerk Ivo Marsh", "kind": "person",
                        "aliases": [], "roles": [], "mentions": 40, "docs": ["d3"],
                        "evidence": []})
    assert [a["name"] for a in main_actors(p, 3)] == [
        "Rebels", "Governor Ana Petrova", "Clerk Ivo Marsh"]
    md = report.build(p, quality={})
    assert "Main actors: Rebels (armed\\_group, 2 reports); Governor Ana Petrova (person, " \
           "2 reports); Clerk Ivo Marsh (person, 1 report)." in md
    html = render(p, {"d1": "", "d2": "", "d3": ""})
    names = html.split("<h3>Main actors</h3>", 1)[1].split("</ul>", 1)[0]
    assert names.index("Rebels") < names.index("Governor Ana Petrova") < names.index("Clerk Ivo")
    assert "regime" not in names  # a generic word is no main actor, in HTML as in Markdown


def _omitting(rebels_docs: list[str]) -> dict:
    """The cross-source picture where Harbour Times's framing says it never names the rebels,
    who are named in ``rebels_docs``."""
    p = copy.deepcopy(cross_picture())
    p["actors"][0]["docs"] = rebels_docs
    return p


def test_an_omitted_actor_is_shown_with_where_others_name_it():
    p = _omitting(["d1", "d3"])
    lines = _section(report.build(p, quality={}), "Framing")
    assert ("- Never names as an actor: Rebels (named in 2 reports of 2 other outlets).") in lines
    html = render(p, {"d1": "", "d2": "", "d3": ""})
    assert "<b>Never names as an actor</b>" in html
    assert '<span class="muted small">(named in 2 reports of 2 other outlets)</span>' in html


def test_no_omission_is_claimed_of_an_actor_the_outlet_names():
    p = _omitting(["d1", "d2"])  # d2 is Harbour Times's own report
    assert "Never names" not in report.build(p, quality={})
    assert "Never names" not in render(p, {"d1": "", "d2": "", "d3": ""})


def test_the_reports_table_writes_publication_times_as_the_header_does():
    p = copy.deepcopy(cross_picture())
    p["documents"][0] = {**p["documents"][0], "published": "2024-05-06T09:00:00+00:00"}
    p["documents"][2] = {**p["documents"][2], "published": None}
    lines = _section(report.build(p, quality={}), "Reports")
    assert lines[2].startswith("| d1 | Coast Wire | 2024-05-06 09:00 | Port falls |")
    assert lines[4].startswith("| d3 | Valley News | undated | (untitled) |")
    assert "T09:00" not in "\n".join(lines)


def test_a_week_its_year_lacks_is_written_as_given_in_html_too():
    from sitroom.report_text import human_date, week_days

    assert week_days("2023-W53") is None and human_date("2023-W53") == "2023-W53"
    assert week_days("2020-W53") == "28 Dec 2020 – 3 Jan 2021"  # 2020 has 53 weeks


def test_the_matrix_list_says_copies_are_counted_with_their_originals():
    p = _many_outlets(6)
    assert "counted with" not in _section(report.build(p, quality={}), "Sources")[0]
    p["documents"].append({"id": "x9", "title": None, "outlet": "Copy Wire",
                           "published": "2024-05-07T10:00:00", "kind": "text",
                           "copy_of": "d1", "meta": {}})
    head = _section(report.build(p, quality={}), "Sources")[0]
    assert head.startswith("Who carries the main events and claims (9 outlets, too many for a "
                           "table; 1 near-duplicate copy counted with its original): ")


def test_the_unknown_outlet_names_the_actors_its_own_reports_name():
    p = _omitting(["d2"])  # named only in d2, whose outlet is not known
    p["documents"][1] = {**p["documents"][1], "outlet": None}
    p["framing"][1].update(id="framing:unknown-outlet", outlet="unknown outlet")
    assert "Never names" not in report.build(p, quality={})
    assert "Never names" not in render(p, {"d1": "", "d2": "", "d3": ""})


def test_an_omitted_actor_that_is_no_actor_is_hidden_in_html_as_in_markdown():
    p = _omitting(["d1", "d3"])
    p["actors"][0]["name"] = "rebels"  # a lower-case generic phrase: no actor
    assert "Never names" not in report.build(p, quality={})
    assert "Never names" not in render(p, {"d1": "", "d2": "", "d3": ""})
    p["actors"][0]["name"] = "Rebels"
    assert "Never names" in render(p, {"d1": "", "d2": "", "d3": ""})


def test_a_disputed_or_omitted_sentence_opening_with_a_quotation_has_no_doubled_marks():
    p = copy.deepcopy(cross_picture())
    said = _ev("d2", 40, "“Nobody was killed,” the rebels said.")
    p["links"][0]["evidence"] = [p["links"][0]["evidence"][0], said]
    p["events"][0]["evidence"] = [p["events"][0]["evidence"][0], said]
    p["claims"][0]["text"] = "“No comment yet,” the governor's office said."
    md = report.build(p, quality={})
    html = render(p, {"d1": "", "d2": "", "d3": ""})
    assert "“‘Nobody was killed,’ the rebels said.”" in "\n".join(_section(md, "Disputed"))
    assert "“‘No comment yet,’ the governor's office said.”" in "\n".join(_section(md, "Framing"))
    assert "“‘Nobody was killed,’ the rebels said.”" in html
    assert "““" not in md and "““" not in html


def test_a_week_span_is_its_monday_and_sunday_and_none_for_anything_else():
    from datetime import datetime

    from sitroom.report_text import week_span

    assert week_span("2020-W53") == (datetime(2020, 12, 28), datetime(2021, 1, 3))
    assert week_span(" 2015-W02 ") == (datetime(2015, 1, 5), datetime(2015, 1, 11))
    assert week_span("2023-W53") is None  # a week its year lacks
    assert week_span("2023-W25-3") is None and readable_date("2023-W25-3") == "2023-W25-3"
    assert week_span("2023-06-24") is None and week_span(None) is None
