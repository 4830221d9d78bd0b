"""Round 18, second part: the rules comparing every sentence of a story (denials without a
denial verb, persons' states, propositions denied in other words) read each report's sentences
once, kept in the part memo, and keep each story's pairs; an addition reads only the new
report's sentences. Each path gives what the plain functions give, and each fallback runs."""

from __future__ import annotations

import json
import random

import pytest

from sitroom.link import blockcache
from sitroom.link import disputes_story_memo as dsm
from sitroom.link.disputes_conditions import condition_outcomes
from sitroom.link.disputes_negations import negation_outcomes
from sitroom.link.disputes_propositions import proposition_outcomes
from sitroom.link.disputes_reads import from_json, read_report, to_json
from sitroom.link.picture_relations import _Clock
from sitroom.model import Extraction

# made-up names and words; each list a slot of a sentence
_WHO = ["The Harlow council", "The Brenmoor rangers", "Tamsin Orrell", "The Quillan ministry"]
_WHAT = ["the northern ferry pier", "the Harlow grain depot", "the river lock at Brenmoor",
         "the growers over the levy"]
_SENTENCES = [
    "{who} closed {what} on Monday.",
    "{who} has not closed {what}.",
    "{who} did not threaten {what}.",
    "{who} threatened {what} last week.",
    "No threats were made to {what}, {who} said.",
    "{who} denies it threatened {what}.",
    "A bogus story claims {who} closed {what}.",
    "The driver was not injured when {who} closed {what}.",
    "The driver was killed when {who} closed {what}.",
    "Tamsin Orrell is alive, her brother said.",
    "Tamsin Orrell was killed in the flood at {what}.",
    "If {who} closed {what}, the growers would leave.",
    "{who} lost {what} to the flood.",
    "{who} has not lost {what}.",
    "The reports that {who} closed {what} are false.",
    "Crews cleared the road near {what}.",
]


def _report(rnd: random.Random, doc: str) -> tuple[Extraction, str]:
    parts = [rnd.choice(_SENTENCES).format(who=rnd.choice(_WHO), what=rnd.choice(_WHAT))
             for _ in range(rnd.randrange(1, 6))]
    text, bounds = "", []
    for p in parts:
        bounds.append((len(text), len(text) + len(p)))
        text += p + " "
    return Extraction(doc, sentences=tuple(bounds)), text


def _corpus(seed: int, n: int, stories: int = 2):
    rnd = random.Random(seed)
    exs, texts, rows, story_of = [], {}, [], {}
    for i in range(n):
        ex, text = _report(rnd, f"d{i}")
        exs.append(ex)
        texts[ex.doc] = text
        rows.append({"id": ex.doc, "outlet": rnd.choice(["Wire A", "Wire B", "Wire C"]),
                     "published": f"2026-05-0{1 + rnd.randrange(2)}T1{rnd.randrange(10)}:00:00Z"})
        if rnd.random() < 0.9:
            story_of[ex.doc] = f"story:{rnd.randrange(stories)}"
    return exs, texts, _Clock(rows, {}), story_of


def _plain(exs, texts, clock, story_of):
    return (list(negation_outcomes(exs, texts, clock, story_of)),
            list(condition_outcomes(exs, texts, clock, story_of)),
            list(proposition_outcomes(exs, texts, clock, story_of)))


def _reader(m: blockcache.Memo):
    return blockcache.Memo(lambda ks: {k: m.used[k] for k in ks if k in m.used}, m.salt)


def _kept(m: blockcache.Memo, exs, texts, clock, story_of):
    with blockcache.memoising(m):
        return dsm.story_outcomes(exs, texts, clock, story_of)


def memo_links_per_seed(seeds=range(6)):
    """For each seed, the plain story links of a generated corpus after reports added one at a
    time (26 to 30 after a first 25), asserting at each step that the memo path gives the same."""
    out = []
    for seed in seeds:
        exs, texts, clock, story_of = _corpus(seed, 30)
        last = blockcache.Memo(salt="v")
        assert _kept(last, exs[:25], texts, clock, story_of) == _plain(
            exs[:25], texts, clock, story_of)
        for k in range(26, 31):  # one report added at a time
            m = _reader(last)
            plain = _plain(exs[:k], texts, clock, story_of)
            assert _kept(m, exs[:k], texts, clock, story_of) == plain
            last = m
        out.append(plain)
    return out


