"""Temporal tagger: hand-made sentences with exact TIMEX3 values, live-blog updates,
event anchoring and the seed articles."""

from __future__ import annotations

import json

import pytest

from conftest import SEEDS, need
from sitroom.extract.times import Anchor, anchor_event, extract_times, tag_text
from sitroom.model import Document, Update

DCT = "2023-06-24"  # a Saturday


def one(text: str, dct: str | None = DCT, **kw):
    """The single time expression of ``text``."""
    found = tag_text(text, dct, **kw)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize(
    "text, span, type_, value",
    [
        ("The mutiny began yesterday.", "yesterday", "DATE", "2023-06-23"),
        ("Talks resume today.", "today", "DATE", "2023-06-24"),
        ("Talks resume tomorrow.", "tomorrow", "DATE", "2023-06-25"),
        ("This morning his troops are in control.", "This morning", "TIME", "2023-06-24TMO"),
        ("Troops left last night.", "last night", "TIME", "2023-06-23TNI"),
        ("It collapsed on Saturday evening, local time.", "Saturday evening", "TIME",
         "2023-06-24TEV"),
        ("It collapsed in the evening hours of Saturday, local time.",
         "the evening hours of Saturday", "TIME", "2023-06-24TEV"),
        ("Earlier this month, he refused.", "Earlier this month", "DATE", "2023-06"),
        ("It happened last week.", "last week", "DATE", "2023-W24"),
        ("They met this week.", "this week", "DATE", "2023-W25"),
        ("They meet next week.", "next week", "DATE", "2023-W26"),
        ("Prices rose last year.", "last year", "DATE", "2022"),
        ("Profits fell in the third quarter of 2022.", "the third quarter of 2022", "DATE",
         "2022-Q3"),
        ("It was signed in March.", "March", "DATE", "2023-03"),
        ("It was signed in March 2021.", "March 2021", "DATE", "2021-03"),
        ("It was signed on March 3, 2021.", "March 3, 2021", "DATE", "2021-03-03"),
        ("It was signed on 3 March 2021.", "3 March 2021", "DATE", "2021-03-03"),
        ("It was signed on 2021-03-03.", "2021-03-03", "DATE", "2021-03-03"),
        ("It was signed on 3/4/2021.", "3/4/2021", "DATE", "2021-03-04"),
        ("Growth was weak in the 1990s.", "the 1990s", "DATE", "199"),
        ("The war began in 1917.", "1917", "DATE", "1917"),
        ("It fought for two weeks.", "two weeks", "DURATION", "P2W"),
        ("The video lasted 30 minutes.", "30 minutes", "DURATION", "PT30M"),
        ("Prices rose over the past three years.", "the past three years", "DURATION", "P3Y"),
        ("He resigned a year ago.", "a year ago", "DATE", "2022"),
        ("He resigned two days ago.", "two days ago", "DATE", "2023-06-22"),
        ("Now the city is calm.", "Now", "DATE", "PRESENT_REF"),
        ("He recently resigned.", "recently", "DATE", "PAST_REF"),
        ("The paper appears daily.", "daily", "SET", "P1D"),
        ("It was a hot summer.", "summer", "DATE", "2023-SU"),
        ("Trading stopped at 10:35 a.m.", "10:35 a.m.", "TIME", "2023-06-24T10:35"),
    ],
)
def test_values(text, span, type_, value):
    t = one(text)
    assert (t.text, t.type, t.value) == (span, type_, value)
    assert text[t.start : t.end] == span


def test_weekday_follows_tense():
    past = one("The rebels attacked on Friday.", "2023-06-25")
    future = one("The leaders will meet on Friday.", "2023-06-25")
    assert (past.value, future.value) == ("2023-06-23", "2023-06-30")


def test_possessive_weekday_looks_back():
    # the clause is future ("would look"), but "Wednesday's ruling" is already known
    t = one("They said they would look for ways around Wednesday's ruling.", "2000-01-07")
    assert t.value == "2000-01-05"


def test_only_complements_and_finite_plans_look_ahead():
    from sitroom.annotate import annotate

    def values(text, dct):
        adoc = next(iter(annotate([Document(id="d", text=text, published=dct)])))
        return [t.value for t in extract_times(adoc)]

    # an infinitive subject is not a plan; a participle does not set the clause's tense
    assert values("Among the first countries to accede to NATO on Friday were Poland and "
                  "Hungary.", "1999-03-13") == ["1999-03-12"]
    assert values("A memorial service planned for Saturday was canceled.",
                  "1999-10-24") == ["1999-10-23"]
    assert values("They planned to leave on Thursday.", "2023-06-24") == ["2023-06-29"]


