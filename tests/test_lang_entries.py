"""A live blog whose entries mix languages: each entry's language is told at ingest and the
entry is read by its own language's pipeline, in one AnnotatedDoc over the whole text."""

from __future__ import annotations

from sitroom.annotate import annotate, segments
from sitroom.extract import extract
from sitroom.ingest import read_file
from sitroom.model import Document, Update, from_dict, to_dict

BLOG = """Live: the mutiny in the south

UPDATE 09:10 CET: The column of the 17th brigade left the barracks at dawn and is moving north on the motorway, the regional governor told reporters in a short statement.

UPDATE 09:40 CET: Министр обороны Александр Коралов заявил журналистам в Софии, что колонна остановилась у въезда в город и переговоры продолжаются уже второй час.

UPDATE 10:05 CET: Talks between the brigade commander and the defence ministry are continuing, a ministry spokesman said, adding that no shots had been fired.
"""


def _blog(tmp_path) -> Document:
    p = tmp_path / "blog.txt"
    p.write_text(BLOG, encoding="utf-8")
    return read_file(p)[0]


def test_each_entry_gets_its_own_language_when_it_differs(tmp_path):
    doc = _blog(tmp_path)
    assert doc.language == "en"
    assert [u.language for u in doc.updates] == ["", "ru", ""]
    assert from_dict(Document, to_dict(doc)).updates == doc.updates  # stored and read back


def test_short_or_single_entries_keep_the_document_language(tmp_path):
    p = tmp_path / "short.txt"
    p.write_text("UPDATE 09:10 CET: Колонна вышла.\n\nUPDATE 09:40 CET: Talks began.\n",
                 encoding="utf-8")
    assert all(u.language == "" for u in read_file(p)[0].updates)


def test_a_mixed_blog_is_read_entry_by_entry_by_each_pipeline(tmp_path):
    doc = _blog(tmp_path)
    parts = segments(doc)
    assert [code for _, _, code in parts] == ["en", "ru", "en"]
    assert parts[0][0] == 0 and parts[-1][1] == len(doc.text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    adoc = next(annotate([doc]))
    assert all(adoc.text[t.idx:t.end] == t.text for t in adoc.tokens)
    assert [t.i for t in adoc.tokens] == list(range(len(adoc.tokens)))
    lemma = {t.text: t.lemma for t in adoc.tokens}
    assert lemma["заявил"] == "заявить" and lemma["left"] == "leave"  # natasha, then spaCy
    labels = {e.text: e.label for e in adoc.ents}
    assert labels["Александр Коралов"] == "PERSON"
    assert "журналистам в Софии" not in labels  # the English model's reading of Russian
    ex = extract(adoc)
    assert [(p.text, p.country_code) for p in ex.places] == [("Софии", "BG")]


def test_a_document_in_one_language_is_one_segment():
    doc = Document(id="d", text="UPDATE 09:10 CET: Talks began.", language="en",
                   updates=(Update(0, 30, "09:10+01:00", "UPDATE 09:10 CET"),))
    assert segments(doc) == [(0, 30, "en")]


def test_times_in_a_foreign_entry_are_read_in_its_language(tmp_path):
    p = tmp_path / "blog.txt"
    p.write_text(BLOG.replace("переговоры продолжаются уже второй час",
                              "вчера вечером колонна вышла из Пловдива"), encoding="utf-8")
    (tmp_path / "blog.txt.meta.json").write_text('{"published": "2026-03-14T11:00:00+01:00"}')
    doc = read_file(p)[0]
    times = {t.text: t.value for t in extract(next(annotate([doc]))).times}
    yesterday = [v for k, v in times.items() if k.lower().startswith("вчера")]
    assert yesterday and yesterday[0][:10] == "2026-03-13", times  # the day before, in Russian
    # the entries' headers keep the report tagger's reading, zone included
    assert times["09:40 CET"] == "2026-03-14T09:40+01:00"
    assert times["10:05 CET"] == "2026-03-14T10:05+01:00"
