"""The mutations of the torture run: headlines turned into quotes, unbalanced and nested
quotation marks, lone timestamps, tables, bylines and credits, long lines, mixed scripts,
control characters, markup debris, truncation, and empty texts; each seeded by the text."""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from .robustness_texts import Text, material


_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")
_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")


def _rng(t: Text, kind: str) -> random.Random:
    return random.Random(zlib.crc32(f"{t.id}~{kind}".encode()))


def _paragraphs(text: str) -> list[str]:
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paras) <= 1:
        paras = [s.strip() for s in _SENT_END.split(text) if s.strip()]
    return paras or [text]


def _name(text: str, rng: random.Random) -> str:
    names = _NAME.findall(text[:5000])
    return rng.choice(names) if names else rng.choice(material()["names"])


def _words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def _headline(t: Text) -> str:
    if t.headline and t.headline.strip():
        return t.headline.strip()
    first = _paragraphs(t.text)[0]
    return _words(first, 14)


def _clock(k: int) -> str:
    return f"{(5 + k // 4) % 24:02d}:{(37 + 11 * k) % 60:02d}"


def _name_curly_quote(t: Text, rng: random.Random) -> str:
    name = _name(t.text, rng)
    ell = rng.choice(["…", "...", ""])
    close = rng.choice(["”", "”", ""])
    out = [f"{name}: “{_headline(t)}{ell}{close}", ""]
    for k, para in enumerate(_paragraphs(t.text)):
        if k % 2 == 0:
            out += [f"UPDATE {_clock(k)} CET: {_name(para, rng)}: “{_words(para, 10)}…”", ""]
        out += [para, ""]
    return "\n".join(out)


def _name_plain_quote(t: Text, rng: random.Random) -> str:
    name = _name(t.text, rng)
    out = [f"{name}: {_headline(t)}", ""]
    for k, para in enumerate(_paragraphs(t.text)):
        if k % 2 == 1:
            out += [f"UPDATE {_clock(k)} BST: {_name(para, rng)}: {_words(para, 12)}", ""]
        out += [(f"{name}: " + para) if k % 3 == 2 else para, ""]
    return "\n".join(out)


