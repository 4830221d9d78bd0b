"""Ingest: every format on hand-built files, metadata precedence, ids, failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitroom.errors import InputError
from sitroom.ingest.clean import html_to_text
from sitroom.ingest import (
    IngestFailure, NearDuplicates, content_hash, document_id, load_meta, read_file, read_paths,
)  # fmt: skip
from sitroom.model import Document


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def split(items) -> tuple[list[Document], list[IngestFailure]]:
    items = list(items)
    return ([d for d in items if isinstance(d, Document)],
            [f for f in items if isinstance(f, IngestFailure)])


# --------------------------------------------------------------------------- plain text


def test_plain_text_is_normalised_and_keeps_paragraphs(tmp_path):
    f = write(tmp_path / "a.txt", "Rebels  seized\u00a0the airport.\r\n\r\n\r\n  Officials said so.  \n")
    [doc] = read_file(f)
    assert doc.text == "Rebels seized the airport.\n\nOfficials said so."
    assert doc.kind == "text"
    assert doc.source == str(f)
    assert doc.title is None
    assert doc.language == "en"
    assert doc.id == document_id(doc.text) == content_hash(doc.text)[:16]
    assert len(doc.id) == 16


def test_headline_first_line_becomes_title_and_stays_in_text(tmp_path):
    f = write(tmp_path / "a.txt", "Troops leave the capital\n\nThe soldiers left on Sunday.\n")
    [doc] = read_file(f)
    assert doc.title == "Troops leave the capital"
    assert doc.text == "Troops leave the capital\n\nThe soldiers left on Sunday."


HARD_WRAPPED = """\
   A mutiny led by General Anton Marek, the commander of the
garrison, collapsed on Saturday evening. In a deal brokered by
the mayor, the general left the city, and the long-
time dispute over pay was settled. Officials said the
soldiers were calm.
   Marek started the revolt on Friday with a video in which he
attacked the minister and made a direct appeal to the army. He
said he had no choice and attempted the

coup in order to preempt his arrest.
   A third paragraph.
