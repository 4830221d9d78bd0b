"""Round 19, reading the picture: a line break inside a record's words, a report that repeats
a sentence, and an undated event listed among dated ones (docs/judgements/reading.md,
round 19: a third reading)."""

from __future__ import annotations

from pathlib import Path

from analystkit import cli_output, cross_picture

from sitroom.report_entities import _claims
from sitroom.report_view import _md, _View


def _report(tmp_path: Path, picture: dict) -> str:
    """The Markdown report of ``picture``, through the CLI as a user runs it."""
    return cli_output(tmp_path, picture, "report", "--format", "md")


def test_a_line_break_in_an_actors_role_keeps_the_markdown_table_row_whole(tmp_path):
    p = cross_picture()
    p["actors"][1]["roles"] = ["harbour governor\n\n", "elected\r\nin May"]
    md = _report(tmp_path, p)
    assert "| Governor Ana Petrova | person |  | harbour governor; elected in May | 2 |" in md
    table = md.split("## Actors", 1)[1].split("\n\n")[1]
    assert all(ln.startswith("|") and ln.endswith("|") for ln in table.splitlines())


def test_markdown_text_without_line_breaks_is_only_escaped():
    assert _md("a | b  c") == "a \\| b  c"  # inner spaces kept, the pipe escaped
    assert _md("two\n lines") == "two lines" and _md("a year\n\n") == "a year"


def _claim(cid: str, start: int, text: str, outlets: dict) -> dict:
    return {"id": cid, "text": text, "certainty": "denied", "polarity": "negative", "score": -2.0,
            "cue": "not", "source": {"kind": "author", "actor": None, "text": None}, "doc": "d1",
            "evidence": [{"doc": "d1", "start": start, "end": start + len(text), "text": text}],
            "outlets": outlets, "disputed": False, "superseded_by": None}


def test_a_sentence_a_report_repeats_is_one_claim_line_with_its_count():
    same = "The convoy did not stop at the bridge."
    p = {"documents": [], "claims": [_claim("claim:1", 10, same, {"Coast Wire": "reports"}),
                                     _claim("claim:2", 90, same, {"Coast Wire": "reports"}),
                                     _claim("claim:3", 200, "No one was hurt.",
                                            {"Coast Wire": "reports"})]}
    lines = _claims(_View(p))
    assert "### Denied or negated (3)" in lines
    assert lines[-2:] == [
        "- The convoy did not stop at the bridge. — _the author, cue “not”_ [Coast Wire]"
        " _(the same sentence 2 times)_",
        "- No one was hurt. — _the author, cue “not”_ [Coast Wire]"]


def test_claims_alike_in_words_but_of_other_outlets_stay_two_lines():
    same = "The convoy did not stop at the bridge."
    p = {"documents": [], "claims": [_claim("claim:1", 10, same, {"Coast Wire": "reports"}),
                                     _claim("claim:2", 90, same, {"Valley News": "reports"})]}
    lines = _claims(_View(p))
    assert [ln for ln in lines if ln.startswith("- ")] == [
        "- The convoy did not stop at the bridge. — _the author, cue “not”_ [Coast Wire]",
        "- The convoy did not stop at the bridge. — _the author, cue “not”_ [Valley News]"]


def test_an_undated_event_says_the_day_of_its_first_report(tmp_path):
    p = cross_picture()
    p["timeline"][1].update(date=None, date_precision=None, date_source="none",
                            docs=["d2", "d1"])
    p["events"][1]["evidence"] = [{"doc": "d1", "start": 60, "end": 90, "text": "They killed."}]
    md = _report(tmp_path, p)
    happened = md.split("## What happened", 1)[1].split("\n## ", 1)[0]
    assert "- undated, reported 2024-05-06: **COERCE** (kill) by Rebels" in happened
    assert "- 2024-05-06: **ASSAULT** (seize) by Rebels" in happened


def test_an_undated_event_of_no_dated_report_is_only_undated(tmp_path):
    from sitroom.report_events import _undated

    p = {"documents": [{"id": "d9", "published": None}]}
    assert _undated(_View(p), {"docs": ["d9"]}) == "undated"
    assert _undated(_View(p), {"docs": []}) == "undated"
