"""Round 10 within-report coreference (issue 14, item 1): a definite nominal ("the company",
"the plane maker") names back the body the report names, "we"/"our" in a quotation is the
speaker's body, an impersonal "it" joins no one, and a he/she that had one person to go to
gives that person its gender. Sentences written for the tests, parsed by the shipped model."""

from __future__ import annotations

import pytest

from sitroom.extract.actors import extract_actors


def _names(annotated, text):
    return [(a.text, a.name) for a in extract_actors(annotated(text))]


def test_the_company_names_back_the_body_the_report_named(annotated):
    got = _names(annotated, "Acme Corp. reported higher profits on Monday. The company said "
                            "sales rose.")
    assert ("company", "Acme Corp.") in got


def test_a_nominal_outside_the_actor_nouns_joins_the_body(annotated):
    got = _names(annotated, "Boeing lost the tanker contract on Friday. The plane maker said it "
                            "would appeal.")
    assert ("plane maker", "Boeing") in got


def test_we_in_a_quote_is_the_body_of_the_speaker(annotated):
    got = _names(annotated, 'Acme Corp. reported higher profits. Acme spokesman Jo Roe said: '
                            '"We are very pleased with our results."')
    assert ("We", "Acme Corp.") in got and ("our", "Acme Corp.") in got


def test_we_in_a_quote_of_a_speaker_with_no_body_is_no_mention(annotated):
    got = _names(annotated, 'Acme Corp. reported higher profits. Jo Roe, a shopper, said: '
                            '"We love it."')
    assert not any(text == "We" for text, _ in got)


@pytest.mark.parametrize("sentence", [
    "It is a shame, said one analyst.",
    "It’s an extremely unlikely scenario.",
    "It was raining in Seattle.",
    "“It’s something you would be a fool not to prepare for,” he said.",
])
def test_an_impersonal_it_joins_no_body(annotated, sentence):
    got = _names(annotated, "The Acme Corporation lost the contract on Monday. " + sentence)
    assert not any(text.lower() == "it" for text, _ in got)


def test_it_of_a_body_still_joins_it(annotated):
    got = _names(annotated, "The Acme Corporation lost the contract on Monday. The "
                            "Acme Corporation said it was ready to appeal.")
    assert ("it", "Acme Corporation") in got