"""


def test_hard_wrapped_text_is_unwrapped(tmp_path):
    [doc] = read_file(write(tmp_path / "wrapped.txt", HARD_WRAPPED))
    assert doc.text == (
        "A mutiny led by General Anton Marek, the commander of the garrison, collapsed on "
        "Saturday evening. In a deal brokered by the mayor, the general left the city, and "
        "the long-time dispute over pay was settled. Officials said the soldiers were calm."
        "\n\n"
        "Marek started the revolt on Friday with a video in which he attacked the minister "
        "and made a direct appeal to the army. He said he had no choice and attempted the "
        "coup in order to preempt his arrest."
        "\n\n"
        "A third paragraph."
    )


def test_unwrap_breaks_after_short_sentence_end_and_keeps_spaced_dash(tmp_path):
    text = ("The column left the city at dawn and drove west along the main\n"
            "road towards the capital, where police had set up roadblocks -\n"
            "but nobody tried to stop the armoured vehicles on the way.\n"
            "They arrived at noon.\n"
            "The minister said the army remained loyal to the government and\n"
            "that the mutineers would answer before the courts for the revolt.\n")
    [doc] = read_file(write(tmp_path / "w.txt", text))
    assert doc.text == (
        "The column left the city at dawn and drove west along the main road towards the "
        "capital, where police had set up roadblocks - but nobody tried to stop the armoured "
        "vehicles on the way. They arrived at noon.\n\n"
        "The minister said the army remained loyal to the government and that the mutineers "
        "would answer before the courts for the revolt.")


def test_text_with_long_lines_is_not_unwrapped(tmp_path):
    lines = ["Headline without a full stop", "",
             "A first paragraph on one long line that goes on and on about the events of the "
             "day in the capital and elsewhere in the country, as reporters saw them.",
             "A second paragraph on its own line, also long enough to be clearly a paragraph "
             "rather than a fixed-width line of a hard-wrapped page extraction."]
    [doc] = read_file(write(tmp_path / "p.txt", "\n".join(lines)))
    assert doc.text == "\n".join(lines)


# --------------------------------------------------------------------------- Markdown


def test_markdown_title_and_syntax_stripped(tmp_path):
    md = ("# The *Mutiny* in Numbers\n\n"
          "Troops **seized** the [airport](https://example.org/a)\n"
          "on Friday, `officials` said.\n\n"
          "## Reactions\n\n"
          "- The minister _denied_ it.\n"
          "- ![photo](p.jpg)Protesters gathered.\n\n"
          "> \"We will return,\" he said.\n\n"
          "---\n\n"
          "[ref]: https://example.org\n")
    [doc] = read_file(write(tmp_path / "m.md", md))
    assert doc.title == "The Mutiny in Numbers"
    assert doc.kind == "markdown"
    assert doc.text == ("Troops seized the airport on Friday, officials said.\n\n"
                        "Reactions\n\n"
                        "The minister denied it.\n\n"
                        "Protesters gathered.\n\n"
                        "\"We will return,\" he said.")


def test_markdown_front_matter_gives_metadata(tmp_path):
    md = "---\ntitle: \"Front title\"\nauthor: Ana Bell\ndate: 2026-03-14\n---\nBody text here.\n"
    [doc] = read_file(write(tmp_path / "f.md", md))
    assert (doc.title, doc.author, doc.published, doc.text) == (
        "Front title", "Ana Bell", "2026-03-14", "Body text here.")


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html><html><head>
<title>Mutiny spreads | Evening Post</title>
<meta name="author" content="Petra Ilieva">
<meta property="og:site_name" content="Evening Post">
<meta property="og:title" content="Mutiny spreads">
<meta property="og:url" content="https://post.example/mutiny">
<meta property="article:published_time" content="2026-03-14T16:20:00+02:00">
<script>var tracking = 1;</script></head>
<body><nav>Home | World | Sport</nav><article><h1>Mutiny spreads</h1>
<p>Soldiers of the brigade seized the airport in Plovdiv on Friday evening, officials said.</p>
<p>The prime minister said: "This is treason." She spoke on national television.</p>
</article><footer>Copyright 2026</footer></body></html>"""


def test_html_text_and_metadata(tmp_path):
    [doc] = read_file(write(tmp_path / "p.html", PAGE))
    assert doc.kind == "html"
    assert doc.text == ("Soldiers of the brigade seized the airport in Plovdiv on Friday evening, "
                        "officials said.\n\nThe prime minister said: \"This is treason.\" She "
                        "spoke on national television.")
    assert (doc.title, doc.author, doc.outlet, doc.url, doc.published) == (
        "Mutiny spreads", "Petra Ilieva", "Evening Post", "https://post.example/mutiny",
        "2026-03-14T16:20:00+02:00")


def test_html_without_metadata_guesses_no_date(tmp_path):
    html = ("<html><body><p>Rebels withdrew from the city on Sunday morning, residents said.</p>"
            "<p>Copyright 2024</p></body></html>")
    [doc] = read_file(write(tmp_path / "bare.htm", html))
    assert doc.text == ("Rebels withdrew from the city on Sunday morning, residents said."
                        "\n\nCopyright 2024")
    assert (doc.author, doc.outlet, doc.published, doc.url) == (None, None, None, None)


def test_html_to_text_fallback():
    html = ("<html><head><style>p {}</style></head><body><nav>Menu</nav>Short <i>note</i>,\n"
            "  only<br>with a break<div>A block</div><!-- hidden --><script>x()</script></body></html>")
    assert html_to_text(html) == "Short note, only\nwith a break\n\nA block"
    assert html_to_text("<div><script>x()</script></div>") == ""


