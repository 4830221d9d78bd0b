"""Round 17: actor resolution kept between links (sitroom.link.actors_delta). A pure addition
resolved against the kept state gives the full resolution of the whole list, and the state it
leaves is the one the full resolution leaves; every coupling a new report could have with old
decisions sends it to the full resolution. Names and reports here are made up."""

from __future__ import annotations

import json
import random

import pytest

from sitroom.link import actors_delta, blockcache
from sitroom.link.actors import _resolve, resolve_actors
from sitroom.link.actors_delta import Fallback, resolve_added, resolve_full
from sitroom.model import ActorMention, Extraction, PlaceMention


def _m(doc, start, text, name, kind, coref_of=None):
    return ActorMention(doc, start, start + len(text), 0, text, name, kind, coref_of=coref_of)


def _report(doc, *entities, country=None):
    """A report naming ``entities``: each (kind, first name, more mention texts chained to
    it); a mention's name is its text."""
    actors = []
    for kind, first, *more in entities:
        at = len(actors)
        actors.append(_m(doc, 10 * len(actors), first, first, kind))
        for text in more:
            actors.append(_m(doc, 10 * len(actors), text, text, kind, coref_of=at))
    places = (PlaceMention(doc, 500, 505, 0, "Town", "Town", country_code=country),) \
        if country else ()
    return Extraction(doc, actors=tuple(actors), places=places)


def _state_json(state):
    return json.loads(json.dumps(state.dump()))


def _added(old, new):
    """The pass over ``new`` against the state of ``old``: its answer, checked against the full
    resolution of the whole list (answer and state)."""
    _, state = resolve_full(old)
    got = resolve_added(state, new)
    want, want_state = resolve_full(old + new)
    ref = _resolve(old + new)
    assert (got.actors, got.mention_actor) == (want.actors, want.mention_actor)
    assert (want.actors, want.mention_actor) == (ref.actors, ref.mention_actor)
    assert _state_json(state) == _state_json(want_state)
    return got


def _falls_back(old, new, why):
    _, state = resolve_full(old)
    with pytest.raises(Fallback, match=why):
        resolve_added(state, new)


GIVEN = ["Anna", "Ole", "Tova", "Ines", "Maren", "Jonas"]
SURNAMES = ["Berg", "Lind", "Halvik", "Sorby"]
BODIES = [["Northwind Logistics", "Northwind"], ["Harbour Safety Board", "HSB"],
          ["Coastal Freight Union"], ["Kestrel Ferries", "Kestrel"], ["Defence Ministry"],
          ["Harbour Union"], ["Northwind Freight"], ["HSB"], ["Kestrel"]]


def _random_report(rng: random.Random, doc: str) -> Extraction:
    entities = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.55:
            given, sur = rng.choice(GIVEN), rng.choice(SURNAMES)
            first = rng.choice([f"{given} {sur}", sur, f"Mrs. {sur}", f"Mr. {sur}",
                                f"{given} {sur} Arrives"])
            more = rng.sample([sur, f"Mrs. {sur}", f"{given} {sur}"], rng.randint(0, 2))
            entities.append(("person", first, *more))
        else:
            names = rng.choice(BODIES)
            kind = rng.choice(["organisation", "organisation", "group", "state"])
            entities.append((kind, names[0], *names[1:rng.randint(1, len(names))]))
    return _report(doc, *entities, country=rng.choice([None, "NO", "SE"]))


def test_random_additions_through_the_kept_state_equal_the_full_resolution():
    fast = fell = 0
    for seed in range(60):
        rng = random.Random(seed)
        reports = [_random_report(rng, f"r{seed}-{i}") for i in range(rng.randint(4, 14))]
        cut = rng.randint(1, len(reports) - 1)
        old, new = reports[:cut], reports[cut:cut + rng.randint(1, 3)]
        try:
            _added(old, new)
            fast += 1
        except Fallback:
            fell += 1
    assert fast >= 10 and fell >= 10  # both paths taken by these reports


