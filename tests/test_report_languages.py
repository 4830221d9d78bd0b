"""Each report's language, and the languages of its live-blog entries where they differ,
shown in the Markdown and HTML reports, the web app's reports page and the JSON twins."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from sitroom import export, report
from sitroom.html_tables import document_meta
from sitroom.model import Document, Update
from sitroom.store import Store
from sitroom.web.app import create_app

BLOG = ("UPDATE 05:37: Rebels seized the port of Varna overnight.\n"
        "UPDATE 06:10: Мятежники захватили порт Варны ночью.\n"
        "UPDATE 06:40: Мятежники заявили, что удерживают порт.\n")


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "p.db"
    first = BLOG.index("UPDATE 06:10")
    second = BLOG.index("UPDATE 06:40")
    with Store(path) as s:
        s.add_document(Document(
            id="blog", text=BLOG, content_hash="h1", title="Live: port", outlet="Coast Wire",
            published="2024-05-07", language="en", updates=(
                Update(0, first, "2024-05-07T05:37", "05:37"),
                Update(first, second, "2024-05-07T06:10", "06:10", language="ru"),
                Update(second, len(BLOG), "2024-05-07T06:40", "06:40", language="ru"))))
        s.add_document(Document(id="de", text="Rebellen besetzten den Hafen.", content_hash="h2",
                                title="Hafen", outlet="Zeitung", language="de"))
        s.put_picture({})
    return path


def test_store_counts_entries_in_another_language_per_document(db):
    with Store(db) as s:
        rows = {d["id"]: d["entry_languages"] for d in s.document_rows()}
    assert rows == {"blog": {"ru": 2}, "de": {}}


def test_json_export_carries_language_and_entry_languages(db):
    with Store(db) as s:
        docs = json.loads(export.render(s, "json"))["documents"]
    assert [(d["language"], d["entry_languages"]) for d in docs] == [("en", {"ru": 2}), ("de", {})]


def test_markdown_report_shows_language_and_entry_languages(db):
    with Store(db) as s:
        text = report.markdown(s)
    assert "| text | en; entries in ru (2) |" in text
    assert "| text | partial analysis (language de) |" in text


def test_html_document_meta_shows_the_language():
    meta = document_meta({"outlet": "Coast Wire", "language": "en", "entry_languages": {"ru": 2}})
    assert '<span class="lang">language en; entries in ru (2)</span>' in meta


def test_web_reports_page_and_json_twin_show_languages(db):
    with TestClient(create_app(db, token=None, analyze=lambda store: None)) as c:
        page = c.get("/documents").text
        twin = c.get("/documents.json").json()["documents"]
    assert "<th>language</th>" in page
    assert "<td>en; entries in ru (2)</td>" in page
    assert "<td>partial analysis (language de)</td>" in page
    assert {d["id"]: d["entry_languages"] for d in twin} == {"blog": {"ru": 2}, "de": {}}
