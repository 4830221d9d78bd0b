"""PLOVER events on hand-made sentences, and on the seed articles when present."""

from __future__ import annotations

import json

import pytest

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import act_candidates, best_event, event_candidates, extract_events
from sitroom.extract.plover import MODES, PLOVER_TYPES, QUAD_CLASS, fuzzy_sense
from sitroom.model import PlaceMention, TimeMention

from conftest import SEEDS, need


def events_of(annotated, text, published="2023-06-24", places=()):
    adoc = annotated(text, published)
    actors = extract_actors(adoc)
    return adoc, actors, extract_events(adoc, actors, places, ())


def acts_of(annotated, text, published="2023-06-24"):
    """The acts of ``text`` before the picture's requirements: hypothetical and negated
    acts with their certainty."""
    adoc = annotated(text, published)
    return adoc, [c.event for c in act_candidates(adoc, extract_actors(adoc), (), ())]


def only(events, typ):
    hits = [e for e in events if e.type == typ]
    assert len(hits) == 1, [(e.type, e.trigger) for e in events]
    return hits[0]


def test_lexicon_is_consistent():
    assert set(QUAD_CLASS) == set(PLOVER_TYPES)
    assert set(MODES) <= set(PLOVER_TYPES)


def test_seizing_territory_is_coerce_seize_with_place(annotated):
    text = "Afghan troops seized the airport in Kabul."
    i = text.index("Kabul")
    kabul = PlaceMention("t", i, i + 5, 0, "Kabul", "Kabul", 34.5, 69.2, "AF", "city")
    adoc, actors, events = events_of(annotated, text, places=(kabul,))
    e = only(events, "COERCE")
    assert (e.mode, e.quad_class, e.trigger) == ("seize", "material_conflict", "seized")
    assert e.actor_text == "Afghan troops" and actors[e.actor].kind == "armed_group"
    assert e.recipient_text == "airport"
    assert e.place == 0
    assert e.sentence_text == text
    assert (e.date, e.date_source, e.certainty, e.polarity) == (
        "2023-06-24", "publication", "asserted", "positive")


def test_accuse_with_actor_and_recipient(annotated):
    _, actors, events = events_of(annotated, "The president accused the minister of treason.")
    e = only(events, "ACCUSE")
    assert (e.mode, e.quad_class) == ("allege", "verbal_conflict")
    assert (actors[e.actor].text, actors[e.recipient].text) == ("president", "minister")


def test_nominal_agreement_brokered_by(annotated):
    _, actors, events = events_of(annotated, "An agreement brokered by the mediator ended the crisis.")
    e = only(events, "AGREE")
    assert e.actor_text == "mediator" and actors[e.actor].kind == "person"


def test_retreat(annotated):
    _, _, events = events_of(annotated, "The troops retreated.")
    e = only(events, "RETREAT")
    assert (e.mode, e.quad_class, e.actor_text) == ("withdraw", "material_cooperation", "troops")


def test_nominal_retreat_of_a_pronoun_resolves_through_coref(annotated):
    _, actors, events = events_of(annotated, "John Smith gave up. His retreat surprised everyone.")
    e = only(events, "RETREAT")
    assert e.actor_text == "John Smith"  # the name the pronoun resolves to (round 11)
    assert actors[actors[e.actor].coref_of].name == "John Smith"


def test_threat_takes_its_mode_and_recipient_from_the_complement(annotated):
    _, _, events = events_of(annotated, "Iran threatened to shell Iraqi towns.")
    e = only(events, "THREATEN")
    assert (e.mode, e.actor_text, e.recipient_text) == ("violence", "Iran", "Iraqi towns")
    # the threatened shelling is the threat's content, not an event of its own
    assert [x.type for x in events] == ["THREATEN"]


def test_negated_attack_is_denied(annotated):
    assert events_of(annotated, "Russia did not attack Ukraine.")[2] == ()  # no event
    _, events = acts_of(annotated, "Russia did not attack Ukraine.")
    e = only(events, "ASSAULT")
    assert (e.certainty, e.polarity) == ("denied", "negative")
    assert (e.actor_text, e.recipient_text) == ("Russia", "Ukraine")