# --------------------------------------------------------------------------- feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>River News</title><link>https://river.example/</link>
<item><title>First</title><link>https://river.example/1</link>
<pubDate>Sat, 14 Mar 2026 10:20:00 +0200</pubDate><author>desk@river.example (Ana Bell)</author>
<description>&lt;p&gt;Troops &lt;b&gt;seized&lt;/b&gt; the bridge.&lt;/p&gt;&lt;p&gt;Police left.&lt;/p&gt;</description>
<guid>r-1</guid></item>
<item><title>Second</title><dc:creator>Ion Pop</dc:creator><description>Plain words only.</description></item>
<item><title>Third</title><description></description></item>
</channel></rss>"""


def test_rss_items_become_documents(tmp_path):
    f = write(tmp_path / "feed.rss", RSS)
    docs, failures = split(read_paths([f]))
    assert [d.source for d in docs] == [f"{f}#item-1", f"{f}#item-2"]
    first, second = docs
    assert first.text == "Troops seized the bridge.\n\nPolice left."
    assert (first.title, first.outlet, first.url, first.author, first.published, first.kind) == (
        "First", "River News", "https://river.example/1", "Ana Bell",
        "2026-03-14T10:20:00+02:00", "rss")
    assert first.meta == (("guid", "r-1"),)
    assert (second.text, second.author, second.published) == ("Plain words only.", "Ion Pop", None)
    assert failures == [IngestFailure(f"{f}#item 3", "the item has no text",
                                      "give the item a description or content")]


def test_atom_feed_sniffed_from_xml(tmp_path):
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Deal reached</title><link href="https://atom.example/deal"/>
<updated>2026-03-14T21:00:00Z</updated><author><name>Lena Roy</name></author>
<content type="html">&lt;p&gt;The president brokered a deal.&lt;/p&gt;</content></entry></feed>"""
    [doc] = read_file(write(tmp_path / "news.xml", atom))
    assert (doc.text, doc.title, doc.outlet, doc.url, doc.author, doc.published) == (
        "The president brokered a deal.", "Deal reached", "Atom Desk",
        "https://atom.example/deal", "Lena Roy", "2026-03-14T21:00:00+00:00")


# --------------------------------------------------------------------------- Telegram

TELEGRAM = {
    "name": "Free City", "type": "public_channel", "id": 42,
    "messages": [
        {"id": 1, "type": "service", "date": "2026-03-13T20:00:00", "action": "pin_message",
         "text": ""},
        {"id": 2, "type": "message", "date": "2026-03-13T20:04:40", "text": "Plain message."},
        {"id": 3, "type": "message", "date": "2026-03-13T21:30:00",
         "text": [{"type": "bold", "text": "URGENT."}, " The general spoke. ",
                  {"type": "text_link", "text": "Video", "href": "https://x.example"}]},
        {"id": 4, "type": "message", "date": "2026-03-13T21:40:00", "photo": "p.jpg",
         "text": ""},
        {"id": 5, "type": "message", "date": "2026-03-13T21:50:00", "text": 7},
    ],
}


def test_telegram_messages(tmp_path):
    f = write(tmp_path / "chan" / "result.json", json.dumps(TELEGRAM))
    docs, failures = split(read_paths([tmp_path / "chan"]))
    assert [(d.source, d.text, d.published) for d in docs] == [
        (f"{f}#message-2", "Plain message.", "2026-03-13T20:04:40"),
        (f"{f}#message-3", "URGENT. The general spoke. Video", "2026-03-13T21:30:00"),
    ]
    assert {(d.outlet, d.kind) for d in docs} == {("Free City", "telegram")}
    assert docs[0].meta == (("channel_id", "42"), ("message_id", "2"))
    assert failures == [IngestFailure(
        f"{f}#message 5",
        '"text" is neither a string nor a list of strings and {"type", "text"} parts',
        "give the result.json of one channel, exported with Telegram Desktop (Export chat "
        "history, format: machine-readable JSON)")]


def test_telegram_group_member_is_author(tmp_path):
    export = {"name": "Desk chat", "type": "private_supergroup", "messages": [
        {"id": 9, "type": "message", "date": "2026-03-14T10:00:00", "from": "Ana Bell",
         "text": "Column seen near the bridge."},
        {"id": 10, "type": "message", "date": "2026-03-14T10:01:00", "from": "Desk chat",
         "author": "Ion Pop", "text": "Signed channel post."}]}
    docs = read_file(write(tmp_path / "result.json", json.dumps(export)))
    assert [(d.author, d.outlet) for d in docs] == [("Ana Bell", "Desk chat"),
                                                    ("Ion Pop", "Desk chat")]


