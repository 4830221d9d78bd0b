"""Round 23, reading the picture (docs/judgements/reading.md, "Round 23: a sixth reading"): an
evidence link whose span a longer marked span covers lands on its sentence (T10); a direct
quote still wrapped in its own marks shows each part once in ours (T11); a quotation a quote's
text opens and leaves open is closed (T12); an actor's roles differing only in case are shown
once (T13)."""

from __future__ import annotations

import re

from analystkit import cli_output, cross_picture
from fastapi.testclient import TestClient

from sitroom.html_documents import marked_text
from sitroom.report_text import as_said, closed, distinct_roles, own_parts
from sitroom.web.app import create_app

# T10: an evidence span inside a longer marked span


def _inner_quote() -> dict:
    """The quote's evidence (Harbour Times, 44-60) lies inside the event's denial sentence
    (40-93), the one of the two that is marked."""
    p = cross_picture()
    p["quotes"][0]["evidence"] = [{"doc": "d2", "start": 44, "end": 60,
                                   "text": "seized the port", "sent": 0}]
    return p


def test_a_start_inside_a_mark_gets_its_own_anchor_there():
    assert marked_text("abcdefghij", [(0, 6)], "x", [3]) == \
        '<mark id="doc-x-0">abc<span id="doc-x-3"></span>def</mark>ghij'


def test_a_start_at_a_mark_adds_nothing():
    plain = '<mark id="doc-x-0">abcdef</mark>ghij'
    assert marked_text("abcdefghij", [(0, 6)], "x") == plain
    assert marked_text("abcdefghij", [(0, 6)], "x", [0, 10, -1]) == plain


def test_a_start_left_outside_every_mark_gets_its_anchor_in_the_text():
    assert marked_text("abcdefghij", [(2, 6)], "x", [0, 8]) == \
        '<span id="doc-x-0"></span>ab<mark id="doc-x-2">cdef</mark>gh<span id="doc-x-8"></span>ij'


def test_the_html_report_link_of_a_covered_quote_has_its_target(tmp_path):
    page = cli_output(tmp_path, _inner_quote(), "report", "-f", "html")
    assert 'href="#doc-d2-44"' in page
    assert 'id="doc-d2-44"' in page
    targets = set(re.findall(r'href="#(doc-[^"]+)"', page))
    assert all(f'id="{t}"' in page for t in targets)


def test_the_web_link_of_a_covered_quote_lands_on_its_sentence(tmp_path):
    cli_output(tmp_path, _inner_quote(), "report", "-f", "md")  # writes the store
    with TestClient(create_app(tmp_path / "r.db")) as c:
        assert "/documents/d2#doc-d2-44" in c.get("/quotes").text
        page = c.get("/documents/d2").text
    assert '<mark id="doc-d2-40">e po<span id="doc-d2-44"></span>rt.' in page


# T11: a direct quote wrapped in its own marks


def test_a_quote_in_its_own_apostrophe_marks_shows_each_part_once():
    assert as_said("''We hold the line,''", "direct") == "“We hold the line”"
    assert as_said("''We hold the line,'' ''and the bridge.''", "direct") == \
        "“We hold the line” “and the bridge.”"
    assert as_said("“We hold,” “we stay.”", "direct") == "“We hold” “we stay.”"
    assert as_said("''We hold,'' ''and the bri…", "direct") == "“We hold” “and the bri…”"


def test_a_quote_with_words_outside_its_marks_keeps_them():
    assert own_parts("''We hold,'' he said") == []
    assert own_parts("''We hold'' and ''stay''") == []
    assert as_said("“We hold,” he said", "direct") == "“‘We hold,’ he said”"
    assert as_said("''We hold,'' ''stay''", "indirect") == "''We hold,'' ''stay''"


def test_the_markdown_quote_in_its_own_marks(tmp_path):
    p = cross_picture()
    p["quotes"][0].update(text="''The port is ours,''", kind="direct")
    out = cli_output(tmp_path, p, "report", "-f", "md")
    quotes = out.split("## Quotes", 1)[1].split("\n## ", 1)[0]
    assert "(said): “The port is ours” [Harbour Times]" in quotes


# T12: a quotation opened and left open


def test_an_open_quotation_is_closed_at_the_end():
    assert closed("an article titled “Port Falls") == "an article titled “Port Falls”"
    assert as_said("an article titled “Port Falls.", "indirect") == \
        "an article titled “Port Falls.”"
    assert as_said("a rumour of ‘snowfall,", "direct") == "“a rumour of ‘snowfall’”"


def test_apostrophes_and_closed_quotations_are_left_as_written():
    for text in ("the ‘90s of the governor’s men", "“Port Falls,” the ‘old’ title",
                 "the workers’ union", "don’t"):
        assert closed(text) == text


def test_the_markdown_indirect_quote_closes_its_title(tmp_path):
    p = cross_picture()
    p["quotes"][0].update(text="a report titled “Port Falls.")
    out = cli_output(tmp_path, p, "report", "-f", "md")
    assert "(said): a report titled “Port Falls.” [Harbour Times]" in out


# T13: roles differing only in case


def test_roles_differing_in_case_are_shown_once():
    assert distinct_roles(["President", "president", "governor"]) == ["President", "governor"]
    assert distinct_roles(["Governor", "deputy governor"]) == ["Governor", "deputy governor"]


def test_the_markdown_and_html_actors_show_a_role_once(tmp_path):
    p = cross_picture()
    p["actors"][1]["roles"] = ["Governor", "governor", "port commissioner"]
    md = cli_output(tmp_path, p, "report", "-f", "md")
    assert "| Governor Ana Petrova | person |  | Governor; port commissioner | 2 |" in md
    page = cli_output(tmp_path, p, "report", "-f", "html")
    assert "<td>Governor; port commissioner</td>" in page


# T14: a CSV export of a kind without records


def _no_events() -> dict:
    p = cross_picture()
    p.update(events=[], timeline=[], links=[])
    return p


def test_an_events_csv_without_events_still_has_its_header(tmp_path):
    import io

    import pandas as pd

    out = cli_output(tmp_path, _no_events(), "export", "-f", "csv", "--what", "events")
    assert out.startswith("id,type,types,mode,quad_class,actor,recipient,")
    assert out.rstrip("\n").endswith("lat,lon,country_code,evidence_doc,evidence_text")
    assert len(pd.read_csv(io.StringIO(out))) == 0


def test_the_empty_header_holds_every_column_the_records_have(tmp_path):
    full = cli_output(tmp_path / "a", cross_picture(), "export", "-f", "csv", "--what", "events")
    (tmp_path / "b").mkdir()
    empty = cli_output(tmp_path / "b", _no_events(), "export", "-f", "csv", "--what", "events")
    assert set(full.splitlines()[0].split(",")) <= set(empty.strip().split(","))
    timeline = cli_output(tmp_path / "b", _no_events(), "export", "-f", "csv", "--what",
                          "timeline")
    assert timeline.startswith("id,order,event,date,")
