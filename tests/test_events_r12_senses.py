"""Round 12 (docs/judgements/events.md, "Round 12"; from the wrong events of the untouched
draws P and Q): the sense of a verb of force read from its object and its doer, an impulse
yielded to, a manner criticised, an interview with a writer, an imperative figure of speech
after a quote mark, a building before a nominal event; each beside the act that must stay."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import extract_events


def events(annotated, text):
    adoc = annotated(text, "2023-06-24")
    return {e.trigger: e for e in extract_events(adoc, extract_actors(adoc), (), ())}


def test_an_abstract_object_is_a_figure(annotated):
    assert "striking" not in events(
        annotated, "The senator held a rally on Monday, striking a populist tone.")
    assert "struck" not in events(annotated, "The governor struck many of the same notes.")
    assert "hit" not in events(annotated, "The party hit themes of fairness in its speech.")
    assert "struck" in events(annotated, "Rebel fighters struck the town on Monday.")


def test_a_circumstance_is_no_doer(annotated):
    assert "strikes" not in events(annotated, "A new crisis strikes the capital.")
    assert "hit" not in events(
        annotated, "Voters in the districts hit by cheap imports chose the mayor.")
    assert "hit" in events(annotated, "The town was hit by rebel fighters on Monday.")


def test_an_impulse_yielded_to_is_no_concession(annotated):
    assert "yielded" not in events(annotated, "The ministers yielded to the old temptation of power.")


def test_a_manner_criticised_is_an_opinion(annotated):
    assert "complained" not in events(
        annotated, "The senator complained about the dour tone of the debate.")


def test_a_writer_interviewing_is_press(annotated):
    assert "spoke" not in events(
        annotated, "On the plane he spoke with senior writer John Smith about the budget.")


def test_a_quoted_imperative_is_a_figure(annotated):
    assert "Allow" not in events(
        annotated, "The candidate posted a photo, writing \"Allow me to help the reporter.\"")


def test_a_protested_organisation_is_no_protester(annotated):
    ev = events(annotated, "Thousands joined the World Trade Organization protests in 2005.")
    assert all(e.actor_text != "World Trade Organization" for e in ev.values())


def test_a_claim_refuted_under_a_governing_verb_is_words(annotated):
    assert "refute" not in events(
        annotated, "The governor continued to refute a newspaper story about his record.")
    assert "refused" in events(annotated, "The governor refused the request of the union.")


def test_a_welcome_under_would_is_a_wish(annotated):
    assert "welcome" not in events(
        annotated, "The minister said he would welcome the participation of the neighbours.")
    assert "welcomed" in events(
        annotated, "The minister welcomed the delegation of the neighbouring state.")
