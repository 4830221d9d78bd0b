"""Quote speakers on hand-made texts (real parses): pronouns, headlines, interrupted quotes."""

from __future__ import annotations

from sitroom.model import Extraction, Quote, from_dict, to_dict

from speakerkit import name as _name
from speakerkit import quote as _quote
from speakerkit import quotes as _quotes


def test_she_said_skips_a_man_named_in_between(annotated):
    adoc = annotated("Senator Mary Jones spoke to reporters in Denver on Monday. "
                     "Mr. Robert Hale, her opponent, had criticised the plan a week earlier. "
                     "“We will pass this bill before the summer,” she said.")
    actors, q = _quote(adoc, "We will pass")
    assert _name(actors, q.speaker) == "Mary Jones"


def test_a_name_inside_the_quote_is_not_the_speaker(annotated):
    adoc = annotated("Ann Carter watched the speech from her kitchen in Ohio.\n\n"
                     "“Here comes Tom Walsh, the best man for the job,” she said.")
    actors, q = _quote(adoc, "Here comes")
    assert _name(actors, q.speaker) == "Ann Carter"


def test_he_said_after_his_earlier_quote_continues_the_speaker(annotated):
    adoc = annotated("“The budget is balanced,” Governor Paul Reed said on Tuesday.\n\n"
                     "The state has cut spending on roads for three years.\n\n"
                     "“We kept every promise we made,” he said.")
    actors, q = _quote(adoc, "We kept")
    assert _name(actors, q.speaker) == "Paul Reed"


def test_headline_name_colon_quote_gives_the_name(annotated):
    adoc = annotated("Sanders: Clinton needs to 'get away from all of this personality stuff' "
                     "with Trump.\n\nThe senator spoke on Friday.")
    actors, quotes = _quotes(adoc)
    (q,) = [q for q in quotes if q.start < 10 + adoc.text.index(":")]
    assert q.speaker_text == "Sanders"
    assert q.text.startswith("Clinton needs to")


def test_direct_quote_after_said_comma_is_kept_whatever_the_parse(annotated):
    adoc = annotated("Asked to describe the device, Commissioner James Boyle said, "
                     "\"Not going to go into that.\"")
    actors, quotes = _quotes(adoc)
    (q,) = [q for q in quotes if "go into that" in q.text]
    assert _name(actors, q.speaker) == "James Boyle"


def test_interrupted_quote_is_one_quote_with_two_spans(annotated):
    adoc = annotated("“We will not give up,” the mayor, Lisa Grant, said, “and we will rebuild "
                     "every house in this town.”")
    actors, quotes = _quotes(adoc)
    (q,) = [q for q in quotes if "give up" in q.text]
    assert len(q.spans) == 2
    assert [adoc.text[s:e] for s, e in q.spans] == [
        "We will not give up,", "and we will rebuild every house in this town."]
    assert (q.start, q.end) == (q.spans[0][0], q.spans[1][1])
    assert q.text == "We will not give up, and we will rebuild every house in this town."
    assert _name(actors, q.speaker) == "Lisa Grant"


def test_quote_records_without_spans_still_read():
    old = {"doc": "d", "start": 3, "end": 9, "sent": 0, "text": "abcdef", "speaker_text": None,
           "speaker": None, "cue": None}
    q = Quote(**old)
    assert q.spans == () and q.parts() == ((3, 9),)
    ex = Extraction(doc="d", actors=(), places=(), times=(), events=(), claims=(), sentences=(),
                    quotes=(Quote(**old, spans=((3, 5), (7, 9))),))
    back = from_dict(Extraction, to_dict(ex))
    assert back.quotes[0].spans == ((3, 5), (7, 9)) and back == ex


def test_said_with_the_name_after_it(annotated):
    adoc = annotated("“It will be tested again, probably sooner rather than later,” said James "
                     "Boyle, a physicist who studies the program at a research institute.")
    actors, quotes = _quotes(adoc)
    (q,) = [q for q in quotes if "tested again" in q.text]
    assert _name(actors, q.speaker) == "James Boyle"


def test_a_gendered_role_noun_is_the_nearest_person_of_that_gender(annotated):
    adoc = annotated("Mary Lane, the candidate's eldest daughter, spoke about the plan with "
                     "Tom Reed last week. When pressed on why it leaves out fathers, the "
                     "34-year-old mother of three replied, \"It is meant to help every family.\"")
    actors, quotes = _quotes(adoc)
    (q,) = [q for q in quotes if "every family" in q.text]
    assert _name(actors, q.speaker) == "Mary Lane"


def test_he_said_in_the_paragraph_that_names_him_is_that_man(annotated):
    adoc = annotated("“We will hold the bridge,” General Victor Hale said on Monday.\n\n"
                     "Colonel Peter Marsh disagreed. “Nobody can hold it for long,” he said.")
    actors, q = _quote(adoc, "Nobody")
    assert _name(actors, q.speaker) == "Peter Marsh"