def test_an_addition_of_known_names_goes_through_the_kept_state():
    old = [_report("a", ("person", "Anna Berg", "Berg"), ("organisation", "Northwind Logistics")),
           _report("b", ("person", "Ole Lind"))]
    got = _added(old, [_report("c", ("person", "Anna Berg"), ("person", "Jonas Sorby"),
                               ("organisation", "Northwind Logistics"))])
    assert got.mention_actor[("c", 0)] == got.mention_actor[("a", 0)]
    assert got.mention_actor[("c", 2)] == got.mention_actor[("a", 2)]
    assert got.mention_actor[("c", 1)] not in {a["id"] for a in _resolve(old).actors}


# one report for each coupling with old decisions: each sends the addition to the full
# resolution (and the full resolution does change an old decision or might)

def test_a_new_full_name_of_a_surname_an_old_report_uses_alone_falls_back():
    old = [_report("a", ("person", "Berg"))]
    _falls_back(old, [_report("b", ("person", "Anna Berg"))], "surname an old entity bears")


def test_a_new_full_name_an_old_headline_run_on_begins_with_falls_back():
    old = [_report("a", ("person", "Anna Berg Arrives Home"))]
    _falls_back(old, [_report("b", ("person", "Anna Berg"))], "old run-on")


def test_a_new_full_name_an_old_body_is_named_by_falls_back():
    old = [_report("a", ("organisation", "Tova Lind"))]
    _falls_back(old, [_report("b", ("person", "Tova Lind"))], "old body is named by")


def test_a_new_entity_joining_two_old_actors_falls_back():
    old = [_report("a", ("person", "Anna Berg")), _report("b", ("person", "Ole Lind"))]
    _falls_back(old, [_report("c", ("person", "Anna Berg", "Ole Lind"))], "two old groups")


def test_a_new_honorific_gender_for_a_weighed_holder_falls_back():
    old = [_report("a", ("person", "Anna Berg")), _report("b", ("person", "Ole Berg")),
           _report("c", ("person", "Mrs. Berg"))]
    _falls_back(old, [_report("d", ("person", "Ole Berg", "Mrs. Berg"))], "honorific gender")


def test_a_new_bare_surname_use_for_a_weighed_holder_falls_back():
    old = [_report("a", ("person", "Anna Berg")), _report("b", ("person", "Ole Berg")),
           _report("c", ("person", "Berg"))]
    _falls_back(old, [_report("d", ("person", "Ole Berg", "Berg"))], "bare-surname use")


def test_a_new_country_for_a_body_old_reports_took_the_country_of_falls_back():
    old = [_report("a", ("organisation", "Defence Ministry"), country="NO"),
           _report("b", ("organisation", "Defence Ministry"))]
    _falls_back(old, [_report("c", ("organisation", "Defence Ministry"), country="SE")],
                "new country")
    # the country it already has: no doubt
    _added(old, [_report("c", ("organisation", "Defence Ministry"), country="NO")])


def test_a_new_body_named_by_an_old_short_form_falls_back():
    old = [_report("a", ("organisation", "Northwind Logistics", "Northwind"))]
    _falls_back(old, [_report("b", ("organisation", "Northwind"))], "old short form")


def test_a_new_user_of_an_old_short_form_falls_back():
    old = [_report("a", ("organisation", "Northwind Logistics", "Northwind"))]
    _falls_back(old, [_report("b", ("organisation", "Northwind Freight", "Northwind"))],
                "short form an old body uses")


def test_a_new_body_an_old_one_word_person_names_falls_back():
    old = [_report("a", ("person", "Kestrel"))]
    _falls_back(old, [_report("b", ("organisation", "Kestrel"))], "one-word person")


def test_new_initials_of_an_old_acronym_fall_back():
    old = [_report("a", ("organisation", "HSB"))]
    _falls_back(old, [_report("b", ("organisation", "Harbour Safety Board"))], "old acronym")


def test_a_new_body_longer_than_an_old_short_name_falls_back():
    old = [_report("a", ("organisation", "Kestrel"))]
    _falls_back(old, [_report("b", ("organisation", "Kestrel Ferries"))], "longer than an old")


def test_a_new_place_like_member_of_an_old_group_falls_back():
    old = [_report("a", ("organisation", "Harbour Union"))]
    _falls_back(old, [_report("b", ("group", "Harbour Union"))], "place-like")


def test_an_old_actor_whose_name_changes_falls_back():
    old = [_report("a", ("person", "Anna Berg"))]
    _falls_back(old, [_report("b", ("person", "Anna Maria Berg"))], "name changes")


