"""The judged sample of actors leaves out the actors of earlier draws."""

from __future__ import annotations

from sitroom.eval.actors import actor_sample


def test_a_new_draw_leaves_out_the_actors_of_earlier_draws(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(
        "Senator Paul Jones met Mayor Anna Lind in Oslo on Monday. The Harbor Workers Union "
        "said the talks had failed. Jones said he would try again.\n", encoding="utf-8")
    (reports / "b.txt").write_text(
        "Anna Lind told the Daily Courier that the union would strike. Greta Holm, a lawyer "
        "for the union, declined to comment.\n", encoding="utf-8")
    first = actor_sample(reports, n=10, seed=3)
    assert {"Paul Jones", "Anna Lind"} <= {a["name"] for a in first}
    drawn = tmp_path / "drawn.tsv"
    drawn.write_text("seed\tfile\tstart\tend\tname\n2\ta.txt\t999\t1000\tAnna Lind\n"
                     "2\tb.txt\t999\t1000\tJones\n", encoding="utf-8")
    again = actor_sample(reports, n=10, seed=3, exclude=drawn)
    names = {a["name"] for a in again}
    assert "Anna Lind" not in names and "Paul Jones" not in names  # "Jones": one of its names
    assert again and all(a["population"] == len(first) - 2 for a in again)


def test_the_rows_of_the_draw_itself_do_not_leave_it_out(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text("Senator Paul Jones met Mayor Anna Lind in Oslo on Monday.\n",
                                   encoding="utf-8")
    first = actor_sample(reports, n=10, seed=5)
    drawn = tmp_path / "drawn.tsv"
    drawn.write_text("seed\tfile\tstart\tend\tname\n"
                     + "".join(f"5\t{a['file']}\t{a['start']}\t{a['end']}\t{a['name']}\n" for a in first),
                     encoding="utf-8")
    assert [a["name"] for a in actor_sample(reports, n=10, seed=5, exclude=drawn)] == \
        [a["name"] for a in first]


def test_a_stride_draws_from_every_nth_report_only(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for k, name in enumerate(["Paul Jones", "Anna Lind", "Greta Holm", "Tomas Brandt"]):
        (reports / f"{k}.txt").write_text(f"Senator {name} spoke in the capital on Monday.\n",
                                          encoding="utf-8")
    got = actor_sample(reports, n=10, seed=1, stride=2, offset=1)
    assert sorted(a["name"] for a in got) == ["Anna Lind", "Tomas Brandt"]
    assert {a["file"] for a in got} == {"1.txt", "3.txt"}
