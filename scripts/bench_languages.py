"""Speed of each language's pipeline (annotate + extract) against bare spaCy (English).

Texts: the example reports of examples/reports in that language (ru, uk, fr) and, for the
partial path, German text built from spaCy's shipped example sentences (read in place);
each set is repeated to about ``--words`` words. Words are whitespace-separated words of the
input; the figure to quote is the ratio to bare spaCy in the same run.

    PYTHONPATH=src python scripts/bench_languages.py --words 6000
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from sitroom.annotate import annotate, bare_pipe
from sitroom.eval.language import _texts
from sitroom.extract import extract
from sitroom.ingest import read_file
from sitroom.model import Document

ROOT = Path(__file__).resolve().parents[1]
FILES = {"ru": "12_ria_vostok_ru.txt", "uk": "13_kyiv_monitor_uk.txt",
         "fr": "14_le_courrier_des_balkans_fr.txt", "en": "01_bws_plovdiv_mutiny.txt"}


def corpus(lang: str, words: int) -> list[str]:
    if lang in FILES:
        base = [read_file(ROOT / "examples" / "reports" / FILES[lang])[0].text]
    else:
        src = {"package": "spacy", "path": f"lang/{lang}/examples.py", "name": "sentences"}
        base = [" ".join(_texts(src))]
    out, n = [], 0
    while n < words:
        for t in base:
            out.append(t)
            n += len(t.split())
    return out


def rate(texts: list[str], run) -> float:
    run(texts[:2])  # load models outside the timing
    t0 = time.perf_counter()
    run(texts)
    return sum(len(t.split()) for t in texts) / (time.perf_counter() - t0)


def pipeline(lang: str):
    def run(texts):
        docs = [Document(id=f"{lang}{i}", text=t, language=lang,
                         published="2026-03-14T12:00:00+02:00") for i, t in enumerate(texts)]
        for adoc in annotate(docs):
            extract(adoc)
    return run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=6000)
    args = ap.parse_args()
    bare = rate(corpus("en", args.words), lambda ts: bare_pipe(ts))
    rows = {"bare spaCy (en)": round(bare)}
    for lang in ("en", "fr", "ru", "uk", "de"):
        r = rate(corpus(lang, args.words), pipeline(lang))
        rows[f"sitroom {lang}" + (" (partial)" if lang == "de" else "")] = round(r)
    print(json.dumps({"words_per_second": rows,
                      "ratio_to_bare_spacy": {k: round(v / bare, 2) for k, v in rows.items()},
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                           / 1024)}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
