"""Issue 15 (sixth increment): a figure's scope is decided per figure; overtaken statements
await an act of their cue's subject, not a held plan, and a restated aim does not overtake."""

from __future__ import annotations

from sitroom.link import agreement as ag
from sitroom.link.disputes import (
    Statement, demonym_sites, figure_scope, figures_clash, quantities)


def stmt(text: str, sites=(), scope=()) -> Statement:
    return Statement("d", 0, 0, len(text), text, "o", None, None, None, frozenset(),
                     frozenset(), frozenset(), frozenset(), frozenset(),
                     scope=frozenset(scope), sites=tuple(sites))


PARTS = "The bombings killed 247 people in Kenya and 10 in Tanzania."
WHOLE = "Officials said 257 people were killed in Kenya and Tanzania."


def test_each_figure_of_a_sentence_has_the_country_named_after_it():
    s = stmt(PARTS, [(PARTS.index("Kenya"), "KE"), (PARTS.index("Tanzania"), "TZ")],
             {"KE", "TZ"})
    (q,) = [q for q in quantities(PARTS) if q.text.startswith("247")]
    assert figure_scope(s, q) == frozenset({"KE"})


def test_a_part_is_not_compared_with_the_whole():
    a = stmt(PARTS, [(PARTS.index("Kenya"), "KE"), (PARTS.index("Tanzania"), "TZ")],
             {"KE", "TZ"})
    b = stmt(WHOLE, [(WHOLE.index("Kenya"), "KE"), (WHOLE.index("Tanzania"), "TZ")],
             {"KE", "TZ"})
    assert figures_clash(a, b, "dead") is None


def test_figures_of_the_same_scope_still_clash():
    a = stmt("Ten people were killed in the quake.")
    b = stmt("Three people were killed in the quake.")
    (x, y) = figures_clash(a, b, "dead")
    assert (x.text, y.text) == ("Ten", "Three")


def test_a_glimpse_of_a_few_is_no_count():
    a = stmt("Ten people were killed and about 50 hurt.")
    b = stmt("Video showed a few injured being taken to hospitals.")
    assert figures_clash(a, b, "injured") is None


def test_adjectives_of_countries_before_plural_sites_set_the_scope():
    text = "Bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals."
    codes = {"Kenyan": "KE", "Tanzanian": "TZ"}
    assert [cc for _, cc in demonym_sites(text, codes.get)] == ["KE", "TZ"]
    assert demonym_sites("He spoke in the Senate.", codes.get) == []


def later(summary: str, actor: str = "a1", verbal: bool = True) -> ag.Later:
    return ag.Later("r", actor, verbal, "", None, 2e9, "d2", summary)


def test_a_plan_held_awaits_no_act():
    text = "Clinton, Sanders and O'Malley all have fairly expansive plans to address climate change."
    assert ag.overtaking(text, {"a1"}, 1e9, [later("We must address climate change now.")]) is None
    text = "Clinton announced her plan to support autistic adults."
    assert ag.overtaking(text, {"a1"}, 1e9, [later("She will support autistic adults.")]) is None


def test_the_awaited_verb_as_an_aim_again_does_not_overtake():
    text = "The senator has not yet responded to the governor's veto."
    found = ag.overtaking(text, {"a1"}, 1e9, [later("He declined to respond to the veto.")])
    assert found is None
    found = ag.overtaking(text, {"a1"}, 1e9, [later("The governor's veto was a mistake, he said.")])
    assert found is not None and found.summary.startswith("The governor")


def test_a_title_is_met_only_by_the_same_name():
    text = 'The senator is scheduled to appear on "The View" on Monday.'
    assert ag.overtaking(text, {"a1"}, 1e9, [later("In my view, we must act.")]) is None
    assert ag.overtaking(text, {"a1"}, 1e9, [later('On "The View" he said we must act.')])


def test_a_denial_contradicts_only_a_sentence_telling_of_the_denied_act():
    from sitroom.link.disputes import denied_act, denies

    d = "The militia denies claims that they have beheaded the young fighter 'Rehana'."
    assert denied_act(d) == "behead"
    assert not denies(d, "The young fighter Rehana became a celebrity after a poster of her.")
    assert denies(d, "Militants beheaded the young fighter Rehana.")
    assert denied_act("The doctor denies taking a selfie during the surgery.") == "selfi"


def _mentions(text: str, names: list[str]):
    from sitroom.model import ActorMention, Extraction

    ms, at = [], 0
    for n in names:
        k = text.index(n, at)
        at = k + len(n)
        ms.append(ActorMention("d", k, at, 0, n, n, "person"))
    return Extraction(doc="d", actors=tuple(ms), sentences=((0, len(text)),))


def test_the_cue_subject_is_the_actor_before_the_cue_with_those_listed_with_it():
    from sitroom.link.picture_relations import _cue_subject

    text = "Gomez said Clinton, Sanders and Ortiz have still not replied to the letter."
    ex = _mentions(text, ["Gomez", "Clinton", "Sanders", "Ortiz"])
    ids = {("d", i): f"a{i}" for i in range(4)}
    ev = {"doc": "d", "start": 0, "end": len(text), "sent": 0, "text": text}
    assert _cue_subject(ex, ev, ids) == {"a1", "a2", "a3"}
    text = "The governor has not yet responded, Gomez said."
    ex = _mentions(text, ["Gomez"])
    ev = {"doc": "d", "start": 0, "end": len(text), "sent": 0, "text": text}
    assert _cue_subject(ex, ev, {("d", 0): "a0"}) == set()


class _Clock:
    def outlet(self, doc: str) -> str:
        return "outlet-" + doc


def test_figure_links_of_two_texts_are_decided_again_with_their_context():
    from dataclasses import replace

    from sitroom.link.disputes import _recheck_figures

    ten = replace(stmt("Ten people were killed in the quake."), doc="a")
    three = replace(stmt("Three people were killed in the quake."), doc="b")
    it = replace(stmt("It killed 612 people."), doc="c", background=frozenset({"february"}))
    ev = {"id": "ev1", "evidence": [{"doc": "a", "sent": 0, "start": 0},
                                    {"doc": "b", "sent": 0, "start": 0}]}
    claim = {"id": "cl1", "disputed": True, "outlets": {"outlet-a": "contradicts"},
             "evidence": [{"doc": "c", "sent": 0, "start": 0}]}
    newer = {"kind": "supersedes", "from": "ev1", "to": "ev1", "from_doc": "b", "to_doc": "a",
             "reason": "newer figure (dead)"}
    stale = {"kind": "contradicts", "from": "a", "to": "cl1", "reason": "number",
             "evidence": [{"doc": "c", "sent": 0, "start": 0}, {"doc": "a", "sent": 0, "start": 0}]}
    links = [newer, stale]
    _recheck_figures(links, [ten, three, it], {"ev1": ev, "cl1": claim}, _Clock())
    assert links == [newer]
    assert claim["disputed"] is False and claim["outlets"] == {"outlet-a": "corroborates"}
