"""The report on a corpus the size of a real one: 50 reports of one crisis from 15 outlets
(sitroom.sample_corpus, made up from the example reports). It stays under a page-weight
budget, puts the summary first, folds its long sections, offers filters, profiles only the
outlets with enough text and tells one story."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from corpus50 import build
from sitroom import report, sample_corpus
from sitroom.link.framing import MIN_WORDS

BUDGET = 1_000_000  # bytes of the self-contained HTML report of the 50-report corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path, picture = build(tmp_path_factory.mktemp("corpus50"))
    return path.read_text(encoding="utf-8"), picture


def test_the_sample_corpus_is_fifty_reports_most_outlets_sending_one_or_two():
    reports = sample_corpus.generate()
    by_outlet = Counter(r["outlet"] for r in reports)
    assert len(reports) == 50 and len(by_outlet) == 15
    assert max(by_outlet.values()) >= 8
    assert sum(n <= 2 for n in by_outlet.values()) >= 9
    assert reports == sample_corpus.generate()  # the same corpus every time
    assert len({r["text"] for r in reports}) == 50
    assert [r["published"] for r in reports] == sorted(r["published"] for r in reports)


def test_html_report_of_fifty_reports_is_under_the_page_budget(corpus):
    page, picture = corpus
    assert len(picture["documents"]) == 50
    assert len(page.encode("utf-8")) < BUDGET


def test_summary_comes_first_and_long_sections_are_folded(corpus):
    page, _ = corpus
    main = page[page.index("<main>"):]
    assert main.index('id="summary"') < main.index('id="timeline"') < main.index('id="events"')
    for name in ("events", "quotes", "claims", "actors", "documents"):
        section = main[main.index(f'id="{name}"'):]
        assert section.startswith(f'id="{name}"><details class="fold"><summary><h2>'), name
    # the charts stay open
    for name in ("timeline", "map", "network"):
        assert main[main.index(f'id="{name}"'):].startswith(f'id="{name}"><h2>')


def test_events_quotes_and_claims_have_filters_over_their_rows(corpus):
    page, picture = corpus
    for key in ("type", "actor", "speaker", "certainty"):
        assert f'<select data-key="{key}">' in page, key
    rows = re.findall(r'<tr id="ev-[^"]*" data-type="([^"]*)" data-actor="([^"]*)"', page)
    assert len(rows) == len([e for e in picture["events"] if not e.get("superseded_by")])
    assert all(t for t, _ in rows)
    assert len(re.findall(r'<blockquote class="quote" id="[^"]*" data-speaker="[^"]+"', page)) \
        == len(picture["quotes"])
    assert page.count('data-certainty="') >= len(picture["claims"]) // 2


def test_framing_panels_only_for_outlets_with_enough_text(corpus):
    page, picture = corpus
    enough = [f for f in picture["framing"] if f["words"] >= MIN_WORDS]
    rest = [f for f in picture["framing"] if f["words"] < MIN_WORDS]
    assert 1 <= len(enough) < len(rest)
    assert page.count('<details class="framing"') == len(enough)
    grouped = page[page.index('id="framing-rest"'):].split("</details>")[0]
    assert all(f["outlet"] in grouped for f in rest)
    # every term shown in a panel was used five times or more
    framing = page[page.index('id="framing"'):page.index('id="framing-rest"')]
    counts = [int(n) for n in re.findall(r"z [\d.]+ · (\d+)×", framing)]
    assert counts and min(counts) >= 5


def test_one_crisis_is_one_story_and_dates_are_days(corpus):
    page, picture = corpus
    assert len(picture["stories"]) == 1
    assert not re.search(r"week \d+", page)


def test_markdown_report_has_the_same_structure(corpus):
    _, picture = corpus
    md = report.build(picture, quality={})
    heads = re.findall(r"^## (.+)$", md, re.M)
    assert heads[0] == "Situation now" and heads.index("What happened") > 0
    enough = sum(f["words"] >= MIN_WORDS for f in picture["framing"])
    framing = md[md.index("## Framing"):md.index("## Reports")]
    assert len(re.findall(r"^### .+ \(\d+ reports?\)$", framing, re.M)) == enough
    assert re.search(r"^### \d+ more outlets$", framing, re.M)
