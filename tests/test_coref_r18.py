"""Round 18 (issue 14 items 1 and 5, reading E5, E6, E10): a pageant's title before a person's
name is the title, not part of the name; a quantified appositive ("(all times EDT)") is no role
of one person; "the envoy" in the sentence that names a second envoy is that envoy; "the two
companies" after a sentence naming two bodies is the pair. Sentences and names made up."""

from __future__ import annotations

from actorkit import chain_root, mention
from sitroom.extract.actors import extract_actors


def test_a_pageant_title_before_a_name_joins_the_title(annotated):
    text = "The mayor praised former Miss Universe Carla Benitez at the gala on Friday."
    m = mention(extract_actors(annotated(text)), "former Miss Universe Carla Benitez")
    assert m.name == "Carla Benitez" and m.role == "former Miss Universe"


def test_an_honorific_before_a_name_of_three_words_keeps_the_name_whole(annotated):
    text = "The mayor praised Miss Carla Maria Benitez at the gala on Friday."
    m = mention(extract_actors(annotated(text)), "Miss Carla Maria Benitez")
    assert m.name == "Carla Maria Benitez" and m.role is None  # round 21: an honorific is no role


def test_a_bracketed_quantified_note_is_no_role_of_the_person(annotated):
    text = ("The Latest on the Senate race between Republican Tom Waller and Democrat Jane Ostrow "
            "(all times EDT):\n\nTom Waller spoke in Denver on Monday.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "Republican Tom Waller").role == "Republican"
    assert all("times" not in (m.role or "") for m in actors)


def test_a_singular_appositive_stays_the_role(annotated):
    text = "Tom Waller, the county treasurer, spoke in Denver on Monday."
    m = mention(extract_actors(annotated(text)), "Tom Waller")
    assert m.role is not None and "treasurer" in m.role


def test_the_envoy_is_the_envoy_named_in_its_own_sentence(annotated):
    text = ("Envoy Omar Haddad told the council that the group sold stolen goods. "
            "Haddad spoke for twenty minutes.\n\n"
            "Later the UN envoy to the region, Lars Eriksen, briefed the council, saying that "
            "reports support the claim, which the envoy says funds the group.")
    actors = extract_actors(annotated(text))
    envoy = mention(actors, "envoy", nth=-1)
    assert chain_root(actors, envoy).name == "Lars Eriksen"


def test_the_envoy_stays_with_the_only_envoy_in_focus(annotated):
    text = ("Envoy Omar Haddad told the council that the group sold stolen goods. "
            "Haddad spoke for twenty minutes.\n\n"
            "Later Lars Eriksen briefed the council, saying that reports support the claim, "
            "which the envoy says funds the group.")
    actors = extract_actors(annotated(text))
    envoy = mention(actors, "envoy", nth=-1)
    assert chain_root(actors, envoy).name == "Omar Haddad"


def test_the_president_is_not_the_vice_president_named_beside_it(annotated):
    text = ("President Ana Ruiz signed the bill on Monday. "
            "Vice President Tomas Lenz said later that the president had made the right call.")
    actors = extract_actors(annotated(text))
    pres = mention(actors, "president", nth=-1)
    assert chain_root(actors, pres).name == "Ana Ruiz"


def test_a_pageant_title_with_no_name_is_its_holder(annotated):
    text = ("The mayor praised former Miss Universe Carla Benitez at the gala on Friday. "
            "Later the former Miss Universe thanked the city.")
    actors = extract_actors(annotated(text))
    title = mention(actors, "former Miss Universe")
    assert chain_root(actors, title).name == "Carla Benitez"


def test_the_two_companies_are_the_pair_of_bodies_the_report_names(annotated):
    text = ("Acme Corp sued Bolt Industries on Monday. Acme Corp says Bolt Industries copied "
            "its design. The dispute between the two companies began in 2010.")
    actors = extract_actors(annotated(text))
    assert any(m.name == "Acme Corp and Bolt Industries" and m.kind == "group" for m in actors)


def test_the_two_companies_name_no_pair_when_the_sentence_before_names_one_body(annotated):
    text = ("Acme Corp sued Bolt Industries on Monday. Acme Corp says the rival copied its "
            "design. The dispute between the two companies began in 2010.")
    actors = extract_actors(annotated(text))
    assert not any(" and " in m.name for m in actors)


def test_an_uncounted_plural_of_bodies_names_no_pair(annotated):
    text = ("Acme Corp sued Bolt Industries on Monday. Acme Corp says Bolt Industries copied "
            "its design. The dispute between the companies began in 2010.")
    actors = extract_actors(annotated(text))
    assert not any(" and " in m.name for m in actors)


def test_a_plural_of_people_as_a_verbs_object_is_a_group(annotated):
    text = "Zentra said on Monday that the new app lets customers order food by voice."
    actors = extract_actors(annotated(text))
    assert mention(actors, "customers").kind == "group"


def test_a_plural_of_people_after_a_preposition_is_no_mention(annotated):
    text = "Zentra said on Monday that the new app has a discount for customers in Ohio."
    actors = extract_actors(annotated(text))
    assert not any(m.text == "customers" for m in actors)


def test_commentators_stay_no_mention(annotated):
    text = "Experts said on Monday that the new app would change how people order food."
    actors = extract_actors(annotated(text))
    assert not any(m.text.lower() == "experts" for m in actors)
