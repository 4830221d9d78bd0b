"""Replicated extractions for the link-stage benchmark: new ids everywhere, the rest kept."""

from __future__ import annotations

from sitroom.bench_link import replicate
from sitroom.model import ActorMention, Document, EventMention, Extraction


def _report(i: int) -> tuple[Document, Extraction]:
    doc = f"r-{i}"
    text = "The harbour board closed the east gate on Monday."
    actor = ActorMention(doc, 4, 16, 0, "harbour board", "Harbour Board", "organisation")
    event = EventMention(doc, 17, 23, 0, "closed", "RESTRICT", actor=0, sentence_text=text)
    return (Document(id=doc, text=text, outlet="Coast Post", published="2026-03-10",
                     content_hash=f"h{i}"),
            Extraction(doc, actors=(actor,), events=(event,), sentences=((0, len(text)),)))


def test_replicate_renames_every_document_field_and_keeps_the_rest():
    docs, exs = zip(*(_report(i) for i in range(2)))
    out_docs, out_ex = replicate(list(docs), list(exs), 5)
    assert [d.id for d in out_docs] == ["r-0", "r-1", "r-0r1", "r-1r1", "r-0r2"]
    assert len({d.content_hash for d in out_docs}) == 5
    for d, ex in zip(out_docs, out_ex):
        assert ex.doc == d.id
        assert ex.actors[0].doc == ex.events[0].doc == d.id
    copy, original = out_ex[2], out_ex[0]
    assert copy.events[0].trigger == original.events[0].trigger
    assert copy.actors[0].name == original.actors[0].name
    assert copy.sentences == original.sentences
    assert out_docs[2].text == out_docs[0].text and out_docs[2].published == "2026-03-10"


def test_replicate_to_fewer_reports_takes_the_first():
    docs, exs = zip(*(_report(i) for i in range(3)))
    out_docs, out_ex = replicate(list(docs), list(exs), 2)
    assert [d.id for d in out_docs] == ["r-0", "r-1"] and len(out_ex) == 2
