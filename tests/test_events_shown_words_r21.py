"""An event told by several reports shows the doer's words of a telling that gives them."""

from __future__ import annotations

from types import SimpleNamespace

from sitroom.link.picture_events import shown_words
from sitroom.model import EventMention


def _told(actor_text: str | None, recipient_text: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(event=EventMention(doc="d", start=0, end=5, sent=0, trigger="marched",
                                              type="PROTEST", actor_text=actor_text,
                                              recipient_text=recipient_text))


def test_a_telling_without_the_doers_words_takes_them_from_another_telling():
    bare, crowd = _told(None), _told("Hundreds of nurses")
    assert shown_words(bare.event, [bare, crowd], "actor_text") == "Hundreds of nurses"
    assert shown_words(bare.event, [bare, crowd], "recipient_text") is None


def test_the_representative_tellings_own_words_are_kept():
    own, other = _told("The union", "the hospital board"), _told("Hundreds of nurses", "managers")
    assert shown_words(own.event, [other, own], "actor_text") == "The union"
    assert shown_words(own.event, [other, own], "recipient_text") == "the hospital board"