def test_passive_agent_is_the_actor(annotated):
    _, _, events = events_of(annotated, "The embassy was attacked by gunmen.")
    e = only(events, "ASSAULT")
    assert (e.actor_text, e.recipient_text, e.mode) == ("gunmen", "embassy", "firearms")


@pytest.mark.parametrize("text, typ, mode", [
    ("France will send aid to Liberia.", "AGREE", None),  # promised aid
    ("The Georgian army said it would withdraw its troops.", "CONCEDE", None),  # announced retreat
    ("Russia refused to meet the delegation.", "REJECT", "meet"),
    ("Police arrested ten protesters in Minsk.", "COERCE", "arrest"),
    ("The government lifted the curfew.", "CONCEDE", None),  # manual: removing curfews
    ("Wagner’s leader declared war on the general staff.", "THREATEN", "violence"),
    ("Their units exchanged fire with regular forces.", "ASSAULT", "firearms"),
])
def test_types_and_modes(annotated, text, typ, mode):
    _, _, events = events_of(annotated, text)
    e = only(events, typ)
    assert e.mode == mode


def test_obligation_is_a_request_to_the_subject(annotated):
    _, _, events = events_of(annotated, "The minister said that Iran must release the prisoners.")
    e = only(events, "REQUEST")
    assert (e.trigger, e.mode, e.actor_text, e.recipient_text) == ("said", "yield", "minister", "Iran")


def test_bare_nominal_without_actor_is_not_an_event(annotated):
    assert events_of(annotated, "The war continues.")[2] == ()


def _seed(annotated, name):
    meta = {m["file"]: m for m in json.loads(need(SEEDS / "meta.json").read_text())}
    text = need(SEEDS / name).read_text(encoding="utf-8")
    adoc = annotated(text, meta[name]["published"], name)
    actors = extract_actors(adoc)
    return actors, extract_events(adoc, actors, (), ())


def _name(actors, i):
    while actors[i].coref_of is not None:
        i = actors[i].coref_of
    return actors[i].name


def test_seed_takeover_agreement_and_retreat(annotated):
    actors, events = _seed(annotated, "003_3680921a3060d2dd.txt")
    takeover = [e for e in events if e.type == "COERCE" and e.mode == "seize" and e.recipient_text
                and "Rostov" in e.recipient_text]
    assert takeover and takeover[0].actor_text == "Wagner troops"
    assert takeover[0].date == "2023-06-25"
    agree = [e for e in events if e.type == "AGREE" and e.actor is not None
             and _name(actors, e.actor) == "Alexander Lukashenko"]
    assert agree and agree[0].trigger in ("agreement", "brokered")
    retreats = [e for e in events if e.type == "RETREAT" and e.actor is not None
                and _name(actors, e.actor) == "Evgeny Prigozhin"]
    # "His retreat": the event shows the name the pronoun resolves to (round 11)
    assert any(e.actor_text == _name(actors, e.actor) for e in retreats)
    announced = [e for e in events if e.type == "CONCEDE" and e.trigger == "retreat"]
    assert announced and _name(actors, announced[0].actor) == "Wagner"  # its troops: the body


def test_seed_declaration_of_war(annotated):
    actors, events = _seed(annotated, "000_27c4866d4cc4f188.txt")
    war = [e for e in events if e.type == "THREATEN" and e.trigger == "declared war"][0]
    assert (war.mode, war.recipient_text) == ("violence", "Russian general staff")
    assert actors[war.actor].name == "Yevgeny Prigozhin"
    assert actors[war.actor].role == "Wagner’s leader"


def test_event_is_anchored_to_a_date_in_its_sentence(annotated):
    text = "Georgian rebels attacked the town on 12 March 2021."
    adoc = annotated(text, "2023-06-25")
    i = text.index("12 March")
    when = TimeMention("t", i, i + 13, 0, "12 March 2021", "DATE", "2021-03-12", "day", "none")
    actors = extract_actors(adoc)
    e = only(extract_events(adoc, actors, (), (when,)), "ASSAULT")
    assert (e.date, e.date_precision, e.date_source, e.time) == ("2021-03-12", "day", "governing", 0)
    assert e.historical is True
    assert actors[e.actor].text == "Georgian rebels" and actors[e.actor].kind == "armed_group"


