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
    'report.md': '34a8beae20e533d5',
    'report.html': '7084d9c27fbe9519',
    'export.json': 'da46705e15bb86dc',
    'export.plover': '43adde4db3804040',
    'export.geojson': '621e0a8e00c3b167',
    'export.graphml': 'd347d46eaf18cc88',
    'export.jsonl.events': '517e83cc6b848e0c',
    'export.jsonl.actors': 'a0730a6716a7aacd',
    'export.jsonl.quotes': 'cea14ae4a248f9c2',
    'export.jsonl.claims': '5ace9b748b0429bd',
    'export.jsonl.places': '4508d6ffec252291',
    'export.jsonl.timeline': '0e7e9ec1ce711741',
    'export.jsonl.links': 'b0b719be476a8cf2',
    'export.jsonl.documents': '6893a4c79e9af9e5',
    'export.jsonl.stories': '1da5f1b3df26367a',
    'export.jsonl.framing': 'ed47da178c4031c6',
    'export.jsonl.mentions': 'a534314898a9889c',
    'export.csv.events': 'd6636dc5c22baab6',
    'export.csv.actors': '8553838109c8ba6e',
    'export.csv.quotes': '6de6753a3b8531fc',
    'export.csv.claims': '115e09691320b8fd',
    'export.csv.places': 'a62671f6af9e194f',
    'export.csv.timeline': 'c2cd00f63cffc0ed',
    'export.csv.links': '3aaa8a157430f1d2',
    'export.csv.documents': '3c5620f7f185d541',
    'export.csv.stories': '18bd6bf3b643046b',
    'export.csv.framing': '8e2284e36708ecf3',
    'export.csv.mentions': '9cec17b4c7e393e0',
    '/': '4893d4791e489c84',
    '/summary.json': '58dbdc6027ee7c3d',
    '/sources': 'ade43bd06c246be6',
    '/events': 'b671bd58cb0f0479',
    '/events.json': '86366a00e13bf7cf',
    '/timeline': '8f37751a694c2ddb',
    '/timeline.json': '243c5b36fa538d31',
    '/actors': '476b219fa451e25f',
    '/actors.json': '676957659cdd8439',
    '/places': '1003a70d5ec3cf79',
    '/places.json': 'e8d7757b1e105b5a',
    '/quotes': '6916c98ef86910a8',
    '/quotes.json': 'f867ec3541587caf',
    '/claims': 'a3ddef9aa377e785',
    '/claims.json': 'f121c52ab8f5052d',
    '/stories.json': '8042dd673ceec6f8',
    '/framing.json': '7ac94afcf8583287',
    '/links.json': '0e9a12a670809202',
    '/documents': '22b18ffefd5f49f5',
    '/documents.json': '6dcbd9ac577a56e2',
    '/events.geojson': '97fbf1fd1a7d7335',
    '/actors.graphml': 'd347d46eaf18cc88',
    '/events?type=ASSAULT': '7e00b7ecc1fd4710',
    '/quotes.json?outlet=Kyiv%20Desk': 'a14782577a9f8422',
    '/claims?certainty=reported': '9b31cdc1188efdf5',
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
