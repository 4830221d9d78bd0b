"""natasha's models run with one BLAS thread (their matrix products are too small for more;
threads cost 4-6x on busy cores), and the limit is lifted after them."""

from __future__ import annotations

import natasha
import pytest
from threadpoolctl import threadpool_info

from sitroom.annotate import annotate
from sitroom.model import Document


def _blas_threads() -> list[int]:
    return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Анатолий Карпов прибыл в Самару, сообщили власти."),
    ("uk", "Колона рухалася до Києва, заявив міністр."),
])
def test_natasha_models_run_with_one_blas_thread_and_the_limit_is_lifted(monkeypatch, lang, text):
    seen: dict[str, list[int]] = {}
    for step in ("tag_morph", "parse_syntax", "tag_ner"):
        original = getattr(natasha.Doc, step)

        def spy(self, model, _original=original, _step=step):
            seen[_step] = _blas_threads()
            return _original(self, model)

        monkeypatch.setattr(natasha.Doc, step, spy)
    before = _blas_threads()
    assert before  # numpy's BLAS is seen
    adoc = next(annotate([Document(id=lang, text=text, language=lang)]))
    assert adoc.ents and any(t.dep == "ROOT" for t in adoc.tokens)  # the models did run
    assert set(seen) == {"tag_morph", "parse_syntax", "tag_ner"}
    assert all(threads == [1] * len(before) for threads in seen.values())
    assert _blas_threads() == before
