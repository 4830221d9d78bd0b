"""What the link stage reads of the documents (``StoreReads.texts_and_updates``) is the text
and updates of every document as ``documents()`` builds them, in the same order."""

from __future__ import annotations

from sitroom.model import Document, Update
from sitroom.store import Store


def test_texts_and_updates_are_those_of_the_documents(tmp_path):
    docs = [Document(id="a", text="First report. It has two sentences.", outlet="X"),
            Document(id="b", text="UPDATE 05:37: a blog entry. UPDATE 06:10: another.",
                     updates=(Update(0, 27, "2023-06-24T05:37+01:00", "05:37"),
                              Update(28, 52, "2023-06-24T06:10+01:00", "06:10", "fr"))),
            Document(id="c", text="Third.", language="de")]
    with Store(tmp_path / "s.db") as store:
        for d in docs:
            store.add_document(d)
        texts, updates = store.texts_and_updates()
        stored = store.documents()
    assert list(texts.items()) == [(d.id, d.text) for d in stored]
    assert list(updates.items()) == [(d.id, d.updates) for d in stored if d.updates]
    assert updates["b"] == docs[1].updates and "a" not in updates
