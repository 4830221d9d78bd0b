"""The report, the HTML report, the web app's pages and JSON twins and every export of the
example corpus, pinned by digest: a change in how they read the picture (dicts or typed
records) must leave every byte as it was.

The digests follow the picture: a change in extraction or linking changes them, and then they
are recomputed (``python tests/test_report_same_output.py <db>`` prints them) with the picture
digests of tests/test_link_scaling_same_picture.py."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

EXPORTS = [("json", None), ("plover", None), ("geojson", None), ("graphml", None),
           *[(fmt, what) for fmt in ("jsonl", "csv")
             for what in ("events", "actors", "quotes", "claims", "places", "timeline", "links",
                          "documents", "stories", "framing", "mentions")]]
PAGES = ["/", "/summary.json", "/sources", "/events", "/events.json", "/timeline",
         "/timeline.json", "/actors", "/actors.json", "/places", "/places.json", "/quotes",
         "/quotes.json", "/claims", "/claims.json", "/stories.json", "/framing.json",
         "/links.json", "/documents", "/documents.json", "/events.geojson", "/actors.graphml",
         "/events?type=ASSAULT", "/quotes.json?outlet=Kyiv%20Desk", "/claims?certainty=reported"]


def _sha(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()[:16]


def digests(db: Path) -> dict[str, str]:
    """Name -> digest of each output of the store ``db``."""
    from fastapi.testclient import TestClient

    from sitroom.web.app import create_app

    runner = CliRunner()
    out: dict[str, str] = {}
    for fmt in ("md", "html"):
        r = runner.invoke(app, ["report", "--db", str(db), "--format", fmt])
        assert r.exit_code == 0, r.output
        out[f"report.{fmt}"] = _sha(r.stdout)
    for fmt, what in EXPORTS:
        args = ["export", "--db", str(db), "--format", fmt] + (["--what", what] if what else [])
        r = runner.invoke(app, args)
        assert r.exit_code == 0, r.output
        out[f"export.{fmt}" + (f".{what}" if what else "")] = _sha(r.stdout)
    with TestClient(create_app(db, token=None, analyze=lambda store: None)) as c:
        for page in PAGES:
            r = c.get(page)
            assert r.status_code == 200, page
            body = r.content
            if page == "/summary.json":  # its "status" follows the background analysis
                body = json.dumps({k: v for k, v in r.json().items() if k != "status"}).encode()
            out[page] = _sha(body)
    return out


PINNED: dict[str, str] = {
    'report.md': '7c041fd12a78fe6d',
    'report.html': 'c1df7e2c355d69e8',
    'export.json': 'd98ca1068a4b91cf',
    'export.plover': '9ffb126f5c7a50fc',
    'export.geojson': 'f828414768029d5a',
    'export.graphml': 'f99af6c1d9748341',
    'export.jsonl.events': '8b5cf1f93f03b3ea',
    'export.jsonl.actors': '1c1afddf2e3242da',
    'export.jsonl.quotes': 'cea14ae4a248f9c2',
    'export.jsonl.claims': '5ace9b748b0429bd',
    'export.jsonl.places': '3d350299641aa86d',
    'export.jsonl.timeline': 'f969020d3e23c028',
    'export.jsonl.links': '5d9ef91f8c6d5244',
    'export.jsonl.documents': '6893a4c79e9af9e5',
    'export.jsonl.stories': '1da5f1b3df26367a',
    'export.jsonl.framing': '46df59ded132c57e',
    'export.jsonl.mentions': '7fdb0d7df3f894cd',
    'export.csv.events': 'edb6bef5928b6a49',
    'export.csv.actors': '320be491226cd842',
    'export.csv.quotes': '6de6753a3b8531fc',
    'export.csv.claims': '115e09691320b8fd',
    'export.csv.places': 'f11e0557a3251f2c',
    'export.csv.timeline': 'c60247da2f540467',
    'export.csv.links': 'a4a000af45724220',
    'export.csv.documents': '3c5620f7f185d541',
    'export.csv.stories': '18bd6bf3b643046b',
    'export.csv.framing': '078276ccb7d55250',
    'export.csv.mentions': '0643a6b3b96cc10d',
    '/': '691b77b6b5db0ea0',
    '/summary.json': '7382dd778532dbdc',
    '/sources': '914f263c4899521b',
    '/events': 'a3d91a7ca1f78b7f',
    '/events.json': '1df5bf12a83f1264',
    '/timeline': '291c3e1a1d18018f',
    '/timeline.json': '326abbea8c1a7324',
    '/actors': '2a6a9d52cf8d6947',
    '/actors.json': 'd48ffbfc2ce21f16',
    '/places': 'c1b32fc15329736d',
    '/places.json': '65185d928cdfec2a',
    '/quotes': 'de438267e82da296',
    '/quotes.json': '976c6aa40f861283',
    '/claims': '1eeaccaab5c674b6',
    '/claims.json': 'd1bd1bc464ce0e28',
    '/stories.json': '8042dd673ceec6f8',
    '/framing.json': '58c9e06b710e364d',
    '/links.json': '08b6fc3579367711',
    '/documents': 'c8276a258deb6ef1',
    '/documents.json': '6dcbd9ac577a56e2',
    '/events.geojson': '04e2719a08902c35',
    '/actors.graphml': 'f99af6c1d9748341',
    '/events?type=ASSAULT': '4b8bf0eee90fa574',
    '/quotes.json?outlet=Kyiv%20Desk': 'd6a975f897736a6b',
    '/claims?certainty=reported': 'd8ead030816fc382',
}


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    out = tmp_path_factory.mktemp("same-output")
    db = out / "demo.db"
    here = os.getcwd()
    os.chdir(EXAMPLES.parent)  # sources stored as written: examples/reports/...
    try:
        r = CliRunner().invoke(app, ["run", "examples/reports", "--meta", "examples/meta.json",
                                     "--db", str(db), "--quiet"])
    finally:
        os.chdir(here)
    assert r.exit_code == 0, r.output
    return db


def test_every_output_of_the_examples_is_byte_identical_to_the_pinned_one(examples_db):
    got = digests(examples_db)
    assert {k: v for k, v in got.items() if PINNED.get(k) != v} == {}
    assert set(got) == set(PINNED)


if __name__ == "__main__":
    for name, digest in digests(Path(sys.argv[1])).items():
        print(f"    {name!r}: {digest!r},")
