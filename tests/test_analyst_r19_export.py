"""Round 19, reading the exports: the links CSV has one header whatever links a store holds
(docs/judgements/reading.md, round 19: a third reading)."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from analystkit import cli_output, cross_picture

HEADER = "kind,from,to,first,against,reason,from_doc,to_doc,evidence,evidence_doc,evidence_text"


def _links_csv(tmp_path: Path, links: list[dict]) -> str:
    """``sitroom export --format csv --what links`` of a small picture holding ``links``."""
    p = cross_picture()
    p["links"] = links
    return cli_output(tmp_path, p, "export", "-f", "csv", "--what", "links")


def test_a_store_of_corroborations_only_has_the_links_header_of_a_store_with_disputes(tmp_path):
    out = _links_csv(tmp_path, [{"kind": "corroborates", "from": "d3", "to": "event:1",
                                 "first": "d1"}])
    assert out == HEADER + "\ncorroborates,d3,event:1,d1,,,,,,,\n"


def test_a_dispute_fills_its_own_columns_in_the_same_header(tmp_path):
    out = _links_csv(tmp_path, [{"kind": "contradicts", "from": "d2", "to": "event:1",
                                 "against": "d1", "reason": "denial"}])
    assert out == HEADER + "\ncontradicts,d2,event:1,,d1,denial,,,,,\n"


def test_a_store_without_links_writes_a_header_pandas_reads(tmp_path):
    out = _links_csv(tmp_path, [])
    assert out == HEADER + "\n"
    assert list(pd.read_csv(io.StringIO(out)).columns) == HEADER.split(",")


def test_other_kinds_keep_their_columns_as_the_records_give_them():
    from sitroom.export import to_csv

    assert to_csv([{"id": "a", "name": "Rebels"}]) == "id,name\na,Rebels\n"
