"""Actor mentions: entities and actor noun phrases, titles, roles, within-document coref."""

from __future__ import annotations

import pytest

from sitroom.extract.actors import extract_actors


def by_text(actors, text):
    hits = [i for i, a in enumerate(actors) if a.text == text]
    assert hits, f"no mention {text!r} in {[a.text for a in actors]}"
    return hits[0]


def test_title_is_stripped_into_the_role(annotated):
    actors = extract_actors(annotated("Defense Minister Sergei Ivanov met reporters in Kyiv."))
    a = actors[by_text(actors, "Defense Minister Sergei Ivanov")]
    assert (a.name, a.kind, a.role, a.coref_of) == ("Sergei Ivanov", "person", "Defense Minister", None)
    assert "Kyiv" not in [m.text for m in actors]  # a place, not an actor


def test_appositive_gives_the_role(annotated):
    actors = extract_actors(annotated("John Smith, the chief of the National Guard, resigned."))
    smith = actors[by_text(actors, "John Smith")]
    assert smith.role == "chief of the National Guard"
    assert actors[by_text(actors, "National Guard")].kind == "armed_group"


def test_role_noun_with_appositive_name(annotated):
    actors = extract_actors(annotated("Acme’s leader, Paul Jones, spoke."))
    jones = actors[by_text(actors, "Paul Jones")]
    assert (jones.name, jones.role) == ("Paul Jones", "Acme’s leader")
    assert actors[by_text(actors, "Acme")].kind == "organisation"
    assert "leader" not in [a.text for a in actors]


def test_surname_and_pronoun_point_to_the_full_name(annotated):
    text = "John Smith, the chief of the National Guard, resigned. Smith said he would stay."
    actors = extract_actors(annotated(text))
    full = by_text(actors, "John Smith")
    surname = by_text(actors, "Smith")
    he = by_text(actors, "he")
    assert actors[surname].coref_of == full and actors[surname].name == "John Smith"
    assert actors[he].coref_of == surname
    assert (actors[he].kind, actors[he].name) == ("person", "John Smith")


def test_possessive_pronoun_and_actor_noun_phrases(annotated):
    text = ("Acme’s leader, Paul Jones, spoke. Georgian rebels loyal to Jones captured Kyiv, "
            "and his troops retreated.")
    actors = extract_actors(annotated(text))
    assert actors[by_text(actors, "Georgian rebels")].kind == "armed_group"
    # "his troops" names no one in particular: only the pronoun is a mention
    assert "his troops" not in [a.text for a in actors]
    his = actors[by_text(actors, "his")]
    assert actors[his.coref_of].name == "Paul Jones"


def test_institutions_and_military_nouns(annotated):
    text = ("The army, regular forces and the Defense Ministry denied it. The Kremlin said nothing. "
            "The Russian army and the regime of Iran's president moved.")
    actors = extract_actors(annotated(text))
    kinds = {a.text: a.kind for a in actors}
    # generic nouns are actors only when a name makes them specific
    assert "army" not in kinds and "regular forces" not in kinds
    assert kinds["Russian army"] == "armed_group"
    assert kinds["Defense Ministry"] == "organisation"
    assert kinds["Kremlin"] == "organisation"


def test_states_acting_are_their_governments_and_ordering(annotated):
    actors = extract_actors(annotated("Russia accused Ukraine of shelling Kyiv."))
    assert [(a.text, a.kind, a.name) for a in actors[:2]] == [
        ("Russia", "government", "government of Russia"),
        ("Ukraine", "government", "government of Ukraine")]
    assert [a.start for a in actors] == sorted(a.start for a in actors)


def test_hyphenated_place_is_not_a_person(annotated):
    actors = extract_actors(annotated("His troops took over Komsomolsk-on-Amur on Saturday."))
    assert not any(a.kind == "person" and a.text in ("Komsomolsk", "Amur") for a in actors)


@pytest.mark.parametrize("text, name", [("the Pentagon", "Pentagon"),
                                        ("the Russian army", "Russian army")])
def test_determiner_is_not_part_of_the_mention(annotated, text, name):
    actors = extract_actors(annotated(f"Yesterday {text} said nothing."))
    assert actors[0].text == name


def test_titled_name_tagged_as_organisation_is_a_person(annotated):
    actors = extract_actors(annotated("General Kornilov marched. NATO will hold a summit in Vilnius."))
    k = actors[by_text(actors, "General Kornilov")]
    assert (k.kind, k.name, k.role) == ("person", "Kornilov", "General")
    assert "Vilnius" not in [a.text for a in actors]  # an organisation-tagged place after "in"


def test_quotation_is_not_a_role(annotated):
    actors = extract_actors(annotated("US Army Lt. Col. Alexander Vindman tweeted."))
    v = actors[by_text(actors, "US Army Lt. Col. Alexander Vindman")]
    assert (v.name, v.role) == ("Alexander Vindman", "US Army Lt. Col.")