def test_telegram_wrong_shape(tmp_path):
    f = write(tmp_path / "result.json", json.dumps({"name": "X", "messages": {"1": "a"}}))
    [failure] = read_paths([f])
    assert failure.path == str(f)
    assert failure.message == ('not a Telegram channel export: expected an object with "name" '
                               'and a "messages" list, found an object with keys messages, name')


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_good_lines_kept_bad_lines_reported(tmp_path):
    lines = [
        json.dumps({"text": "First record.", "title": "One", "outlet": "Monitor",
                    "published": "2026-03-14T12:00:00+02:00", "category": "protests",
                    "tags": ["a", "b"]}),
        "{broken",
        "",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Second record.", "language": "bg", "url": "https://m.example/2"}),
    ]
    f = write(tmp_path / "r.jsonl", "\n".join(lines) + "\n")
    docs, failures = split(read_paths([f]))
    assert [(d.source, d.text) for d in docs] == [(f"{f}#line-1", "First record."),
                                                  (f"{f}#line-5", "Second record.")]
    first, second = docs
    assert (first.title, first.outlet, first.published, first.kind) == (
        "One", "Monitor", "2026-03-14T12:00:00+02:00", "jsonl")
    assert first.meta == (("category", "protests"), ("tags", '["a", "b"]'))
    assert (second.language, second.url) == ("bg", "https://m.example/2")
    hint = 'each line must be one JSON object with a "text" string; fix or remove that line'
    assert failures == [
        IngestFailure(f"{f}#line 2",
                      "not valid JSON: Expecting property name enclosed in double quotes "
                      "(column 2)", hint),
        IngestFailure(f"{f}#line 4", 'not an object with a "text" string', hint),
    ]
    with pytest.raises(InputError) as err:
        read_file(f)
    assert err.value.path == f"{f}#line 2"


# --------------------------------------------------------------------------- metadata


def test_meta_file_beats_sidecar_beats_page(tmp_path):
    page = write(tmp_path / "reports" / "p.html", PAGE)
    write(tmp_path / "reports" / "p.html.meta.json",
          json.dumps({"title": "Sidecar title", "outlet": "Sidecar outlet", "note": "side"}))
    meta = write(tmp_path / "meta.json", json.dumps(
        [{"file": "p.html", "outlet": "Meta outlet", "published": "2026-03-15",
          "title": None, "kind": "analysis"}]))
    [doc] = read_paths([tmp_path / "reports"], meta=meta)
    assert doc.source == str(page)
    assert (doc.title, doc.outlet, doc.published, doc.author) == (
        "Sidecar title", "Meta outlet", "2026-03-15", "Petra Ilieva")
    assert doc.meta == (("kind", "analysis"), ("note", "side"), ("published_precision", "day"))


def test_meta_only_fills_gaps_of_container_records(tmp_path):
    f = write(tmp_path / "r.jsonl", json.dumps({"text": "A record.", "outlet": "Own"}) + "\n"
              + json.dumps({"text": "Another record."}) + "\n")
    meta = {"outlet": "Meta outlet", "published": "2026-03-14", "author": "Desk"}
    docs = read_file(f, meta)
    assert [(d.outlet, d.published, d.author) for d in docs] == [
        ("Own", "2026-03-14", "Desk"), ("Meta outlet", "2026-03-14", "Desk")]


def test_read_file_accepts_whole_meta_mapping(tmp_path):
    f = write(tmp_path / "a.txt", "Some report text.")
    [doc] = read_file(f, {"a.txt": {"outlet": "Wire"}, "b.txt": {"outlet": "Other"}})
    assert doc.outlet == "Wire"


