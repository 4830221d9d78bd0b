"""Language of a report: detected offline, the user's language wins, never an error."""

from __future__ import annotations

import json

from sitroom.eval.language import passages
from sitroom.ingest import read_file
from sitroom.lang.detect import analysis, detect, language_of

RU = ("Глава Минобороны заявил, что обстановка на этом направлении требует непрерывного "
      "совершенствования боевого состава войск, а колонна двигалась к Москве всю ночь.")
UK = ("Президент України заявив, що ситуація на фронті залишається складною, а колона "
      "бійців рухалася до столиці всю ніч, повідомляють місцеві джерела.")
FR = ("Le président a déclaré que la situation restait très tendue dans la capitale, "
      "tandis que la colonne de combattants avançait vers le nord pendant toute la nuit.")
DE = ("Der Präsident erklärte, die Lage in der Hauptstadt bleibe sehr angespannt, während "
      "die Kolonne der Kämpfer die ganze Nacht nach Norden vorrückte.")


def test_detect_tells_russian_ukrainian_french_german_and_english_apart():
    assert [detect(t) for t in (RU, UK, FR, DE)] == ["ru", "uk", "fr", "de"]
    assert detect("The president said the situation in the capital remained very tense "
                  "while the column advanced north through the night.") == "en"


def test_text_without_letters_is_undetermined_not_an_error():
    assert detect("") == "und"
    assert detect("12:30 — 14:45 !!!") == "und"


def test_user_given_language_wins_and_loses_its_region():
    assert language_of(RU, "fr") == "fr"
    assert language_of(FR, "pt-BR") == "pt"
    assert language_of(FR, None) == "fr"


def test_analysis_is_full_for_pipelines_sitroom_ships_partial_otherwise():
    assert [analysis(x) for x in ("en", "fr", "ru", "uk", "de", "und")] == [
        "full", "full", "full", "full", "partial", "partial"]


def test_ingest_stores_the_detected_language_unless_meta_gives_one(tmp_path):
    ru = tmp_path / "ru.txt"
    ru.write_text(RU, encoding="utf-8")
    assert read_file(ru)[0].language == "ru"
    (tmp_path / "ru.txt.meta.json").write_text(json.dumps({"language": "uk"}), "utf-8")
    assert read_file(ru)[0].language == "uk"


def test_passages_start_at_each_text_and_reach_the_minimum_length():
    out = passages(["a" * 120, "b" * 120, "c" * 50], 200)
    assert len(out) == 3 and all(len(p) >= 200 for p in out)
    assert passages(["short", "texts"], 200) == []