def test_named_group_is_an_organisation(annotated):
    actors = extract_actors(annotated("The Redan group left."))
    assert actors[by_text(actors, "Redan group")].kind == "organisation"


def test_it_refers_to_an_organisation_unless_pleonastic(annotated):
    text = ("Iraq's interim government announced that it is prepared to impose martial law. "
            "It is clear that Russia lost.")
    actors = extract_actors(annotated(text))
    gov = by_text(actors, "Iraq's interim government")
    assert (actors[gov].kind, actors[gov].name) == ("government", "government of Iraq")
    its = [a for a in actors if a.text.lower() == "it"]
    assert len(its) == 1 and its[0].coref_of == gov


@pytest.mark.parametrize("text", ["No minister spoke.", "The regime fell and the military left."])
def test_generic_nouns_are_not_actors(annotated, text):
    assert extract_actors(annotated(text)) == ()


def test_name_after_a_locative_preposition_is_a_place(annotated):
    actors = extract_actors(annotated("Fighting broke out in Jovanovic on Friday."))
    assert not any(a.kind == "person" for a in actors)


def test_generic_noun_made_specific_by_a_name(annotated):
    actors = extract_actors(annotated("Troops of Aldavia staged a coup."))
    troops = actors[by_text(actors, "Troops of Aldavia")]
    assert (troops.kind, troops.name) == ("armed_group", "Troops of Aldavia")


def test_pronoun_in_a_relative_clause_is_not_its_antecedent(annotated):
    text = "The revolt followed Jones's attacks on Minister Paul Smith, whom he accused of lying."
    actors = extract_actors(annotated(text))
    he = actors[by_text(actors, "he")]
    assert he.name != "Paul Smith"


def test_pronoun_of_a_generic_noun_stays_unresolved(annotated):
    text = "The government accused the Aldavian Trading Company, and on Saturday it froze the accounts."
    actors = extract_actors(annotated(text))
    it = actors[by_text(actors, "it")]
    assert (it.coref_of, it.kind) == (None, "unknown")
    assert "government" not in [a.text for a in actors]


def test_word_of_a_place_name_is_not_a_person(annotated):
    adoc = annotated("Troops took over Stratford-upon-Avon. Stratford looks calm.")
    assert not any(a.kind == "person" for a in extract_actors(adoc))


def test_indefinite_role_after_a_preposition_is_no_one(annotated):
    actors = extract_actors(annotated("His conflicts with the ministry came to a head."))
    assert "head" not in [a.text for a in actors]


def test_members_of_a_named_body_act_as_the_body(annotated):
    adoc = annotated("Soldiers of the 5th Mountain Brigade seized the depot. Hamas fighters "
                     "crossed the border, and members of the Patriot Front marched.")
    names = {m.text: (m.name, m.kind) for m in extract_actors(adoc)}
    assert names["Soldiers of the 5th Mountain Brigade"] == ("Mountain Brigade", "armed_group")
    assert names["Hamas fighters"][0] == "Hamas"
    assert names["members of the Patriot Front"][0] == "Patriot Front"


def test_dateline_places_are_not_actors(annotated):
    adoc = annotated("LISBON, Portugal (AP) — The navy said on Monday it had seized a boat.")
    names = {m.name for m in extract_actors(adoc)}
    assert not names & {"LISBON", "Portugal", "AP"}
    adoc = annotated("PLOVDIV, Bulgaria (BWS) — Soldiers seized the airport. Bulgaria said no.")
    assert [m.name for m in extract_actors(adoc) if m.kind == "government"] == [
        "government of Bulgaria"]


def test_platforms_and_time_zones_are_not_actors(annotated):
    adoc = annotated("He spoke in a video posted on the Telegram channel of the brigade at "
                     "21:10 EET, then wrote on Telegram again.")
    assert [m.name for m in extract_actors(adoc)] == ["He"]
    adoc = annotated("Telegram blocked the channel on Monday.")
    assert [m.name for m in extract_actors(adoc)] == ["Telegram"]  # where it acts, it is one


def test_a_capital_tagged_as_a_person_stands_for_its_state(annotated):
    actors = extract_actors(annotated("President Volodymyr Zelenskyy said on Monday that Kyiv "
                                      "would not cede territory."))
    kyiv = actors[by_text(actors, "Kyiv")]
    assert (kyiv.kind, kyiv.name) == ("government", "government of Ukraine")
    # a surname of a full name earlier in the report stays the person
    actors = extract_actors(annotated("Representative Jim Jordan opened the hearing. Jordan "
                                      "said the inquiry would continue."))
    assert actors[by_text(actors, "Jordan")].kind == "person"


def test_the_last_piece_of_a_hyphenated_title_is_no_actor(annotated):
    actors = extract_actors(annotated("The president met Valerii Zaluzhnyi, the "
                                      "commander-in-chief, on Tuesday."))
    assert "chief" not in [a.text for a in actors]
    assert actors[by_text(actors, "Valerii Zaluzhnyi")].role == "commander-in-chief"


