"""Round 23 (docs/judgements/events.md, "Round 23: rules from draw AG"): the one accused or the
one harmed, named in the sentence, is the event's recipient. Hand-built parses (``parsekit``),
none from a real report; each rule beside a case of the same frame where it must not fire:

- the subject of an accusing verb's clause ("charged that the mayor hid the files");
- the object of "charge" as a party ("charged the swimmer with filing a false report");
- the noun a passive participle of force modifies, not the place of its locative phrase
  ("the 12 miners killed at the depot");
- an attack in words is an accusation whatever its mood ("has begun to attack X at her
  rallies"), no threat of force."""

from __future__ import annotations

import json
from importlib.resources import files

from parsekit import parse

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import event_candidates


def events(adoc):
    """(trigger, type, actor, recipient) of every candidate event of ``adoc``."""
    return [(c.event.trigger, c.event.type, c.event.actor_text, c.event.recipient_text)
            for c in event_candidates(adoc, extract_actors(adoc), (), ())]


def one(adoc, trigger):
    found = [e for e in events(adoc) if e[0] == trigger]
    assert len(found) == 1, events(adoc)
    return found[0]


# ---------------------------------------------------------------- the accused of a clause


CHARGED_THAT = """
        Lena   lena    PROPN NNP nsubj    charged B-PERSON
        Ortiz  ortiz   PROPN NNP flat     Lena    I-PERSON
        charged charge VERB  VBD ROOT     -
        that   that    SCONJ IN  mark     hid
        Mayor  mayor   PROPN NNP compound Brand
        Brand  brand   PROPN NNP nsubj    hid     B-PERSON
        hid    hide    VERB  VBD ccomp    charged
        the    the     DET   DT  det      files
        files  file    NOUN  NNS dobj     hid
        .      .       PUNCT .   punct    charged
"""


def test_the_subject_of_a_charge_clause_is_the_one_accused():
    trig, typ, actor, recipient = one(parse(CHARGED_THAT), "charged")
    assert typ == "ACCUSE" and actor is not None and "Ortiz" in actor
    assert recipient is not None and "Brand" in recipient


def test_without_the_round_no_one_was_accused(monkeypatch):
    from sitroom.extract import events_args
    monkeypatch.setattr(events_args, "charged_subject", lambda adoc, args, v, actor: None)
    assert one(parse(CHARGED_THAT), "charged")[3] is None


def test_a_thing_told_of_in_the_clause_is_no_one_accused():
    adoc = parse("""
        Lena   lena    PROPN NNP nsubj    alleged B-PERSON
        Ortiz  ortiz   PROPN NNP flat     Lena    I-PERSON
        alleged allege VERB  VBD ROOT     -
        that   that    SCONJ IN  mark     were
        the    the     DET   DT  det      files
        files  file    NOUN  NNS nsubj    were
        were   be      AUX   VBD ccomp    alleged
        missing missing ADJ  JJ  acomp    were
        .      .       PUNCT .   punct    alleged
    """)
    assert one(adoc, "alleged")[3] is None


# ---------------------------------------------------------------- "charge" takes a party


def test_the_object_of_charge_is_the_one_charged():
    adoc = parse("""
        The       the      DET   DT  det      police
        police    police   NOUN  NNS nsubj    charged
        charged   charge   VERB  VBD ROOT     -
        the       the      DET   DT  det      swimmer
        visiting  visit    VERB  VBG amod     swimmer
        swimmer   swimmer  NOUN  NN  dobj     charged
        with      with     ADP   IN  prep     charged
        fraud     fraud    NOUN  NN  pobj     with
        .         .        PUNCT .   punct    charged
    """)
    assert one(adoc, "charged")[3] == "swimmer"


def test_charge_is_a_party_verb_of_the_data_file():
    data = json.loads(files("sitroom.data").joinpath("event_filters.json").read_text())
    assert "charge" in data["analyst"]["party_object_verbs"]


