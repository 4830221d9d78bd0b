"""Round 21 (issue 14 items 1, 2 and 4): role nouns, honorifics and unnamed roles.

* a definite role phrase after a sentence naming several people joins none of them by
  position alone ("X joined Y, Z and W ... The Danish minister"); the subject of that sentence
  is kept when it is the only person there who fits the phrase (reading.md E28);
* an honorific is no role and is cut from a role's end ("former Assistant Treasury Secretary
  Dr." before a name; "Mr") (E32);
* a naming verb ("a drill he named “X”") is no cue of speech, and the agent of a passive ("by
  Governor X") is the subject a later "he" of a quote stands for (E29);
* a role with no holder's name ("police spokesman", "our president", "president") is matched
  with no actor of another report (E29, E34).

Sentences and names made up."""

from __future__ import annotations

from actorkit import chain_root, mention
from sitroom.extract.actor_labels_roles import without_honorifics
from sitroom.extract.actors import extract_actors
from sitroom.extract.quotes import extract_quotes
from sitroom.link.actors import resolve_actors, role_only
from sitroom.model import ActorMention, Extraction

LIST = ("Tomas Brill joined Kendra Vaile, Lyle Ombrey and Ida Marsh at the summit in Dayton. "
        "The Danish minister grumbled at the long schedule of the talks. Her complaints were "
        "ignored by the hosts.")


def test_a_role_noun_after_a_list_of_people_joins_none_of_them(annotated):
    actors = extract_actors(annotated(LIST))
    minister = mention(actors, "Danish minister")
    assert minister.name not in ("Tomas Brill", "Kendra Vaile", "Lyle Ombrey", "Ida Marsh")
    her = mention(actors, "Her")
    assert chain_root(actors, her).name != "Tomas Brill"


