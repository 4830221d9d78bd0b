"""Events of one hand-written sentence or paragraph, for the event tests: the real small spaCy
pipeline (through the ``annotated`` fixture), the shipped actor and event extractors, dated
2023-06-24 and with no places or quotes; the two tests of a round's table of acts that stay or
go; and the learned event filter's features and label files."""

from __future__ import annotations

import pytest

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import extract_events, rule_candidates


def events_of(annotated, text):
    adoc = annotated(text, "2023-06-24")
    return extract_events(adoc, extract_actors(adoc), (), ())


def triggers(annotated, text):
    return [e.trigger for e in events_of(annotated, text)]


def rule_triggers(annotated, text):
    """The triggers of the rule candidates (before the learned filter's hook)."""
    adoc = annotated(text, "2023-06-24")
    return [c.event.trigger for c in rule_candidates(adoc, extract_actors(adoc), (), ())]


def stays_table(cases):
    """Parametrise a test over ``cases`` of (id, text, trigger, stays)."""
    return pytest.mark.parametrize(("text", "trigger", "stays"), [c[1:] for c in cases],
                                   ids=[c[0] for c in cases])


def assert_stays(annotated, text, trigger, stays):
    """The act of ``trigger`` is an event of the picture exactly when ``stays``."""
    found = triggers(annotated, text)
    assert (trigger in found) is stays, found


def stays_test(cases):
    """The test that each act of ``cases`` (id, text, trigger, stays) is an event of the picture
    exactly when it stays; a test module binds it to its test's name."""
    @stays_table(cases)
    def test_an_act_of_the_picture_or_not(annotated, text, trigger, stays):
        assert_stays(annotated, text, trigger, stays)
    return test_an_act_of_the_picture_or_not


def removed_test(cases, without_the_round, found=rule_triggers):
    """The test that each case of ``cases`` that must go is still an event (a trigger of
    ``found``) once ``without_the_round(monkeypatch)`` has switched the round's checks off."""
    removed = [c for c in cases if not c[3]]

    @pytest.mark.parametrize(("text", "trigger"), [c[1:3] for c in removed],
                             ids=[c[0] for c in removed])
    def test_each_removed_case_is_an_event_without_the_round(annotated, monkeypatch, text,
                                                             trigger):
        without_the_round(monkeypatch)
        assert trigger in found(annotated, text)
    return test_each_removed_case_is_an_event_without_the_round


def filter_features(annotated, text, etype):
    """The learned event filter's features of the one rule candidate of type ``etype`` in
    ``text`` (dated 2024-05-02)."""
    from sitroom.extract.events_filter import features

    adoc = annotated(text, "2024-05-02")
    actors = extract_actors(adoc)
    (c,) = [c for c in rule_candidates(adoc, actors, (), ()) if c.event.type == etype]
    return set(features(adoc, c, actors))


def assert_label_files_of_draws(files, samples):
    """``files`` (campaign news, FNC-1 bodies) are label files of the learned event filter
    holding rows of exactly ``samples``, each file's documents of its own corpus."""
    from sitroom.training.events import FNC1_SOURCES, SOURCES, label_file, read_labels

    news, bodies = files
    assert (news, "campaign") in SOURCES and (bodies, "other") in SOURCES
    assert bodies in FNC1_SOURCES
    pol, fnc = (read_labels(label_file(s)) for s in files)
    assert {r["sample"] for r in pol + fnc} == set(samples)
    assert all(r["article"].startswith("fnc1-") for r in fnc)
    assert not any(r["article"].startswith("fnc1-") for r in pol)
    assert all(r["start"] < r["end"] and r["label"] in ("R", "P", "W") for r in pol + fnc)


def assert_labelled_only_in(files):
    """No document labelled in ``files`` is labelled in another label file (and some are)."""
    from sitroom.training.events import SOURCES, label_file, read_labels

    mine = {r["article"] for s in files for r in read_labels(label_file(s))}
    other = {r["article"] for src, _ in SOURCES if src not in files
             for r in read_labels(label_file(src))}
    assert mine and not mine & other


def samples_of_a_table(tmp_path, draws):
    """The samples of the label rows read from a judgement file with one row under a heading
    "Untouched draw X" for each of ``draws``."""
    from sitroom.training.events import _table_rows

    row = ("| 1 | paper_2016-03-04_a-march | 30-36 | COERCE | police | seized | crowd | asserted "
           "| R | an act |")
    md = tmp_path / "events.md"
    md.write_text("\n\n".join(f"## Untouched draw {d}\n\n{row}" for d in draws) + "\n",
                  encoding="utf-8")
    return [s for s, _ in _table_rows(md, r"## Sample ([A-Z]+\d?)\b")]
