"""Round 20's exact trim of one addition: the part-memo key of a cluster's split (the refine
material) leaves out the ids each statement names after its verb when the cluster's
statements are all in one language, because the split reads them only to compare statements
in two languages. Equal keys still mean equal parts, whatever those ids are; a cluster with
statements in two languages keeps them in its key (the fallback)."""

from __future__ import annotations

import random
from dataclasses import replace

from sitroom.link import blockcache
from sitroom.link.picture_base import _Mention
from sitroom.link.picture_merge import _Compat, _parts, _refine, _refine_material
from sitroom.model import EventMention, Extraction

from test_incremental_events_refine import NAMES, mention

IDS = ("n1", "n2", "b", "c", "p1", "p2", "T_ASSAULT", "T_AID")


class Asked:
    """A ``named_after`` giving seeded ids per mention, counting the mentions asked about."""

    def __init__(self, seed: int):
        self.seed = seed
        self.asked = 0

    def __call__(self, m: _Mention) -> list[str]:
        self.asked += 1
        rng = random.Random(f"{self.seed}/{m.ex.doc}/{m.event.start}")
        return rng.sample(IDS, rng.randint(0, 3))


def statement(doc: str, start: int, sentence: str, trigger: str = "accused") -> _Mention:
    e = EventMention(doc=doc, start=start, end=start + len(trigger), sent=start, trigger=trigger,
                     type="ACCUSE", sentence_text=sentence)
    return _Mention(Extraction(doc=doc), e, "n1", "b", None)


def clusters_of(seed: int) -> list[list[_Mention]]:
    rng = random.Random(seed)
    return [[mention(rng, 40 * k + i) for i in range(rng.randint(2, 25))] for k in range(20)]


def language_by(languages: tuple[str, ...]):
    return lambda m: languages[m.event.start // 10 % len(languages)]


def test_in_one_language_the_key_and_the_parts_do_not_depend_on_the_ids_after_the_verb():
    for seed in range(6):
        one, other = Asked(seed), Asked(seed + 100)
        for ms in clusters_of(seed):
            a, b = _Compat(NAMES, named_after=one), _Compat(NAMES, named_after=other)
            assert _refine_material(ms, a) == _refine_material(ms, b)
            assert _parts(ms, a) == _parts(ms, b)
    keys_only = Asked(1)
    for ms in clusters_of(1):
        _refine_material(ms, _Compat(NAMES, lambda m: "fr", keys_only))
    assert keys_only.asked == 0


def test_equal_keys_give_equal_parts_in_mixed_languages_too():
    seen_equal = seen_unequal = 0
    for seed in range(8):
        speaks = language_by(("en", "fr", "en", "de") if seed % 2 else ("en",))
        for ms in clusters_of(seed):
            a = _Compat(NAMES, speaks, Asked(seed))
            b = _Compat(NAMES, speaks, Asked(seed + 50))
            if _refine_material(ms, a) == _refine_material(ms, b):
                seen_equal += 1
                assert _parts(ms, a) == _parts(ms, b)
            else:
                seen_unequal += 1
    assert seen_equal and seen_unequal


def test_statements_in_two_languages_keep_the_ids_after_the_verb_in_the_key():
    ms = [statement("d1", 0, "The council accused the brigade of shelling the bridge."),
          statement("d2", 100, "Le conseil a accusé la brigade du pont."),
          statement("d3", 200, "The council accused the brigade of blocking the road.")]
    french_second = language_by(("en", "fr", "en"))
    asked = Asked(4)
    with_ids = _Compat(NAMES, french_second, asked)
    key = _refine_material(ms, with_ids)
    assert asked.asked == 3  # each statement asked, as before this round
    assert _refine_material(ms, _Compat(NAMES, french_second, Asked(5))) != key
    assert _refine_material(ms, _Compat(NAMES, french_second, lambda m: ())) != key
    # the same statements all in English: the ids are not asked and the key ignores them
    english = Asked(4)
    plain = _refine_material(ms, _Compat(NAMES, named_after=english))
    assert english.asked == 0
    assert plain == _refine_material(ms, _Compat(NAMES, named_after=lambda m: ["n2"]))
    assert plain != key  # the languages are in the key


def test_a_statement_of_another_language_added_to_a_cluster_changes_its_key():
    ms = [statement("d1", 0, "The council accused the brigade of shelling the bridge."),
          statement("d2", 100, "The union accused the brigade of shelling the bridge.")]
    added = statement("d3", 200, "Le conseil a accusé la brigade du pont.")
    speaks = lambda m: "fr" if m.ex.doc == "d3" else "en"  # noqa: E731
    asked = Asked(2)
    compatible = _Compat(NAMES, speaks, asked)
    before = _refine_material(ms, compatible)
    assert asked.asked == 0
    after = _refine_material([*ms, added], compatible)
    assert asked.asked == 3 and after != before
    # a non-statement of another language leaves the ids out
    act = added._replace(event=replace(added.event, type="ASSAULT", trigger="shelled"))
    asked.asked = 0
    _refine_material([*ms, act], compatible)
    assert asked.asked == 0


def reader(stored: dict[str, str]):
    return lambda keys: {k: stored[k] for k in keys if k in stored}


def test_parts_read_from_the_memo_equal_the_parts_computed_with_other_ids():
    for seed in range(4):
        speaks = language_by(("en", "fr") if seed % 2 else ("en",))
        clusters = [{"mentions": ms, "docs": []} for ms in clusters_of(seed)]
        stored: dict[str, str] = {}
        first = blockcache.Memo(reader(stored))
        with blockcache.memoising(first):
            made = _refine(clusters, _Compat(NAMES, speaks, Asked(seed)))
        stored.update(first.used)
        other = _Compat(NAMES, speaks, Asked(seed + 7))
        again = blockcache.Memo(reader(stored))
        with blockcache.memoising(again):
            read = _refine(clusters, other)
        plain = _refine(clusters, other)  # no memo: computed with the other ids
        key = lambda out: [[(m.ex.doc, m.event.start) for m in c["mentions"]]  # noqa: E731
                           for c in out]
        if seed % 2 == 0:  # one language: every cluster read, the parts computed with any ids
            assert again.misses == 0 and key(read) == key(plain) == key(made)
        else:  # two languages: a key met again is the same ids, hence the same parts
            assert key(read) == key(plain)
