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
    'report.md': '904381a69163edea',
    'report.html': '5bbea0f041995729',
    'export.json': '768a88cfd547c69e',
    'export.plover': '7cf2f0468baf6062',
    'export.geojson': '034d7df8ec6dfd3d',
    'export.graphml': '27adb9b59c0acf14',
    'export.jsonl.events': '7109142e822678d6',
    'export.jsonl.actors': '201cae7f0035dc1c',
    'export.jsonl.quotes': 'cea14ae4a248f9c2',
    'export.jsonl.claims': '5ace9b748b0429bd',
    'export.jsonl.places': '3d350299641aa86d',
    'export.jsonl.timeline': 'e605fbef4c5f02ee',
    'export.jsonl.links': 'f0de76ae8e87db1d',
    'export.jsonl.documents': '6893a4c79e9af9e5',
    'export.jsonl.stories': '1da5f1b3df26367a',
    'export.jsonl.framing': '4d9c3cefe21d4eb9',
    'export.jsonl.mentions': '377ccec3e094e8df',
    'export.csv.events': 'c52be0509f440075',
    'export.csv.actors': '948aa8376c02b543',
    'export.csv.quotes': '6de6753a3b8531fc',
    'export.csv.claims': '115e09691320b8fd',
    'export.csv.places': 'f11e0557a3251f2c',
    'export.csv.timeline': 'd390875306e9a991',
    'export.csv.links': '097db2257eaa1258',
    'export.csv.documents': '3c5620f7f185d541',
    'export.csv.stories': '18bd6bf3b643046b',
    'export.csv.framing': 'f1a98d6d42e7deee',
    'export.csv.mentions': '3bd1b267ccf22b91',
    '/': 'c87de4e5359c3b68',
    '/summary.json': '3b10baf926c708cf',
    '/sources': '416453ff215f2dc8',
    '/events': '3dd5ce2b512b0de9',
    '/events.json': '75567b6eed3b006c',
    '/timeline': '18ad6fb8a9be9d65',
    '/timeline.json': '21c55431fbf8adb9',
    '/actors': '646ec3ad87dcc215',
    '/actors.json': '3bc0a7bcf5c2b4a7',
    '/places': 'b5a877de60349536',
    '/places.json': '65185d928cdfec2a',
    '/quotes': '7ff6d94476d8920a',
    '/quotes.json': '976c6aa40f861283',
    '/claims': '6f4cca35a0d57900',
    '/claims.json': 'd1bd1bc464ce0e28',
    '/stories.json': '8042dd673ceec6f8',
    '/framing.json': '2261e71809c93117',
    '/links.json': '5b17fef51d989b95',
    '/documents': 'd1b7c5f9cda1a1db',
    '/documents.json': '6dcbd9ac577a56e2',
    '/events.geojson': '22bc7b4d9547f60a',
    '/actors.graphml': '27adb9b59c0acf14',
    '/events?type=ASSAULT': 'e8eb7a7cd6df1297',
    '/quotes.json?outlet=Kyiv%20Desk': 'd6a975f897736a6b',
    '/claims?certainty=reported': 'd84046def8846786',
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
