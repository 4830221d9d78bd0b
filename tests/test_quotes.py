"""Quotes and reported speech on hand-made sentences (real parses) and a seed article."""

from __future__ import annotations

import pytest

from conftest import SEEDS, need
from sitroom.extract.quotes import extract_quotes, find_attributions, quote_regions
from sitroom.model import ActorMention


def mention(adoc, text, kind="person", coref_of=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = adoc.text.index(text, start + 1)
    return ActorMention(adoc.doc.id, start, start + len(text), adoc.sent_at(start), text, text,
                        kind, coref_of=coref_of)


def test_he_said_colon_after_named_person(annotated):
    adoc = annotated("Defense Minister John Smith arrived in the capital on Monday. "
                     "He said: “The army will hold the line. We will not retreat.”")
    actors = (mention(adoc, "John Smith"), mention(adoc, "He", coref_of=0))
    (q,) = extract_quotes(adoc, actors)
    assert (q.text, q.kind, q.cue, q.speaker_text, q.speaker) == (
        "The army will hold the line. We will not retreat.", "direct", "said", "He", 0)
    assert adoc.text[q.start:q.end] == q.text


def test_quote_over_several_sentences(annotated):
    adoc = annotated("“We are ready,” the commander said. “Our troops hold the bridge. "
                     "The enemy has fled.”\n\nThe weather was cold.")
    (q,) = extract_quotes(adoc, ())
    assert q.text == "We are ready, Our troops hold the bridge. The enemy has fled."
    assert (q.speaker_text, q.cue, q.kind) == ("the commander", "said", "direct")


def test_tweet_medium(annotated):
    adoc = annotated("Jane Doe tweeted on Friday evening, “The war is going very well for us.”")
    (q,) = extract_quotes(adoc, (mention(adoc, "Jane Doe"),))
    assert (q.medium, q.speaker, q.cue, q.text) == (
        "tweet", 0, "tweeted", "The war is going very well for us.")


def test_video_medium(annotated):
    adoc = annotated("In a 30-minute video, John Smith said, “We will march on the capital.”")
    (q,) = extract_quotes(adoc, (mention(adoc, "John Smith"),))
    assert (q.medium, q.speaker, q.text) == ("video", 0, "We will march on the capital.")


def test_television_medium(annotated):
    adoc = annotated("On Saturday, President John Smith appeared on television and stated, "
                     "“Our country is fighting for its future.”")
    (q,) = extract_quotes(adoc, (mention(adoc, "John Smith"),))
    assert (q.medium, q.speaker, q.cue) == ("television", 0, "stated")


def test_scare_quotes_are_not_quotes(annotated):
    adoc = annotated("The “oligarchs” met in the capital on Tuesday.")
    assert extract_quotes(adoc, ()) == ()


def test_indirect_speech(annotated):
    adoc = annotated("John Smith claimed that the bridge had been destroyed.")
    (q,) = extract_quotes(adoc, (mention(adoc, "John Smith"),))
    assert (q.kind, q.text, q.cue, q.speaker) == (
        "indirect", "that the bridge had been destroyed", "claimed", 0)


def test_told_and_according_to(annotated):
    adoc = annotated("John Smith told Reuters that the talks had failed. "
                     "According to Jane Doe, the convoy turned back.")
    actors = (mention(adoc, "John Smith"), mention(adoc, "Jane Doe"))
    q1, q2 = extract_quotes(adoc, actors)
    assert (q1.cue, q1.speaker, q1.text) == ("told", 0, "that the talks had failed")
    assert (q2.cue, q2.speaker, q2.text) == ("According to", 1, "the convoy turned back")


def test_statement_medium(annotated):
    adoc = annotated("In a statement, the ministry said the attack had been repelled.")
    (q,) = extract_quotes(adoc, ())
    assert (q.medium, q.speaker_text, q.text) == (
        "statement", "the ministry", "the attack had been repelled")


def test_quote_regions_continue_over_paragraphs():
    text = "He said: “One.\n\n“Two.” Then 'x' and ''three''."
    assert [text[s:e] for s, e in quote_regions(text)] == ["“One.\n\n“Two.”", "''three''"]


def test_polnear_spans(annotated):
    adoc = annotated("Spokeswoman Haley Morris says the candidate has “always run a lean campaign.”")
    (a,) = find_attributions(adoc)
    span = lambda sp: [adoc.text[s:e] for s, e in sp]  # noqa: E731
    assert span(a.source) == ["Spokeswoman Haley Morris"]
    assert span(a.cue) == ["says"]
    assert span(a.content) == ["the candidate has “always run a lean campaign.”"]
    assert a.kind == "mixed"


@pytest.fixture(scope="module")
def seed_quotes():
    path = need(SEEDS / "003_3680921a3060d2dd.txt")
    from sitroom.annotate import annotate_text

    adoc = annotate_text(path.read_text(encoding="utf-8"))
    actors = tuple(ActorMention(adoc.doc.id, e.start_char, e.end_char, e.sent, e.text, e.text,
                                "person") for e in adoc.ents if e.label in ("PERSON", "ORG"))
    return extract_quotes(adoc, actors), actors


def _find(quotes, opening):
    return next(q for q in quotes if q.text.startswith(opening))


def test_seed_speakers(seed_quotes):
    quotes, actors = seed_quotes
    q = _find(quotes, "The Armed Forces of Ukraine were not going to attack Russia")
    assert q.speaker_text == "Prigozhin" and q.kind == "direct"
    q = _find(quotes, "Today, Russia is waging")
    # the surname's speaker is the report's mention of the name in full
    assert q.speaker_text == "Putin" and actors[q.speaker].text == "Vladimir Putin"
    q = _find(quotes, "For all of those that have")
    assert q.medium == "tweet" and actors[q.speaker].text == "Alexander Vindman"


def test_pronoun_speaker_is_the_prominent_person_not_the_nearest_name(annotated):
    # "his" and "he" refer back to the subject of the earlier sentence, not to the object
    adoc = annotated("Colonel Ann Carter has stated her quarrel is not with the governor. "
                     "Her radio speech blames the council for misleading Governor Tom Reyes; "
                     "she claims they were bribed and the siege cannot be won.")
    actors = (mention(adoc, "Ann Carter"), mention(adoc, "Tom Reyes"),
              mention(adoc, "she", coref_of=1))
    q = next(q for q in extract_quotes(adoc, actors) if q.cue == "claims")
    assert q.speaker == 0 and q.text == "they were bribed and the siege cannot be won"


def test_pronoun_speaker_skips_places_and_relative_clause_noun(annotated):
    adoc = annotated("The militia's leader, John Okafor, seized Port Harcourt on Friday. "
                     "He said: “We will return to the front.” The uprising followed Okafor's "
                     "attacks on Defense Minister Paul Mensah, whom he accused of cowardice.")
    actors = (mention(adoc, "John Okafor"), mention(adoc, "Port Harcourt", kind="unknown"),
              mention(adoc, "Okafor", nth=1), mention(adoc, "Paul Mensah"))
    quotes = extract_quotes(adoc, actors)
    said = next(q for q in quotes if q.cue == "said")
    assert said.speaker == 0 and said.text == "We will return to the front."
    accused = next(q for q in quotes if q.cue == "accused")
    assert actors[accused.speaker].text in ("John Okafor", "Okafor")
    assert accused.text == "cowardice"


def test_appositive_person_is_the_speaker(annotated):
    adoc = annotated("The militia's leader, John Okafor, declared war on the army and claimed "
                     "his men had been shelled.")
    actors = (mention(adoc, "The militia", kind="armed_group"), mention(adoc, "John Okafor"))
    (q,) = [q for q in extract_quotes(adoc, actors) if q.cue == "claimed"]
    assert (q.speaker, q.speaker_text) == (1, "John Okafor")


def test_role_noun_resolves_to_the_named_holder(annotated):
    adoc = annotated("President Maria Lind met the envoys on Monday. Later the president said "
                     "the border would stay closed.")
    actors = (ActorMention(adoc.doc.id, 0, 17, 0, "President Maria Lind", "Maria Lind", "person",
                           role="president"),)
    (q,) = extract_quotes(adoc, actors)
    assert (q.speaker, q.speaker_text) == (0, "the president")


def test_writer_is_no_speaker(annotated):
    adoc = annotated("As I write, channels are flooded with videos of the convoy.")
    assert extract_quotes(adoc, ()) == ()


def test_quote_after_live_blog_header():
    from sitroom.annotate import annotate_one
    from sitroom.ingest.updates import parse_updates
    from sitroom.model import Document

    text = ("Troops moved north.\n\nUPDATE 05:37 CET: “We will not stop,” the commander said.\n")
    adoc = annotate_one(Document(id="u", text=text, updates=parse_updates(text, "2023-06-24")))
    (q,) = extract_quotes(adoc, ())
    assert q.text == "We will not stop,"
    assert q.start > text.index("CET")


@pytest.mark.parametrize("text, source, content", [
    ("Wash Post Fact-Check: If Obama Says It, It’s True.\n\nBody text follows here.",
     "Wash Post Fact-Check", "If Obama Says It, It’s True"),
    ("TAPPER: Do you think the rally went well tonight?\n", "TAPPER",
     "Do you think the rally went well tonight?"),
])
def test_headline_speaker_labels(annotated, text, source, content):
    adoc = annotated(text)
    (a,) = [a for a in find_attributions(adoc) if a.frame == "headline"]
    assert [adoc.text[s:e] for s, e in a.source] == [source]
    assert [adoc.text[s:e] for s, e in a.content] == [content]


def test_editorial_labels_are_no_speakers(annotated):
    adoc = annotated("UPDATE 05:37 CET: the convoy has stopped.\n\nThe Latest: talks resume today.\n")
    assert not [a for a in find_attributions(adoc) if a.frame == "headline"]


def test_parenthetical_and_object_contents(annotated):
    adoc = annotated("This campaign, he says, is different. The senator called the plan "
                     "“offensive and outlandish.”")
    paren, called = find_attributions(adoc)
    span = lambda sp: [adoc.text[s:e] for s, e in sp]  # noqa: E731
    assert span(paren.content) == ["This campaign", "is different"] and span(paren.cue) == ["says"]
    assert span(called.content) == ["the plan “offensive and outlandish.”"]


def test_quote_closing_previous_sentence(annotated):
    adoc = annotated("“Who do they think they are?” Trump said.")
    (a,) = find_attributions(adoc)
    assert [adoc.text[s:e] for s, e in a.content] == ["“Who do they think they are?”"]


@pytest.mark.parametrize("text, medium", [
    ("In a radio address, John Smith said the city would hold.", "radio"),
    ("At a press conference, John Smith said the city would hold.", "press_conference"),
    ("John Smith wrote on his Telegram channel that the city would hold.", "telegram"),
    ("In an interview with a local paper, John Smith said the city would hold.", "interview"),
    ("John Smith said in a statement that the city would hold.", "statement"),
])
def test_media(annotated, text, medium):
    adoc = annotated(text)
    (q,) = extract_quotes(adoc, (mention(adoc, "John Smith"),))
    assert q.medium == medium and q.speaker == 0


def _spans(adoc, a):
    return {r: [adoc.text[s:e] for s, e in getattr(a, r)] for r in ("source", "cue", "content")}


def test_quote_before_cue_split_by_it_joins_the_content(annotated):
    adoc = annotated('"I think the judge will be fair," Ann Smith said during a rally in Ohio, '
                     '"but a lot of people are going to watch."')
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a)["content"] == ['"I think the judge will be fair,"',
                                          '"but a lot of people are going to watch."']
    assert _spans(adoc, a)["source"] == ["Ann Smith"] and a.kind == "direct"