def test_a_spokesman_of_a_person_is_not_that_person(annotated):
    adoc = annotated("President Ann Moore toured the port on Monday.\n\n"
                     "“The visit went well,” Moore's spokesman said on Tuesday.")
    actors, quotes = _quotes(adoc)
    (q,) = [q for q in quotes if "visit went well" in q.text]
    assert _name(actors, q.speaker) != "Ann Moore"
    assert q.speaker_text and "spokesman" in q.speaker_text


def test_a_definite_role_phrase_is_the_person_the_report_was_about(annotated):
    adoc = annotated("Maria Lopez spoke out on Tuesday about the death of Tom Brown in Austin, "
                     "arguing that the shooting was a failure of training.\n"
                     "On a morning radio show, the former secretary of state said “we cannot "
                     "accept this as normal in our country.”")
    actors, q = _quote(adoc, "we cannot")
    assert _name(actors, q.speaker) == "Maria Lopez"


def test_a_role_phrase_is_not_its_own_holder(annotated):
    adoc = annotated("Sen. Paul Grant spoke on Tuesday at a rally in Burlington.\n\n"
                     "The Vermont senator said “the tax code is rigged against working people "
                     "and we will change it.”")
    actors, q = _quote(adoc, "the tax code")
    assert _name(actors, q.speaker) == "Paul Grant"


def test_a_name_after_its_owners_role_is_the_speaker_not_the_owner(annotated):
    adoc = annotated("Senator Ann Lee toured the plant on Monday.\n\n"
                     "Ann Lee’s campaign manager Tom Hale said on Thursday that the senator "
                     "“will never back down from this fight.”")
    actors, quotes = _quotes(adoc)
    (q,) = [q for q in quotes if "back down" in q.text]
    assert _name(actors, q.speaker) == "Tom Hale"


def test_a_show_title_in_quote_marks_after_said_is_not_the_speaker(annotated):
    adoc = annotated("“The plan is a disaster for our troops and for the country,” Mark Dunn, "
                     "a top campaign adviser, said Thursday morning on NBC’s “Fox and Friends.”")
    actors, q = _quote(adoc, "The plan")
    assert _name(actors, q.speaker) == "Mark Dunn"


def test_a_dash_parsed_as_subject_gives_way_to_the_name(annotated):
    from dataclasses import replace

    from sitroom.extract.quotes import _worded_subject

    adoc = annotated("The returns were made public ― Hale boasted on Friday.")
    dash = next(t.i for t in adoc.tokens if t.text == "―")
    verb = next(t.i for t in adoc.tokens if t.text == "boasted")
    hale = next(t.i for t in adoc.tokens if t.text == "Hale")
    tokens = list(adoc.tokens)
    tokens[dash] = replace(tokens[dash], dep="nsubj", head=verb)  # the misparse, by hand
    tokens[hale] = replace(tokens[hale], dep="nsubj", head=verb)
    misparsed = replace(adoc, tokens=tuple(tokens))
    assert _worded_subject(misparsed, dash) == hale
    assert _worded_subject(misparsed, hale) == hale


def test_a_place_word_tagged_as_verb_inside_a_name_does_not_part_quote_and_cue(annotated):
    from dataclasses import replace

    from sitroom.extract.quote_marks import quote_regions
    from sitroom.extract.quote_verbs import _adjacent

    adoc = annotated("“We will find the truth in this case,” Tulsa police Chief Ann Marsh said Monday.")
    tulsa = next(t.i for t in adoc.tokens if t.text == "Tulsa")
    said = next(t.i for t in adoc.tokens if t.text == "said")
    (region,) = quote_regions(adoc.text)
    tokens = list(adoc.tokens)
    tokens[tulsa] = replace(tokens[tulsa], pos="VERB", dep="dep")  # the misparse, by hand
    misparsed = replace(adoc, tokens=tuple(tokens))
    assert _adjacent(misparsed, said, region)
    tokens[tulsa] = replace(tokens[tulsa], text="tulsa", pos="VERB", dep="conj")  # a real verb
    assert not _adjacent(replace(adoc, tokens=tuple(tokens)), said, region)


def test_an_object_in_quote_marks_of_four_words_is_a_quote(annotated):
    adoc = annotated("Governor Ann Lee on Friday pledged to veto “any bill that takes money "
                     "from our schools.”")
    actors, quotes = _quotes(adoc)
    (q,) = [q for q in quotes if "any bill" in q.text]
    assert _name(actors, q.speaker) == "Ann Lee"


def test_a_short_label_in_quote_marks_as_object_is_no_quote(annotated):
    adoc = annotated("Tom Hale attacked the “fake news” on Monday.")
    _, quotes = _quotes(adoc)
    assert not [q for q in quotes if "fake news" in q.text]


