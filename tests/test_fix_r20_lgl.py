"""Round 20 review of the LGL reader (eval/actor_draws.py, lgl_documents): it reads the file
through ``eval/geo.load``, sorts the articles by docid as a number, and refuses an article
without a numeric docid or two articles with one docid (their Documents would share an id).
Articles are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import InputError
from sitroom.eval.actor_draws import lgl_documents


def _lgl(tmp_path: Path, *articles: tuple[str | None, str]) -> Path:
    body = "".join(
        f"<article{'' if d is None else f' docid={chr(34)}{d}{chr(34)}'}><text>{t}</text>"
        "<toponyms/></article>" for d, t in articles)
    path = tmp_path / "lgl.xml"
    path.write_text(f"<articles>{body}</articles>", encoding="utf-8")
    return path


def test_articles_are_sorted_by_docid_as_a_number(tmp_path):
    path = _lgl(tmp_path, ("10", "The council met on Monday."), ("9", "The mayor spoke."),
                ("100", "The river rose."))
    assert [d.id for d in lgl_documents(path)] == ["lgl-9", "lgl-10", "lgl-100"]


def test_the_folder_holding_the_file_is_read_too(tmp_path):
    _lgl(tmp_path, ("7", "The mayor spoke."))
    docs = lgl_documents(tmp_path)
    assert [(d.id, d.source, d.published) for d in docs] == [("lgl-7", "lgl-7", None)]
    assert docs[0].text.startswith("The mayor spoke.")


def test_an_article_with_empty_text_gives_no_document(tmp_path):
    path = _lgl(tmp_path, ("1", "  "), ("2", "The mayor spoke."))
    assert [d.id for d in lgl_documents(path)] == ["lgl-2"]


def test_an_article_without_a_docid_is_refused(tmp_path):
    path = _lgl(tmp_path, ("1", "The mayor spoke."), (None, "The council met."))
    with pytest.raises(InputError, match="docid"):
        lgl_documents(path)


def test_two_articles_with_one_docid_are_refused(tmp_path):
    path = _lgl(tmp_path, ("5", "The mayor spoke."), ("5", "The council met."))
    with pytest.raises(InputError, match="docid"):
        lgl_documents(path)
