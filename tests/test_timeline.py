"""Timeline ordering (link/timeline.py) and the SemEval-2015 timeline scorer (eval/timeline.py)."""

from __future__ import annotations

import pytest

from sitroom.errors import InputError
from sitroom.eval.timeline import (awareness_counts, closure, entity_aliases, find_entities,
                                   mention_id, read_timeline, read_tml, reduced, score,
                                   task_date, timeline_graph)
from sitroom.link.timeline import TimelineItem, event_key, order_events, relations_from_text
from sitroom.model import EventMention

# ---------------------------------------------------------------- order_events


def item(key: str, date: str | None, doc: str = "d", start: int = 0, hint: int = 0
         ) -> TimelineItem:
    return TimelineItem(key=key, date=date, precision=None, doc=doc, start=start, order_hint=hint)


def keys(lines) -> list[list[str]]:
    return [[it.key for it in line] for line in lines]


def test_dates_sorted_and_reduced_precision_first_in_its_interval():
    items = [item("day", "2023-06-24"), item("month", "2023-06"), item("year", "2023"),
             item("july", "2023-07-02"), item("first", "2023-06-01"), item("week", "2023-W25")]
    # 2023-W25 is Monday 19 June .. 25 June: it starts before the 24th
    assert keys(order_events(items)) == [["year"], ["month"], ["first"], ["week"], ["day"],
                                         ["july"]]


def test_same_date_is_one_line_in_document_order():
    items = [item("b", "2023-06-24", doc="d1", start=50),
             item("a", "2023-06-24", doc="d1", start=5),
             item("c", "2023-06-24", doc="d0", start=99)]
    assert keys(order_events(items)) == [["c", "a", "b"]]


def test_order_hint_comes_before_document_position():
    items = [item("a", "2023-06-24", doc="d0", hint=2), item("b", "2023-06-24", doc="d9", hint=1)]
    assert keys(order_events(items)) == [["b", "a"]]


def test_relations_split_ties_and_cannot_override_dates():
    items = [item("x", "2023-06-24", start=1), item("y", "2023-06-24", start=2),
             item("z", "2023-06-24", start=3), item("w", "2023-06-20")]
    rels = [("y", "BEFORE", "x"), ("z", "AFTER", "x"), ("x", "BEFORE", "w")]
    assert keys(order_events(items, rels)) == [["w"], ["y"], ["x"], ["z"]]


def test_relation_cycles_are_ignored():
    items = [item("a", "2023-06-24", start=1), item("b", "2023-06-24", start=2)]
    rels = [("a", "BEFORE", "b"), ("b", "BEFORE", "a")]
    assert keys(order_events(items, rels)) == [["a"], ["b"]]


def test_undated_first_last_or_dropped():
    items = [item("u", None, start=9), item("p", "PAST_REF", start=3), item("d", "2020-01-01")]
    assert keys(order_events(items)) == [["p", "u"], ["d"]]
    assert keys(order_events(items, undated="last")) == [["d"], ["p", "u"]]
    assert keys(order_events(items, undated="drop")) == [["d"]]
    with pytest.raises(ValueError):
        order_events(items, undated="middle")


def test_repeated_key_is_kept_once():
    items = [item("a", "2020-01-01"), item("a", "2021-01-01")]
    assert keys(order_events(items)) == [["a"]]
    assert order_events(items)[0][0].date == "2020-01-01"


# ---------------------------------------------------------------- relations_from_text


def events_at(adoc, words: list[str]) -> list[EventMention]:
    out = []
    for w in words:
        tok = next(t for t in adoc.tokens if t.text == w)
        out.append(EventMention(doc=adoc.doc.id, start=tok.idx, end=tok.end, sent=tok.sent,
                                trigger=w, type="CONSULT"))
    return out


def test_after_clause_orders_events(annotated):
    adoc = annotated("After the talks collapsed, the army attacked the city.")
    collapsed, attacked = events_at(adoc, ["collapsed", "attacked"])
    assert relations_from_text(adoc, [collapsed, attacked]) == [
        (event_key(collapsed), "BEFORE", event_key(attacked))]


def test_before_preposition_orders_events(annotated):
    adoc = annotated("The minister resigned before the vote.")
    resigned, vote = events_at(adoc, ["resigned", "vote"])
    assert relations_from_text(adoc, [resigned, vote]) == [
        (event_key(resigned), "BEFORE", event_key(vote))]


