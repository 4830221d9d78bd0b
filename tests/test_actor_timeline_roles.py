"""Who did a happening and who underwent it (sitroom.link.actor_timeline.participants): the
roles the extract stage stored (``Happening.roles``), each participant named by its actor
mention (a pronoun followed to its named mention) or by its words. Hand-built records."""

from __future__ import annotations

import pytest

from sitroom.link.actor_timeline import participants
from sitroom.model import ActorMention, Extraction, Happening


def named(text: str, trigger: str, args: list[tuple[str, str]],
          actors: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(name, role) of each argument of the happening ``trigger`` of ``text``, the
    arguments given as (head word, stored role)."""
    mentions = tuple(ActorMention("d", text.index(a), text.index(a) + len(a), 0, a, a, "person")
                     for a in actors)
    s = text.index(trigger)
    h = Happening("d", s, s + len(trigger), 0, trigger, trigger, "verb",
                  args=tuple((text.index(a), text.index(a) + len(a)) for a, _ in args),
                  roles=tuple(role for _, role in args))
    return [(p.name, p.role) for p in participants(Extraction("d", actors=mentions), h, text)]


@pytest.mark.parametrize("text, trigger, args, expected", [
    ("Ana Vell met the envoy in Tarn.", "met", [("Vell", "agent"), ("envoy", "patient")],
     [("Ana Vell", "agent"), ("the envoy", "patient")]),
    ("The jet shot down by the Air Force fell.", "shot down",
     [("jet", "patient"), ("Force", "agent")],
     [("The jet", "patient"), ("the Air Force", "agent")]),
    ("Ana Vell handed the keys to Ivo Marr.", "handed",
     [("Vell", "agent"), ("keys", "patient"), ("Marr", "recipient")],
     [("Ana Vell", "agent"), ("the keys", "patient"), ("Ivo Marr", "recipient")]),
    ("In defending his record, Ana Vell spoke.", "defending",
     [("record", "patient"), ("Vell", "participant")],
     [("his record", "patient"), ("Ana Vell", "participant")]),
    ("The firm, owing 2.5 billion, paid.", "owing", [("billion", "patient")],
     [("2.5 billion", "patient")]),
], ids=["actor-and-phrase", "capitalised-words", "recipient", "possessive", "number"])
def test_participants_are_named_with_their_stored_roles(text, trigger, args, expected):
    assert named(text, trigger, args, actors=tuple(a for a in ("Ana Vell", "Ivo Marr")
                                                   if a in text)) == expected


def test_a_pronoun_is_named_by_its_mention_and_no_text_names_no_phrase():
    text = "Ana Vell spoke. She thanked the envoy."
    vell = ActorMention("d", 0, 8, 0, "Ana Vell", "Ana Vell", "person")
    she = ActorMention("d", 16, 19, 1, "She", "She", "person", coref_of=0)
    ex = Extraction("d", actors=(vell, she))
    h = Happening("d", 20, 27, 1, "thanked", "thank", "verb", args=((16, 19), (32, 37)),
                  actors=(1,), roles=("agent", "patient"))
    assert [(p.name, p.role, p.mention) for p in participants(ex, h, text)] == [
        ("Ana Vell", "agent", 0), ("the envoy", "patient", None)]
    assert [(p.name, p.role) for p in participants(ex, h, "")] == [
        ("Ana Vell", "agent"), ("", "patient")]


def test_a_happening_without_roles_or_arguments_gives_participants():
    text = "Ana Vell thanked Ivo Marr."
    vell = ActorMention("d", 0, 8, 0, "Ana Vell", "Ana Vell", "person")
    marr = ActorMention("d", 17, 25, 0, "Ivo Marr", "Ivo Marr", "person")
    ex = Extraction("d", actors=(vell, marr))
    no_roles = Happening("d", 9, 16, 0, "thanked", "thank", "verb", args=((4, 8), (21, 25)),
                         actors=(0, 1))
    assert [(p.name, p.role) for p in participants(ex, no_roles, text)] == [
        ("Ana Vell", "participant"), ("Ivo Marr", "participant")]
    no_args = Happening("d", 9, 16, 0, "thanked", "thank", "verb", actors=(1,))
    assert [(p.name, p.role, p.mention) for p in participants(ex, no_args, text)] == [
        ("Ivo Marr", "participant", 1)]
