"""The report's "Key actors: what each did" section (sitroom.report_actors) on the small
hand-built store of test_export_happenings: in Markdown and HTML, dated, with roles, linked
to the reports' sentences."""

from __future__ import annotations

import re

from test_export_happenings import db  # noqa: F401  (the fixture)
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.report_actors import pick_lines


def report(db, fmt: str) -> str:  # noqa: F811
    r = CliRunner().invoke(app, ["report", "--db", str(db), "--format", fmt])
    assert r.exit_code == 0, r.output
    return r.stdout


def test_markdown_section_lists_what_each_main_actor_did(db):  # noqa: F811
    md = report(db, "md")
    section = md[md.index("## Key actors: what each did"):]
    section = section[:section.index("\n\n## ", 5)]
    assert section.splitlines()[4:] == [
        "### Ivo Marr (person, 2 reports)",
        "",
        "- 2026-05-04: **detained** (patient; with Rina Sol (agent)): “Ivo Marr was detained by "
        "Rina Sol on Monday.” — Tarn Daily (report a, chars 0-44)",
        "- 2026-05-07: **met** (patient; with Rina Sol (agent)): “Rina Sol met Ivo Marr in "
        "Tarn.” — Coast Wire (report b, chars 0-30)",
        "",
        "### Rina Sol (person, 2 reports)",
        "",
        "- 2026-05-04: **detained** (agent; with Ivo Marr (patient)): “Ivo Marr was detained by "
        "Rina Sol on Monday.” — Tarn Daily (report a, chars 0-44)",
        "- 2026-05-07: **met** (agent; with Ivo Marr (patient)): “Rina Sol met Ivo Marr in "
        "Tarn.” — Coast Wire (report b, chars 0-30)",
    ]


def test_html_section_links_each_line_to_its_marked_sentence(db):  # noqa: F811
    html = report(db, "html")
    start = html.index('id="key-actors"')
    section = html[start:html.index("</section>", start)]
    assert "<h3>Ivo Marr" in section and "<b>detained</b> (patient; with Rina Sol (agent))" in section
    hrefs = re.findall(r'href="#([^"]+)"', section)
    assert hrefs == ["doc-a-0", "doc-b-0", "doc-a-0", "doc-b-0"]
    assert all(f'id="{h}"' in html for h in hrefs)


def test_pick_lines_one_per_sentence_named_first_acts_before_sayings():
    def row(what, lemma, date, doc, start, sentence, role="agent"):
        return {"what": what, "lemma": lemma, "date": date, "doc": doc, "start": start,
                "end": start + len(sentence), "sentence": sentence, "role": role,
                "outlet": doc.upper(), "mark": [start, start + 1], "with": []}

    tl = {"actor": {"name": "Ana Vell", "aliases": []}, "lines": [
        [row("said", "say", "2026-01-01", "x", 0, "Ana Vell said so.")],
        [row("left", "leave", "2026-01-02", "x", 20, "She left."),
         row("signed", "sign", "2026-01-02", "y", 0, "Vell signed it and left."),
         row("left", "leave", "2026-01-02", "y", 0, "Vell signed it and left."),
         row("signed", "sign", "2026-01-02", "z", 0, "Ana Vell signed.")],
        [row("went", "go", "2026-01-03", "x", 40, "Ana Vell went.", role="participant")],
    ]}
    got = pick_lines(tl, n=2)
    assert [(r["what"], r["doc"], r["reports"], r["outlets"]) for r in got] == [
        ("said", "x", 1, ["X"]), ("signed", "y", 2, ["Y", "Z"])]