def test_events_are_in_text_order_with_valid_indices(annotated):
    text = ("Police arrested ten protesters in Minsk. The president accused the minister of treason. "
            "Iran threatened to shell Iraqi towns.")
    _, actors, events = events_of(annotated, text)
    assert [e.start for e in events] == sorted(e.start for e in events)
    for e in events:
        assert e.type in PLOVER_TYPES and e.quad_class == QUAD_CLASS[e.type]
        assert e.mode is None or e.mode in MODES[e.type]
        for idx, span_text in ((e.actor, e.actor_text), (e.recipient, e.recipient_text)):
            assert idx is None or actors[idx].text == span_text


def test_fuzzy_sense_finds_lexicon_words_inside_words():
    assert fuzzy_sense("counter-offensive") == ("ASSAULT", None)
    assert fuzzy_sense("airlifted") == ("AID", None)
    assert fuzzy_sense("table") is None


@pytest.mark.parametrize("typ, mode, text", [
    ("AGREE", None, "Hamas offered a truce to Israel."),
    ("CONSULT", None, "The foreign ministers held talks in Geneva on Monday."),
    ("CONSULT", "visit", "Blinken arrived in Kyiv on an unannounced visit."),
    ("SUPPORT", None, "The United States recognized the new government."),
    ("COOPERATE", None, "France and Germany conducted joint military exercises."),
    ("AID", None, "Turkey granted asylum to the dissident."),
    ("CONCEDE", None, "The junta pardoned 200 political prisoners."),
    ("RETREAT", "ceasefire", "Both sides observed a ceasefire."),
    ("RETREAT", "resign", "The prime minister resigned on Tuesday."),
    ("REQUEST", "yield", "The UN called for the release of the detainees."),
    ("ACCUSE", "investigate", "The ICC is investigating alleged war crimes."),
    ("REJECT", None, "Moscow denied the accusations."),
    ("THREATEN", "violence", "The militia vowed to attack government forces."),
    ("PROTEST", "strike", "Dock workers went on strike in Antwerp."),
    ("PROTEST", "riot", "Rioters torched police cars in Paris."),
    ("PROTEST", "demo", "Students marched toward the parliament."),
    ("MOBILIZE", "militia", "The mercenaries marched toward the capital."),
    ("SANCTION", "withdraw", "Niger recalled its ambassador from Paris."),
    ("SANCTION", "discontinue", "Washington suspended military aid to Egypt."),
    ("MOBILIZE", "police", "Authorities deployed riot police across the capital."),
    ("COERCE", "martial-law", "The president declared martial law."),
    ("COERCE", "censor", "The regime blocked access to social media."),
    ("ASSAULT", "drone", "A drone strike killed two commanders."),
    ("ASSAULT", "aerial", "Russian warplanes bombed the hospital."),
    ("ASSAULT", "targeted", "The opposition leader was assassinated."),
])
def test_main_event_of_a_sentence(annotated, typ, mode, text):
    adoc = annotated(text)
    best = best_event(event_candidates(adoc, extract_actors(adoc), (), ()))
    assert (best.event.type, best.event.mode) == (typ, mode)


# --------------------------------------------------------------------------- precision


def test_question_is_not_an_event(annotated):
    assert events_of(annotated, "What led the general to launch his coup?")[2] == ()


def test_wh_word_is_no_actor(annotated):
    adoc = annotated("What led the general to launch his coup?")
    cands = event_candidates(adoc, extract_actors(adoc), (), ())
    assert all(c.event.actor_text != "What" for c in cands)


@pytest.mark.parametrize("text", [
    "The escalating war of words between the two ministers went on.",
    "Analysts followed the price war closely.",
])
def test_figurative_conflict_is_not_an_event(annotated, text):
    assert [e.type for e in events_of(annotated, text)[2]] == []


