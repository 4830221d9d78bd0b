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
    'report.md': 'c875c657b589904b',
    'report.html': '1f6d93ac1b9dfcba',
    'export.json': '9feff5b32d17df55',
    'export.plover': '4043f7565b174c85',
    'export.geojson': '7e6c324387c7a05c',
    'export.graphml': 'cb0590c64a7bc05e',
    'export.jsonl.events': '4630f144ac45114e',
    'export.jsonl.actors': '44719ad26b47c565',
    'export.jsonl.quotes': 'cea14ae4a248f9c2',
    'export.jsonl.claims': '5ace9b748b0429bd',
    'export.jsonl.places': '3d350299641aa86d',
    'export.jsonl.timeline': '99ee87a415fcaefb',
    'export.jsonl.links': '94d09a061f6169a3',
    'export.jsonl.documents': '6893a4c79e9af9e5',
    'export.jsonl.stories': '1da5f1b3df26367a',
    'export.jsonl.framing': '4d9c3cefe21d4eb9',
    'export.jsonl.mentions': 'a1a8f238d3348bc1',
    'export.csv.events': '3861652a1d3067b7',
    'export.csv.actors': 'cb065b75f12bcff2',
    'export.csv.quotes': '6de6753a3b8531fc',
    'export.csv.claims': '115e09691320b8fd',
    'export.csv.places': 'f11e0557a3251f2c',
    'export.csv.timeline': '2937c4e4b2a5602c',
    'export.csv.links': 'cc9b2cc6fe024baf',
    'export.csv.documents': '3c5620f7f185d541',
    'export.csv.stories': '18bd6bf3b643046b',
    'export.csv.framing': 'f1a98d6d42e7deee',
    'export.csv.mentions': '3b8915dbcf1f5638',
    '/': 'be3044039f2386f2',
    '/summary.json': 'ec3f7e9730e71fc7',
    '/sources': 'd975febb492b5eee',
    '/events': '351e484cf1c3ceee',
    '/events.json': '846701f9a0a66da0',
    '/timeline': '40d09e9260b68f77',
    '/timeline.json': '49abb9023782a526',
    '/actors': '92a77454d4a3a80d',
    '/actors.json': '4a279bf5aa133394',
    '/places': '80dc5ba5f4554d52',
    '/places.json': '65185d928cdfec2a',
    '/quotes': '901bc1afd00d6dfe',
    '/quotes.json': '976c6aa40f861283',
    '/claims': '45e7bfff03ec7f8b',
    '/claims.json': 'd1bd1bc464ce0e28',
    '/stories.json': '8042dd673ceec6f8',
    '/framing.json': '2261e71809c93117',
    '/links.json': 'f8286dfe6dec844d',
    '/documents': 'ebec686314c56dc9',
    '/documents.json': '6dcbd9ac577a56e2',
    '/events.geojson': '89d523c89c12ed18',
    '/actors.graphml': 'cb0590c64a7bc05e',
    '/events?type=ASSAULT': '06664f70d94ba14e',
    '/quotes.json?outlet=Kyiv%20Desk': 'd6a975f897736a6b',
    '/claims?certainty=reported': '0ca7d6bbd57a0f55',
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