def test_raised_subject_is_part_of_the_content(annotated):
    adoc = annotated("Now the governor seems to have vanished from the campaign trail.")
    (a,) = [a for a in find_attributions(adoc) if adoc.text[a.cue[0][0]:a.cue[-1][1]] == "seems"]
    assert _spans(adoc, a)["content"] == ["the governor", "to have vanished from the campaign trail"]
    assert a.source == () and a.source_tok is None


def test_coordinated_speech_verb_ends_the_outer_content(annotated):
    adoc = annotated("Senator Tom Reyes said he did not believe the ads hurt the party, "
                     "arguing that the divisions in the party were a bigger hurdle.")
    atts = sorted(find_attributions(adoc), key=lambda a: a.cue[0][0])
    assert [_spans(adoc, a)["cue"] for a in atts] == [["said"], ["arguing"]]
    said, arguing = atts
    assert _spans(adoc, said)["content"] == ["he did not believe the ads hurt the party"]
    assert _spans(adoc, arguing)["content"] == ["that the divisions in the party were a bigger hurdle"]
    assert _spans(adoc, arguing)["source"] == ["Senator Tom Reyes"]


def test_transcript_labels_after_an_opening_quote_mark(annotated):
    adoc = annotated('The exchange went as follows:\n\n"SMITH: Let us start with the news. '
                     'Will she be there?\n\n"JONES: She will not be attending the debate. It is over.\n')
    atts = find_attributions(adoc)
    assert [(_spans(adoc, a)["source"], _spans(adoc, a)["content"]) for a in atts] == [
        (["SMITH"], ["Let us start with the news. Will she be there?"]),
        (["JONES"], ["She will not be attending the debate. It is over."])]


