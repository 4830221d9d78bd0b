"""Markdown reports read by markdown-it-py: tables stay readable text, not markup."""

from __future__ import annotations

from sitroom.ingest.markdown import markdown_to_text
from sitroom.ingest.updates import HEADER


def test_a_table_is_kept_as_text_one_row_a_line():
    md = ("Casualties by town:\n\n"
          "| Town | Killed | Wounded |\n|---|---:|---:|\n| Varna | 3 | *12* |\n| Ruse | 1 | 4 |\n")
    text, meta = markdown_to_text(md)
    assert text == ("Casualties by town:\n\nTown | Killed | Wounded\n\nVarna | 3 | 12\n\n"
                    "Ruse | 1 | 4")
    assert "---" not in text and meta == {}


def test_code_lines_html_tags_and_rules_are_handled_like_text_or_dropped():
    md = "Intro <b>bold</b> text.\n\n***\n\n```\nline one\nline two\n```\n\n<div>Kept words</div>\n"
    text, _ = markdown_to_text(md)
    assert text == "Intro bold text.\n\nline one\n\nline two\n\nKept words"


def test_a_live_blog_header_inside_a_paragraph_starts_a_new_one():
    text, meta = markdown_to_text("# Live\n\n**UPDATE 05:37 CET:** troops\nmoved.\n"
                                  "UPDATE 06:00 CET: they stopped.\n", HEADER)
    assert meta == {"title": "Live"}
    assert text == "UPDATE 05:37 CET: troops moved.\n\nUPDATE 06:00 CET: they stopped."