def test_past_perfect_through_an_adjective():
    t = one("The offer had been due to expire Friday evening.", "1989-10-30")
    assert t.value == "1989-10-27TEV"


def test_deadlines_look_ahead():
    # nearest February is behind, but "by" and "effective" point forward
    assert one("It pledged to pay down the loan by February.", "1989-10-30").value == "1990-02"
    assert one("The pact took effect, effective June 1.", "1989-10-26").value == "1990-06-01"
    assert one("The dividend is payable Jan. 2.", "1989-11-02").value == "1990-01-02"
    assert one("The pact was signed on June 1.", "1989-10-26").value == "1989-06-01"
    assert one("By March, the army had withdrawn.", DCT).value == "2023-03"
    assert one("The truce, effective June 1, held.", DCT).value == "2023-06-01"


def test_since_looks_back():
    t = one("Police have searched for him since shortly after the Oct. 23 attack.", "1999-05-06")
    assert t.value == "1998-10-23"
    assert one("They will be on strike since Monday.", DCT).value == "2023-06-19"


def test_year_ended_is_a_twelve_month_duration():
    found = tag_text("Revenue was $76 million for the year ended March 31.", "1989-11-01")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("the year", "DURATION", "P1Y"), ("March 31", "DATE", "1989-03-31")]
    assert one("Revenue rose this year.", "1989-11-01").value == "1989"


def test_counted_months_take_their_article():
    t = one("For the nine months, net income rose.", "1989-11-01")
    assert (t.text, t.value) == ("the nine months", "P9M")
    t = one("He spoke of the eight-year war with Iran.", "1990-08-15")
    assert (t.text, t.value) == ("eight-year", "P8Y")


def test_week_of_a_date_and_years_read_out():
    assert one("A hearing is set for the week of March 6.", "2000-02-24").value == "2000-W10"
    t = one("January nineteen ninety-seven. Atlanta again.", "1998-02-27")
    assert (t.text, t.value) == ("January nineteen ninety-seven", "1997-01")
    assert one("Prices fell in the winter of nineteen ninety-four.").value == "1994-WI"


def test_approximate_ago_and_bare_parts_of_day():
    t = one("Then, a week or so ago, the general chose a date.", "1991-02-25")
    assert (t.text, t.type, t.mod) == ("a week or so ago", "DATE", "APPROX")
    found = tag_text("Shares fell Friday. Dealers bought heavily in the morning.", "1989-10-30")
    assert [(t.text, t.value) for t in found] == [
        ("Friday", "1989-10-27"), ("the morning", "1989-10-27TMO")]
    assert one("He will leave at 4 in the morning.").value == "2023-06-24T04:00"


def test_last_month_day_and_weekday_with_date():
    assert one("He was shot to death last Oct. 23 at home.", "1999-04-19").value == "1998-10-23"
    found = tag_text("They came home on the night of Friday, Oct. 23. Two men showed up the day "
                     "after his death.", "1998-11-21")
    assert [(t.text, t.value) for t in found] == [
        ("the night of Friday, Oct. 23", "1998-10-23TNI"), ("the day after", "1998-10-24")]


def test_titles_and_idioms_are_not_times():
    assert tag_text("Baker said on ABC's \"This Week\" that it was over.", DCT) == []
    assert tag_text("He spoke on CBS's ''60 Minutes.''", DCT) == []
    assert tag_text("For Poland, high noon comes at last.", DCT) == []
    assert tag_text("Protesters joined the annual March for Life.", DCT) == []


def test_weekday_with_explicit_direction():
    assert one("They arrive next Monday.", DCT).value == "2023-06-26"
    assert one("They arrived last Saturday.", DCT).value == "2023-06-17"


def test_duration_in_future_and_modifier():
    t = one("In just over two weeks, the alliance will hold a summit.", "2023-06-25")
    assert (t.text, t.type, t.value, t.mod) == ("just over two weeks", "DURATION", "P2W",
                                                "MORE_THAN")
    assert (t.begin, t.end_value) == ("2023-06-25", "2023-07-09")


def test_range_of_hours():
    t = one("The events of the last 24 to 36 hours surprised no one.")
    assert (t.type, t.begin, t.end_value) == ("DURATION", "PT24H", "PT36H")


def test_year_range_has_begin_and_end():
    found = tag_text("A civil war raged between 1918 and 1921.", DCT)
    assert [(t.text, t.value, t.begin, t.end_value) for t in found] == [
        ("1918", "1918", "1918", "1921"), ("1921", "1921", "1918", "1921")]
    assert all(t.anchor == "none" for t in found)


