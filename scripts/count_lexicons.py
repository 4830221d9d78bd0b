"""Count word lists still written as Python literals in the package (issue: lexicons as data).

A "lexicon literal" is a set, frozenset, list, tuple or dict display whose elements (keys, for a
dict) are at least five string constants, or a string constant of five words or more split into
words (``"a b c d e".split()``). Prints one line per
module and the totals: ``python scripts/count_lexicons.py [src/sitroom]``.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path


def _strings(node: ast.AST) -> int:
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split" and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)):
        n = len(node.func.value.value.split())
        return n if n >= 5 else 0
    if isinstance(node, ast.Dict):
        elts = [k for k in node.keys if k is not None]
    elif isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        elts = list(node.elts)
    else:
        return 0
    n = sum(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elts)
    return n if n >= 5 and n >= len(elts) * 0.8 else 0


def count(path: Path) -> tuple[int, int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    literals = entries = 0
    for node in ast.walk(tree):
        n = _strings(node)
        if n:
            literals += 1
            entries += n
    return literals, entries


def main(root: str = "src/sitroom") -> None:
    total_l = total_e = modules = 0
    for path in sorted(Path(root).rglob("*.py")):
        if "eval" in path.parts or "training" in path.parts:
            continue
        lit, ent = count(path)
        if lit:
            modules += 1
            total_l += lit
            total_e += ent
            print(f"{ent:6d} entries in {lit:3d} literals  {path}")
    print(f"{total_e} entries in {total_l} literals across {modules} modules (eval and training excluded)")


if __name__ == "__main__":
    main(*sys.argv[1:])
