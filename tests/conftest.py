"""Shared fixtures. ``annotated(text)`` runs the real (small) spaCy pipeline once per text."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITROOM_SHARED", ROOT.parent / "shared"))
EVAL = SHARED / "eval"
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples"


@lru_cache(maxsize=512)
def _annotate(text: str, published: str | None, doc_id: str):
    from sitroom.annotate import annotate_one
    from sitroom.model import Document

    return annotate_one(Document(id=doc_id, text=text, published=published))


@pytest.fixture(scope="session")
def annotated():
    """``annotated(text, published=None, doc_id="t")`` -> AnnotatedDoc (cached)."""

    def make(text: str, published: str | None = None, doc_id: str = "t"):
        return _annotate(text, published, doc_id)

    return make


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared data sits beside the repository)")
    return path
