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
    'report.md': '86f9d2cedeb8bac7',
    'report.html': '88ca3fa3e5ec926f',
    'export.json': '18414d9ce453fb8b',
    'export.plover': '168fc916834cbe0b',
    'export.geojson': '3a5e36600c8479f5',
    'export.graphml': 'd36c4ff83e7264a7',
    'export.jsonl.events': '5c8451b53411aaeb',
    'export.jsonl.actors': '65791e6da9da663b',
    'export.jsonl.quotes': '48897d8b529ac42e',
    'export.jsonl.claims': '0ac106dab231c82b',
    'export.jsonl.places': '3d350299641aa86d',
    'export.jsonl.timeline': 'f932da0193080d9d',
    'export.jsonl.links': 'e4162cb962d25779',
    'export.jsonl.documents': '6893a4c79e9af9e5',
    'export.jsonl.stories': '1da5f1b3df26367a',
    'export.jsonl.framing': '679212a9e4d0093f',
    'export.jsonl.mentions': '55a92f6a59fe5c56',
    'export.csv.events': '79d1a41c22e3d02d',
    'export.csv.actors': '3d9526fb59e103c5',
    'export.csv.quotes': '14c6cea4dfecd713',
    'export.csv.claims': 'ab51c1a6aaf4ceed',
    'export.csv.places': 'f11e0557a3251f2c',
    'export.csv.timeline': 'c073d023d9ad9a9f',
    'export.csv.links': 'd3b96122eaf6b2d4',
    'export.csv.documents': '3c5620f7f185d541',
    'export.csv.stories': '18bd6bf3b643046b',
    'export.csv.framing': '2371c160a32f95e5',
    'export.csv.mentions': '27502676fb97670d',
    '/': 'a95c3f94edd1a4ca',
    '/summary.json': '90ca7835a94bd1ad',
    '/sources': 'c21e88639a40aea1',
    '/events': '0bae38e7208df581',
    '/events.json': 'fe425b8c2a9927b3',
    '/timeline': 'fa2d4e76cd73eaf7',
    '/timeline.json': 'f5e11016886c4291',
    '/actors': 'c408578221f2abb5',
    '/actors.json': '4954583046d1e0c5',
    '/places': '359b0bcbe706c74f',
    '/places.json': '78c885db120e12ad',
    '/quotes': '164b6afe684b605d',
    '/quotes.json': '2dd6e9df56698165',
    '/claims': 'ed44d1cb2444177f',
    '/claims.json': '422b01f21c2fdc3e',
    '/stories.json': '60b30aedd28212d3',
    '/framing.json': 'e9553ad1f79e5810',
    '/links.json': '68f408a1d1039ac3',
    '/documents': 'dc30b538e4fb3e0a',
    '/documents.json': '6dcbd9ac577a56e2',
    '/events.geojson': 'edfc4a7929b0c51c',
    '/actors.graphml': 'd36c4ff83e7264a7',
    '/events?type=ASSAULT': '5de82a9f22ab6eb4',
    '/quotes.json?outlet=Kyiv%20Desk': '7dfcf9ae3affce1a',
    '/claims?certainty=reported': '0826a7d8bb0c3779',
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
