"""Round 13 of within-report coreference (issue 14 items 1 and 5): a body's division named with
its owner, a body glued to a title and a name, the "we" of a body's memo, groups of people.
Sentences made up."""

from __future__ import annotations

from actorkit import chain_root, mention
from sitroom.extract.actors import extract_actors


def test_a_division_named_with_its_owner_is_the_owner(annotated):
    actors = extract_actors(annotated(
        "Shares of Vantor Corp rose on Monday. Jane Roe, president and CEO of Vantor Commercial "
        "Airplanes, said the plant was ready."))
    division = mention(actors, "Vantor Commercial Airplanes")
    assert chain_root(actors, division).text == "Vantor Corp"


def test_a_longer_name_that_is_no_division_stays_apart(annotated):
    actors = extract_actors(annotated(
        "Shares of Vantor Corp rose on Monday. Jane Roe, president of Vantor Bank of Lisbon, "
        "said the loan was ready."))
    other = [a for a in actors if a.text.startswith("Vantor Bank")]
    assert other and all(chain_root(actors, a).text != "Vantor Corp" for a in other)


def test_a_title_glued_to_its_body_and_holder_splits(annotated):
    actors = extract_actors(annotated(
        "Assistant Secretary of the Air Force for Acquisition Mark Doe defended the deal."))
    assert mention(actors, "Air Force").kind != "person"
    doe = mention(actors, "Mark Doe")
    assert doe.kind == "person" and doe.role.startswith("Assistant Secretary")
    assert not [a for a in actors if a.text == "Assistant Secretary"]


def test_we_of_a_quote_after_a_colon_is_the_body_its_lead_in_names(annotated):
    actors = extract_actors(annotated(
        "The Vantor Group won the order on Monday. Its rival Bolt Corp complained.\n\n"
        "Director of Vantor Group Communications Jim Dale: ``We will not back down. "
        "Our offer stands.''"))
    assert mention(actors, "We").name == "Vantor Group"
    assert mention(actors, "Our").name == "Vantor Group"


def test_we_of_a_memo_is_the_body_that_wrote_it(annotated):
    actors = extract_actors(annotated(
        "The Vantor Group won the order on Monday. Bolt Corp lost it.\n\n"
        'The memo from the Bolt Corp board states: "We reject the award."'))
    assert mention(actors, "We").name == "Bolt Corp"


def test_the_owner_named_after_its_division_heads_the_entity(annotated):
    actors = extract_actors(annotated(
        "Jane Roe, president of Vantor Commercial Airplanes, said the plant was ready. "
        "Shares of Vantor Corp rose on Monday."))
    division = mention(actors, "Vantor Commercial Airplanes")
    assert chain_root(actors, division).text == "Vantor Corp"


def test_a_body_named_again_where_the_tagger_saw_no_name_is_a_mention(annotated):
    # the tagger takes the second "Brightline Air" for a person, which no rule keeps
    actors = extract_actors(annotated(
        "Brightline Air ordered ten jets from Boeing. At present Brightline Air has 91 aircraft."))
    again = [a for a in actors if a.text == "Brightline Air"]
    assert len(again) == 2 and again[1].kind == "organisation"
    assert chain_root(actors, again[1]) is again[0]