def test_a_role_noun_after_a_sentence_about_one_person_still_joins_that_person(annotated):
    text = ("Tomas Brill opened the summit in Dayton on Monday. The Danish minister grumbled at "
            "the long schedule of the talks.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "Danish minister").name == "Tomas Brill"


def test_a_person_the_report_gives_another_role_is_no_rival_candidate(annotated):
    text = ("Tomas Brill met Mayor Lyle Ombrey in Dayton on Monday. The Danish minister "
            "grumbled at the long schedule of the talks.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "Danish minister").name == "Tomas Brill"


def test_a_gendered_role_noun_does_not_join_a_man_by_position(annotated):
    text = ("Mr. Tomas Brill opened the summit in Dayton on Monday. The Danish chairwoman "
            "grumbled at the long schedule of the talks.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "Danish chairwoman").name != "Tomas Brill"


def test_a_woman_the_report_calls_she_is_no_rival_of_a_male_role_noun(annotated):
    text = ("Kendra Vaile said she would stay, and she thanked the crowd. Tomas Brill met Kendra "
            "Vaile at the summit in Dayton. The Danish businessman grumbled at the long "
            "schedule of the talks.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "Danish businessman").name == "Tomas Brill"


def test_an_honorific_is_cut_from_the_end_of_a_role():
    assert without_honorifics("former Assistant Treasury Secretary Dr.") == \
        "former Assistant Treasury Secretary"
    assert without_honorifics("Mr") is None
    assert without_honorifics("Mrs.") is None
    assert without_honorifics("Senator") == "Senator"
    assert without_honorifics("Dr. Secretary") == "Dr. Secretary"  # only the end is cut
    assert without_honorifics(None) is None
    assert without_honorifics("Both Ms.") is None  # "Both Ms. X and Mr. Y": no role
    assert without_honorifics("Fed governor  since 2014") == "Fed governor  since 2014"


def test_an_honorific_before_a_name_is_no_role_of_the_actor(annotated):
    text = ("The warning came from former Assistant Treasury Secretary Dr. Lyle Ombrey on "
            "Tuesday. Mr Tomas Brill disagreed with him.")
    actors = extract_actors(annotated(text))
    roles = {a.role for a in actors if a.name in ("Lyle Ombrey", "Tomas Brill")}
    assert "former Assistant Treasury Secretary" in roles
    assert not {r for r in roles if r and r.rstrip(".").split()[-1] in ("Dr", "Mr")}


def test_a_title_before_a_name_stays_a_role(annotated):
    text = "Senator Kendra Vaile spoke in Dayton on Monday."
    actors = extract_actors(annotated(text))
    assert mention(actors, "Senator Kendra Vaile").role == "Senator"


def _quotes(annotated, text):
    adoc = annotated(text)
    actors = extract_actors(adoc)
    return actors, extract_quotes(adoc, actors)


def test_a_name_given_to_a_thing_is_no_quote(annotated):
    text = ("Guards searched every car at the gate, and their spokesman said: “We are checking "
            "all vehicles.” The drill matched a game that Governor Tom Brill named “ghosts in "
            "the hall” last spring.")
    _, quotes = _quotes(annotated, text)
    assert not [q for q in quotes if "ghosts" in q.text]
    assert [q for q in quotes if "checking" in q.text]


def test_a_pronoun_speaker_after_a_passive_is_its_agent(annotated):
    text = ("Guards searched every car at the gate, and their spokesman said: “We are checking "
            "all vehicles.” The drill was ordered last spring by Governor Tom Brill, and he "
            "said “the state must be ready for anything” before it began.")
    actors, quotes = _quotes(annotated, text)
    q = next(q for q in quotes if "ready" in q.text)
    assert q.speaker is not None and actors[q.speaker].name == "Tom Brill"


def test_an_agent_in_the_sentence_before_is_passed_over_for_its_subject(annotated):
    text = ("Kendra Vaile set up a panel overseen by former envoy Tomas Brill in Dayton. “We "
            "will end the sanctions soon,” she said in the hall.")
    actors, quotes = _quotes(annotated, text)
    q = next(q for q in quotes if "sanctions" in q.text)
    assert q.speaker is not None and actors[q.speaker].name == "Kendra Vaile"


def test_a_pronoun_speaker_after_an_unnamed_source_is_still_that_source(annotated):
    text = ("A police spokesman met the family on Monday. “We are checking all vehicles,” he "
            "said.")
    actors, quotes = _quotes(annotated, text)
    q = next(q for q in quotes if "checking" in q.text)
    assert q.speaker is not None and "spokesman" in actors[q.speaker].text


def _am(doc, start, text, name, role=None):
    return ActorMention(doc, start, start + len(text), 0, text, name, "person", role=role)


def test_an_unnamed_role_is_matched_with_no_other_report():
    exs = [Extraction("a", actors=(_am("a", 0, "A police spokesman", "police spokesman",
                                       "police spokesman"),)),
           Extraction("b", actors=(_am("b", 0, "their spokesman", "spokesman",
                                       "their spokesman"),)),
           Extraction("c", actors=(_am("c", 0, "our president", "our president",
                                       "our president"),)),
           Extraction("d", actors=(_am("d", 0, "president", "president", "president"),)),
           Extraction("e", actors=(_am("e", 0, "president", "president", "president"),))]
    res = resolve_actors(exs)
    assert len({res.mention_actor[(d, 0)] for d in "abcde"}) == 5


def test_a_role_with_a_body_beside_it_keeps_its_whole_key_and_is_no_surname():
    exs = [Extraction("a", actors=(_am("a", 0, "Woodburn police chief", "Woodburn police chief",
                                       "Woodburn police chief"),)),
           Extraction("b", actors=(_am("b", 0, "Woodburn police chief", "Woodburn police chief",
                                       "Woodburn police chief"),)),
           Extraction("c", actors=(_am("c", 0, "Chief", "Chief"),))]
    res = resolve_actors(exs)
    assert res.mention_actor[("a", 0)] == res.mention_actor[("b", 0)]
    assert res.mention_actor[("c", 0)] != res.mention_actor[("a", 0)]


def test_named_people_are_still_matched_across_reports():
    exs = [Extraction("a", actors=(_am("a", 0, "Senator Kendra Vaile", "Kendra Vaile",
                                       "Senator"),)),
           Extraction("b", actors=(_am("b", 0, "Kendra Vaile", "Kendra Vaile"),)),
           Extraction("c", actors=(_am("c", 0, "Vaile", "Vaile"),))]
    res = resolve_actors(exs)
    assert len({res.mention_actor[(d, 0)] for d in "abc"}) == 1


def test_which_names_are_roles_with_no_holder():
    assert role_only("police spokesman") and role_only("our president")
    assert role_only("“a president") and role_only("spokesman")
    assert role_only("Prime Minister") and role_only("president")
    assert not role_only("German chancellor") and not role_only("Woodburn police chief")
    assert not role_only("Kendra Vaile") and not role_only("President Kendra Vaile")
    assert not role_only("John Major") and not role_only("Major")
