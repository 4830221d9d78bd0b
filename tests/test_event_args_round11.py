"""Round 11 (issue 15 item 2, docs/judgements/event_args.md): events carry the participants
the sentence names. The shipped event names the entity a pronoun or nominal argument
resolves to; a passive keeps its own agent; a participle of an event noun takes the subject
of the verb governing the noun; a bare count takes the people of the clause it adjoins;
coordinated verbs of force share their object; the other side of a meeting is the recipient."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import extract_events, rule_candidates


def events(annotated, text):
    adoc = annotated(text, "2023-06-24")
    actors = extract_actors(adoc)
    return actors, {e.trigger: e for e in extract_events(adoc, actors, (), ())}


def test_a_pronoun_actor_shows_the_name_it_resolves_to(annotated):
    actors, evs = events(annotated, "General Amir Haddad commanded the northern brigade. "
                                    "On Monday he shelled the rebel camp near the river.")
    e = evs["shelled"]
    assert e.actor_text == "Amir Haddad"
    # the index stays the clause's mention; its chain leads to the named one
    assert actors[e.actor].text.lower() == "he" and actors[e.actor].coref_of is not None


def test_a_pronoun_recipient_shows_the_name_it_resolves_to(annotated):
    _, evs = events(annotated, "The army said Colonel Mark Deller led the raid. "
                               "The rebels captured him on Tuesday.")
    assert evs["captured"].recipient_text == "Mark Deller"
    assert evs["captured"].actor_text == "rebels"


def test_the_candidates_keep_the_clauses_words(annotated):
    # the filters read the words of the clause; only the shipped event is named
    adoc = annotated("General Amir Haddad commanded the northern brigade. "
                     "On Monday he shelled the rebel camp near the river.", "2023-06-24")
    cands = rule_candidates(adoc, extract_actors(adoc), (), ())
    assert [c.event.actor_text for c in cands if c.event.trigger == "shelled"] == ["he"]


def test_an_unresolved_pronoun_and_a_name_keep_their_words(annotated):
    _, evs = events(annotated, "Police arrested him on Friday.")
    assert evs["arrested"].recipient_text == "him"
    _, evs = events(annotated, "Mr. Haddad's troops shelled the town.")
    assert evs["shelled"].actor_text == "Mr. Haddad's troops"


def test_a_passive_keeps_its_own_agent_beside_a_coordinated_one(annotated):
    _, evs = events(annotated, "The truce was rejected by the rebels and overruled by the council.")
    assert evs["rejected"].actor_text == "rebels"


def test_a_count_takes_the_people_of_the_clause_it_adjoins(annotated):
    _, evs = events(annotated, "Guards turned their guns on the prisoners, killing 15.")
    assert evs["killing"].recipient_text == "prisoners"
    assert evs["killing"].actor_text == "Guards"


def test_a_person_noun_is_an_actor(annotated):
    _, evs = events(annotated, "A local woman shot two gunmen outside the police station.")
    assert evs["shot"].actor_text == "local woman"


def test_coordinated_verbs_of_force_share_their_object(annotated):
    _, evs = events(annotated, "Soldiers arrested and beat the protesters in the square.")
    assert evs["arrested"].recipient_text == "protesters"
    assert evs["beat"].recipient_text == "protesters"


def test_the_other_side_of_a_meeting_is_the_recipient(annotated):
    _, evs = events(annotated, "The foreign minister rejected the plan in a meeting with the ambassador.")
    assert evs["rejected"].recipient_text == "ambassador"
    # a thing rejected with no meeting leaves no recipient
    _, evs = events(annotated, "The foreign minister rejected the plan on Monday.")
    assert evs["rejected"].recipient_text is None
