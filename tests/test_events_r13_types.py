"""Round 13 (issue 15 items 1-2; docs/judgements/event_types.md): the PLOVER type of acts of
words, from the type-wrong events of the judged real-news draws; each rule beside the act of
force (or the refusal) that must keep its type. Hand-written sentences."""

from __future__ import annotations

from eventkit import events_of


def typed(annotated, text):
    return {e.trigger: (e.type, e.mode) for e in events_of(annotated, text)}


def test_an_attack_with_a_weapon_word_as_topic_is_words(annotated):
    got = typed(annotated, "The governor hit her rival on guns at the debate.")
    assert got.get("hit") == ("ACCUSE", "disapprove")


def test_attacks_on_a_record_are_criticism(annotated):
    got = typed(annotated, "Senator Mary Dunne stepped up her attacks on the mayor's record.")
    assert got.get("stepped up her attacks") == ("ACCUSE", "disapprove")
    got = typed(annotated, "The Dunne campaign's attacks on the mayor's fitness for office grew.")
    assert got.get("attacks") == ("ACCUSE", "disapprove")
    got = typed(annotated, "Rebels attacked the army base with rockets.")
    assert got.get("attacked", ("",))[0] == "ASSAULT"


def test_an_instrument_of_force_is_no_words(annotated):
    got = typed(annotated, "The girl attacked the man with acid on Monday.")
    assert got.get("attacked", ("",))[0] == "ASSAULT"
    got = typed(annotated, "The senator attacked the governor with a barrage of insults.")
    assert got.get("attacked") == ("ACCUSE", "disapprove")


def test_a_retort_between_named_people_is_words(annotated):
    got = typed(annotated, "Tom Brandt fired back at Ann Colby on Twitter.")
    assert got.get("fired") == ("ACCUSE", "disapprove")
    got = typed(annotated, "Soldiers fired back at the rebels near the border.")
    assert got.get("fired", ("",))[0] == "ASSAULT"


def test_calling_out_is_criticism_calling_out_troops_mobilises(annotated):
    got = typed(annotated, "The mayor called out the governor for his remarks.")
    assert got.get("called") == ("ACCUSE", "disapprove")
    got = typed(annotated, "The president called out the National Guard.")
    assert ("MOBILIZE", "troops") in got.values()


def test_a_claim_rejected_is_no_refusal(annotated):
    assert typed(annotated, "The minister rejected the allegation that he had lied.").get(
        "rejected") is None
    assert typed(annotated, "The spokesman rejected the notion that the party was divided.") == {}
    assert typed(annotated, "The mayor dismissed the report as false.") == {}
    got = typed(annotated, "The government rejected the rebels' offer of talks.")
    assert got.get("rejected", ("",))[0] == "REJECT"


def test_expelled_from_a_group_is_a_sanction(annotated):
    got = typed(annotated, "The party expelled the mayor from the talks.")
    assert got.get("expelled") == ("SANCTION", "expel")
    got = typed(annotated, "The government expelled the journalist from the country.")
    assert got.get("expelled", ("",))[0] == "COERCE"


def test_granted_immunity_is_a_concession(annotated):
    got = typed(annotated, "The prosecutor granted immunity to the aide.")
    assert got.get("granted immunity", ("",))[0] == "CONCEDE"
    got = typed(annotated, "The government granted aid to the flood victims.")
    assert got and all(t[0] != "CONCEDE" for t in got.values())


def test_a_deal_struck_or_cut_is_an_agreement(annotated):
    assert typed(annotated, "The senator cut a deal with the governor.").get("cut a deal") == (
        "AGREE", None)
    got = typed(annotated, "The agreement the senator struck with the governor collapsed.")
    assert got.get("struck", ("",))[0] == "AGREE"
    got = typed(annotated, "The army cut aid to the rebels.")
    assert got.get("cut aid", ("",))[0] == "SANCTION"
    assert typed(annotated, "Rebels struck the town on Monday.").get("struck", ("",))[0] == "ASSAULT"


def test_findings_brushed_off_are_no_refusal(annotated):
    got = typed(annotated, "The mayor brushed off the findings of the inquiry.")
    assert "brushed" not in got and all(t[0] != "REJECT" for t in got.values())


def test_one_named_person_targeting_another_is_words(annotated):
    got = typed(annotated, "Ann Colby targeted Tom Brandt in a speech on Monday.")
    assert got.get("targeted") == ("ACCUSE", "disapprove")
    got = typed(annotated, "Rebels targeted Governor Tom Brandt with a car bomb.")
    assert got.get("targeted", ("",))[0] == "ASSAULT"


def test_a_weapon_word_in_another_clause_or_as_a_modifier_is_no_weapon(annotated):
    got = typed(annotated, "The mayor attacked the governor over gun laws.")
    assert got.get("attacked") == ("ACCUSE", "disapprove")
    got = typed(annotated, "Rebels attacked the town with guns and rockets.")
    assert got.get("attacked", ("",))[0] == "ASSAULT"


def test_air_strikes_targeting_a_group_stay_force(annotated):
    got = typed(annotated, "US air strikes targeted Isis near the town.")
    assert got.get("targeted", ("",))[0] == "ASSAULT"


def test_protection_from_prosecution_granted_is_a_concession(annotated):
    got = typed(annotated, "The prosecutors granted protection from prosecution to the aide.")
    assert ("CONCEDE", None) in got.values()
    got = typed(annotated, "The government granted protection to the refugees.")
    assert got.get("granted", ("",))[0] == "AID"