def test_load_meta_shapes_and_errors(tmp_path):
    good = write(tmp_path / "m.json", json.dumps(
        [{"file": "a.txt", "published": "Sat, 14 Mar 2026 10:20:00 +0200"}]))
    assert load_meta(good) == {"a.txt": {"file": "a.txt",
                                         "published": "2026-03-14T10:20:00+02:00",
                                         "published_precision": "time"}}
    keyed = write(tmp_path / "k.json", json.dumps({"a.txt": {"outlet": "Wire"}}))
    assert load_meta(keyed) == {"a.txt": {"file": "a.txt", "outlet": "Wire"}}
    cases = {
        "[{\"file\": \"a.txt\",}]": "not valid JSON: Expecting property name enclosed in "
                                    "double quotes at line 1 column 19",
        "[{\"title\": \"x\"}]": 'entry 1 is not an object with a "file" name',
        "\"text\"": "not a metadata list",
        "[{\"file\": \"a.txt\", \"published\": \"soon\"}]":
            "entry 1: \"published\" is not a date: 'soon'",
    }
    for i, (content, message) in enumerate(cases.items()):
        bad = write(tmp_path / f"bad{i}.json", content)
        with pytest.raises(InputError) as err:
            load_meta(bad)
        assert err.value.message == f"{bad}: {message}"
        assert err.value.hint
    with pytest.raises(InputError) as err:
        list(read_paths([good], meta=tmp_path / "missing.json"))
    assert err.value.message == f"{tmp_path / 'missing.json'}: no such file"


def test_folder_walk_skips_hidden_meta_and_media(tmp_path):
    write(tmp_path / "d" / "b.txt", "Report B.")
    write(tmp_path / "d" / "a.txt", "Report A.")
    write(tmp_path / "d" / ".hidden.txt", "Hidden.")
    write(tmp_path / "d" / ".git" / "x.txt", "Hidden too.")
    write(tmp_path / "d" / "meta.json", "[]")
    write(tmp_path / "d" / "a.txt.meta.json", '{"outlet": "Side"}')
    write(tmp_path / "d" / "sub" / "photo.jpg", b"\xff\xd8\xff\x00")
    write(tmp_path / "d" / "sub" / "c.txt", "Report C.")
    docs = list(read_paths([tmp_path / "d"]))
    assert [(d.text, d.outlet) for d in docs] == [
        ("Report A.", "Side"), ("Report B.", None), ("Report C.", None)]


# --------------------------------------------------------------------------- identity


def test_exact_duplicates_share_id_across_formats(tmp_path):
    a = write(tmp_path / "a.txt", "Troops seized the airport.\n\nPolice left.")
    b = write(tmp_path / "b.md", "Troops  seized the airport.\n\n\nPolice left.\n")
    c = write(tmp_path / "c.jsonl", json.dumps({"text": "Troops seized the airport.\n\nPolice left."}))
    ids = {d.id for d in read_paths([a, b, c])}
    assert len(ids) == 1
    assert content_hash("Troops SEIZED the “airport”.") == content_hash('troops seized the "airport".')
    assert document_id("one text") != document_id("another text")


REPORT = (
    "Soldiers of a mutinous brigade seized the airport in the southern city on Friday "
    "evening after their commander accused the defence minister of stealing their pay. "
    "The commander announced the mutiny in a video posted shortly after eight in the "
    "evening and demanded the minister's dismissal within a day. Armoured vehicles blocked "
    "the motorway west of the city and police withdrew from two checkpoints without any "
    "resistance, according to a reporter at the scene. The ministry denied that wages had "
    "been withheld and said the great majority of units remained loyal to the government. "
    "Residents queued at petrol stations late into the night, unsure what would come next."
)


