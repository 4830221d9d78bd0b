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
    'report.md': '3f8d4d61065bff2f',
    'report.html': '055b7b8f40744837',
    'export.json': 'c2151264526da952',
    'export.plover': '8d2f480236982068',
    'export.geojson': 'f828414768029d5a',
    'export.graphml': 'ede32e20ad02a0ac',
    'export.jsonl.events': '9396a7a4bfb8852f',
    'export.jsonl.actors': '036514dfd751bd8a',
    'export.jsonl.quotes': 'cea14ae4a248f9c2',
    'export.jsonl.claims': '5ace9b748b0429bd',
    'export.jsonl.places': '3d350299641aa86d',
    'export.jsonl.timeline': '366ad5d1ca464106',
    'export.jsonl.links': 'e342a6c4d6520225',
    'export.jsonl.documents': '6893a4c79e9af9e5',
    'export.jsonl.stories': '1da5f1b3df26367a',
    'export.jsonl.framing': '53b7ab2d9f0ec9ed',
    'export.jsonl.mentions': '1c78d252a5e3afa9',
    'export.csv.events': '172fe1de0c78ad4c',
    'export.csv.actors': '76bd1f2c46093820',
    'export.csv.quotes': '6de6753a3b8531fc',
    'export.csv.claims': '115e09691320b8fd',
    'export.csv.places': 'f11e0557a3251f2c',
    'export.csv.timeline': '7d70df7e1f5aed89',
    'export.csv.links': '4b74231c1fa81558',
    'export.csv.documents': '3c5620f7f185d541',
    'export.csv.stories': '18bd6bf3b643046b',
    'export.csv.framing': '430b1d6761da6f89',
    'export.csv.mentions': '928eae5743c741d7',
    '/': '688294bc8c04c7a3',
    '/summary.json': '4ac3bc6905275206',
    '/sources': '9e40c2e6f8a535f0',
    '/events': '4d9e13d48c11e4b9',
    '/events.json': 'b5af11f2bd4b24dc',
    '/timeline': 'a991766dace4d165',
    '/timeline.json': 'bc4766108953d54d',
    '/actors': '36ba05798d7f8034',
    '/actors.json': '37f5eb2c7603a8c2',
    '/places': '8a76401d847d5ac8',
    '/places.json': '65185d928cdfec2a',
    '/quotes': 'd05c268f4aa02d1d',
    '/quotes.json': '976c6aa40f861283',
    '/claims': '503f193b77d3f0e1',
    '/claims.json': 'd1bd1bc464ce0e28',
    '/stories.json': '8042dd673ceec6f8',
    '/framing.json': 'b897f6335df86bc5',
    '/links.json': '2a8e159b0fbc459d',
    '/documents': '18d953bcc11fe6fa',
    '/documents.json': '6dcbd9ac577a56e2',
    '/events.geojson': '04e2719a08902c35',
    '/actors.graphml': 'ede32e20ad02a0ac',
    '/events?type=ASSAULT': '5946e53e22f0eb0a',
    '/quotes.json?outlet=Kyiv%20Desk': 'd6a975f897736a6b',
    '/claims?certainty=reported': '447d0800e1d52548',
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
