"""Blocking and indexing in the link stage leave the picture exactly as it was.

The picture of the example corpus and of 300 generated reports is serialised (keys sorted) and
its sha256 compared with the digest of the picture built before the link stage was indexed.
A change of the picture on purpose (a new rule, another model) updates these digests in the
same commit, with the reason in its message.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from conftest import EXAMPLES
from sitroom.bench import generate_reports
from sitroom.pipeline import analyze, extraction_version, ingest, link, process_documents
from sitroom.store import Store

EXAMPLE_DIGEST = "20ccefe45518b189cc629a8f8345fa9e625855d968c741480721b3e25af645d8"
GENERATED_DIGEST = "e07690592871cf486f3598e1832ce39845b7428d4046912309070ae83be9ad0f"


def digest(picture: dict) -> str:
    return hashlib.sha256(json.dumps(picture, sort_keys=True, ensure_ascii=False)
                          .encode()).hexdigest()


@pytest.fixture(scope="module")
def example_picture(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("examples") / "x.db") as store:
        ingest(store, [EXAMPLES / "reports"], meta=EXAMPLES / "meta.json")
        analyze(store, relink=False)
        return link(store)


@pytest.fixture(scope="module")
def generated_picture(tmp_path_factory):
    docs = generate_reports(n=300, seed=0)
    extractions = []
    for i in range(0, len(docs), 50):
        extractions += process_documents(docs[i:i + 50])
    version = extraction_version()
    with Store(tmp_path_factory.mktemp("generated") / "g.db") as store:
        for d, ex in zip(docs, extractions):
            store.add_document(d)
            store.put_extraction(ex, version, [])
        return link(store)


def test_example_corpus_picture_is_unchanged_by_indexed_linking(example_picture):
    assert len(example_picture["events"]) > 10
    assert digest(example_picture) == EXAMPLE_DIGEST


def test_generated_archive_picture_is_unchanged_by_indexed_linking(generated_picture):
    assert len(generated_picture["events"]) > 250
    assert digest(generated_picture) == GENERATED_DIGEST