def test_one_event_per_trigger_for_a_refusal(annotated):
    _, _, events = events_of(annotated, "The general refused to accept the president's demand.")
    assert [e.type for e in events] == ["REJECT"]


def test_promise_keeps_its_content_inside(annotated):
    _, _, events = events_of(annotated, "Germany committed to sending tanks to Ukraine.")
    assert [e.type for e in events] == ["AGREE"]


def test_bystander_of_an_event_noun_is_not_its_actor(annotated):
    _, _, events = events_of(annotated, "The opposition leader Anna Berg celebrated the coup.")
    assert not any(e.type == "ASSAULT" for e in events)
    _, _, events = events_of(annotated, "General Paul Marsh led the mutiny in the capital.")
    assert only(events, "ASSAULT").actor_text == "General Paul Marsh"


def test_abstract_subject_is_no_actor(annotated):
    # an inanimate subject hands the act to its owner; a passive abstraction is no event
    _, actors, events = events_of(annotated, "Mark Levin spoke. His video rant blames the ministry.")
    e = only(events, "ACCUSE")
    assert e.actor_text == "Mark Levin" and _name(actors, e.actor) == "Mark Levin"
    assert events_of(annotated, "Justice in the army will be restored.")[2] == ()


def test_unresolved_pronoun_and_quantity_are_not_participants(annotated):
    _, _, events = events_of(annotated, "We will deal with those who destroy our soldiers.")
    assert all(e.actor_text is None for e in events)
    adoc = annotated("The offensive has proven a debacle, with only a few villages seized.")
    cands = event_candidates(adoc, extract_actors(adoc), (), ())
    assert all(c.event.recipient_text is None for c in cands if c.event.type == "COERCE")


def test_counterfactual_is_speculated(annotated):
    text = "Without the deal, the rebels would have seized the capital."
    assert "COERCE" not in [e.type for e in events_of(annotated, text)[2]]
    e = only(acts_of(annotated, text)[1], "COERCE")
    assert e.certainty == "speculated"
    reported = "The Aldavian rebels said they would retreat."
    assert only(events_of(annotated, reported)[2], "CONCEDE").certainty != "speculated"


def test_conditional_threat_stays_a_threat(annotated):
    text = "The European Union may halt aid to Aldavia if the fighting continues."
    best = best_event(event_candidates(annotated(text), extract_actors(annotated(text)), (), ()))
    assert best.event.type == "THREATEN"


def test_dateline_is_not_the_subject(annotated):
    text = "KYIV, Ukraine (AP) — Russian soldiers seized the airport on Friday."
    e = only(events_of(annotated, text)[2], "COERCE")
    assert e.actor_text == "Russian soldiers"


def test_relative_clause_pronoun_is_the_accuser(annotated):
    text = ("The revolt followed Anna Berg's attacks on Defence Minister Paul Marsh, "
            "whom she accused of lying.")
    actors, events = events_of(annotated, text)[1:]
    e = only([x for x in events if x.trigger == "accused"], "ACCUSE")
    assert e.recipient_text == "Defence Minister Paul Marsh"
    assert _name(actors, e.actor) != "Paul Marsh"


def test_recipients_of_giving_and_of_nominal_events(annotated):
    text = "The ministers agreed to provide 70 million dollars of aid for Romania."
    best = best_event(event_candidates(annotated(text), extract_actors(annotated(text)), (), ()))
    assert best.event.type == "AGREE" and best.event.recipient_text == "Romania"
    _, _, events = events_of(annotated, "The judge opened investigations against 28 Chilean officials.")
    assert only(events, "ACCUSE").recipient_text == "28 Chilean officials"
    text = "Rebels of the Aldavian Front agreed to talks between Aldavia and Serbia."
    _, _, events = events_of(annotated, text)
    assert any(e.recipient_text in ("Aldavia", "Serbia") for e in events)


def test_inverted_conditional_is_speculated(annotated):
    text = "Had the Aldavian rebels won, they would have seized the capital."
    assert "COERCE" not in [e.type for e in events_of(annotated, text)[2]]
    e = only(acts_of(annotated, text)[1], "COERCE")
    assert e.certainty == "speculated"


