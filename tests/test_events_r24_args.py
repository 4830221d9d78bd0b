"""Round 24 (docs/judgements/events.md, "Round 24: rules from draw AH"): an argument named in the
sentence but missing, or the actor swapped. Hand-built parses (``parsekit``), none from a real
report; each rule beside a case of the same frame where it must not fire, and with the round's
change switched off:

- a past participle read as a clause's verb with a subject and a "by" agent is passive ("said
  the prisoners released by Norvania were home": Norvania released the prisoners);
- the one who receives an event noun that is the object of a verb of receiving ("Mayor
  Brand's remark drew rebukes from the council": Brand rebuked);
- a pronoun subject of a subordinate clause put before its main clause names that clause's
  named subject ("While he refused to free them, President Dane deemed ...": Dane refused);
- "opponent" is a participant noun ("opponents punched his supporters");
- the named owner compounded to a thing an act is about ("the probe into Vance emails":
  Vance)."""

from __future__ import annotations

import json
from importlib.resources import files

from parsekit import parse

from sitroom.extract import events_args, events_args_clauses
from test_events_r23_args import one  # a parse's one candidate by its trigger


def words():
    return json.loads(files("sitroom.data").joinpath("event_args.json").read_text())


# ---------------------------------------------------------------- a reduced passive


RELEASED_BY = """
    Minister  minister  PROPN NNP compound Voss
    Tala      tala      PROPN NNP compound Voss     B-PERSON
    Voss      voss      PROPN NNP nsubj    said     I-PERSON
    said      say       VERB  VBD ROOT     -
    the       the       DET   DT  det      prisoners
    prisoners prisoner  NOUN  NNS nsubj    released
    released  release   VERB  VBN ccomp    said
    by        by        ADP   IN  agent    released
    Norvania  norvania  PROPN NNP pobj     by       B-GPE
    were      be        AUX   VBD ccomp    said
    home      home      ADV   RB  advmod   were
    .         .         PUNCT .   punct    said
"""


def test_a_participle_with_a_by_agent_is_passive():
    trig, typ, actor, recipient = one(parse(RELEASED_BY), "released")
    assert typ == "RETREAT"
    assert actor == "Norvania" and recipient == "prisoners"


def test_without_the_round_the_released_are_the_releasers(monkeypatch):
    monkeypatch.setattr(events_args_clauses, "_reduced_passive", lambda adoc, i: False)
    assert one(parse(RELEASED_BY), "released")[2] == "prisoners"


def test_a_past_tense_with_a_by_of_place_keeps_its_subject():
    # "by the gate" is a place, no agent: the guards released someone
    adoc = parse("""
        Minister  minister  PROPN NNP compound Voss
        Tala      tala      PROPN NNP compound Voss     B-PERSON
        Voss      voss      PROPN NNP nsubj    said     I-PERSON
        said      say       VERB  VBD ROOT     -
        the       the       DET   DT  det      guards
        guards    guard     NOUN  NNS nsubj    released
        released  release   VERB  VBD ccomp    said
        them      they      PRON  PRP dobj     released
        by        by        ADP   IN  prep     released
        the       the       DET   DT  det      gate
        gate      gate      NOUN  NN  pobj     by
        .         .         PUNCT .   punct    said
    """)
    assert one(adoc, "released")[2] == "guards"


# ---------------------------------------------------------------- rebukes drawn


DREW_REBUKES = """
    Mayor    mayor    PROPN NNP compound Brand
    Brand    brand    PROPN NNP poss     remark   B-PERSON
    's       's       PART  POS case     Brand
    remark   remark   NOUN  NN  nsubj    drew
    drew     draw     VERB  VBD ROOT     -
    rebukes  rebuke   NOUN  NNS dobj     drew
    from     from     ADP   IN  prep     rebukes
    the      the      DET   DT  det      council
    council  council  NOUN  NN  pobj     from
    .        .        PUNCT .   punct    drew
"""


def test_the_owner_of_what_drew_rebukes_is_the_one_rebuked():
    trig, typ, actor, recipient = one(parse(DREW_REBUKES), "rebukes")
    assert typ == "ACCUSE" and actor == "council"
    assert recipient is not None and "Brand" in recipient


def test_without_the_round_no_one_was_rebuked(monkeypatch):
    monkeypatch.setattr(events_args, "received_by", lambda adoc, args, n, actor: None)
    assert one(parse(DREW_REBUKES), "rebukes")[3] is None


