"""Language-specific words come from data files and reach the extractors."""

from __future__ import annotations

from sitroom.annotate import annotate
from sitroom.extract import extract
from sitroom.extract.quotes import quote_regions
from sitroom.lang.words import hedges, quote_pairs, senses, words
from sitroom.model import Document


def test_each_language_folder_adds_its_words_and_no_english_lemma():
    assert {"заявить", "заявити", "déclarer"} <= words("speech_verbs")
    assert hedges()["якобы"] == ("unconfirmed", 1.2)
    assert senses("verbs")["обстрелять"] == ("ASSAULT", None)
    assert not {"say", "attack", "accuse"} & (words("speech_verbs") | set(senses("verbs")))


def test_guillemets_and_low_high_quotes_delimit_quotes():
    assert quote_pairs()["«"] == "»"
    text = "Il a dit : « Nous restons. » Er sagte: „Wir bleiben.“ Fin."
    assert [text[s:e] for s, e in quote_regions(text)] == ["« Nous restons. »", "„Wir bleiben.“"]


def test_russian_report_has_its_reported_speech_and_events():
    text = ("Министерство обороны отрицает, что зарплаты задерживались. "
            "Армия обстреляла позиции мятежников у Пловдива.")
    ex = extract(next(annotate([Document(id="ru", text=text, language="ru")])))
    assert [ex.actors[q.speaker].name for q in ex.quotes] == ["Министерство обороны"]
    assert "ASSAULT" in {e.type for e in ex.events}