def test_then_orders_coordinated_events(annotated):
    adoc = annotated("The rebels seized the airport and then marched north.")
    seized, marched = events_at(adoc, ["seized", "marched"])
    assert relations_from_text(adoc, [seized, marched]) == [
        (event_key(seized), "BEFORE", event_key(marched))]


def test_later_refers_to_previous_sentence(annotated):
    adoc = annotated("The company announced the deal. Two days later, regulators blocked it.")
    announced, blocked = events_at(adoc, ["announced", "blocked"])
    assert relations_from_text(adoc, [announced, blocked]) == [
        (event_key(announced), "BEFORE", event_key(blocked))]


def test_no_cue_no_relation(annotated):
    adoc = annotated("The company announced the deal and regulators blocked it.")
    assert relations_from_text(adoc, events_at(adoc, ["announced", "blocked"])) == []


# ---------------------------------------------------------------- scorer

GOLD = [(0, "XXXX-XX-XX", ("d-1-a",)),
        (1, "2005-01-01", ("d-1-b", "d-2-b2")),
        (2, "2005-02-01", ("d-3-c",))]


def test_graph_closure_and_reduction_by_hand():
    nodes, rels = timeline_graph(GOLD)
    assert nodes == {"d-1-a", "d-1-b", "d-2-b2", "d-3-c", "date:2005-01-01", "date:2005-02-01"}
    assert reduced(nodes, rels) == {
        ("d-1-b", "=", "date:2005-01-01"), ("d-2-b2", "=", "date:2005-01-01"),
        ("d-3-c", "=", "date:2005-02-01"), ("d-1-a", "<", "d-1-b"), ("d-1-b", "<", "d-3-c")}
    clo = closure(nodes, rels)
    assert len(clo) == 15
    assert ("d-1-a", "<", "date:2005-02-01") in clo and ("d-1-b", "=", "d-2-b2") in clo


def test_gold_against_itself_is_one():
    assert score({"E": GOLD}, {"E": GOLD})["f1"] == 1.0


def test_hand_made_prediction():
    system = [(1, "2005-01-01", ("d-1-b",)), (2, "2005-03-01", ("d-3-c", "d-1-a"))]
    # reduced(sys): b=date1 (in gold closure), a=date3, c=date3, b<a -> 1 of 4
    # reduced(gold): b=date1 (in sys closure), b2=date1, c=date2, a<b, b<c (in) -> 2 of 5
    assert awareness_counts(GOLD, system) == (1, 4, 2, 5)
    s = score({"E": GOLD, "F": GOLD[:1] + GOLD[2:]}, {"E": system})
    # F: gold a<c and c=date2 -> 2 unmatched gold relations, no system relation
    assert s["precision"] == pytest.approx(1 / 4)
    assert s["recall"] == pytest.approx(2 / 7)
    assert s["f1"] == pytest.approx(2 * (1 / 4) * (2 / 7) / (1 / 4 + 2 / 7))


def test_duplicate_id_keeps_first_line_and_contradiction_is_safe():
    rows = [(0, "XXXX-XX-XX", ("d-1-a", "d-1-x")), (1, "2001-XX-XX", ("d-1-x", "d-2-y"))]
    nodes, rels = timeline_graph(rows)
    assert ("d-1-x", "<", "d-2-y") in closure(nodes, rels)
    cyclic = [("a", "<", "b"), ("b", "<", "a"), ("b", "<", "c")]
    assert closure({"a", "b", "c"}, cyclic) == {("a", "=", "b"), ("a", "<", "c"), ("b", "<", "c")}


