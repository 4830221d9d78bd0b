"""Round 20, second wave (docs/judgements/events.md, "Round 20, second wave: rules from draw
AC"): the named modifier of an act noun that takes its victim that way ("the X shooting",
"the X hack") is no doer when the report names the same party a victim of force and never
its doer; the owner of such a noun with its own "by" agent is the one acted on. Sentences
written for these tests."""

from __future__ import annotations

from sitroom.extract import extract


def _events(annotated, text: str) -> list[tuple[str, str | None, str, str | None]]:
    adoc = annotated(text, "2024-05-02")
    return [(e.type, e.actor_text, e.trigger, e.recipient_text) for e in extract(adoc).events]


def test_the_victim_named_before_a_shooting_is_not_its_shooter(annotated):
    text = ("A police officer shot Daniel Okafor in the back in March. Protesters marched on "
            "Friday over the Okafor shooting and demanded charges.")
    assert not [e for e in _events(annotated, text) if e[2] == "shooting"]


def test_the_officer_named_before_a_shooting_stays_its_shooter(annotated):
    text = ("Officer Mark Tellan opened fire on a man in March. Protesters marched on Friday "
            "over the Tellan shooting and demanded charges.")
    assert ("ASSAULT", "Tellan", "shooting", None) in _events(annotated, text)


def test_a_party_struck_by_hackers_is_not_the_doer_of_its_hack(annotated):
    text = ("Hackers struck the Harbor Party in June. Officials met on Monday to discuss the "
            "Harbor Party hack, and the party accused a foreign agency.")
    events = _events(annotated, text)
    assert not [e for e in events if e[2] == "hack"]
    assert ("ASSAULT", "Hackers", "struck", "Harbor Party") in events


def test_the_owner_of_an_attack_by_someone_else_is_not_its_attacker(annotated):
    text = ("The trader said Omar Lenz's attack by a gang left him in hospital, and the police "
            "arrested two men.")
    assert not [e for e in _events(annotated, text) if e[1] == "Omar Lenz"]


def test_an_attack_named_after_its_doer_keeps_its_doer(annotated):
    text = ("The rebels attacked a convoy on Monday. Officials condemned the rebel attack on "
            "the convoy, and the army's attack on the rebels followed.")
    events = _events(annotated, text)
    assert ("ASSAULT", "rebels", "attacked", "convoy") in events
    assert ("ASSAULT", "army", "attack", "rebels") in events


def test_a_modifier_the_report_never_names_as_victim_stays_the_doer(annotated):
    text = "Protesters marched on Friday over the Okafor shooting and demanded charges."
    assert ("ASSAULT", "Okafor", "shooting", None) in _events(annotated, text)


def test_a_pronoun_in_a_states_claim_is_the_state_not_the_citing_office(annotated):
    text = ("On Monday, the Foreign Office cited an analysis that showed doubts about "
            "Norland's claim that it had tested a new missile.")
    events = _events(annotated, text)
    assert not [e for e in events if e[1] == "Foreign Office" and "tested" in e[2]]
    assert [e for e in events if e[1] == "Norland" and "tested" in e[2]]


def test_a_pronoun_that_does_not_agree_with_the_claims_owner_keeps_its_own_doer(annotated):
    from sitroom.extract.events_victims import claim_owner

    text = "Reporters doubted Maria Lund's claim that it had tested a missile."
    adoc = annotated(text, "2024-05-02")
    tested = adoc.token_at(text.index("tested"))
    it = adoc.token_at(text.index("it had"))
    assert claim_owner(adoc, tested, it) is None
    text2 = "Reporters doubted Norland's claim that it had tested a missile."
    adoc2 = annotated(text2, "2024-05-02")
    owner = claim_owner(adoc2, adoc2.token_at(text2.index("tested")),
                        adoc2.token_at(text2.index("it had")))
    assert owner == adoc2.token_at(text2.index("Norland"))


def test_the_owner_of_attacks_stays_their_doer_though_attacked_elsewhere(annotated):
    text = ("The senator attacked Mr. Dorran on Monday. She has often been the target of "
            "Mr. Dorran's Twitter attacks.")
    events = _events(annotated, text)
    assert [e for e in events if e[2] == "attacks" and e[1] and "Dorran" in e[1]]
