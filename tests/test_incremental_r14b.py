"""Round 14, second wave: the statement pairs of an addition are judged among the statements
sharing a story and an entity with the new report's (a group of
:func:`sitroom.link.disputes._groups` is of one story and one entity), which keeps the entries the judging of every statement kept (random statements against
the former construction), and reports of the project's generator added one at a time still
give the picture of a full relink."""

from __future__ import annotations

import random

import pytest

from sitroom.bench import generate_reports
from sitroom.link.disputes import MAX_GROUP, SECTIONS, _groups
from sitroom.link.disputes_memo import Kept, from_json, to_json
from sitroom.link.disputes_pairs import judged
from sitroom.pipeline import process_documents
from storekit import added_one_by_one_and_relinked

SENTENCES = (
    "Officials said 14 people were killed in the blast on Monday.",
    "The ministry said 20 people were killed in the blast.",
    "Police denied that the bridge was closed.",
    "The bridge was closed after the storm, officials said.",
    "At least 300 homes were destroyed and 40 people injured.",
    "Rescuers said 350 homes were destroyed.",
    "The airport remains closed, the agency said.",
    "The airport was reopened on Tuesday.",
    "The government plans to send 500 troops to the region.",
    "The council plans to evacuate the valley.",
)


def _statement(rng: random.Random, i: int):
    doc = f"d{rng.randint(0, 14)}"
    text = rng.choice(SENTENCES)
    ents = sorted({f"actor:{rng.randint(0, 6)}" for _ in range(rng.randint(1, 2))})
    where = [[f"actor:{rng.randint(0, 3)}", rng.choice(("Ruse", "Varna")), "BG"]
             ] if rng.random() < 0.3 else []
    nest = [[0, rng.choice((["BG"], ["BG", "Ruse"], ["BG", "Varna"], ["RO"]))]
            ] if rng.random() < 0.4 else []
    return from_json([
        doc, i, 100 * i, 100 * i + len(text), text, rng.choice(("o1", "o2", "o3")),
        float(rng.randint(0, 5) * 3600), "2024-05-0" + str(rng.randint(1, 3)),
        rng.choice(("s1", "s2", "s3", None)), ents, [], sorted(set(text.lower().split())),
        [], ["2024"], where, [], [], [], None, ents, nest, []])


def _former_judged(stmts, old):
    """:func:`judged` as the code before this round ran it: every statement keyed."""
    out = []
    for sec, (keys, nesting, judge) in enumerate(SECTIONS):
        groups = _groups(stmts, keys, nesting)
        named = sorted(((str(g), g[1], idx) for g, idx in groups.items()), key=lambda x: x[0])
        seen: set[tuple[int, int]] = set()
        for name, k, idx in named:
            if idx[min(len(idx), MAX_GROUP) - 1] < old:
                continue
            members = sorted(set(idx[:MAX_GROUP]))
            for x, i in enumerate(members):
                for j in members[x + 1:]:
                    if j < old or (i, j) in seen or stmts[i].doc == stmts[j].doc:
                        continue
                    seen.add((i, j))
                    made = judge(stmts[i], stmts[j], k)
                    if made is not None:
                        kind, reason, first, _, v1, v2 = made
                        out.append([sec, name, i, j, kind, reason, int(first is stmts[i]), v1, v2])
    return out


def test_pairs_judged_in_the_new_stories_equal_every_statement_judged() -> None:
    rng = random.Random(14)
    made = 0
    for _ in range(60):
        stmts = [_statement(rng, i) for i in range(rng.randint(2, 40))]
        for old in {0, len(stmts) - 1, rng.randint(0, len(stmts) - 1)}:
            want = _former_judged(stmts, old)
            assert judged(stmts, old) == want
            assert judged(Kept([to_json(s) for s in stmts]), old) == want  # as the memo hands on
            made += len(want)
    assert made > 50  # the sentences make links, so the equality says something


@pytest.fixture(scope="module")
def generated() -> tuple[list, list]:
    docs = generate_reports(n=36, seed=41)
    return docs, process_documents(docs)


def test_generated_reports_added_one_at_a_time_equal_the_full_relink(tmp_path, generated
                                                                      ) -> None:
    inc_rows, full_rows = added_one_by_one_and_relinked(tmp_path, *generated, first=30)
    assert any(kind == "links" for kind, *_ in inc_rows[0])
    assert inc_rows == full_rows