def test_rebukes_quoted_name_no_one_rebuked():
    # "quote" is no verb of receiving: the reporters were not rebuked
    adoc = parse("""
        Reporters  reporter  NOUN  NNS nsubj    quoted
        quoted     quote     VERB  VBD ROOT     -
        rebukes    rebuke    NOUN  NNS dobj     quoted
        from       from      ADP   IN  prep     rebukes
        the        the       DET   DT  det      council
        council    council   NOUN  NN  pobj     from
        .          .         PUNCT .   punct    quoted
    """)
    assert one(adoc, "rebukes")[3] is None


def test_the_verbs_of_receiving_are_a_data_table():
    assert {"draw", "receive", "face"} <= set(words()["received_verbs"])


# ---------------------------------------------------------------- a pronoun before its name


def refused_before(subject: list[str]) -> str:
    return "\n".join([
        "While     while     SCONJ IN  mark     refused",
        "he        he        PRON  PRP nsubj    refused",
        "refused   refuse    VERB  VBD advcl    deemed",
        "to        to        PART  TO  aux      release",
        "release   release   VERB  VB  xcomp    refused",
        "the       the       DET   DT  det      captives",
        "captives  captive   NOUN  NNS dobj     release",
        ",         ,         PUNCT ,   punct    deemed",
        *subject,
        "deemed    deem      VERB  VBD ROOT     -",
        "the       the       DET   DT  det      trade",
        "trade     trade     NOUN  NN  dobj     deemed",
        "fair      fair      ADJ   JJ  oprd     deemed",
        ".         .         PUNCT .   punct    deemed",
    ])


NAMED_MAIN = refused_before([
    "President president PROPN NNP compound Dane",
    "Arlo      arlo      PROPN NNP compound Dane     B-PERSON",
    "Dane      dane      PROPN NNP nsubj    deemed   I-PERSON",
])


def test_a_pronoun_before_its_main_clause_names_its_subject():
    trig, typ, actor, recipient = one(parse(NAMED_MAIN), "refused")
    assert typ == "REJECT" and actor is not None and "Dane" in actor


def test_without_the_round_the_pronoun_stays(monkeypatch):
    monkeypatch.setattr(events_args_clauses._Clauses, "_cataphor", lambda self, v, s: s)
    actor = one(parse(NAMED_MAIN), "refused")[2]
    assert actor is None or "Dane" not in actor


def test_a_body_as_main_subject_is_no_antecedent():
    adoc = parse(refused_before([
        "the       the       DET   DT  det      ministry",
        "ministry  ministry  NOUN  NN  nsubj    deemed",
    ]))
    actor = one(adoc, "refused")[2]
    assert actor is None or "ministry" not in actor


def test_the_marks_are_a_data_table():
    assert {"while", "although", "after"} <= set(words()["cataphora_marks"])


# ---------------------------------------------------------------- opponents


def punched(noun: str, lemma: str) -> str:
    return f"""
        {noun}     {lemma}    NOUN  NNS nsubj    attacked
        attacked   attack     VERB  VBD ROOT     -
        his        his        PRON  PRP$ poss    supporters
        supporters supporter  NOUN  NNS dobj     attacked
        .          .          PUNCT .   punct    attacked
    """


def test_opponents_are_the_ones_who_punched():
    assert one(parse(punched("opponents", "opponent")), "attacked")[2] == "opponents"


def test_a_thing_that_punched_is_no_one():
    actor = one(parse(punched("winds", "wind")), "attacked")[2]
    assert actor != "winds"


# ---------------------------------------------------------------- a name compounded to a thing


def probe_into(name: str, lemma: str, pos: str, ent: str) -> str:
    return f"""
        The      the      DET   DT  det      probe
        Bureau   bureau   PROPN NNP compound probe    B-ORG
        probe    probe    NOUN  NN  nsubj    widened
        into     into     ADP   IN  prep     probe
        {name}   {lemma}  {pos} NN  compound emails   {ent}
        emails   email    NOUN  NNS pobj     into
        widened  widen    VERB  VBD ROOT     -
        .        .        PUNCT .   punct    widened
    """


def test_the_name_compounded_to_the_thing_probed_is_the_one_probed():
    trig, typ, actor, recipient = one(parse(probe_into("Vance", "vance", "PROPN", "B-PERSON")),
                                      "probe")
    assert typ == "ACCUSE" and actor == "Bureau" and recipient == "Vance"


def test_without_the_round_no_one_was_probed(monkeypatch):
    from sitroom.extract import events
    monkeypatch.setattr(events, "_compound_owner", lambda adoc, args, thing, actor: None)
    assert one(parse(probe_into("Vance", "vance", "PROPN", "B-PERSON")), "probe")[3] is None


def test_a_common_noun_compounded_is_no_one_probed():
    adoc = parse(probe_into("agency", "agency", "NOUN", "O"))
    assert one(adoc, "probe")[3] is None