def _unbalanced_quotes(t: Text, rng: random.Random) -> str:
    opens, closes = "“\"«„‘'", "”\"»’"
    chars = list(t.text)
    for k in range(len(chars)):
        if chars[k] in closes and rng.random() < 0.5:
            chars[k] = ""
    words = "".join(chars).split(" ")
    for _ in range(max(2, len(words) // 25)):
        k = rng.randrange(len(words))
        words[k] = rng.choice(opens) + words[k]
    return " ".join(words) + " " + rng.choice(opens) + _words(t.text, 6)


def _nested_quotes(t: Text, rng: random.Random) -> str:
    pairs = material()["quote_pairs"]
    paras = _paragraphs(t.text)
    out = []
    for k, para in enumerate(paras):
        if k % 2 == 0:
            (a1, z1), (a2, z2), (a3, z3) = rng.sample(pairs, 3)
            sents = _SENT_END.split(para)
            inner = f"{a3}{_words(sents[-1], 5)}{z3}"
            para = (f"{a1}{_name(para, rng)} said: {a2}{sents[0]} {inner}{z2}, "
                    f"and {a1}{a1}no{z1}{z1} to {a2}them{z2}.{z1} " + " ".join(sents[1:]))
        out.append(para)
    return "\n\n".join(out)


def _lone_timestamps(t: Text, rng: random.Random) -> str:
    stamps = material()["timestamps"]
    out = [rng.choice(stamps)]
    for para in _paragraphs(t.text):
        out += [para, rng.choice(stamps)]
    return "\n\n".join(out)


def _tables(t: Text, rng: random.Random) -> str:
    words = [w.strip(".,;:") for w in t.text.split()][:40] or ["a", "b", "c"]
    nums = re.findall(r"\d[\d,.]*", t.text)[:6] or ["1", "2,000", "3.5"]
    cells = [rng.choice(words) for _ in range(9)]
    md = ("| " + " | ".join(cells[:3]) + " |\n|---|:--:|---:|\n| " + " | ".join(cells[3:6])
          + " |\n| " + nums[0] + " | | " + " | ".join(nums[1:3]) + " |\n| “quoted | cell” |")
    ascii_ = ("+--------+--------+\n| " + cells[6] + " | " + cells[7] + " |\n+========+========+\n| "
              + " | ".join(nums[:2]) + " |\n+--------+--------+")
    tsv = "\n".join("\t".join(cells[i:i + 3]) for i in (0, 3, 6))
    paras = _paragraphs(t.text)
    mid = len(paras) // 2
    return "\n\n".join(paras[:mid] + [md, ascii_, tsv] + paras[mid:] + [md])


def _fill(line: str, text: str, rng: random.Random) -> str:
    name, name2 = _name(text, rng), rng.choice(material()["names"])
    return (line.replace("{NAME}", name).replace("{NAME2}", name2)
            .replace("{UPPER}", name.upper()).replace("{HANDLE}", name.replace(" ", "_")))


def _bylines_credits(t: Text, rng: random.Random) -> str:
    m = material()
    out = [_fill(rng.choice(m["bylines"]), t.text, rng), _fill(rng.choice(m["credits"]), t.text, rng)]
    for para in _paragraphs(t.text):
        out.append(para)
        if rng.random() < 0.4:
            out.append(_fill(rng.choice(m["credits"]), t.text, rng))
    out += [_fill(c, t.text, rng) for c in rng.sample(m["credits"], 3)]
    return "\n\n".join(out)


def _long_lines(t: Text, rng: random.Random) -> str:
    one = " ".join(t.text.split())
    words = one.split() or ["word"]
    run_on = ", ".join(" ".join(rng.choice(words) for _ in range(6)) for _ in range(250))
    token = "https://example.org/" + "".join(rng.choice("abcdefghij0123456789/-_%")
                                             for _ in range(4000))
    return f"{one} {run_on} {token} {one}"


def _mixed_scripts(t: Text, rng: random.Random) -> str:
    m = material()
    out = []
    for para in _paragraphs(t.text):
        words = para.split(" ")
        for _ in range(max(1, len(words) // 30)):
            k = rng.randrange(len(words))
            words[k] = words[k] + " " + rng.choice(m["script_words"])
        out.append(" ".join(words) + " " + rng.choice(m["scripts"]))
    return "\n\n".join([rng.choice(m["scripts"])] + out)


def _control_chars(t: Text, rng: random.Random) -> str:
    chars = list(t.text)
    for _ in range(max(3, len(chars) // 80)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(material()["controls"]))
    return "".join(chars).replace("\n", rng.choice(["\r\n", "\n", "\r"]))


def _unicode_punct(t: Text, rng: random.Random) -> str:
    table = {" ": ["\u00a0", "\u2009", "\u202f", " "], "-": ["\u2010", "\u2012", "\u2015", "-"],
             ",": ["\uff0c", ","], ".": ["\u3002", "\uff0e", "."], ":": ["\uff1a", ":"],
             "'": ["\u02bc", "\u2032", "'"], '"': ["\u201f", "\u301d", "\uff02"]}
    out = [rng.choice(table[c]) if c in table and rng.random() < 0.15 else c for c in t.text]
    name = _name(t.text, rng)
    return f"{name}\uff1a\u300c{_headline(t)}\u300d\n\n" + "".join(out) + "\u2026"


def _markup_debris(t: Text, rng: random.Random) -> str:
    bits = material()["markup"]
    out = []
    for para in _paragraphs(t.text):
        out.append(rng.choice(bits) + para + rng.choice(bits))
    return "\n\n".join(out)


def _truncated(t: Text, rng: random.Random) -> str:
    if len(t.text) < 4:
        return t.text + "“"
    cut = rng.randrange(1, len(t.text))
    return t.text[:cut] + rng.choice(["", "“", "—", " (", "…", "\\"])


MUTATIONS: dict[str, Callable[[Text, random.Random], str]] = {
    "name_curly_quote": _name_curly_quote,
    "name_plain_quote": _name_plain_quote,
    "unbalanced_quotes": _unbalanced_quotes,
    "nested_quotes": _nested_quotes,
    "lone_timestamps": _lone_timestamps,
    "tables": _tables,
    "bylines_credits": _bylines_credits,
    "long_lines": _long_lines,
    "mixed_scripts": _mixed_scripts,
    "control_chars": _control_chars,
    "unicode_punct": _unicode_punct,
    "markup_debris": _markup_debris,
    "truncated": _truncated,
}


def mutate(t: Text, kind: str) -> Text:
    """``t`` mutated by ``kind`` (one of :data:`MUTATIONS`), deterministically."""
    rng = _rng(t, kind)
    text = MUTATIONS[kind](t, rng)
    suffix = ".md" if kind == "tables" and rng.random() < 0.5 else ".txt"
    return replace(t, id=f"{t.id}~{kind}", text=text, suffix=suffix, mutation=kind)


def blank_texts() -> list[Text]:
    """Empty and whitespace-only texts (and texts of quote marks or dots only)."""
    return [Text(f"blank/{k}", "blank", s, mutation="blank")
            for k, s in enumerate(material()["blank"])]


def mutations(base: Sequence[Text], kinds: Iterable[str] = MUTATIONS) -> list[Text]:
    """One mutation per base text, the kinds in turn (every kind at least once, cycling over
    the base texts when there are fewer texts than kinds), plus :func:`blank_texts`."""
    kinds = list(kinds)
    if not base:
        return blank_texts()
    n = max(len(base), len(kinds))
    return [mutate(base[k % len(base)], kinds[k % len(kinds)]) for k in range(n)] + blank_texts()
