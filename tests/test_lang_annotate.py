"""Every language gets the same AnnotatedDoc contract; none is read by the English model."""

from __future__ import annotations

from sitroom.annotate import annotate, route
from sitroom.model import Document


def _one(text: str, lang: str):
    return next(annotate([Document(id=lang, text=text, language=lang)]))


def test_route_sends_each_language_to_its_pipeline_and_unknown_ones_to_partial():
    def doc(text, lang):
        return Document(id="x", text=text, language=lang)
    assert [route(doc("a b c", x)) for x in ("en", "fr", "ru", "uk", "de", "zh")] == [
        "en", "fr", "ru", "uk", "partial", "partial"]
    assert route(doc("Rebels left.", "und")) == "en"
    assert route(doc("Мятеж!", "und")) == "partial"


def test_russian_names_are_normalised_and_labelled_like_english_entities():
    adoc = _one("По словам Стравинского, Анатолий Карпов вошёл в Самару.", "ru")
    labels = {e.text: e.label for e in adoc.ents}
    assert labels["Анатолий Карпов"] == "PERSON"
    lemma = {t.text: t.lemma for t in adoc.tokens}
    assert lemma["Стравинского"] == "Стравинский"
    assert lemma["вошёл"] == "войти"
    assert any(t.dep == "ROOT" for t in adoc.tokens)
    assert all(adoc.text[t.idx:t.end] == t.text for t in adoc.tokens)


def test_ukrainian_lemmas_come_from_the_ukrainian_dictionary():
    adoc = _one("Колона рухалася до Києва, заявив міністр.", "uk")
    lemma = {t.text: t.lemma for t in adoc.tokens}
    assert lemma["рухалася"] == "рухатися"
    assert lemma["Києва"] == "Київ"


def test_french_uses_ud_labels_mapped_to_the_english_scheme():
    adoc = _one("Le président Emmanuel Macron a déclaré samedi à Paris que tout allait bien.", "fr")
    assert {e.text: e.label for e in adoc.ents}["Paris"] == "GPE"
    assert {t.text: t.dep for t in adoc.tokens}["déclaré"] == "ROOT"
    assert {t.text: t.tag for t in adoc.tokens}["déclaré"] == "VBD"


def test_partial_analysis_has_sentences_but_no_junk_entities():
    adoc = _one("Der Putschversuch scheiterte. Die Kolonne „kehrte um“, sagte er.", "de")
    assert len(adoc.sents) == 2
    assert adoc.ents == ()
    assert {t.pos for t in adoc.tokens} <= {"X", "SPACE"}


def test_mixed_languages_in_one_batch_come_back_in_input_order():
    docs = [Document(id=str(i), text=t, language=lang) for i, (t, lang) in enumerate(
        [("Rebels left.", "en"), ("Мятежники ушли.", "ru"), ("Les rebelles sont partis.", "fr"),
         ("Rebels returned.", "en")])]
    assert [a.doc.id for a in annotate(docs)] == ["0", "1", "2", "3"]


def test_partial_analysis_finds_places_by_name_and_times_by_dateparser():
    from sitroom.extract import extract

    doc = Document(id="de", text="Die Kolonne stoppte am Samstag vor Sofia. Die Regierung in "
                   "Plovdiv sprach von Verrat.", language="de",
                   published="2026-03-14T12:00:00+02:00")
    ex = extract(next(annotate([doc])))
    assert [p.name for p in ex.places] == ["Sofia", "Plovdiv"]
    assert [(t.text, t.value) for t in ex.times] == [("Samstag", "2026-03-14")]
    assert ex.actors == () and ex.events == ()


def test_russian_times_are_normalised_against_the_publication_date():
    from sitroom.extract import extract

    doc = Document(id="ru", text="Колонна вышла 13 марта 2026 года и вчера в 05:37 вошла в город.",
                   language="ru", published="2026-03-14T12:00:00+03:00")
    ex = extract(next(annotate([doc])))
    assert [(t.text, t.value) for t in ex.times] == [
        ("13 марта 2026", "2026-03-13"), ("вчера в 05:37", "2026-03-13T05:37")]
