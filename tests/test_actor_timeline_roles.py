"""Who did a happening and who underwent it (sitroom.link.actor_timeline.participants), read
from hand-written sentences: the subject of an active verb is the agent, of a passive one the
patient; "by" names the agent, "to" the recipient, "with" the partner; a dateline is none."""

from __future__ import annotations

import pytest

from sitroom.link.actor_timeline import participants
from sitroom.model import ActorMention, Extraction, Happening


def roles(text: str, trigger: str, args: list[str], kind: str = "verb",
          actors: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(name, role) of each argument of the happening ``trigger`` of ``text``."""
    mentions = tuple(ActorMention("d", text.index(a), text.index(a) + len(a), 0, a, a, "person")
                     for a in actors)
    s = text.index(trigger)
    h = Happening("d", s, s + len(trigger), 0, trigger, trigger, kind,
                  args=tuple((text.index(a), text.index(a) + len(a)) for a in args))
    return [(p.name, p.role) for p in participants(Extraction("d", actors=mentions), h, text)]


@pytest.mark.parametrize("text, trigger, args, expected", [
    ("Ana Vell met the envoy in Tarn.", "met", ["Vell", "envoy"],
     [("Ana Vell", "agent"), ("the envoy", "patient")]),
    ("Ana Vell was arrested by the police.", "arrested", ["Vell", "police"],
     [("Ana Vell", "patient"), ("the police", "agent")]),
    ("Ana Vell has not been seen since Friday.", "seen", ["Vell"], [("Ana Vell", "patient")]),
    ("The jet shot down by the rebels fell.", "shot down", ["jet", "rebels"],
     [("The jet", "patient"), ("the rebels", "agent")]),
    ("Ana Vell handed the keys to Ivo Marr.", "handed", ["Vell", "keys", "Marr"],
     [("Ana Vell", "agent"), ("the keys", "patient"), ("Ivo Marr", "recipient")]),
    ("Ana Vell talked with Ivo Marr.", "talked", ["Vell", "Marr"],
     [("Ana Vell", "agent"), ("Ivo Marr", "partner")]),
    ("The aide, whom Ana Vell hired, left.", "hired", ["aide", "Vell"],
     [("The aide", "patient"), ("Ana Vell", "agent")]),
    ("Ana Vell was leading the march.", "leading", ["Vell", "march"],
     [("Ana Vell", "agent"), ("the march", "patient")]),
    ("TARN, Oskia (Wire) — Ana Vell resigned.", "resigned", ["TARN", "Vell"],
     [("TARN", "participant"), ("Ana Vell", "agent")]),
    ("Mr. Vell spoke with Mr. Marr.", "spoke", ["Vell", "Marr"],
     [("Mr. Vell", "agent"), ("Mr. Marr", "partner")]),
    ("The firm holds 2.5 billion and would owe taxes.", "owe", ["firm", "taxes"],
     [("The firm", "agent"), ("taxes", "patient")]),
    ("The bank said it would get rid of the fees.", "rid", ["it"],
     [("it", "agent")]),
    ("In defending his record, Ana Vell spoke.", "defending", ["record", "Vell"],
     [("his record", "patient"), ("Ana Vell", "participant")]),
], ids=["active", "passive-by", "passive-perfect", "participle-by", "to", "with", "whom",
        "progressive", "dateline", "abbreviation", "decimal", "get-rid", "comma"])
def test_roles_from_the_text(text, trigger, args, expected):
    assert roles(text, trigger, args, actors=tuple(a for a in ("Ana Vell", "Ivo Marr")
                                                   if a in text)) == expected


def test_a_pronoun_is_named_by_its_mention_and_no_text_gives_participants():
    text = "Ana Vell spoke. She thanked Ivo Marr."
    vell = ActorMention("d", 0, 8, 0, "Ana Vell", "Ana Vell", "person")
    she = ActorMention("d", 16, 19, 1, "She", "She", "person", coref_of=0)
    marr = ActorMention("d", 28, 36, 1, "Ivo Marr", "Ivo Marr", "person")
    ex = Extraction("d", actors=(vell, she, marr))
    h = Happening("d", 20, 27, 1, "thanked", "thank", "verb", args=((16, 19), (32, 36)),
                  actors=(1, 2))
    assert [(p.name, p.role, p.mention) for p in participants(ex, h, text)] == [
        ("Ana Vell", "agent", 0), ("Ivo Marr", "patient", 2)]
    assert [p.role for p in participants(ex, h, "")] == ["participant", "participant"]


def test_the_speaker_after_a_quote_is_the_agent():
    text = '"We stay," said Ana Vell.'
    assert roles(text, "said", ["Vell"], actors=("Ana Vell",)) == [("Ana Vell", "agent")]


def test_an_apostrophe_is_no_quote_before_the_verb():
    text = "Ana Vell didn’t see the irony."
    assert roles(text, "see", ["Vell", "irony"], actors=("Ana Vell",)) == [
        ("Ana Vell", "agent"), ("the irony", "patient")]


def test_an_act_asked_of_another_actor_gets_no_role():
    text = "Ana Vell called on Ivo Marr to resign. Ana Vell wanted to resign."
    assert roles(text, "resign", ["Vell"], actors=("Ana Vell", "Ivo Marr")) == [
        ("Ana Vell", "participant")]
    second = "Ana Vell wanted to resign."
    assert roles(second, "resign", ["Vell"], actors=("Ana Vell",)) == [("Ana Vell", "agent")]
