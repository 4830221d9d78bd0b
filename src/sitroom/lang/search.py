"""What full-text search indexes for a sentence in any language, and how a query is read.

SQLite's FTS5 tokenizer (``unicode61 remove_diacritics 2`` under the Porter stemmer) splits
words at spaces and punctuation, folds case and accents ("negociation" finds "négociation")
and stems English. Two things it cannot do are added here:

- inflected languages: "Пловдив" should find "в Пловдиве" and "Пловдива". Each sentence is
  stored with the dictionary forms (the lemmas annotate gives) of its words that differ from
  the words as written, and search matches those too;
- scripts written without spaces (Chinese, Japanese, Thai, ...): unicode61 takes a whole
  run of characters for one word, so no word inside it could be found. Sentences with such
  characters are also indexed by FTS5's ``trigram`` tokenizer (any substring of three or more
  characters), shorter query words are looked for as substrings of those sentences.
"""

from __future__ import annotations

import re

from ..model import AnnotatedDoc

# scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, Hiragana and
# Katakana, CJK ideographs (and their extension A and compatibility forms)
_RANGES = ("\u0e00-\u0eff", "\u1000-\u109f", "\u1780-\u17ff", "\u3040-\u30ff",
           "\u3400-\u4dbf", "\u4e00-\u9fff", "\uf900-\ufaff")
SPACELESS = re.compile(f"[{''.join(_RANGES)}]")
# the same test in SQLite's GLOB syntax, for the store's triggers
SPACELESS_GLOB = f"*[{''.join(_RANGES)}]*"


def sentence_rows(adoc: AnnotatedDoc) -> list[tuple[int, int, str, str]]:
    """(start, end, text, lemmas) per sentence; ``lemmas`` holds the dictionary forms of its
    words that differ from the words (lower case, each once), for every language but
    English, which the Porter stemmer serves."""
    lang = adoc.doc.language or ""
    forms: list[dict[str, None]] = [{} for _ in adoc.sents]
    if lang not in ("en", ""):
        for t in adoc.tokens:
            lemma = t.lemma.lower()
            if 0 <= t.sent < len(forms) and lemma and lemma != t.text.lower() and any(
                    ch.isalnum() for ch in lemma):
                forms[t.sent][lemma] = None
    return [(s.start_char, s.end_char, s.text, " ".join(forms[i]))
            for i, s in enumerate(adoc.sents)]


def query_words(query: str) -> list[str]:
    """The words of a search query (letters and digits; anything else separates)."""
    return "".join(ch if ch.isalnum() else " " for ch in query).split()


def spaceless(text: str) -> bool:
    """Whether the text has characters of a script written without spaces."""
    return SPACELESS.search(text) is not None
