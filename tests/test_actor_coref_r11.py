"""Round 11 within-report coreference (issue 14, items 1 and 5): relative pronouns, common-noun
descriptions of a named body, possessive and non-restrictive nominals, the "we" of a body's
officer, and a role noun leading a name tagged as a body. Sentences written for the tests,
parsed by the shipped model."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def _names(annotated, text):
    return [(a.text, a.name) for a in extract_actors(annotated(text))]


def test_a_relative_pronoun_is_the_body_its_clause_hangs_on(annotated):
    got = _names(annotated, "The contract went to Acme Corporation, which has outsold its "
                            "rivals since 2003.")
    assert ("which", "Acme Corporation") in got


def test_a_relative_pronoun_on_no_actor_is_no_mention(annotated):
    got = _names(annotated, "Acme Corporation built the plant, which opened in 2003.")
    assert not any(text == "which" for text, _ in got)


def test_an_appositive_description_joins_the_body(annotated):
    got = _names(annotated, "Acme Corporation, Europe's biggest aircraft manufacturer, "
                            "announced job cuts on Monday.")
    assert ("Europe's biggest aircraft manufacturer", "Acme Corporation") in got


def test_a_description_before_the_name_joins_the_body(annotated):
    got = _names(annotated, "Irish national airline Aer Lingus bought twelve jets.")
    # since round 16 the description and the name are one mention, the name's own inside it
    assert ("Irish national airline Aer Lingus", "Aer Lingus") in got
    assert ("Aer Lingus", "Aer Lingus") in got


def test_a_description_leaves_out_a_phrase_that_names_another_body(annotated):
    got = _names(annotated, "Bolt Industries, the parent company of European planemaker "
                            "Acme, won the contract.")
    assert ("the parent company", "Bolt Industries") in got
    assert ("Acme", "Acme") in got


def test_a_possessive_nominal_names_back_the_body(annotated):
    got = _names(annotated, "Acme Corp. reported higher profits on Monday. Analysts praised "
                            "the company's results.")
    assert ("company", "Acme Corp.") in got


def test_the_we_of_a_bodys_officer_is_the_body_the_report_is_about(annotated):
    got = _names(annotated, "Acme Corp. cut its forecast on Monday. Acme Corp. shares fell. "
                            'Chief executive Jo Roe said in a statement, "We are confident."')
    assert ("We", "Acme Corp.") in got


def test_the_we_of_an_officer_speaking_for_a_body_named_in_the_sentence(annotated):
    got = _names(annotated, "Acme Corp. won the case against the Globex Corporation on Monday. "
                            "Acme Corp. was pleased. Acme Corp. said so. Speaking for the Globex "
                            'Corporation, manager Jo Roe said, "We will appeal."')
    assert ("We", "Globex Corporation") in got
