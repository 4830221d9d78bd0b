"""Round 15 (issue 14 item 1): entity resolution inside a report. A body named before a
person's title belongs to the person's mention too ("Acme CEO Jo Roe" is Jo Roe's phrase, Acme
keeps its own mention), and a surname the tagger read as a common noun is the person's.
Sentences and names made up."""

from __future__ import annotations

from actorkit import chain_root, mention
from sitroom.extract.actors import extract_actors


def test_a_body_before_a_title_is_in_the_persons_mention_and_keeps_its_own(annotated):
    text = ("Acme Computer sued Boeing in May. After the case closed Acme Computer CEO Steve "
            "Jobs extended an invitation to the firm.")
    actors = extract_actors(annotated(text))
    person = mention(actors, "Acme Computer CEO Steve Jobs")
    assert person.kind == "person" and person.name == "Steve Jobs"
    body = mention(actors, "Acme Computer", 1)  # the body's own mention, inside the phrase
    assert body.kind == "organisation"
    assert chain_root(actors, body) is mention(actors, "Acme Computer")


def test_a_body_named_once_before_a_title_stays_in_the_role_alone(annotated):
    # named nowhere else: no mention of its own (the title's words), the person's phrase whole
    actors = extract_actors(annotated("Acme CEO Dave Marsh is also the largest shareholder."))
    assert [(a.text, a.kind) for a in actors if a.text.startswith("Acme")] == [
        ("Acme CEO Dave Marsh", "person")]


def test_a_surname_read_as_a_common_noun_is_the_person(annotated):
    text = ("Trellis Labs founder Mara Fields opened the fair on Monday. Fields welcomed everyone "
            "to the event. Fields then moved on to talk about podcasts.")
    actors = extract_actors(annotated(text))
    first = mention(actors, "founder Mara Fields")
    for nth in (0, 1):
        m = mention(actors, "Fields", nth)
        assert m.name == "Mara Fields" and chain_root(actors, m) is first


def test_a_surname_the_report_also_writes_in_lower_case_stays_a_common_noun(annotated):
    text = ("Trellis Labs founder Mara Fields opened the fair on Monday. Fields welcomed everyone "
            "to the event. The farm has three fields of wheat.")
    actors = extract_actors(annotated(text))
    assert [a.text for a in actors if a.text.lower() == "fields"] == []


def test_a_title_coordinated_with_a_titled_name_is_that_person(annotated):
    text = ("Acme Computer sued Boeing. Acme Computer CEO and co-founder Steve Jobs gave his "
            "annual keynote on Monday. He announced a new phone.")
    actors = extract_actors(annotated(text))
    person = mention(actors, "founder Steve Jobs")
    for t in ("Acme Computer CEO", "his", "He"):
        m = mention(actors, t)
        assert m.name == "Steve Jobs" and chain_root(actors, m) is person, t


def test_a_title_coordinated_with_an_untitled_name_stays_its_own(annotated):
    # "the chairman and Jo Roe" are two people: the name carries no title
    actors = extract_actors(annotated("The Acme chairman and Steve Jobs met on Monday."))
    assert mention(actors, "Acme chairman").name != "Steve Jobs"


def test_a_possessive_in_an_infinitive_clause_is_the_objects(annotated):
    text = ("Trellis Inc. sells music online. The European Commission has forced Trellis Inc. "
            "to lower its prices for music in its British store.")
    actors = extract_actors(annotated(text))
    for nth in (0, 1):
        assert mention(actors, "its", nth).name == "Trellis Inc."


def test_a_possessive_in_an_infinitive_clause_without_an_object_is_the_subjects(annotated):
    text = ("Trellis Inc. sells music online. The European Commission wants to lower its fees "
            "for member states.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "its").name == "European Commission"


_LETTER = ("Trellis posted the text of Mara Fields's email, which reads: Team, At my request, "
           "the board has granted me a leave so I can focus on my health. I will continue as "
           "CEO.\n\nAnalysts were surprised.")


def test_the_i_of_a_letter_quoted_whole_without_quotation_marks_is_its_author(annotated):
    actors = extract_actors(annotated(_LETTER))
    author = mention(actors, "Mara Fields")
    firsts = [a for a in actors if a.text in ("I", "my", "me")]
    assert len(firsts) == 5 and all(chain_root(actors, a) is author for a in firsts)


def test_an_i_after_a_colon_with_no_document_before_it_stays_no_one(annotated):
    text = ("Mara Fields chaired the meeting on Monday. The agenda was short: I was told the "
            "board met for an hour.\n\nAnalysts were surprised.")
    actors = extract_actors(annotated(text))
    assert [a.text for a in actors if a.text == "I"] == []


def test_the_company_before_another_noun_names_back_the_body(annotated):
    text = ("Trellis Inc. said on Monday that its founder had died, according to the company "
            "website.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "company").name == "Trellis Inc."


def test_a_company_compound_without_the_stays_no_mention(annotated):
    text = "Trellis Inc. said on Monday that a company website had been hacked."
    actors = extract_actors(annotated(text))
    assert [a.text for a in actors if a.text == "company"] == []