def test_quotation_signed_after_a_dash(annotated):
    adoc = annotated("Readers wrote to us.\n\n“He scares me. He is a bully.” ― Ann B. Smith.\n"
                     "“We can do better.”― Tom Reyes\n")
    atts = [a for a in find_attributions(adoc) if a.frame == "signed"]
    assert [_spans(adoc, a) for a in atts] == [
        {"source": ["Ann B. Smith"], "cue": ["―"], "content": ["“He scares me. He is a bully.”"]},
        {"source": ["Tom Reyes"], "cue": ["―"], "content": ["“We can do better.”"]}]
    (q, _) = extract_quotes(adoc, ())
    assert (q.speaker_text, q.text, q.kind) == ("Ann B. Smith", "He scares me. He is a bully.", "direct")


def test_a_later_quote_of_another_cue_is_not_the_first_cues(annotated):
    # the second quote is what "adding" reports; it ends at its closing mark
    adoc = annotated("“You are right, we have a very careful army,” he said, adding that “some of "
                     "the things that they ask you to do are ridiculous.”")
    said, adding = sorted(find_attributions(adoc), key=lambda a: a.cue[0][0])
    assert _spans(adoc, said)["content"] == ["“You are right, we have a very careful army,”"]
    assert _spans(adoc, adding)["content"] == [
        "that “some of the things that they ask you to do are ridiculous.”"]
    assert _spans(adoc, adding)["source"] == ["he"]


