"""Live-blog entries: header forms, zones, dates, spans."""

from __future__ import annotations

from sitroom.ingest import parse_updates, read_file
from sitroom.model import Update

BLOG = """Troops are moving. Updates follow.

UPDATE 05:37 CET: The president has still not reacted.

Update 14:05 MSK - The column passed the city.

[10:15 GMT+3] A bracketed entry.

12:30 UTC: A zone without a keyword.

UPDATE (June 25, 09:10 BST): An entry with its own date.

Updated 9.40pm EEST — an evening entry.

[23:15 UTC-5:30] An odd offset.

UPDATE 23:10 ET: An unknown zone."""


def test_headers_zones_and_dates():
    stamps = [(u.label, u.timestamp) for u in parse_updates(BLOG, "2023-06-24")]
    assert stamps == [
        ("UPDATE 05:37 CET", "2023-06-24T05:37+01:00"),
        ("Update 14:05 MSK", "2023-06-24T14:05+03:00"),
        ("[10:15 GMT+3]", "2023-06-24T10:15+03:00"),
        ("12:30 UTC", "2023-06-24T12:30+00:00"),
        ("UPDATE (June 25, 09:10 BST)", "2023-06-25T09:10+01:00"),
        ("Updated 9.40pm EEST", "2023-06-24T21:40+03:00"),
        ("[23:15 UTC-5:30]", "2023-06-24T23:15-05:30"),
        ("UPDATE 23:10 ET", "2023-06-24T23:10"),
    ]


def test_spans_run_to_the_next_header():
    updates = parse_updates(BLOG, "2023-06-24T08:00:00+02:00")
    first, second = updates[0], updates[1]
    assert BLOG[first.start:first.end] == "UPDATE 05:37 CET: The president has still not reacted."
    assert BLOG[second.start:second.end] == "Update 14:05 MSK - The column passed the city."
    assert BLOG[updates[-1].start:updates[-1].end] == "UPDATE 23:10 ET: An unknown zone."
    assert updates[-1].end == len(BLOG)


def test_dates_without_published_and_explicit_years():
    text = "UPDATE 05:37 CET: one.\n\nUPDATE (25 June 2023, 09:10 BST): two.\n\n[2023-06-26 07:00 UTC] three."
    assert [u.timestamp for u in parse_updates(text, None)] == [
        "05:37+01:00", "2023-06-25T09:10+01:00", "2023-06-26T07:00+00:00"]


def test_lines_that_are_not_headers():
    text = ("10:15 - the meeting began.\n12:30 troops arrived.\n10:15 GMT troops entered.\n"
            "At 10:15 CET: nothing.\nThe vote is 12:30 UTC: maybe.\nUpdates follow at 11:00.")
    assert parse_updates(text, "2023-06-24") == ()


def test_document_updates_from_a_live_blog_file(tmp_path):
    f = tmp_path / "blog.txt"
    f.write_text("Intro.\n\nUPDATE 09:40 EET: First.\n\n[11:30 GMT+2] Second.\n", encoding="utf-8")
    [doc] = read_file(f, {"published": "2026-03-14"})
    assert doc.updates == (
        Update(8, 32, "2026-03-14T09:40+02:00", "UPDATE 09:40 EET"),
        Update(34, 55, "2026-03-14T11:30+02:00", "[11:30 GMT+2]"),
    )
    assert doc.update_at(40).label == "[11:30 GMT+2]"


def test_markdown_live_blog_headers_start_entries(tmp_path):
    f = tmp_path / "blog.md"
    f.write_text("# Live\n\nIntro.\n**UPDATE 05:37 CET:** first\nline two\n"
                 "**UPDATE 06:00 CET:** second\n", encoding="utf-8")
    [doc] = read_file(f, {"published": "2023-06-24"})
    assert doc.text == "Intro.\n\nUPDATE 05:37 CET: first line two\n\nUPDATE 06:00 CET: second"
    assert [(doc.text[u.start:u.end], u.timestamp) for u in doc.updates] == [
        ("UPDATE 05:37 CET: first line two", "2023-06-24T05:37+01:00"),
        ("UPDATE 06:00 CET: second", "2023-06-24T06:00+01:00")]


def test_headers_with_a_comma_or_local_time():
    text = ("Update, 3:15 p.m. ET: Power is out.\n\n14:05 (local time) Rescue teams arrived.\n\n"
            "09:10 local time: Sirens sounded.\n")
    ups = parse_updates(text, "2026-03-14T18:00:00+00:00")
    assert [(u.timestamp, u.label) for u in ups] == [
        ("2026-03-14T15:15", "Update, 3:15 p.m. ET"),
        ("2026-03-14T14:05", "14:05 (local time)"),
        ("2026-03-14T09:10", "09:10 local time"),
    ]
    # a wrapped line that starts with a time is no header
    assert parse_updates("The talks ended at\n14:05 local time and resumed.", "2026-03-14") == ()
    assert parse_updates("x\n14:05 (local time) the convoy moved.", "2026-03-14") == ()