def test_a_thing_criticized_is_no_recipient():
    # "criticize" is no party verb: its object may be a decision, a law or a report
    adoc = parse("""
        The       the       DET   DT  det      members
        members   member    NOUN  NNS nsubj    criticized
        criticized criticize VERB VBD ROOT     -
        the       the       DET   DT  det      decision
        decision  decision  NOUN  NN  dobj     criticized
        .         .         PUNCT .   punct    criticized
    """)
    assert one(adoc, "criticized")[3] is None


# ---------------------------------------------------------------- the harmed, not the place


KILLED_AT = """
    Mourners  mourner   NOUN  NNS nsubj    honored
    honored   honor     VERB  VBD ROOT     -
    the       the       DET   DT  det      miners
    12        12        NUM   CD  nummod   miners
    miners    miner     NOUN  NNS dobj     honored
    killed    kill      VERB  VBN acl      miners
    at        at        ADP   IN  prep     killed
    Acme      acme      PROPN NNP pobj     at       B-ORG
    .         .         PUNCT .   punct    honored
"""


def test_the_noun_a_participle_of_force_modifies_is_the_one_harmed():
    assert one(parse(KILLED_AT), "killed")[3] == "miners"


def test_without_the_round_the_place_was_the_recipient(monkeypatch):
    from sitroom.extract.events_args_clauses import _Clauses
    monkeypatch.setattr(_Clauses, "_participle_patient", lambda self, v, trig: None)
    assert one(parse(KILLED_AT), "killed")[3] == "Acme"


def test_a_participle_with_an_object_of_its_own_keeps_it():
    # "the men who shot the guards": a participle's own object is the one harmed
    adoc = parse("""
        Police    police    NOUN  NNS nsubj    arrested
        arrested  arrest    VERB  VBD ROOT     -
        the       the       DET   DT  det      men
        men       man       NOUN  NNS dobj     arrested
        accused   accuse    VERB  VBN acl      men
        of        of        ADP   IN  prep     accused
        looting   loot      VERB  VBG pcomp    of
        shops     shop      NOUN  NNS dobj     looting
        .         .         PUNCT .   punct    arrested
    """)
    got = one(adoc, "arrested")
    assert got[3] == "men", got


def test_aid_delivered_to_someone_keeps_its_recipient():
    # not a type of force: the participle's noun is the thing given, "to" names the recipient
    adoc = parse("""
        The       the       DET   DT  det      agency
        agency    agency    NOUN  NN  nsubj    counted
        counted   count     VERB  VBD ROOT     -
        food      food      NOUN  NN  compound aid
        aid       aid       NOUN  NN  dobj     counted
        delivered deliver   VERB  VBN acl      aid
        to        to        ADP   IN  prep     delivered
        refugees  refugee   NOUN  NNS pobj     to
        .         .         PUNCT .   punct    counted
    """)
    got = [e for e in events(adoc) if e[0] == "delivered"]
    assert all(e[3] != "food aid" for e in got), got


# ---------------------------------------------------------------- an attack in words to come


def _typed(annotated, text, trigger):
    """The types of the acts of ``trigger`` (the real small pipeline)."""
    from sitroom.extract.events import act_candidates
    adoc = annotated(text, "2023-06-24")
    cands = act_candidates(adoc, extract_actors(adoc), (), ())
    return [c.event.type for c in cands if c.event.trigger == trigger]


WORDS_TO_COME = ("Although Maria Lopez has begun to attack Tom Brand at her rallies, her aides "
                 "will do most of the answering back.")


def test_an_attack_in_words_to_come_is_no_threat(annotated):
    types = _typed(annotated, WORDS_TO_COME, "attack")
    assert "THREATEN" not in types, types


def test_without_the_round_the_attack_in_words_was_a_threat(annotated, monkeypatch):
    from sitroom.extract import events
    real = events.verbal_attack
    calls = []

    def first_call_off(*a):
        calls.append(a)
        return False if len(calls) == 1 else real(*a)
    monkeypatch.setattr(events, "verbal_attack", first_call_off)
    types = _typed(annotated, WORDS_TO_COME, "attack")
    assert types == ["THREATEN"], types


def test_an_attack_of_force_to_come_stays_a_threat(annotated):
    types = _typed(annotated, "The rebels will attack the northern town with artillery "
                                 "next week, their commander said.", "attack")
    assert types == ["THREATEN"], types