def test_quotes_around_a_long_speaker_description_are_one_content(annotated):
    adoc = annotated("''That is the weak point,'' said Ann Smith, who heads the Center for Research "
                     "in Mexico City and teaches at a university there. ''Nothing matters more.''")
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a)["content"] == ["''That is the weak point,''", "''Nothing matters more.''"]


def test_according_to_without_a_parsed_object(annotated):
    for text, src, content in [
        ("According to conservative talk radio host Ann Smith, the move reeks of fear and "
         "desperation.", "conservative talk radio host Ann Smith",
         "the move reeks of fear and desperation"),
        ("As a boss, Tom Reyes repeatedly demeaned his workers, according to show insiders.",
         "show insiders", "As a boss, Tom Reyes repeatedly demeaned his workers")]:
        adoc = annotated(text)
        (a,) = find_attributions(adoc)
        assert _spans(adoc, a) == {"source": [src], "cue": [text.split()[text.split().index(
            "to") - 1] + " to"], "content": [content]}


def test_a_preposition_the_cue_verb_selects_joins_the_cue(annotated):
    # the cue model learnt from PolNeAR train that "call for" / "point to" are cues whole
    adoc = annotated("The governor called on residents to stay at home.")
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a)["cue"] == ["called on"] and _spans(adoc, a)["source"] == ["The governor"]
    assert _spans(adoc, a)["content"] == ["to stay at home"]


