"""Round 18 fixes of the extract review: one home for each word table (the actor filters, the
coreference words), the thresholds of the event views and of place resolution read from data,
the claims of the agreement stage in a module of their own (still exported by
``link.agreement``), a "while" of a stretch of time ("while he lived in X") that is no
contrast, and a person tagged as one who stays an actor as the possessor of a place noun
("Sherman's district") even when a town bears the name. Sentences are made up; parses are
hand-built (tests/parsekit.py)."""

from __future__ import annotations

import json
from importlib import resources

from parsekit import index, parse
from sitroom import lexicon
from sitroom.extract import (actor_coref_holders, actor_coref_pairs, actor_labels,
                             actor_labels_products, actor_labels_words, actor_labels_works,
                             events_views, places_document, places_resolve)
from sitroom.extract.actor_base import SUBJECT_DEPS
from sitroom.extract.actor_filter_words import filter_words
from sitroom.extract.actor_nominals_words import COREF_WORDS
from sitroom.extract.actor_places import acts
from sitroom.extract.time_clause import contrast_clause
from sitroom.link import agreement, agreement_claims
from test_dates_r18 import SERVED_WHILE_DONATED  # "... served on the board, while his wife donated ..."

# ------------------------------------------------------------------ one home per word table


def test_the_label_modules_read_the_one_table_of_the_actor_filters():
    for module in (actor_labels, actor_labels_products, actor_labels_words, actor_labels_works):
        assert module._F is filter_words(), module.__name__
        assert not hasattr(module, "_SUBJECTS"), module.__name__
        assert module.SUBJECT_DEPS is SUBJECT_DEPS, module.__name__


def test_the_coreference_modules_read_the_one_table_of_the_coreference_words():
    for module in (actor_coref_holders, actor_coref_pairs):
        assert module.COREF_WORDS is COREF_WORDS, module.__name__
        assert not hasattr(module, "_CW"), module.__name__
    assert actor_coref_pairs.PAIR_COUNTS == frozenset(COREF_WORDS["pair_counts"])


# ------------------------------------------------------------------ thresholds in data


def test_the_thresholds_of_views_and_places_are_those_of_their_data_files():
    raw = json.loads((resources.files("sitroom") / "data" / "event_views.json")
                     .read_text(encoding="utf-8"))
    assert events_views.HOME_NAMES == raw["home_names"] == 2
    assert "home_names" not in events_views.views()  # a number, no word class
    assert places_document._DIVISION_NEAR_CHARS == lexicon.table(
        "places", "document_thresholds")["division_near_chars"] == 300
    assert places_resolve._INITIALS_KINDS == frozenset(
        {"country", "admin1", "region", "continent"})


# ------------------------------------------------------------------ the claims module


def test_the_claim_names_are_still_exported_by_the_agreement_module():
    for name in ("claim_features", "_claim_features", "_texts_key", "match_claims", "denial",
                 "stale", "stale_cue", "MIN_SHARED", "MAX_DF", "OVERLAP", "DENY_OVERLAP",
                 "DISCUSS_OVERLAP", "_claim_stems"):
        assert getattr(agreement, name) is getattr(agreement_claims, name), name


def test_two_reports_saying_the_same_thing_agree_and_a_denial_denies():
    said = "The port authority closed the northern harbour to tankers after the storm damage"
    claims = [{"doc": "a", "id": "c1", "polarity": "positive", "text": said + "."},
              {"doc": "b", "id": "c2", "polarity": "positive", "text": said + " on Monday."},
              {"doc": "a", "id": "c3", "polarity": "positive",
               "text": "The port authority opened a new ferry line to the islands."}]
    assert agreement.match_claims(claims) == [(0, 1, "agrees")]


# ------------------------------------------------------------------ "while" of a stretch

# "While he lived in Lisbon, he wrote three novels."
WHILE_LIVED_WROTE = """
    While   while   SCONJ IN   mark   lived
    he      he      PRON  PRP  nsubj  lived
    lived   live    VERB  VBD  advcl  wrote
    in      in      ADP   IN   prep   lived
    Lisbon  Lisbon  PROPN NNP  pobj   in
    ,       ,       PUNCT ,    punct  wrote
    he      he      PRON  PRP  nsubj  wrote
    wrote   write   VERB  VBD  ROOT   -
    three   three   NUM   CD   nummod novels
    novels  novel   NOUN  NNS  dobj   wrote
    .       .       PUNCT .    punct  wrote
"""


def test_a_while_of_a_stretch_of_time_in_the_simple_past_is_no_contrast():
    adoc = parse(WHILE_LIVED_WROTE)
    assert not contrast_clause(adoc, index(adoc, "lived"))


def test_a_while_of_an_act_in_the_simple_past_is_still_a_contrast():
    adoc = parse(SERVED_WHILE_DONATED)
    assert contrast_clause(adoc, index(adoc, "donated"))


# ------------------------------------------------------------------ a person's district

# "The group ran an ad in Sherman's district." ("Sherman", a town of the gazetteer)
AD_IN_DISTRICT = """
    The       the       DET   DT   det    group
    group     group     NOUN  NN   nsubj  ran
    ran       run       VERB  VBD  ROOT   -
    an        an        DET   DT   det    ad
    ad        ad        NOUN  NN   dobj   ran
    in        in        ADP   IN   prep   ran
    Sherman   Sherman   PROPN NNP  poss   district  {tag}
    's        's        PART  POS  case   Sherman
    district  district  NOUN  NN   pobj   in
    .         .         PUNCT .    punct  ran
"""


def test_a_person_tagged_as_one_acts_as_the_possessor_of_a_district():
    adoc = parse(AD_IN_DISTRICT.format(tag="B-PERSON"))
    assert acts(adoc, index(adoc, "Sherman"))


def test_a_town_tagged_as_a_place_does_not_act_as_the_possessor_of_its_district():
    adoc = parse(AD_IN_DISTRICT.format(tag="B-GPE"))
    assert not acts(adoc, index(adoc, "Sherman"))