def test_read_timeline(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text("Some Entity\n0\tXXXX-XX-XX\t1-2-said\n1\t2005-01-XX\t1-3-sold\t4-0-sells\n",
                 encoding="utf-8")
    assert read_timeline(p) == ("Some Entity", [(0, "XXXX-XX-XX", ("1-2-said",)),
                                               (1, "2005-01-XX", ("1-3-sold", "4-0-sells"))])
    bad = tmp_path / "bad.txt"
    bad.write_text("E\nnot a row\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_timeline(bad)


# ---------------------------------------------------------------- track A system side

TML = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>42</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2005-06-13">2005-06-13</TIMEX3></DCT>
<EXTRAINFO>Acme Air buys jets</EXTRAINFO>
<TEXT><s id="0">Acme Air buys jets</s><s id="1">June 13 , 2005</s>
<s id="2">Acme Air announced today that it will buy five jets from Bolt Aircraft , the ``
biggest '' maker .</s><s id="3">Rival Zeta Air picked up the jets in 2004 .</s>
<s id="4">Zeta Air flew them .</s><s id="5">Zeta Air said it was pleased .</s></TEXT>
</TimeML>
"""
TARGETS = ["Acme Air", "Bolt Aircraft", "Zeta Air"]

CONFLICT = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>42</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2005-06-13">2005-06-13</TIMEX3></DCT>
<EXTRAINFO>Acme Front attacks Bolt Army</EXTRAINFO>
<TEXT><s id="0">Acme Front attacks Bolt Army</s><s id="1">June 13 , 2005</s>
<s id="2">Acme Front announced today that it will attack Bolt Army , the `` biggest '' force .</s>
<s id="3">The Zeta Party arrested two Bolt Army officers in 2004 .</s>
<s id="4">Zeta Party flew them .</s><s id="5">Zeta Party said it was pleased .</s></TEXT>
</TimeML>
"""
CONFLICT_TARGETS = ["Acme Front", "Bolt Army", "Zeta Party"]


@pytest.fixture()
def tml_doc(tmp_path):
    p = tmp_path / "42_Acme.tml"
    p.write_text(TML, encoding="utf-8")
    return read_tml(p)


def test_read_tml_rebuilds_text_and_token_places(tml_doc):
    assert tml_doc.id == "42" and tml_doc.dct == "2005-06-13"
    # headline and dateline get a full stop of their own (no task token) to end the sentence
    assert tml_doc.text.startswith("Acme Air buys jets.\n\nJune 13, 2005.\n\nAcme Air")
    assert [t[3] for t in tml_doc.tokens[:8]] == ["Acme", "Air", "buys", "jets", "June", "13",
                                                  ",", "2005"]
    assert tml_doc.text.split("\n\n")[2] == (
        'Acme Air announced today that it will buy five jets from Bolt Aircraft, the "biggest" '
        "maker.")
    start = tml_doc.text.index("announced")
    assert mention_id(tml_doc, start, start + 9) == "42-2-announced"
    picked = tml_doc.text.index("picked")
    assert mention_id(tml_doc, picked, picked + len("picked up")) == "42-3-picked_up"
    quote = tml_doc.text.index('"biggest"')
    assert [t[3] for t in tml_doc.tokens if t[0] == quote] == ["``"]


def test_read_tml_rejects_other_xml(tmp_path):
    p = tmp_path / "x.tml"
    p.write_text("<TimeML><TEXT/></TimeML>", encoding="utf-8")
    with pytest.raises(InputError):
        read_tml(p)


def test_task_date():
    assert task_date("2005-06-13T10:00") == "2005-06-13"
    assert task_date("2005-06") == "2005-06-XX"
    assert task_date("2005-W25") == "2005-XX-XX"
    assert task_date("2005") == "2005-XX-XX"
    assert task_date("PAST_REF") == "XXXX-XX-XX"
    assert task_date(None) == "XXXX-XX-XX"
    assert task_date("200") == "XXXX-XX-XX"


def test_entity_aliases():
    targets = ["Boeing", "Boeing 777", "United States Air Force", "Louis Gallois",
               "Singapore Airlines", "Northrop Grumman"]
    assert entity_aliases("Boeing 777", False, targets, set()) == ["Boeing 777", "777"]
    assert entity_aliases("Louis Gallois", True, targets, set()) == ["Louis Gallois", "Gallois"]
    assert entity_aliases("Singapore Airlines", False, targets, {"Singapore"}) == [
        "Singapore Airlines", "SA"]
    assert entity_aliases("Northrop Grumman", False, targets, set()) == [
        "Northrop Grumman", "Northrop", "Grumman", "NG"]
    usaf = entity_aliases("United States Air Force", False, targets, set())
    assert {"Air Force", "USAF", "US Air Force", "U.S. Air Force"} <= set(usaf)
    assert "Air" not in usaf and "United" not in usaf


def test_find_entities_longest_alias_wins():
    aliases = {"Boeing": ["Boeing"], "Boeing 777": ["Boeing 777", "777"]}
    text = "Boeing unveiled the Boeing 777 and more 777s; Boeings."
    assert find_entities(text, aliases) == [(0, 6, "Boeing"), (20, 30, "Boeing 777")]


def test_document_events_are_the_extracted_happenings_with_their_dates(tmp_path, annotated):
    from sitroom.eval.timeline import document_events
    from sitroom.extract import extract

    p = tmp_path / "42_Conflict.tml"
    p.write_text(CONFLICT, encoding="utf-8")
    doc = read_tml(p)
    adoc = annotated(doc.text, doc.dct, "42")
    aliases = {e: entity_aliases(e, False, CONFLICT_TARGETS, set()) for e in CONFLICT_TARGETS}
    events, _ = document_events(doc, adoc, aliases)
    got = {(e.id, e.date, e.date_source, tuple(sorted(e.entities))) for e in events}
    # the headline takes the publication date, "today" dates the announcement, "in 2004" the
    # arrest (by the party: the officers, not the army, are arrested); flying (a simple past
    # after a passage set in 2004, round 19) is an undated past, saying is the report's news;
    # "will attack" takes the governing "today", as the picture's event does
    assert got == {("42-0-attacks", "2005-06-13", "publication", ("Acme Front", "Bolt Army")),
                   ("42-2-attack", "2005-06-13", "governing", ("Acme Front", "Bolt Army")),
                   ("42-2-announced", "2005-06-13", "governing", ("Acme Front",)),
                   ("42-3-arrested", "2004-XX-XX", "governing", ("Zeta Party",)),
                   ("42-4-flew", "XXXX-XX-XX", "none", ("Zeta Party",)),
                   ("42-5-said", "2005-06-13", "publication", ("Zeta Party",))}
    shipped = {(h.start, h.date) for h in extract(adoc).happenings}
    assert {(e.start, None if e.date_source == "none" else e.date.replace("-XX", ""))
            for e in events} <= shipped


def test_timelines_order_dated_lines_and_keep_or_drop_undated(tml_doc, annotated):
    from sitroom.eval.timeline import DocEvent, build_timelines

    events = [DocEvent("42-3-picked_up", 10, "2004-XX-XX", "text", frozenset({"Zeta Air"}), "a"),
              DocEvent("42-4-flew", 20, "XXXX-XX-XX", "none", frozenset({"Zeta Air"}), "b"),
              DocEvent("42-5-said", 30, "2005-06-13", "published", frozenset({"Zeta Air"}), "c")]
    timelines = build_timelines(events, [], TARGETS)
    assert timelines["Zeta Air"] == [(0, "XXXX-XX-XX", ("42-4-flew",)),
                                     (1, "2004-XX-XX", ("42-3-picked_up",)),
                                     (2, "2005-06-13", ("42-5-said",))]
    assert build_timelines(events, [], TARGETS, undated="drop")["Zeta Air"][0][0] == 1


def test_head_noun_anaphora_takes_up_a_models_noun(annotated):
    from sitroom.eval.timeline import _entity_tokens, _head_noun_anaphora

    text = "The first A380 superjumbo was delivered today. Later the superjumbo flew to Sydney."
    adoc = annotated(text)
    spans = find_entities(text, {"Airbus A380": ["Airbus A380", "A380"]})
    assert spans == [(10, 14, "Airbus A380")]
    later = text.index("superjumbo flew")
    assert _head_noun_anaphora(adoc, _entity_tokens(adoc, spans)) == [
        (later, later + len("superjumbo"), "Airbus A380")]


def test_a_model_is_taken_up_by_the_nouns_other_reports_call_it(annotated):
    from sitroom.eval.timeline import _entity_tokens, _head_noun_anaphora, model_kinds

    aliases = {"Zeta Z900": ["Zeta Z900", "Z900"]}
    taught = "The Zeta Z900, a long-range airliner, was shown in Paris."
    plain = "The Z900 was delivered today. Later the airliner flew to Sydney."
    docs = [annotated(taught), annotated(plain)]
    toks = [_entity_tokens(d, find_entities(d.doc.text, aliases)) for d in docs]
    kinds = model_kinds(zip(docs, toks))
    assert kinds["Zeta Z900"] == {"airliner"}
    assert _head_noun_anaphora(docs[1], toks[1]) == []  # this report never says what it is
    later = plain.index("airliner")
    assert _head_noun_anaphora(docs[1], toks[1], kinds) == [
        (later, later + len("airliner"), "Zeta Z900")]


def test_a_naming_number_teaches_its_noun(annotated):
    from sitroom.eval.timeline import _entity_tokens, _head_noun_anaphora

    text = "Larkfield rolled out its 480 airliner on Tuesday. Later the airliner flew to Oslo."
    adoc = annotated(text)
    spans = find_entities(text, {"Larkfield 480": ["Larkfield 480", "480"]})
    later = text.index("airliner flew")
    assert (later, later + len("airliner"), "Larkfield 480") in _head_noun_anaphora(
        adoc, _entity_tokens(adoc, spans))