def test_kept_outcomes_are_the_plain_ones_computed_read_and_appended():
    met = [0, 0, 0]
    for seed in range(12):
        exs, texts, clock, story_of = _corpus(seed, 40)
        last = blockcache.Memo(salt="v")
        assert _kept(last, exs[:30], texts, clock, story_of) == _plain(exs[:30], texts, clock,
                                                                       story_of)
        for k in range(31, 41):  # one report added at a time, each link reading the last
            m = _reader(last)
            plain = _plain(exs[:k], texts, clock, story_of)
            assert _kept(m, exs[:k], texts, clock, story_of) == plain
            assert m.misses <= 2  # the new report's reads and its story's pairs
            met = [x + len(p) for x, p in zip(met, plain)]
            last = m
        again = _reader(last)
        assert _kept(again, exs, texts, clock, story_of) == _plain(exs, texts, clock, story_of)
        assert again.misses == 0  # all read
    assert all(met)  # each rule made outcomes


def test_two_reports_added_at_once_and_a_report_moved_to_another_story():
    exs, texts, clock, story_of = _corpus(3, 40)
    first = blockcache.Memo(salt="v")
    _kept(first, exs[:35], texts, clock, story_of)
    m = _reader(first)
    assert _kept(m, exs[:37], texts, clock, story_of) == _plain(exs[:37], texts, clock, story_of)
    moved = dict(story_of, **{exs[2].doc: "story:9"})
    m2 = _reader(m)
    assert _kept(m2, exs[:37], texts, clock, moved) == _plain(exs[:37], texts, clock, moved)


@pytest.mark.parametrize("sentence, kind", [
    ("The Harlow council has not closed the northern ferry pier.", "n"),
    ("A bogus story claims the Harlow council closed the northern ferry pier.", "n"),
    ("The driver was not injured in the crash at the pier.", "c"),
    ("Tamsin Orrell is alive, her brother said.", "c"),
    ("The Quillan ministry denies it threatened the growers over the levy.", "p"),
    ("No threats were made to the growers over the levy, the ministry said.", "p"),
    ("The Quillan ministry did not threaten the growers over the levy.", "p"),
])
def test_a_sentence_of_each_kind_is_read_and_kept_as_read(sentence, kind):
    ex, text = Extraction("a", sentences=((0, len(sentence)),)), sentence
    r = read_report(ex, text)
    found = {"n": r.negated, "c": r.conditions, "p": r.propositions}[kind]
    assert [si for si, _ in found] == [0]
    assert from_json(json.loads(json.dumps(to_json(r))), 1) == r


def test_a_plain_assertion_and_a_belief_are_read_as_no_denial():
    text = "The Harlow council closed the pier. Growers believed the council closed the pier."
    ex = Extraction("a", sentences=((0, 35), (36, len(text))))
    r = read_report(ex, text)
    assert not (r.negated or r.conditions or r.propositions)
    assert r.unasserted == frozenset({1}) and not r.quoting


@pytest.mark.parametrize("denial, assertion, kind", [
    ("The Harlow council has not closed the northern ferry pier.",
     "The Harlow council closed the northern ferry pier on Monday.", 0),
    ("The driver was not injured in the crash at the Harlow pier.",
     "The driver was killed in the crash at the Harlow pier.", 1),
    ("The Quillan ministry denies it threatened the growers over the levy.",
     "Officials threatened the growers over the levy, the growers said.", 2),
])
def test_a_pair_of_each_kind_is_kept_and_read_back(denial, assertion, kind):
    exs = [Extraction("a", sentences=((0, len(denial)),)),
           Extraction("b", sentences=((0, len(assertion)),))]
    texts = {"a": denial, "b": assertion}
    clock = _Clock([{"id": d, "outlet": o, "published": "2026-05-01T10:00:00Z"}
                    for d, o in (("a", "Wire A"), ("b", "Wire B"))], {})
    stories = {"a": "story:x", "b": "story:x"}
    plain = _plain(exs, texts, clock, stories)
    assert len(plain[kind]) == 1
    first = blockcache.Memo(salt="v")
    assert _kept(first, exs[:1], texts, clock, stories) == _plain(exs[:1], texts, clock, stories)
    m = _reader(first)
    assert _kept(m, exs, texts, clock, stories) == plain  # the pair judged with the new report
    again = _reader(m)
    assert _kept(again, exs, texts, clock, stories) == plain and again.misses == 0


def test_a_new_act_prefix_inside_an_old_sentence_judges_it_again():
    # "los" of a new denial inside "closed" of an old sentence: the old sentence is searched
    # again with the story's new pattern
    texts = {"a": "The Brenmoor rangers have not closed the northern ferry pier.",
             "b": "The Brenmoor rangers closed the northern ferry pier and lost the boat.",
             "c": "The Brenmoor rangers have not lost the northern ferry pier boat."}
    exs = [Extraction(d, sentences=((0, len(t)),)) for d, t in texts.items()]
    clock = _Clock([{"id": d, "outlet": d, "published": "2026-05-01T10:00:00Z"}
                    for d in texts], {})
    stories = dict.fromkeys(texts, "story:x")
    first = blockcache.Memo(salt="v")
    _kept(first, exs[:2], texts, clock, stories)
    m = _reader(first)
    assert _kept(m, exs, texts, clock, stories) == _plain(exs, texts, clock, stories)