def test_gerund_after_a_preposition_is_a_prepositional_frame(annotated):
    adoc = annotated("But has the senator called for changing any of the rules that benefit him?")
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a) == {"source": ["the senator"], "cue": ["called for"],
                               "content": ["changing any of the rules that benefit him"]}


def test_participle_set_off_by_commas_is_not_the_source(annotated):
    adoc = annotated("Trump, speaking to a veterans group in Virginia, said the army was weak.")
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a)["source"] == ["Trump"]


def test_a_clause_the_parser_coordinated_to_the_cue_joins_the_content(annotated):
    adoc = annotated("The mayor said he would be honoured to meet the pope, but no meeting has "
                     "been arranged.")
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a)["content"] == [
        "he would be honoured to meet the pope, but no meeting has been arranged"]
    # after "that", a second clause without its own "that" is the writer's
    adoc = annotated("The minister said that taxes are too high, but many firms have found ways "
                     "to avoid them.")
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a)["content"] == ["that taxes are too high"]


def test_a_phrase_heading_a_paragraph_is_no_speaker(annotated):
    adoc = annotated("Frustration with police: Civil rights activists say the officers have been "
                     "too aggressive.\n\nJOHN SMITH: We will win this state.\n")
    atts = find_attributions(adoc)
    assert [(_spans(adoc, a)["source"], _spans(adoc, a)["cue"]) for a in atts] == [
        (["Civil rights activists"], ["say"]), (["JOHN SMITH"], [":"])]


def test_a_concessive_report_ends_the_outer_content(annotated):
    adoc = annotated("Lynch said the demands of government work erase the barriers, though she "
                     "noted clients are beginning to demand diverse teams.")
    said, noted = sorted(find_attributions(adoc), key=lambda a: a.cue[0][0])
    assert _spans(adoc, said)["content"] == ["the demands of government work erase the barriers"]
    assert _spans(adoc, noted) == {"source": ["she"], "cue": ["noted"],
                                   "content": ["clients are beginning to demand diverse teams"]}


def test_subject_of_a_passive_without_agent_is_part_of_the_content(annotated):
    adoc = annotated("Mr. Reyes was accused of using $50 million for personal expenses.")
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a) == {"source": [], "cue": ["was accused of"], "content": [
        "Mr. Reyes", "using $50 million for personal expenses"]}


def test_a_phrase_after_the_object_that_completes_it_joins_the_content(annotated):
    for text, content in [
        ("Prosecutors charged two developers with defrauding investors.",
         "two developers with defrauding investors"),
        ("The senator criticized the governor over his handling of the floods.",
         "the governor over his handling of the floods"),
        # a phrase that only sets the scene stays out
        ("The senator criticized the governor during a visit to the capital.", "the governor")]:
        adoc = annotated(text)
        (a,) = find_attributions(adoc)
        assert _spans(adoc, a)["content"] == [content]


def test_dateline_is_not_part_of_the_content(annotated):
    adoc = annotated("WASHINGTON ― The new rules are an insult to farmers, lawmakers said Friday.")
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a)["content"] == ["The new rules are an insult to farmers"]
    assert _spans(adoc, a)["source"] == ["lawmakers"]


def test_a_non_restrictive_relative_clause_closing_a_content_is_the_writers(annotated):
    for text, content in [
        ("The senator said the agency overstepped its authority when it issued the rules, "
         "which the court has put on hold.",
         "the agency overstepped its authority when it issued the rules"),
        ("The senator questioned the wisdom of backing Smith, who has never faced a serious race.",
         "the wisdom of backing Smith"),
        # a restrictive one (no comma) is part of what is reported
        ("The senator said the agency ignored the rules that the court had upheld.",
         "the agency ignored the rules that the court had upheld")]:
        adoc = annotated(text)
        (a,) = find_attributions(adoc)
        assert _spans(adoc, a)["content"] == [content]


def test_a_poll_opening_the_sentence_is_its_source(annotated):
    adoc = annotated("In a national CNN poll released Monday, 50 percent of voters chose Smith.")
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a) == {"source": ["a national CNN poll released Monday"], "cue": ["In"],
                               "content": ["50 percent of voters chose Smith"]}
    assert find_attributions(annotated("In the capital, 50 percent of voters chose Smith.")) == ()


