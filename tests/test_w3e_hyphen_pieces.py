"""Round 19 (docs/judgements/reading.md, E23): a hyphen or a piece of a hyphenated written word
before its last piece ("nom-de" of "nom-de-guerre") is no participant of a happening; the
whole word, headed by its last piece, stays, and so do hyphenated names and model codes
(hand-written sentences, none from a real report)."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.happenings import extract_happenings


def _args(annotated, text: str, trigger: str) -> list[str]:
    adoc = annotated(text, "2023-06-24")
    found = [h for h in extract_happenings(adoc, extract_actors(adoc), ()) if h.trigger == trigger]
    assert found, f"no happening {trigger!r}"
    return [text[a:b] for h in found for a, b in h.args]


NOM = ("On Monday a young fighter, identified by the militia by the nom-de-guerre of Lara Senn, "
       "crossed the river.")


def test_pieces_of_a_hyphenated_noun_are_no_participants(annotated):
    args = _args(annotated, NOM, "identified")
    assert "-" not in args
    assert not any(a.endswith("-de") or a in ("nom", "de", "nom-de") for a in args)


def test_the_doer_beside_a_hyphenated_noun_stays(annotated):
    assert "militia" in _args(annotated, NOM, "identified")


def test_a_hyphenated_model_code_stays_whole(annotated):
    assert "777-200LR" in _args(annotated, "The airline flew the 777-200LR to the coast.", "flew")


def test_a_hyphenated_name_stays_whole(annotated):
    assert "Marlow-Tenby" in _args(annotated, "Marlow-Tenby praised the governor.", "praised")