def test_a_gerund_cue_under_a_preposition_takes_the_subject_of_its_verb(annotated):
    adoc = annotated("Ann Lee appeared at a Senate hearing in 2014 for her role in selling diet "
                     "pills and for saying that the pill was a “magic weight loss cure for every "
                     "body type.”")
    actors, quotes = _quotes(adoc)
    (q,) = [q for q in quotes if "magic weight" in q.text]
    assert _name(actors, q.speaker) == "Ann Lee"


def test_a_subject_inside_quote_marks_with_no_name_before_its_verb_leaves_no_speaker(annotated):
    adoc = annotated("Maria Lopez attacked Paris on Monday. “According to officials, Maria Lopez "
                     "attacked Paris on Monday.” Maria Lopez told reporters.")
    _, quotes = _quotes(adoc)  # once crashed: the subject inside the quote had no replacement
    assert all(q.speaker is None or q.speaker_text for q in quotes)


def test_an_interrupted_quote_whose_cue_has_a_role_phrase_for_subject(annotated):
    adoc = annotated("Daniel Okoro on Wednesday called on Paul Venn to apologize to Ruth Adler.\n\n"
                     "“My reaction, that was outrageous,” Adler's former campaign strategist said "
                     "in an interview. “He has refused to apologize for an outrageous statement.”")
    actors, q = _quote(adoc, "My reaction")
    assert len(q.spans) == 2 and _name(actors, q.speaker) == "Daniel Okoro"


def test_a_quoted_object_of_an_attacking_verb_is_its_subjects_words(annotated):
    adoc = annotated("The senator spoke in Denver on Monday.\n\n"
                     "In an August speech, Ruth Adler attacked “the hateful ideology of the "
                     "cartels – its oppression of women, children, and farmers.”")
    actors, q = _quote(adoc, "the hateful")
    assert _name(actors, q.speaker) == "Ruth Adler"


def _person(start: int, name: str, coref_of: int | None = None):
    from sitroom.model import ActorMention

    return ActorMention("d", start, start + len(name), 0, name, name, "person", coref_of=coref_of)


def test_a_surname_speaker_is_the_one_full_name_of_the_report_with_that_surname():
    from sitroom.extract.quote_speakers import full_named

    actors = (_person(0, "Ann Lee"), _person(20, "Paul Reed"), _person(40, "Lee"))
    assert full_named(actors, 2) == 0
    assert full_named(actors, 1) == 1  # a full name stays as it is
    assert full_named(actors, None) is None


def test_a_surname_shared_by_two_people_goes_to_the_principal_one_or_stays():
    from sitroom.extract.quote_speakers import full_named

    ruth = (_person(0, "Ann Lee"), _person(10, "Tom Lee"), _person(20, "Lee"))
    assert full_named(ruth, 2) == 2  # two Lees named once each: the surname says not which
    main = (_person(0, "Ann Lee"), *(_person(10 + 10 * k, "Ann Lee", coref_of=0) for k in range(3)),
            _person(50, "Tom Lee"), _person(60, "Lee"))
    assert full_named(main, 5) == 0  # named four times to once: the principal Lee


def test_a_section_heading_is_no_speaker_label_but_a_name_named_in_the_text_is(annotated):
    from sitroom.extract.quote_lines import _headline_attributions

    adoc = annotated("Farm bill stalls again.\n\n"
                     "Little Relief for Farmers: the bill offers growers nothing new this year.\n\n"
                     "Ann Lee: the bill is a betrayal of every family farm.\n\n"
                     "Senator Ann Lee voted against the bill on Monday.")
    labels = [adoc.text[a.source[0][0]:a.source[0][1]] for a in _headline_attributions(adoc)]
    assert labels == ["Ann Lee"]


def test_a_party_and_state_in_brackets_between_quote_and_cue_keep_them_together(annotated):
    adoc = annotated('"He would be a fine judge. One of the best," Rep. Ann Lee (D-Md.) said in '
                     "an interview.")
    actors, q = _quote(adoc, "He would")
    assert _name(actors, q.speaker) == "Ann Lee"


def test_a_quote_without_a_cue_after_a_sentence_about_a_named_person_is_that_persons(annotated):
    adoc = annotated("On Sunday, Senator Ann Lee, who lost the primary, blamed the weather for the "
                     "result. “It rained on every rally we held in the north.”\n\n"
                     "Turnout was low.\n\n“Nobody came to the polls,” a clerk said.")
    actors, q = _quote(adoc, "It rained")
    assert _name(actors, q.speaker) == "Ann Lee" and q.cue is None and q.kind == "direct"


def test_a_quote_closing_on_its_cue_wins_over_a_clause_hung_on_the_verb_far_after(annotated):
    adoc = annotated("Ann Lee watched the count at home.\n\n“It is over,” she said of the vote, in "
                     "which she was sure her party would win most of the seats.")
    actors, quotes = _quotes(adoc)
    (q,) = [q for q in quotes if q.cue == "said"]
    assert q.text == "It is over," and q.kind == "direct"