def test_abstract_noun_with_a_national_modifier_is_no_actor(annotated):
    adoc = annotated("The U.S. posture should be assisting our allies.")
    cands = event_candidates(adoc, extract_actors(adoc), (), ())
    assert all(c.event.actor_text != "U.S. posture" for c in cands)


def test_rejected_calls_to_resign_is_no_resignation(annotated):
    _, _, evs = events_of(annotated, "The defence minister again rejected calls to resign and "
                                     "accused the general of playing politics.")
    assert {e.type for e in evs} == {"REJECT", "ACCUSE"}
    assert only(evs, "REJECT").actor_text == "defence minister"


def test_a_thing_is_no_recipient_except_of_force(annotated):
    # PLOVER's recipient is someone (or a named place or body); what was seized or shelled
    # stays the target of COERCE and ASSAULT
    _, events = acts_of(annotated, "The opposition welcomed the decision.")
    e = only(events, "SUPPORT")
    assert e.actor_text == "opposition" and e.recipient is None and e.recipient_text is None
    adoc, actors, events = events_of(annotated, "The rebels shelled the bridge.")
    assert only(events, "ASSAULT").recipient_text == "bridge"


def test_seeking_to_do_something_is_no_request(annotated):
    _, _, evs = events_of(annotated, "The president has sought to calm the two factions.")
    assert "REQUEST" not in [e.type for e in evs]
    _, _, evs = events_of(annotated, "The opposition sought talks with the government.")
    assert [e.type for e in evs] == ["REQUEST"]


def test_a_bare_participle_before_the_clause_is_passive(annotated):
    _, _, evs = events_of(annotated, "Attacked by rebels, the convoy turned back.")
    e = only(evs, "ASSAULT")
    assert (e.actor_text, e.recipient_text) == ("rebels", "convoy")
    _, _, evs = events_of(annotated, "Backed by Turkey, the rebels launched an offensive.")
    e = only(evs, "SUPPORT")
    assert (e.actor_text, e.recipient_text) == ("Turkey", "rebels")
    # with its own auxiliary it is active: the clause's subject acts
    _, _, evs = events_of(annotated, "Having attacked the city, the rebels withdrew.")
    assert only(evs, "ASSAULT").actor_text == "rebels"


def test_an_event_in_a_condition_is_neither_fact_nor_denial(annotated):
    _, evs = acts_of(annotated, "If the army does not withdraw, the talks will fail.")
    assert only(evs, "REJECT").certainty == "speculated"
    _, _, evs = events_of(annotated, "The army would not withdraw.")
    assert only(evs, "REJECT").certainty == "asserted"
    _, evs = acts_of(annotated, "The general threatened to march on the capital if the "
                                "minister was not dismissed.")
    assert evs and all(e.certainty != "denied" for e in evs)


def test_the_parties_of_a_conflict_act(annotated):
    _, _, evs = events_of(annotated, "Both sides agreed to a truce on Friday.")
    assert only(evs, "AGREE").actor_text == "Both sides"
    _, _, evs = events_of(annotated, "The two sides exchanged fire across the border.")
    assert only(evs, "ASSAULT").actor_text == "two sides"
    _, _, evs = events_of(annotated, "Rebels attacked both sides of the river.")
    assert only(evs, "ASSAULT").recipient_text is None


def test_insisting_that_something_happened_is_no_request(annotated):
    _, _, evs = events_of(annotated, "The ministry insisted that its forces had retaken the "
                                     "airport.")
    assert "REQUEST" not in [e.type for e in evs]
    _, _, evs = events_of(annotated, "The unions insist that the government raise wages.")
    assert only(evs, "REQUEST").recipient_text == "government"


def test_a_states_strikes_are_assaults_a_workers_strike_a_protest(annotated):
    _, _, evs = events_of(annotated, "Russian strikes killed five civilians.")
    assert only(evs, "ASSAULT").actor_text == "Russian"
    _, _, evs = events_of(annotated, "French rail workers began a strike on Monday.")
    assert only(evs, "PROTEST").mode == "strike"
