"""The bundled example corpus, its bad inputs, and the shared seed articles."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from conftest import EXAMPLES, SEEDS, need
from sitroom.ingest import IngestFailure, NearDuplicates, read_paths
from sitroom.model import Document

REPORTS = EXAMPLES / "reports"
META = EXAMPLES / "meta.json"


def corpus() -> list[Document | IngestFailure]:
    return list(read_paths([REPORTS], meta=META))


def test_example_corpus_reads_without_failures():
    items = corpus()
    assert [x for x in items if isinstance(x, IngestFailure)] == []
    kinds = Counter(d.kind for d in items)
    assert kinds == {"text": 9, "html": 1, "markdown": 1, "rss": 3, "telegram": 6, "jsonl": 3}
    # Russian and Ukrainian given in meta.json, French detected, the rest English
    assert Counter(d.language for d in items) == {"en": 20, "ru": 1, "uk": 1, "fr": 1}
    assert len({d.id for d in items}) == len(items)
    assert all(d.outlet and d.published for d in items)
    assert len({d.outlet for d in items}) >= 4


def test_example_corpus_metadata_and_updates():
    docs = {Path(d.source.split("#")[0]).name + ("#" + d.source.split("#")[1] if "#" in d.source
                                                  else ""): d for d in corpus()}
    wire = docs["01_bws_plovdiv_mutiny.txt"]
    assert (wire.outlet, wire.published) == ("Balkan Wire Service", "2026-03-13T23:10:00+02:00")
    assert ("kind", "wire report") in wire.meta
    deal = docs["10_bws_deal.txt"]  # from its sidecar
    assert deal.title == "Mutineers turn back in deal brokered by President Ruseva"
    page = docs["03_sofia_evening_post_address.html"]
    assert (page.outlet, page.author, page.published) == (
        "Sofia Evening Post", "Petra Ilieva", "2026-03-14T12:40:00+02:00")
    blog = docs["05_night_desk_live.txt"]
    assert [u.timestamp for u in blog.updates] == [
        "2026-03-14T09:40+02:00", "2026-03-14T10:15+01:00", "2026-03-14T11:30+02:00",
        "2026-03-14T13:05+00:00", "2026-03-14T21:10+02:00", "2026-03-15T08:05+02:00"]
    parts = docs["result.json#message-331"]
    assert parts.text == ("General Zlatev has accepted the proposal of President Ruseva in order "
                          "to avoid bloodshed. The column is turning back to Plovdiv. Our demands "
                          "remain. Koralov must go.")
    chronicle = docs["09_workers_chronicle_analysis.txt"]
    assert "long-standing neglect" in chronicle.text
    assert "followed him to Pazardzhik" in chronicle.text
    assert chronicle.text.count("\n\n") == 4


def test_example_syndicated_copy_is_a_near_duplicate():
    index = NearDuplicates()
    found = {d.source.rsplit("/", 1)[-1]: index.add(d.id, d.text) for d in corpus()}
    original = next(d.id for d in corpus() if d.source.endswith("01_bws_plovdiv_mutiny.txt"))
    assert found["02_thracian_herald_syndicated.txt"] == original
    assert [k for k, v in found.items() if v is not None] == ["02_thracian_herald_syndicated.txt"]


def test_bad_examples_give_one_failure_per_file():
    items = list(read_paths([EXAMPLES / "bad"]))
    assert all(isinstance(x, IngestFailure) for x in items)
    bad = EXAMPLES / "bad"
    assert {(Path(x.path).relative_to(bad).as_posix(), x.message) for x in items} == {
        ("binary.bin", "binary file, not text (it contains NUL bytes)"),
        ("broken.html", "no readable text in the HTML"),
        ("broken.json", "not valid JSON: Extra data at line 2 column 1"),
        ("empty.txt", "empty file"),
        ("undecodable.txt", "cannot decode the text: not UTF-8 and its encoding cannot be "
                            "guessed with confidence"),
        ("wrong_telegram/result.json", 'not a Telegram channel export: expected an object with '
                                       '"name" and a "messages" list, found a whole-account export'),
    }
    assert len(items) == 6


def test_seeds_with_their_meta():
    need(SEEDS / "meta.json")
    docs = list(read_paths([SEEDS], meta=SEEDS / "meta.json"))
    assert all(isinstance(d, Document) for d in docs)
    assert [(Path(d.source).name[:3], d.published, d.outlet) for d in docs] == [
        ("000", "2023-06-24", "newsletter-a"), ("003", "2023-06-25", "outlet-b")]
    live, analysis = docs
    assert [(u.label, u.timestamp) for u in live.updates] == [
        ("UPDATE 05:37 CET", "2023-06-24T05:37+01:00")]
    assert live.title == "The Kayfabe Coup is Under Way"
    # seed 003 is unwrapped: no line break inside a paragraph, paragraphs end sentences
    paragraphs = analysis.text.split("\n\n")
    assert all("\n" not in p for p in paragraphs)
    assert len(paragraphs) == 28
    assert all(re.search(r"""[.!?:]["”]?$""", p) for p in paragraphs)
    assert "Putin’s long-time patronage" in analysis.text
    assert "attempted the coup in order" in analysis.text
