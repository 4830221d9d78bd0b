"""Full-text search in every language: accents folded, inflected words found by their
dictionary form, scripts without spaces searched by substring."""

from __future__ import annotations

import sqlite3

from sitroom.annotate import annotate
from sitroom.lang.search import sentence_rows, spaceless
from sitroom.model import Document, Extraction
from sitroom.store import MIGRATIONS, SCHEMA_VERSION, Store, _split_sql


def _stored(tmp_path, docs: list[Document]) -> Store:
    s = Store(tmp_path / "s.db")
    for d in docs:
        s.add_document(d)
    for adoc in annotate(docs):
        s.put_extraction(Extraction(doc=adoc.doc.id), "v1", sentence_rows(adoc))
    return s


def _hits(s: Store, q: str) -> list[str]:
    return sorted(h["doc"] for h in s.search(q))


def test_russian_and_ukrainian_words_are_found_by_their_dictionary_form(tmp_path):
    docs = [
        Document(id="ru", text="Колонна вошла в Самару вечером. Жители Самары вышли на улицы.",
                 language="ru"),
        Document(id="uk", text="Колона рухалася до Києва, заявив міністр.", language="uk"),
        Document(id="en", text="The convoy reached Samara.", language="en"),
    ]
    with _stored(tmp_path, docs) as s:
        assert [h["i"] for h in s.search("Самара")] in ([0, 1], [1, 0])  # Самару, Самары
        assert _hits(s, "Київ") == ["uk"]  # Києва
        assert _hits(s, "Самару") == ["ru"]  # the word as written still matches
        assert _hits(s, "reach convoy") == ["en"]  # English keeps its stemmer


def test_accented_french_matches_with_or_without_accents_and_in_the_plural(tmp_path):
    docs = [Document(id="fr", text="Les négociations ont échoué à Sofia.", language="fr")]
    with _stored(tmp_path, docs) as s:
        assert _hits(s, "négociation") == ["fr"]
        assert _hits(s, "negociations") == ["fr"]
        assert _hits(s, "échouer") == ["fr"]  # the verb's dictionary form


def test_chinese_and_japanese_are_searched_by_substring(tmp_path):
    docs = [
        Document(id="zh", text="北京市政府今天宣布了新的措施。", language="zh"),
        Document(id="ja", text="東京都庁で記者会見が行われた。", language="ja"),
    ]
    with _stored(tmp_path, docs) as s:
        assert _hits(s, "市政府") == ["zh"]  # inside a run of characters with no space
        assert _hits(s, "北京") == ["zh"]  # two characters: too short for a trigram
        assert _hits(s, "記者会見") == ["ja"]
        assert _hits(s, "上海") == []
    assert spaceless("北京") and spaceless("ภาษา") and not spaceless("Москва")


def test_a_version_3_database_gains_lemmas_and_the_substring_index(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        for stmt in _split_sql(script):
            conn.execute(stmt)
    conn.execute("INSERT INTO documents (id, content_hash, kind, language, text, seq) "
                 "VALUES ('zh', 'h', 'text', 'zh', '北京市政府今天宣布了新的措施。', 1)")
    conn.execute("INSERT INTO sentences VALUES ('zh', 0, 0, 15, '北京市政府今天宣布了新的措施。')")
    conn.execute("PRAGMA user_version=3")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION == 7
        assert _hits(s, "市政府") == ["zh"]
        s.conn.execute("DELETE FROM documents WHERE id='zh'")  # sentences go with it
        assert _hits(s, "市政府") == []