def test_also_known_as_joins_two_names_of_one_person(annotated):
    actors = extract_actors(annotated("Ahmed al-Sharaa, also known as Abu Mohammed al-Jolani, "
                                      "addressed the crowd. Jolani said the regime had fallen."))
    first = by_text(actors, "Ahmed al-Sharaa")
    alias = actors[by_text(actors, "Abu Mohammed al-Jolani")]
    assert alias.coref_of == first and alias.name == "Abu Mohammed al-Jolani"
    assert actors[by_text(actors, "Jolani")].coref_of == first


def test_a_body_named_before_a_title_is_its_own_mention_when_the_report_names_it_again(annotated):
    actors = extract_actors(annotated(
        "Microsoft CEO Satya Nadella spoke on Monday. Microsoft shares rose after the talk."))
    texts = [m.text for m in actors]
    assert "Microsoft" in texts and texts.count("Microsoft") == 2, texts
    person = next(m for m in actors if m.kind == "person")
    assert person.name == "Satya Nadella" and person.role == "Microsoft CEO"
    # the whole phrase is the person's mention (round 15), the body's words its own too
    assert person.text == "Microsoft CEO Satya Nadella"


@pytest.mark.parametrize("furniture", [
    "Jane Doe/AFP/Getty Images", "Photo: Maria Ivanova / Reuters", "By Jane Doe and Mark Lee",
    "Read more: Jane Doe on the crisis", "Watch: John Smith speaks"])
def test_page_furniture_names_no_actor(annotated, furniture):
    text = f"Soldiers left the base on Monday.\n\n{furniture}\n\nThe army said it would respond."
    names = [m.name for m in extract_actors(annotated(text))]
    assert not any(w in n for n in names for w in ("Doe", "Ivanova", "Lee", "Smith")), names


def test_a_credit_word_in_a_sentence_is_no_furniture(annotated):
    actors = extract_actors(annotated("Jane Doe, a photographer, said the AP had asked her to go."))
    assert "Jane Doe" in [m.name for m in actors]


def test_a_reporting_credit_line_names_no_actor(annotated):
    text = "Soldiers left the base on Monday.\n\nJane Doe and Mark Lee contributed reporting."
    names = [m.name for m in extract_actors(annotated(text))]
    assert not any("Doe" in n or "Lee" in n for n in names), names


def test_what_someone_is_is_no_new_actor(annotated):
    actors = extract_actors(annotated("A year ago, Trump was a novice politician."))
    assert [m.name for m in actors if "politician" in m.text] == []


def test_a_town_is_an_actor_only_when_it_acts(annotated):
    actors = extract_actors(annotated(
        "The candidate held rallies in Cleveland, Cincinnati and Columbus. "
        "Moscow denied the report."))
    names = [m.name for m in actors]
    assert "Columbus" not in names and "Cincinnati" not in names
    assert "government of Russia" in names  # a capital acting is its state's government


def test_a_title_case_headline_keeps_only_names_the_report_writes_again(annotated):
    text = ("Obama Says Museum Will Tell of Suffering and Joining Forces With China\n\n"
            "President Barack Obama spoke at the museum on Saturday. Obama praised its founders.")
    actors = extract_actors(annotated(text))
    in_headline = [m.text for m in actors if m.start < text.index("\n")]
    assert "Forces" not in in_headline and not any("Says" in t for t in in_headline)
    assert any(m.name == "Barack Obama" for m in actors)


def _picture_actors(tmp_path, reports, meta=None):
    from sitroom.pipeline import analyze, ingest
    from sitroom.store import Store

    with Store(tmp_path / "p.db") as store:
        ingest(store, [reports], meta=meta)
        analyze(store)
        return store.picture("actors")


def _one_actor_per_person_and_no_place(actors):
    from sitroom.extract.gazetteer import get_gazetteer
    from sitroom.link.actors import name_words, translit

    surnames: dict[str, list[str]] = {}
    for a in actors:
        if a["kind"] == "person" and len(name_words(a["name"])) >= 2:
            surnames.setdefault(translit(name_words(a["name"])[-1]), []).append(a["name"])
    split = {k: v for k, v in surnames.items() if len(v) > 1}
    assert not split, split
    g = get_gazetteer()
    places = [a["name"] for a in actors if any(
        kind == "main" and (p.feature == "city" and p.population >= 50_000
                            or p.feature == "country")
        for p, kind in g.lookup(a["name"]))]
    assert not places, places


def test_example_corpus_gives_one_actor_per_person_and_no_place(tmp_path):
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "examples"
    _one_actor_per_person_and_no_place(
        _picture_actors(tmp_path, root / "reports", root / "meta.json"))


def test_seeds_give_one_actor_per_person_and_no_place(tmp_path):
    from conftest import SHARED, need

    seeds = need(SHARED / "seeds")
    _one_actor_per_person_and_no_place(_picture_actors(tmp_path, seeds, seeds / "meta.json"))
