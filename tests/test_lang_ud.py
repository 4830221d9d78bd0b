"""Repairs of the French parse before extraction (sitroom.lang.ud): a full verb the parser
made an auxiliary is the clause's verb again, so its event is found."""

from __future__ import annotations

from sitroom.annotate import annotate
from sitroom.extract import extract
from sitroom.model import Document


def _events(text: str, lang: str):
    return extract(next(annotate([Document(id=lang, text=text, language=lang)]))).events


def test_a_french_verb_parsed_as_an_auxiliary_still_makes_its_event():
    ev = _events("Le ministère de la Défense dément tout retard dans le versement des soldes.",
                 "fr")
    assert [(e.type, e.trigger) for e in ev] == [("REJECT", "dément")]


def test_imperfective_russian_verbs_are_triggers_too():
    ev = _events("Премьер-министр Анна Петрова обещает не допустить кровопролития.", "ru")
    assert "AGREE" in {e.type for e in ev}
