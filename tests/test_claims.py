"""Claims: certainty and source of each sentence (real parses)."""

from __future__ import annotations

import pytest

from conftest import SEEDS, need
from sitroom.extract.claims import extract_claims, has_proposition
from sitroom.extract.quotes import extract_quotes
from sitroom.model import ActorMention


def claims_of(adoc, actors=()):
    return extract_claims(adoc, actors, extract_quotes(adoc, actors))


@pytest.mark.parametrize(
    "text, certainty, polarity, source_kind, cue",
    [
        ("Troops captured the airport on Saturday.", "asserted", "positive", "author", None),
        ("The rebels reportedly captured the city.", "reported", "positive", "anonymous",
         "reportedly"),
        ("There are unconfirmed reports that the general was arrested.", "unconfirmed",
         "positive", "anonymous", "unconfirmed reports"),
        ("It can be assumed that the convoy turned back.", "speculated", "positive", "author",
         "can assumed"),
        ("It has been reported that the leader fled to the north.", "reported", "positive",
         "anonymous", "reported"),
        ("The ministry denied that troops had crossed the border.", "denied", "negative",
         "named", "denied"),
        ("We can be 100% certain that the deal was made.", "asserted", "positive", "author",
         "certain"),
        ("Officials said the convoy turned back.", "reported", "positive", "anonymous", "said"),
        ("A source close to the ministry said the general was arrested.", "reported", "positive",
         "anonymous", "said"),
        ("He allegedly ordered the strike.", "unconfirmed", "positive", "anonymous",
         "allegedly"),
        # an attribution in a clause of the writer's sentence does not source all of it
        ("The strike was preceded by the mayor's denunciations of the general, whom he accused "
         "of ignoring the warnings.", "asserted", "positive", "author", None),
        ("The governor called the shelling “a campaign of terror”.", "reported", "positive",
         "named", "called"),
    ],
)
def test_claim_certainty_and_source(annotated, text, certainty, polarity, source_kind, cue):
    (c,) = claims_of(annotated(text))
    assert (c.certainty, c.polarity, c.source_kind, c.cue) == (certainty, polarity, source_kind, cue)
    assert c.text == text and (c.start, c.end) == (0, len(text))


def test_named_source_resolves_to_actor(annotated):
    adoc = annotated("John Smith arrived on Monday. He said the army had withdrawn from the city.")
    john = adoc.text.index("John Smith")
    he = adoc.text.index("He ")
    actors = (ActorMention("t", john, john + 10, 0, "John Smith", "John Smith", "person"),
              ActorMention("t", he, he + 2, 1, "He", "John Smith", "person", coref_of=0))
    first, second = claims_of(adoc, actors)
    assert (first.certainty, first.source_kind) == ("asserted", "author")
    assert (second.certainty, second.source_kind, second.source_text, second.source) == (
        "reported", "named", "He", 0)


def test_no_propositional_content_is_skipped(annotated):
    adoc = annotated("Chaos in the capital.\n\nSo what's going on? The army withdrew.")
    assert [c.text for c in claims_of(adoc)] == ["The army withdrew."]
    assert not has_proposition(adoc, 0)


def test_scores_follow_certainty(annotated):
    adoc = annotated("Troops captured the airport. Troops might capture the port. "
                     "Troops did not capture the station.")
    fact, maybe, negated = claims_of(adoc)
    assert fact.score > maybe.score > 0 > negated.score
    assert negated.certainty == "denied"


def test_seed_hedged_sentences_are_not_asserted():
    path = need(SEEDS / "003_3680921a3060d2dd.txt")
    from sitroom.annotate import annotate_text

    adoc = annotate_text(path.read_text(encoding="utf-8"))
    claims = claims_of(adoc)

    def claim(part):
        return next(c for c in claims if part in " ".join(c.text.split()))

    assert claim("There are unconfirmed reports").certainty == "unconfirmed"
    assert claim("It has been reported that funding").certainty == "reported"
    assert claim("one can safely surmise").certainty == "speculated"
    assert claim("it can be assumed that it made contact").certainty == "speculated"
    assert claim("would have had a good reason").certainty == "speculated"
    assert claim("now claimed").certainty == "unconfirmed"
    assert claim("now claimed").source_kind == "named"


def test_claim_starts_after_live_blog_header():
    from sitroom.annotate import annotate_one
    from sitroom.ingest.updates import parse_updates
    from sitroom.model import Document

    text = "Troops moved north on Friday.\n\nUPDATE 05:37 CET: The president has still not reacted.\n"
    adoc = annotate_one(Document(id="u", text=text, updates=parse_updates(text, "2023-06-24")))
    texts = [c.text for c in claims_of(adoc)]
    assert texts == ["Troops moved north on Friday.", "The president has still not reacted."]


def test_statement_before_a_question_is_a_claim(annotated):
    adoc = annotated("Insiders say the talks collapsed. So what happens now?")
    (c,) = claims_of(adoc)
    assert c.text == "Insiders say the talks collapsed." and c.certainty == "reported"


def test_writer_first_person_is_the_author(annotated):
    (c,) = claims_of(annotated("As I write, channels are flooded with videos of the convoy."))
    assert c.source_kind == "author" and c.certainty == "asserted"


@pytest.mark.parametrize("text", [
    "Meanwhile, numerous people with contacts inside the capital's elite report paralysis.",
    "Officials with knowledge of the talks said the deal was close.",
])
def test_anonymous_sources(annotated, text):
    (c,) = claims_of(annotated(text))
    assert c.source_kind == "anonymous" and c.certainty == "reported"


def test_expletive_it_is_no_source(annotated):
    # "it" only holds the place of the extraposed "to believe ...": the writer says it
    adoc = annotated("Second, it would be the height of political cluelessness to believe "
                     "that voters will forgive him.")
    (c,) = extract_claims(adoc, (), extract_quotes(adoc, ()))
    assert (c.source_kind, c.source_text) == ("author", None)


def test_attributions_are_found_once_per_document(annotated):
    from sitroom.extract.quotes import find_attributions

    adoc = annotated("The minister said the army would hold the line.")
    assert find_attributions(adoc) is find_attributions(adoc)
    assert len(find_attributions(adoc)) == 1


def test_a_past_tense_read_as_a_participle_still_makes_a_claim(annotated):
    # the small model tags "deserted" VBN; with its subject it is a finite clause
    claims = claims_of(annotated("Three soldiers deserted on Monday."))
    assert [(c.certainty, c.source_kind) for c in claims] == [("asserted", "author")]
    assert claims_of(annotated("Troops seen near the border.")) == ()


@pytest.mark.parametrize("text, certainty, source", [
    ("The claim has been denied by the army.", "denied", "the army"),
    ("The strike was confirmed by the defence ministry.", "reported", "the defence ministry"),
    ("The town was attacked by rebels.", "asserted", None),
])
def test_a_passive_of_saying_names_its_source_by_its_agent(annotated, text, certainty, source):
    (c,) = claims_of(annotated(text))
    assert (c.certainty, c.source_text) == (certainty, source)