def test_reads_missing_or_of_another_shape_are_read_afresh():
    exs, texts, clock, story_of = _corpus(5, 30)
    first = blockcache.Memo(salt="v")
    _kept(first, exs, texts, clock, story_of)
    plain = _plain(exs, texts, clock, story_of)
    reads = [k for k in first.used if json.loads(first.used[k]).__class__ is dict
             and "q" in json.loads(first.used[k])]
    assert len(reads) == sum(1 for ex in exs if ex.doc in story_of)
    broken = dict(first.used)
    del broken[reads[0]]  # missing
    broken[reads[1]] = json.dumps({"n": [[99, [], [], "x"]], "c": [], "p": [], "x": [],
                                   "q": False})  # names a sentence the report has not
    broken[reads[2]] = json.dumps([1, 2])  # another shape
    m = blockcache.Memo(lambda ks: {k: broken[k] for k in ks if k in broken}, "v")
    assert _kept(m, exs, texts, clock, story_of) == plain
    assert json.loads(m.used[reads[1]]) == json.loads(first.used[reads[1]])  # written afresh
    assert json.loads(m.used[reads[2]]) == json.loads(first.used[reads[2]])


def test_story_pairs_missing_or_of_another_shape_are_judged_afresh(monkeypatch):
    exs, texts, clock, story_of = _corpus(7, 40)
    first = blockcache.Memo(salt="v")
    _kept(first, exs, texts, clock, story_of)
    plain = _plain(exs, texts, clock, story_of)
    pairs = [k for k in first.used if "k" in json.loads(first.used[k])]
    assert len(pairs) == 2
    judged: list[int] = []
    judge = dsm._judge
    monkeypatch.setattr(dsm, "_judge", lambda st, old, kept: judged.append(old) or judge(
        st, old, kept))
    for bad in (None, json.dumps({"k": 1, "n": [], "c": [], "p": []}),
                json.dumps({"k": 10 ** 6, "n": [[0, 0, 10 ** 6, 0]], "c": [], "p": []}),
                json.dumps(["n"])):
        broken = dict(first.used)
        if bad is None:
            del broken[pairs[0]]
        else:
            broken[pairs[0]] = bad
        judged.clear()
        m = blockcache.Memo(lambda ks, b=broken: {k: b[k] for k in ks if k in b}, "v")
        assert _kept(m, exs, texts, clock, story_of) == plain
        assert judged == [0]  # that story judged whole, the other read


def test_no_kept_prefix_judges_the_story_whole(monkeypatch):
    exs, texts, clock, story_of = _corpus(8, 40)
    first = blockcache.Memo(salt="v")
    _kept(first, exs[:39], texts, clock, story_of)
    judged: list[int] = []
    judge = dsm._judge
    monkeypatch.setattr(dsm, "_judge", lambda st, old, kept: judged.append(
        old if kept is not None else -1) or judge(st, old, kept))
    m = _reader(first)
    _kept(m, exs, texts, clock, story_of)
    assert len(judged) == 1 and judged[0] > 0  # the old reports' pairs kept
    other = dict(texts, **{exs[0].doc: texts[exs[0].doc] + "More."})  # an old report changed
    judged.clear()
    m2 = _reader(first)
    assert _kept(m2, exs, other, clock, story_of) == _plain(exs, other, clock, story_of)
    assert -1 in judged  # its story judged whole (its first report read afresh)


def test_no_memo_or_another_clock_runs_the_plain_functions(monkeypatch):
    exs, texts, clock, story_of = _corpus(9, 20)
    plain = _plain(exs, texts, clock, story_of)
    monkeypatch.setattr(dsm, "_judge", lambda *a: pytest.fail("judged through the memo"))
    assert dsm.story_outcomes(exs, texts, clock, story_of) == plain

    class OtherClock(_Clock):
        pass

    other = OtherClock([{"id": ex.doc, "outlet": clock.outlet(ex.doc),
                         "published": clock.published[ex.doc]} for ex in exs], {})
    with blockcache.memoising(blockcache.Memo(salt="v")):
        assert dsm.story_outcomes(exs, texts, other, story_of) == plain


def test_reads_of_other_rules_are_never_found():
    exs, texts, clock, story_of = _corpus(10, 20)
    first = blockcache.Memo(salt="v1")
    _kept(first, exs, texts, clock, story_of)
    other = blockcache.Memo(lambda ks: {k: first.used[k] for k in ks if k in first.used}, "v2")
    _kept(other, exs, texts, clock, story_of)
    assert other.hits == 0 and other.misses == len(first.used)
