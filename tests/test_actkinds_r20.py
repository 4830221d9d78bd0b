"""Round 20 (E24): one kind per entity. Within a report a one-word name the report shows to be
a person's is a person in all its mentions and one entity; across reports the kept
(incremental) resolution gives the full one's answer in any order, and a one-word person named
as a place never joins the state. Names and sentences are made up."""

from __future__ import annotations

import pytest

from sitroom.extract.actor_base import Cand
from sitroom.extract.actor_kinds import one_kind_per_name
from sitroom.link.actors import _resolve
from sitroom.link.actors_delta import Fallback, resolve_added, resolve_full
from sitroom.model import ActorMention, Extraction


def _at(adoc, word, nth=0):
    """The token index of the ``nth`` token written ``word``."""
    return [t.i for t in adoc.tokens if t.text == word][nth]


def _name(adoc, i, kind, **kw):
    return Cand(i, i + 1, i, kind, adoc.tokens[i].text, **kw)


def _pronoun(adoc, i, kind, of):
    return Cand(i, i + 1, i, kind, adoc.tokens[i].text, pronoun=True, coref_of=of)


def test_an_appositive_persons_noun_makes_the_name_a_person_in_all_its_mentions(annotated):
    adoc = annotated("Mirela, a fighter in the border brigade, was captured on Monday. "
                     "Reports said Mirela escaped to the coast.")
    cands = [_name(adoc, 0, "organisation"), _name(adoc, _at(adoc, "Mirela", 1), "state")]
    one_kind_per_name(adoc, cands)
    assert [c.kind for c in cands] == ["person", "person"]
    assert cands[1].coref_of == 0  # one entity


def test_a_she_chain_of_the_person_makes_the_bodys_mention_hers(annotated):
    adoc = annotated("Mirela said she would stay in the town. Crowds cheered Mirela in the square.")
    cands = [_name(adoc, 0, "person"), _pronoun(adoc, _at(adoc, "she"), "person", 0),
             _name(adoc, _at(adoc, "Mirela", 1), "organisation")]
    one_kind_per_name(adoc, cands)
    assert cands[2].kind == "person" and cands[2].coref_of == 0


def test_a_persons_noun_right_before_the_name_is_person_evidence(annotated):
    adoc = annotated("Photos of the fighter Mirela were shared widely. Mirela has not been seen.")
    cands = [_name(adoc, _at(adoc, "Mirela"), "organisation"),
             _name(adoc, _at(adoc, "Mirela", 1), "state")]
    one_kind_per_name(adoc, cands)
    assert [c.kind for c in cands] == ["person", "person"]


def test_a_they_chained_to_the_name_is_left_unresolved_once_she_is_a_person(annotated):
    adoc = annotated("Mirela, a fighter in the border brigade, was captured on Monday. "
                     "A friend lost Mirela as they crossed the river.")
    later = _at(adoc, "Mirela", 1)
    cands = [_name(adoc, 0, "person", role="fighter in the border brigade"),
             _name(adoc, later, "organisation"),
             _pronoun(adoc, _at(adoc, "they"), "organisation", 1)]
    one_kind_per_name(adoc, cands)
    assert cands[1].kind == "person"
    assert cands[2].coref_of is None and cands[2].kind == "unknown"


def test_a_place_of_the_gazetteer_keeps_its_kinds(annotated):
    adoc = annotated("Georgia, a fighter in the border brigade, was captured on Monday. "
                     "Reports said Georgia closed the border.")
    cands = [_name(adoc, 0, "person"), _name(adoc, _at(adoc, "Georgia", 1), "state")]
    one_kind_per_name(adoc, cands)
    assert cands[1].kind == "state" and cands[1].coref_of is None


def test_a_name_with_no_person_evidence_keeps_its_kinds(annotated):
    adoc = annotated("Mirela opened a shop in the port. Later Mirela hired ten more workers.")
    cands = [_name(adoc, 0, "person"), _name(adoc, _at(adoc, "Mirela", 1), "organisation")]
    one_kind_per_name(adoc, cands)
    assert cands[1].kind == "organisation" and cands[1].coref_of is None


def test_as_much_body_evidence_as_person_evidence_keeps_the_kinds(annotated):
    adoc = annotated("Mirela, a company in the port, hired more staff. "
                     "The fighter Mirela was seen in the town.")
    cands = [_name(adoc, 0, "organisation"), _name(adoc, _at(adoc, "Mirela", 1), "organisation")]
    one_kind_per_name(adoc, cands)
    assert [c.kind for c in cands] == ["organisation", "organisation"]


# across reports: hand-written extractions (a mention's name is its text)

def _m(doc, start, text, kind, coref_of=None):
    return ActorMention(doc, start, start + len(text), 0, text, text, kind, coref_of=coref_of)


def _report(doc, kind, name, *more):
    actors = [_m(doc, 0, name, kind)]
    actors += [_m(doc, 10 * (k + 1), t, kind, coref_of=0) for k, t in enumerate(more)]
    return Extraction(doc, actors=tuple(actors))


def _same_either_way(old, new):
    """The full resolution of ``old + new``, checked against the kept state's pass over ``new``
    (when it does not fall back) and against the plain resolution."""
    want, want_state = resolve_full(old + new)
    ref = _resolve(old + new)
    assert (want.actors, want.mention_actor) == (ref.actors, ref.mention_actor)
    _, state = resolve_full(old)
    try:
        got = resolve_added(state, new)
    except Fallback:
        return want
    assert (got.actors, got.mention_actor) == (want.actors, want.mention_actor)
    assert state.dump() == want_state.dump()
    return want


MIRELA = [_report("a", "state", "Mirela"), _report("b", "person", "Mirela", "she", "her"),
          _report("c", "organisation", "Mirela"), _report("d", "person", "Mirela", "she")]


@pytest.mark.parametrize("order", [[0, 1, 2, 3], [3, 2, 1, 0], [1, 0, 3, 2], [2, 3, 0, 1]])
@pytest.mark.parametrize("cut", [1, 2, 3])
def test_a_one_word_name_of_two_kinds_resolves_the_same_kept_or_full_in_any_order(order, cut):
    reports = [MIRELA[k] for k in order]
    res = _same_either_way(reports[:cut], reports[cut:])
    assert {res.mention_actor[(r.doc, 0)] for r in reports}  # every report's name resolved


@pytest.mark.parametrize("cut", [1])
@pytest.mark.parametrize("first", ["state", "person"])
def test_a_one_word_person_named_as_a_place_never_joins_the_state(first, cut):
    state = _report("a", "state", "Georgia")
    person = _report("b", "person", "Georgia", "she")
    reports = [state, person] if first == "state" else [person, state]
    res = _same_either_way(reports[:cut], reports[cut:])
    assert res.mention_actor[("a", 0)] != res.mention_actor[("b", 0)]