def test_a_report_already_linked_falls_back():
    old = [_report("a", ("person", "Anna Berg"))]
    _falls_back(old, [_report("a", ("person", "Ole Lind"))], "already linked")


def _memo(stored):
    return blockcache.Memo(lambda keys: {k: stored[k] for k in keys if k in stored}, "t")


def test_the_link_keeps_the_state_and_a_pure_addition_reads_it(monkeypatch):
    old = [_report("a", ("person", "Anna Berg")), _report("b", ("organisation", "Kestrel"))]
    first = _memo({})
    with blockcache.memoising(first):
        resolve_actors(old)
    added = old + [_report("c", ("person", "Anna Berg"))]
    full = actors_delta.resolve_full
    calls = []
    monkeypatch.setattr(actors_delta, "resolve_full",  # the kept path's calls only
                        lambda exs, keep=True: (keep and calls.append(len(exs))) or full(exs, keep))
    second = _memo(dict(first.used))
    with blockcache.memoising(second):
        got = resolve_actors(added)
    assert calls == []  # read from the kept state, not resolved afresh
    ref = _resolve(added)
    assert (got.actors, got.mention_actor) == (ref.actors, ref.mention_actor)
    # the old list's state is not kept beside the new one
    assert sum(1 for v in second.used.values() if v.startswith('{"n":')) == 1
    # a report removed: the chain breaks, the full resolution
    with blockcache.memoising(_memo(dict(second.used))):
        got = resolve_actors([added[0], added[2]])
    assert calls == [2]
    ref = _resolve([added[0], added[2]])
    assert (got.actors, got.mention_actor) == (ref.actors, ref.mention_actor)


def test_without_a_memo_the_resolution_is_the_plain_one(monkeypatch):
    monkeypatch.setattr(actors_delta, "resolve_kept", lambda exs: pytest.fail("kept path"))
    res = resolve_actors([_report("a", ("person", "Anna Berg"))])
    assert [a["name"] for a in res.actors] == ["Anna Berg"]


def test_memo_keep_without_giving_back_stores_the_same_text():
    a, b = blockcache.Memo(), blockcache.Memo()
    assert a.keep("k", "x", {"n": [1, 2]}) == {"n": [1, 2]}
    assert b.keep("k", "x", {"n": [1, 2]}, give_back=False) is None
    assert a.used == b.used and a.misses == b.misses == 1


def test_a_report_re_extracted_in_the_middle_breaks_the_chain_and_gives_the_full_resolution(
        monkeypatch):
    old = [_report("a", ("person", "Anna Berg")), _report("b", ("person", "Berg")),
           _report("c", ("organisation", "Kestrel Union"))]
    first = _memo({})
    with blockcache.memoising(first):
        resolve_actors(old)
    # the same id, new text: "Berg" is now Ole Berg's, a full name of its own
    again = [old[0], _report("b", ("person", "Ole Berg"), ("person", "Berg")), old[2]]
    full = actors_delta.resolve_full
    calls = []
    monkeypatch.setattr(actors_delta, "resolve_full",
                        lambda exs, keep=True: (keep and calls.append(len(exs))) or full(exs, keep))
    with blockcache.memoising(_memo(dict(first.used))):
        got = resolve_actors(again)
    assert calls == [3]  # not read from the old list's state
    ref = _resolve(again)
    assert (got.actors, got.mention_actor) == (ref.actors, ref.mention_actor)
    assert "Ole Berg" in {a["name"] for a in got.actors}


def test_an_unchanged_list_is_served_from_the_kept_state_without_a_pass(monkeypatch):
    reps = [_report("a", ("person", "Anna Berg"), ("person", "Mrs. Berg")),
            _report("b", ("organisation", "Kestrel Union", "KU"))]
    first = _memo({})
    with blockcache.memoising(first):
        want = resolve_actors(reps)
    monkeypatch.setattr(actors_delta, "_Pass",
                        lambda *a, **k: pytest.fail("a pass over an unchanged list"))
    second = _memo(dict(first.used))
    with blockcache.memoising(second):
        got = resolve_actors(reps)
    assert (got.actors, got.mention_actor) == (want.actors, want.mention_actor)
    assert second.misses == 0 and second.hits >= 1