def test_a_fragment_stopping_short_of_its_quotation_marks_reaches_them():
    from sitroom.extract.quotes import _to_quote_marks
    text = "“Your Honor,” he said, “I would like to answer.” Then “he left” the room."
    regions = quote_regions(text)
    inner = ((text.index("Your"), text.index(",")), (text.index("I would"), text.index(".”")))
    assert [text[s:e] for s, e in _to_quote_marks(text, inner, regions)] == [
        "“Your Honor,”", "“I would like to answer.”"]
    # ... but not over words of the quotation left out
    part = ((text.index("he left"), text.index(" left")),)
    assert [text[s:e] for s, e in _to_quote_marks(text, part, regions)] == ["“he"]


def test_attribution_shapes_rarely_right_on_train_are_dropped(annotated):
    # "see" is a cue with its object, but as the infinitive of another cue ("wanted to
    # see") the shape dobj|xcomp|subj rarely had a gold cue in PolNeAR train
    from sitroom.extract.quotes import GROUP_THRESHOLD, _cue_model, group_key

    adoc = annotated("He wanted to see the results of the vote.")
    (a,) = find_attributions(adoc)
    assert adoc.text[a.cue[0][0]:a.cue[-1][1]] == "wanted"
    assert _cue_model()[group_key(adoc, a)] >= GROUP_THRESHOLD
    assert _cue_model()["~shape|dobj|xcomp|subj"] < GROUP_THRESHOLD


def test_a_preposition_the_cue_selects_is_not_part_of_a_quoted_content(annotated):
    adoc = annotated("The cleric referred to the United States as “the Great Satan.”")
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a)["cue"] == ["referred to"]
    assert _spans(adoc, a)["content"] == ["the United States as “the Great Satan.”"]


def test_according_to_in_mid_sentence_leaves_its_commas_out_of_the_content(annotated):
    adoc = annotated("The city, according to the police, has seen fewer murders this year.")
    (a,) = find_attributions(adoc)
    assert _spans(adoc, a)["content"] == ["The city", "has seen fewer murders this year"]


def test_a_live_blog_entry_shaped_name_colon_statement_gives_the_name_as_speaker():
    from sitroom.annotate import annotate
    from sitroom.extract.actors import extract_actors
    from sitroom.model import Document, Update

    t = ("Live: the mutiny\n\nUPDATE 10:05 CET: Vladimir Putin: we are turning our columns back"
         "\n\nUPDATE 10:30 CET: The army said the road was open.")
    i, j = t.index("UPDATE 10:05"), t.index("UPDATE 10:30")
    doc = Document(id="x", text=t, updates=(
        Update(i, j, "2023-06-24T10:05+01:00", "UPDATE 10:05 CET:"),
        Update(j, len(t), "2023-06-24T10:30+01:00", "UPDATE 10:30 CET:")))
    adoc = next(iter(annotate([doc])))
    actors = extract_actors(adoc)
    q = [q for q in extract_quotes(adoc, actors) if q.text.startswith("we are turning")]
    assert q and q[0].speaker_text == "Vladimir Putin"
    assert actors[q[0].speaker].name == "Vladimir Putin"


def test_a_block_excerpt_opened_by_a_straight_mark_does_not_swallow_the_next_curly_quote():
    # an excerpt marked by a straight quote at each paragraph start, never closed, then a
    # curly quote of its own: two passages, not one running from the excerpt into the quote
    text = '"Ann was asleep.\n\n“Here he is,” she said.'
    assert [text[s:e] for s, e in quote_regions(text)] == ['"Ann was asleep.', "“Here he is,”"]
    text = '"One.\n\n"Two."'
    assert [text[s:e] for s, e in quote_regions(text)] == ['"One.\n\n"Two."']


def test_single_quote_marks_quote_in_the_headline_only():
    text = "Lee Says ‘We Won’t Stop’ After Vote.\n\nThe ‘new’ plan and Ann's 'idea' stay words."
    assert [text[s:e] for s, e in quote_regions(text)] == ["‘We Won’t Stop’"]