def test_near_duplicates_found_and_unrelated_text_not():
    copy1 = REPORT.replace("on Friday evening", "on Friday night").replace(
        "Residents queued", "Many residents queued")
    copy2 = "SOUTHERN CITY (Wire) - " + REPORT.replace("a reporter", "a wire reporter") + (
        " This report is published under an agreement with the wire service.")
    unrelated = ("The central bank raised interest rates by half a point on Tuesday, citing "
                 "persistent inflation in food and energy prices, and signalled that further "
                 "increases were likely before the end of the year as wages kept rising.")
    index = NearDuplicates()
    assert index.add("orig", REPORT) is None
    assert index.add("copy1", copy1) == "orig"
    assert index.add("other", unrelated) is None
    assert index.add("copy2", copy2) == "orig"
    again = NearDuplicates()  # stable across instances (fixed seed)
    assert [again.add(k, t) for k, t in (("orig", REPORT), ("copy2", copy2))] == [None, "orig"]


# --------------------------------------------------------------------------- bad input

FORMATS = ("sitroom reads .txt, .md, .html, RSS/Atom feeds, .jsonl and Telegram Desktop "
           "result.json files")


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "no text (the file holds only whitespace)"),
    ("bin.bin", b"abc\x00\x01def", "binary file, not text (it contains NUL bytes)"),
    ("ctrl.dat", bytes(range(1, 9)) * 20, "binary file, not text (mostly control characters)"),
    ("enc.txt", b"Report: \x81\x8d\x8f\x90\x9d\xc0\xc1\xf5\xff\x80\x80\xfe\xfe\x8f moved.\n",
     "cannot decode the text: not UTF-8 and its encoding cannot be guessed with confidence"),
    ("nohtml.html", b"<html><head><script>var a;</script></head><body><div></div></body></html>",
     "no readable text in the HTML"),
    ("feed.rss", b"<rss><channel><title>X</title></channel></rss>", "the feed has no items"),
    ("bad.json", b'{"name": ', "not valid JSON: Expecting value at line 1 column 10"),
    ("list.json", b'[1, 2]', None),
    ("weird.xml", b"<?xml version='1.0'?><catalog><book/></catalog>",
     "XML that is neither an RSS/Atom feed nor HTML"),
])
def test_bad_files_give_one_failure_each(tmp_path, name, content, message):
    f = write(tmp_path / name, content)
    failures = list(read_paths([f]))
    if message is None:  # a list of non-records: one failure per record
        assert [x.path for x in failures] == [f"{f}#record 1", f"{f}#record 2"]
        return
    assert len(failures) == 1
    [failure] = failures
    assert isinstance(failure, IngestFailure)
    assert (failure.path, failure.message) == (str(f), message)
    assert failure.hint
    with pytest.raises(InputError) as err:
        read_file(f)
    assert err.value.message == f"{f}: {message}"


def test_other_encodings_are_decoded(tmp_path):
    text = "General Zlatev said “we will return to the barracks” and it’s over – for now."
    for name, data in (("bom8.txt", b"\xef\xbb\xbf" + text.encode()),
                       ("u16.txt", text.encode("utf-16")),
                       ("u16le.txt", text.encode("utf-16-le")),
                       ("u16be.txt", text.encode("utf-16-be")),
                       ("cp1252.txt", (text + " Officials said the troops were calm.").encode("cp1252"))):
        [doc] = read_file(write(tmp_path / name, data))
        assert doc.text.startswith(text), name


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    missing, empty = read_paths([tmp_path / "nope.txt", tmp_path / "empty"])
    assert missing == IngestFailure(str(tmp_path / "nope.txt"), "no such file or folder",
                                    "check the path; give report files or folders holding them")
    assert (empty.path, empty.message) == (str(tmp_path / "empty"),
                                           "the folder holds no report files")


def test_bad_sidecar_is_a_failure_of_its_file(tmp_path):
    f = write(tmp_path / "a.txt", "Report text.")
    write(tmp_path / "a.txt.meta.json", '{"published": "someday"}')
    [failure] = read_paths([f])
    assert (failure.path, failure.message) == (
        str(tmp_path / "a.txt.meta.json"), "\"published\" is not a date: 'someday'")


def test_short_list_lines_are_not_unwrapped(tmp_path):
    text = "Cities under curfew\nPlovdiv\nSofia\nVarna\nBurgas and the coast"
    [doc] = read_file(write(tmp_path / "list.txt", text))
    assert doc.text == text
