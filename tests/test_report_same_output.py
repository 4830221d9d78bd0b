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
    'report.md': 'bcabb02006ffed94',
    'report.html': '3bb75fec708e09ab',
    'export.json': '4c9c83e6531fce54',
    'export.plover': '56053d06ae56f1c8',
    'export.geojson': 'ba0757c2f655e089',
    'export.graphml': '7fc3932b834ea7df',
    'export.jsonl.events': '30e6ab47559d1f6c',
    'export.jsonl.actors': '04171287ca1a0869',
    'export.jsonl.quotes': 'fd8c22d4f13c17af',
    'export.jsonl.claims': '50b37ad6c765cdb3',
    'export.jsonl.places': '3d350299641aa86d',
    'export.jsonl.timeline': '9a5e90b094667f2b',
    'export.jsonl.links': '6924d31c27e6e889',
    'export.jsonl.documents': '6893a4c79e9af9e5',
    'export.jsonl.stories': '1da5f1b3df26367a',
    'export.jsonl.framing': 'db243a57a1c60852',
    'export.jsonl.mentions': 'c5056fb02e6f2279',
    'export.csv.events': '946add003a442d0b',
    'export.csv.actors': 'd870eacbfd16dbf8',
    'export.csv.quotes': 'e9bceca97384331e',
    'export.csv.claims': 'b18380c25f77a761',
    'export.csv.places': 'f11e0557a3251f2c',
    'export.csv.timeline': '5b43099511a96901',
    'export.csv.links': 'a0c8096c5114bf77',
    'export.csv.documents': '3c5620f7f185d541',
    'export.csv.stories': '18bd6bf3b643046b',
    'export.csv.framing': '6184c98a7a24d3a8',
    'export.csv.mentions': 'b57dd9dbcd9b3d93',
    '/': 'aade957aaf0542ac',
    '/summary.json': 'a75374ca5adb630c',
    '/sources': 'c8f9ae179234abfa',
    '/events': 'eaf1e63ca7fec615',
    '/events.json': '299e3dd14620e497',
    '/timeline': '6702d6610465dd90',
    '/timeline.json': '24a9be61a148ee82',
    '/actors': '1cbef7870822e61c',
    '/actors.json': 'f939135d05c03947',
    '/places': 'e02db827ed8a97d7',
    '/places.json': '78c885db120e12ad',
    '/quotes': '9b766442467f3cf6',
    '/quotes.json': '64d2c3b5835b56a4',
    '/claims': '2a26ddbaf7b7bfc9',
    '/claims.json': '77ffc81222e19317',
    '/stories.json': '60b30aedd28212d3',
    '/framing.json': '1f9ed4771e4d1022',
    '/links.json': '91b5e525548be968',
    '/documents': 'dc30b538e4fb3e0a',
    '/documents.json': '6dcbd9ac577a56e2',
    '/events.geojson': 'a9e56eeac50d2677',
    '/actors.graphml': '7fc3932b834ea7df',
    '/events?type=ASSAULT': '2a3ae5e7a1296098',
    '/quotes.json?outlet=Kyiv%20Desk': 'd6a975f897736a6b',
    '/claims?certainty=reported': '03fb1057b73f4470',
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
