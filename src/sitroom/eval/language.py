"""Language identification accuracy on public example sentences shipped in installed
packages (``data/eval/language_set.json`` names each source: package, path, list name).

The texts are read where the package is installed (the file is parsed, not imported, and
nothing is copied into this repository). Consecutive texts of one language are joined
into passages of at least ``min_chars`` characters (the figure the quality gate pins:
>= 0.98), and every text is also scored alone ("short": mostly one sentence). Each item
runs through :func:`sitroom.lang.detect.detect`, the detector ingest uses.
"""

from __future__ import annotations

import ast
import json
import resource
import time
from collections import Counter
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

from ..errors import InputError


def load_set(path: Path | None = None) -> dict:
    if path is None:
        text = resources.files("sitroom.data").joinpath("eval/language_set.json").read_text("utf-8")
        return json.loads(text)
    try:
        return json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"cannot read the language set ({exc})",
                         "give a JSON file shaped like data/eval/language_set.json") from None


def _texts(source: dict) -> list[str]:
    """The list ``source['name']`` of ``source['path']`` in the installed package, parsed."""
    spec = find_spec(source["package"])
    if spec is None or not spec.submodule_search_locations:
        return []
    file = Path(next(iter(spec.submodule_search_locations))) / source["path"]
    if not file.is_file():
        return []
    for node in ast.parse(file.read_text("utf-8")).body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == source["name"] for t in node.targets):
            value = ast.literal_eval(node.value)
            return [v for v in value if isinstance(v, str) and v.strip()]
    return []


def passages(texts: list[str], min_chars: int) -> list[str]:
    """One passage starting at each text: it and the texts after it (wrapping round to the
    first) joined until at least ``min_chars`` characters; none when all the texts together
    are shorter."""
    if len(" ".join(texts)) < min_chars:
        return []
    out = []
    for i in range(len(texts)):
        cur, k = "", i
        while len(cur) < min_chars:
            cur = f"{cur} {texts[k % len(texts)]}".strip()
            k += 1
        out.append(cur)
    return out


def evaluate(data: Path | None = None, limit: int | None = None) -> dict:
    from ..lang import detect

    table = load_set(data)
    items: dict[str, list[tuple[str, str]]] = {"long": [], "short": []}
    missing = []
    for source in table["sources"]:
        texts = _texts(source)
        if not texts:
            missing.append(f"{source['package']}/{source['path']}")
            continue
        lang = source["language"]
        items["short"] += [(lang, t) for t in texts]
        items["long"] += [(lang, p) for p in passages(texts, table["min_chars"])]
    def load(text: str) -> tuple[float, float]:
        """Seconds and MB of peak memory the first detection of ``text`` costs."""
        t0, rss0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        detect.detect(text)
        return (round(time.perf_counter() - t0, 2),
                round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024, 1))

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result: dict = {"missing": missing}
    # report-length Latin-script text loads the fast detector, a short one the full models
    result["load_fast"] = load("The column of the mutinous brigade left the city at dawn and "
                               "moved towards the capital, local officials said on Saturday.")
    result["load_full"] = load("The column left at dawn.")
    chars = 0
    t1 = time.perf_counter()
    for kind, pairs in items.items():
        pairs = pairs[:limit] if limit else pairs
        confusions: Counter = Counter()
        per: dict[str, list[int]] = {}
        right = 0
        for gold, text in pairs:
            got = detect.detect(text)
            chars += len(text)
            ok = got == gold
            right += ok
            per.setdefault(gold, [0, 0])
            per[gold][0] += ok
            per[gold][1] += 1
            if not ok:
                confusions[f"{gold}->{got}"] += 1
        result[kind] = {
            "n": len(pairs), "accuracy": round(right / len(pairs), 4) if pairs else 0.0,
            "per_language": {k: f"{a}/{n}" for k, (a, n) in sorted(per.items())},
            "confusions": dict(confusions.most_common()),
        }
    elapsed = time.perf_counter() - t1
    result["chars_per_second"] = round(chars / elapsed) if elapsed else 0
    result["peak_rss_mb_added"] = round(
        (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024, 1)
    return result


def format_text(result: dict) -> str:
    lines = []
    for kind, label in (("long", "passages of 200+ characters"), ("short", "single sentences")):
        r = result[kind]
        lines.append(f"language ID, {label}: accuracy {r['accuracy']:.4f} (n={r['n']})")
        if r["confusions"]:
            lines.append("  errors: " + ", ".join(f"{k} x{v}" for k, v in r["confusions"].items()))
    (fs, fm), (ls, lm) = result["load_fast"], result["load_full"]
    lines.append(f"detector load (Latin script): fast mode {fs} s +{fm} MB, full models {ls} s "
                 f"+{lm} MB; {result['chars_per_second']} characters/s over the set; peak "
                 f"memory with every language loaded +{result['peak_rss_mb_added']} MB")
    if result["missing"]:
        lines.append("sources not installed: " + ", ".join(result["missing"]))
    return "\n".join(lines)