def test_mod_prefixes():
    assert one("Elections are due in late November.").mod == "END"
    assert one("It was founded in the early 1980s.").value == "198"
    assert one("The talks lasted about three hours.").mod == "APPROX"


def test_not_times():
    assert tag_text("He sold 2000 shares and a 6-year-old boy was hurt.", DCT) == []
    assert tag_text("It may rain; a quarter of the vote.", DCT) == []


def test_no_reference_date_gives_underspecified_value():
    t = one("The mutiny began yesterday.", None)
    assert (t.value, t.anchor) == ("XXXX-XX-XX", "none")


def test_clock_time_inside_live_blog_update():
    text = "Intro written the day before.\n\nUPDATE 05:37 CET: Putin has still not reacted."
    start = text.index("UPDATE")
    upd = Update(start, len(text), "2023-06-25T05:37+01:00", "UPDATE 05:37 CET")
    found = tag_text(text, DCT, updates=(upd,))
    t = next(t for t in found if t.text == "05:37 CET")
    assert (t.type, t.value, t.anchor) == ("TIME", "2023-06-25T05:37+01:00", "update")


def test_extract_times_uses_update_timestamp(annotated):
    text = "Calm so far.\n\nUPDATE 09:10 CET: The convoy moved yesterday."
    start = text.index("UPDATE")
    doc = Document(id="u", text=text, published="2023-06-24",
                   updates=(Update(start, len(text), "2023-06-26T09:10+01:00", "UPDATE"),))
    adoc = annotated(text, "2023-06-24")
    adoc = type(adoc)(doc, adoc.tokens, adoc.sents, adoc.ents, adoc.noun_chunks)
    times = extract_times(adoc)
    y = next(t for t in times if t.text == "yesterday")
    assert (y.value, y.anchor, y.doc) == ("2023-06-25", "update", "u")


def _trigger(adoc, word: str) -> int:
    return next(t.i for t in adoc.tokens if t.text == word)


def test_anchor_prefers_text_then_update_then_published(annotated):
    adoc = annotated("Troops seized the airport on Friday. They advanced north.", "2023-06-25")
    times = extract_times(adoc)
    a = anchor_event(adoc, _trigger(adoc, "seized"), times)
    assert a == Anchor("2023-06-23", "day", "governing", 0, False)
    b = anchor_event(adoc, _trigger(adoc, "advanced"), times)
    assert b == Anchor("2023-06-23", "day", "paragraph", 0, False)  # the last day told of

    text = "Calm so far.\n\nUPDATE 09:10 CET: The convoy advanced."
    start = text.index("UPDATE")
    doc = Document(id="u", text=text, published="2023-06-24",
                   updates=(Update(start, len(text), "2023-06-24T09:10+01:00", "UPDATE"),))
    base = annotated(text, "2023-06-24")
    adoc = type(base)(doc, base.tokens, base.sents, base.ents, base.noun_chunks)
    c = anchor_event(adoc, _trigger(adoc, "advanced"), extract_times(adoc))
    assert (c.date, c.date_source, c.historical) == ("2023-06-24T09:10", "entry", False)

    bare = annotated("The convoy advanced.")
    assert anchor_event(bare, _trigger(bare, "advanced"), ()) == Anchor(None, None, "none",
                                                                        None, False)


def test_anchor_historical(annotated):
    adoc = annotated("The country was dealt such a blow in 1917. Troops seized the city "
                     "yesterday.", "2023-06-25")
    times = extract_times(adoc)
    old = anchor_event(adoc, _trigger(adoc, "dealt"), times)
    now = anchor_event(adoc, _trigger(adoc, "seized"), times)
    assert (old.date, old.date_source, old.historical) == ("1917", "governing", True)
    assert (now.date, now.historical) == ("2023-06-24", False)
    future = annotated("In just over two weeks, NATO will hold a summit.", "2023-06-25")
    f = anchor_event(future, _trigger(future, "hold"), extract_times(future))
    assert (f.date, f.historical) == ("2023-07-09", True)


def test_anchor_follows_clauses(annotated):
    adoc = annotated("The president, who took power in 2012, said on Sunday that the mutiny "
                     "had failed.", "2023-06-25")
    times = extract_times(adoc)
    got = {w: anchor_event(adoc, _trigger(adoc, w), times) for w in ("took", "said", "failed")}
    assert (got["took"].date, got["took"].historical) == ("2012", True)
    assert (got["said"].date, got["said"].date_source) == ("2023-06-25", "governing")
    assert (got["failed"].date, got["failed"].time) == ("2023-06-25", 1)
    adoc = annotated("Troops advanced after a truce that began in March.", "2023-06-25")
    times = extract_times(adoc)
    assert anchor_event(adoc, _trigger(adoc, "advanced"), times).date_source == "publication"
    assert anchor_event(adoc, _trigger(adoc, "began"), times).date == "2023-03"


