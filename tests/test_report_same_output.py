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
    'report.md': 'be017e69e9044d2f',
    'report.html': '4ab417c06c2dfed4',
    'export.json': 'f9a862809d30fdd0',
    'export.plover': 'eae4da4129efd1a2',
    'export.geojson': '7baacea8eb5a1a3b',
    'export.graphml': '2433c3703d831d86',
    'export.jsonl.events': 'e30a74d03b4f3129',
    'export.jsonl.actors': '6a00048596dde741',
    'export.jsonl.quotes': 'cea14ae4a248f9c2',
    'export.jsonl.claims': '5ace9b748b0429bd',
    'export.jsonl.places': '3d350299641aa86d',
    'export.jsonl.timeline': '10cacb68dbdea221',
    'export.jsonl.links': '8c436995ee2794d6',
    'export.jsonl.documents': '6893a4c79e9af9e5',
    'export.jsonl.stories': '1da5f1b3df26367a',
    'export.jsonl.framing': 'db243a57a1c60852',
    'export.jsonl.mentions': 'a3833f2a5770cd8b',
    'export.csv.events': '5319e37b4247c231',
    'export.csv.actors': '63c47bf904beed2b',
    'export.csv.quotes': '6de6753a3b8531fc',
    'export.csv.claims': '115e09691320b8fd',
    'export.csv.places': 'f11e0557a3251f2c',
    'export.csv.timeline': 'eacc227f188b9a15',
    'export.csv.links': '5ce4f4dfca93118f',
    'export.csv.documents': '3c5620f7f185d541',
    'export.csv.stories': '18bd6bf3b643046b',
    'export.csv.framing': '6184c98a7a24d3a8',
    'export.csv.mentions': 'd8a75eed41aca286',
    '/': 'f5c82c91cd38c4a2',
    '/summary.json': 'a8d197157643b1d8',
    '/sources': 'd94b51685ed8f8a5',
    '/events': '1fe9f478e73946c5',
    '/events.json': 'cb737952c93a33ac',
    '/timeline': '6e5437d6ff39350f',
    '/timeline.json': 'f755ae4d70f1a2ce',
    '/actors': 'ac5c6167e7e30f0a',
    '/actors.json': '74d37ce590aa6783',
    '/places': 'df4573c059ba808f',
    '/places.json': '65185d928cdfec2a',
    '/quotes': '16d27a7e72072e3b',
    '/quotes.json': '976c6aa40f861283',
    '/claims': '3b4ab62d9272855f',
    '/claims.json': 'd1bd1bc464ce0e28',
    '/stories.json': '8042dd673ceec6f8',
    '/framing.json': '654f8015c505b97f',
    '/links.json': 'b2ac080c573da38f',
    '/documents': '1d13ab3faf3ac581',
    '/documents.json': '6dcbd9ac577a56e2',
    '/events.geojson': 'e8bf3143be5ab093',
    '/actors.graphml': '2433c3703d831d86',
    '/events?type=ASSAULT': 'f9820bb5c3120dae',
    '/quotes.json?outlet=Kyiv%20Desk': 'd6a975f897736a6b',
    '/claims?certainty=reported': '34748f34c553b00a',
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
