"""The timeline's targets found in a report (round 10): short forms shared by several targets,
aliases that hold on other corpora, the picture's actors, and the gold derived from MEANTIME's
cross-document annotation. Hand-made sentences and files only."""

from __future__ import annotations

from types import SimpleNamespace

from sitroom.eval.timeline import actor_names
from sitroom.eval.timeline_entities import entity_aliases, find_entities
from sitroom.eval.timeline_meantime import is_meantime, read_corpus

TWO = ["Acme Inc.", "Acme Records"]


def _aliases(names, persons=()):
    return {n: entity_aliases(n, n in persons, names, set()) for n in names}


def test_a_short_form_of_two_targets_names_the_one_the_report_named():
    aliases = _aliases(TWO)
    assert "Acme" in aliases["Acme Inc."] and "Acme" in aliases["Acme Records"]
    text = "Acme Records sued. Acme said it would appeal. Acme Inc. denied it. Acme won."
    got = [(text[s:e], ent) for s, e, ent in find_entities(text, aliases)]
    assert got == [("Acme Records", "Acme Records"), ("Acme", "Acme Records"),
                   ("Acme Inc.", "Acme Inc."), ("Acme", "Acme Inc.")]
    # named later in the report: the short form before it is that target
    late = "Acme lost the case. Acme Records will pay."
    assert [ent for _, _, ent in find_entities(late, aliases)] == ["Acme Records"] * 2
    # named nowhere: the target whose name only adds a word of kind ("Inc.")
    assert [ent for _, _, ent in find_entities("Acme grew.", aliases)] == ["Acme Inc."]
    # two targets equally bare: no target rather than a guess
    both = _aliases(["Acme Inc.", "Acme Group"])
    assert find_entities("Acme grew.", both) == []


def test_aliases_that_do_not_fit_one_domain():
    aliases = _aliases(["Zenith Motors", "List of Orion engines", "Nova OS X", "Delta Corp."])
    assert "ZM" in aliases["Zenith Motors"]  # two-word names have initials too
    assert "of Orion engines" not in aliases["List of Orion engines"]
    assert "X" not in aliases["Nova OS X"]  # a single letter names nothing
    assert "Corp." not in aliases["Delta Corp."]  # a word of kind names no one firm
    assert aliases["Nova OS X"][0] == "Nova OS X"
    people = _aliases(["Ann Quill"], persons={"Ann Quill"})
    assert people["Ann Quill"] == ["Ann Quill", "Quill"]


def test_words_after_the_first_match_in_any_case():
    aliases = {"zPad Mini": ["zPad Mini"]}
    assert [ent for _, _, ent in find_entities("The zPad mini sold out.", aliases)] == [
        "zPad Mini"]
    assert find_entities("The zpad mini sold out.", aliases) == []  # the first word as named


def _actor(text, start, name, coref_of=None):
    return SimpleNamespace(text=text, start=start, end=start + len(text), name=name,
                           coref_of=coref_of)


def test_actor_names_take_the_target_of_most_of_their_mentions():
    text = "Zenith Motors said. Zenith Motors grew. ZMC won."
    spans = [(0, 13, "Zenith Motors"), (20, 33, "Zenith Motors")]
    actors = [_actor("Zenith Motors", 0, "Zenith Motors"),
              _actor("Zenith Motors", 20, "Zenith Motors"),
              _actor("ZMC", 40, "Zenith Motors"),  # the actor stage made it the same actor
              _actor("it", 45, "it", coref_of=0)]
    assert text[40:43] == "ZMC"
    assert actor_names([(actors, spans)]) == {"Zenith Motors": "Zenith Motors"}
    # one mention is not enough; an actor only partly covered by a target is not it
    assert actor_names([(actors[:1], spans[:1])]) == {}
    part = [_actor("Zenith Trucks", 0, "Zenith Trucks"), _actor("Zenith Trucks", 20,
                                                                 "Zenith Trucks")]
    assert actor_names([(part, [(0, 6, "Zenith Motors"), (20, 26, "Zenith Motors")])]) == {}


CAT = """<?xml version="1.0" ?><Document doc_id="{id}" doc_name="{id}_x" lang="en">
<token number="0" sentence="0" t_id="1">Zorp</token>
<token number="1" sentence="0" t_id="2">opens</token>
<token number="2" sentence="0" t_id="3">store</token>
<token number="3" sentence="1" t_id="4">{day}</token>
<token number="4" sentence="2" t_id="5">Zorp</token>
<token number="5" sentence="2" t_id="6">opened</token>
<token number="6" sentence="2" t_id="7">a</token>
<token number="7" sentence="2" t_id="8">store</token>
<token number="8" sentence="2" t_id="9">and</token>
<token number="9" sentence="2" t_id="10">will</token>
<token number="10" sentence="2" t_id="11">hire</token>
<token number="11" sentence="2" t_id="12">.</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="5"/></ENTITY_MENTION>
<EVENT_MENTION m_id="3" time="NON_FUTURE"><token_anchor t_id="2"/></EVENT_MENTION>
<EVENT_MENTION m_id="4" time="NON_FUTURE"><token_anchor t_id="6"/></EVENT_MENTION>
<EVENT_MENTION m_id="5" time="FUTURE"><token_anchor t_id="11"/></EVENT_MENTION>
<TIMEX3 m_id="6" functionInDocument="CREATION_TIME" type="DATE" value="{day}">
<token_anchor t_id="4"/></TIMEX3>
<ENTITY m_id="7" ent_type="ORG" external_ref="http://dbpedia.org/resource/Zorp_(company)"
 instance_id="ORG1"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="2"/><target m_id="7"/></REFERS_TO>
<HAS_PARTICIPANT r_id="2" sem_role="Arg0"><source m_id="3"/><target m_id="1"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="3" sem_role="Arg0"><source m_id="4"/><target m_id="2"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="4" sem_role="Arg0"><source m_id="5"/><target m_id="2"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="5" sem_role="Argm-LOC"><source m_id="4"/><target m_id="1"/>
</HAS_PARTICIPANT>
<TLINK r_id="6" reltype="IS_INCLUDED"><source m_id="4"/><target m_id="6"/></TLINK>
</Relations>
</Document>
"""


def test_gold_derived_from_meantime(tmp_path):
    (tmp_path / "7_a.xml").write_text(CAT.format(id=7, day="2001-02-03"), encoding="utf-8")
    (tmp_path / "8_b.xml").write_text(CAT.format(id=8, day="2001-02-05"), encoding="utf-8")
    assert is_meantime(tmp_path) and not is_meantime(tmp_path / "7_a.xml")
    docs, targets, gold = read_corpus(tmp_path)
    assert [d.id for d in docs] == ["7", "8"] and docs[0].dct == "2001-02-03"
    assert docs[0].text.startswith("Zorp opens store.\n\n2001-02-03.\n\nZorp opened")
    # the name is the reference's title without its note; events by role Arg0-2, dated by
    # their TLINK, else the creation day unless in the future
    assert targets == ["Zorp"]
    assert gold["Zorp"] == [(0, "XXXX-XX-XX", ("7-2-hire", "8-2-hire")),
                            (1, "2001-02-03", ("7-0-opens", "7-2-opened")),
                            (2, "2001-02-05", ("8-0-opens", "8-2-opened"))]
    # a target must take part in events of two documents
    assert read_corpus(tmp_path, min_docs=3)[1] == []