def test_anchor_ignores_stretches_behind(annotated):
    adoc = annotated("Prices rose over the past three years.", "2023-06-25")
    times = extract_times(adoc)
    assert [(t.type, t.value, t.begin, t.end_value) for t in times] == [
        ("DURATION", "P3Y", "2020-06-25", "2023-06-25")]
    a = anchor_event(adoc, _trigger(adoc, "rose"), times)
    assert (a.date, a.date_source, a.historical) == ("2023-06-25", "publication", False)


def _seed(name_start: str):
    meta = json.loads((need(SEEDS / "meta.json")).read_text())
    entry = next(m for m in meta if m["file"].startswith(name_start))
    return (SEEDS / entry["file"]).read_text(encoding="utf-8"), entry["published"]


def test_seed_live_blog(annotated):
    text, published = _seed("000")
    assert published == "2023-06-24"
    start = text.index("UPDATE 05:37 CET")
    doc = Document(id="s0", text=text, published=published,
                   updates=(Update(start, len(text), "2023-06-24T05:37+01:00",
                                   "UPDATE 05:37 CET"),))
    base = annotated(text, published)
    adoc = type(base)(doc, base.tokens, base.sents, base.ents, base.noun_chunks)
    times = {t.text: t for t in extract_times(adoc)}
    assert times["yesterday"].value == "2023-06-23"
    assert times["05:37 CET"].value == "2023-06-24T05:37+01:00"
    assert times["This morning"].value == "2023-06-24TMO"


def test_seed_report(annotated):
    text, published = _seed("003")
    assert published == "2023-06-25"
    adoc = annotated(text, published)
    times = extract_times(adoc)
    by_text = {(t.text.replace("\n", " ")): t for t in times}
    assert by_text["Friday evening"].value == "2023-06-23TEV"
    assert by_text["the evening hours of Saturday"].value == "2023-06-24TEV"
    assert by_text["Earlier this month"].value == "2023-06"
    assert by_text["just over two weeks"].end_value == "2023-07-09"
    assert (by_text["1918"].begin, by_text["1918"].end_value) == ("1918", "1921")
    for verb, year in (("dealt", "1917"), ("routed", "1918")):
        a = anchor_event(adoc, _trigger(adoc, verb), times)
        assert (a.date, a.date_source, a.historical) == (year, "governing", True)
    fled = anchor_event(adoc, _trigger(adoc, "collapsed"), times)
    assert (fled.date, fled.historical) == ("2023-06-24TEV", False)
    # "... went on to seize power in October" in the passage on 1917: that October
    power = anchor_event(adoc, _trigger(adoc, "seize"), times)
    assert (power.date, power.date_source, power.historical) == ("1917-10", "governing", True)


@pytest.mark.parametrize("text, spans", [
    ("Protests spread between March 3 and 5.",
     [("March 3", "2026-03-03"), ("5", "2026-03-05")]),
    ("Protests spread on March 3-5.", [("March 3", "2026-03-03"), ("5", "2026-03-05")]),
    ("The fair runs Jan. 30 to Feb. 2.", [("Jan. 30", "2026-01-30"), ("Feb. 2", "2026-02-02")]),
    ("On March 3 and 5 people died.", [("March 3", "2026-03-03")]),
])
def test_day_ranges(text, spans):
    got = tag_text(text, "2026-03-15T09:00:00+01:00")
    assert [(t.text, t.value) for t in got] == spans
    if len(spans) == 2:
        assert {(t.begin, t.end_value) for t in got} == {(spans[0][1], spans[1][1])}


def test_overnight():
    past = tag_text("Troops shelled the city overnight.", "2026-03-15T09:00:00+01:00")
    assert [(t.type, t.value) for t in past] == [("TIME", "2026-03-14TNI")]
    future = tag_text("The convoy will travel overnight.", "2026-03-15T09:00:00+01:00")
    assert [t.value for t in future] == ["2026-03-15TNI"]
    assert tag_text("It was an overnight success.", "2026-03-15") == []


def test_a_bare_midnight_told_of_as_past_is_the_one_that_began_the_day():
    from sitroom.annotate import annotate_text
    from sitroom.extract.times import extract_times

    def value(text: str) -> str:
        adoc = annotate_text(text, published="2023-06-24T10:00:00+00:00")
        return [t.value for t in extract_times(adoc) if "midnight" in t.text][0]

    assert value("The convoy left the city around midnight, officials said.") == "2023-06-24T00:00"
    assert value("The column will stop around midnight.") == "2023-06-24T24:00"
