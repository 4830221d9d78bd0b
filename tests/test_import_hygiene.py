"""Nothing at run time imports evaluation or training code: every runtime module imports
without ``sitroom.eval`` or ``sitroom.training``, and neither is loaded after the whole
pipeline (ingest, analyse, every report) has run on a small report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

SCRIPT = r"""
import json, importlib, sys
from pathlib import Path
import sitroom

root = Path(sitroom.__file__).parent
names = [".".join(("sitroom", *p.relative_to(root).with_suffix("").parts)).removesuffix(".__init__")
         for p in sorted(root.rglob("*.py"))]
runtime = [n for n in names if not n.startswith(("sitroom.eval", "sitroom.training"))]
for name in runtime:
    if name == "sitroom.scale":  # needs the optional dask extra only when used
        continue
    importlib.import_module(name)
after_import = sorted(m for m in sys.modules if m.startswith(("sitroom.eval", "sitroom.training")))

from typer.testing import CliRunner
from sitroom.cli import app

work = Path(sys.argv[1])
report = work / "report.txt"
report.write_text(
    "Rebels seized the airport in Varna on Monday, the defence ministry said. "
    "\"We will not negotiate,\" the rebel commander told reporters. "
    "Officials reportedly denied that troops had withdrawn.\n", encoding="utf-8")
db, out = work / "s.db", work / "out"
result = CliRunner().invoke(app, ["run", str(report), "--db", str(db), "--out", str(out)])
for fmt in ("md", "html", "terminal"):
    CliRunner().invoke(app, ["report", "--db", str(db), "--format", fmt, "-o", str(work / f"r.{fmt}")])
after_run = sorted(m for m in sys.modules if m.startswith(("sitroom.eval", "sitroom.training")))
print(json.dumps({"modules": len(runtime), "exit": result.exit_code, "output": result.output[-500:],
                  "after_import": after_import, "after_run": after_run,
                  "written": sorted(p.name for p in out.iterdir()) if out.exists() else []}))
"""


@pytest.mark.slow
def test_runtime_never_imports_eval_or_training(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True,
                          text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["modules"] > 40
    assert got["exit"] == 0, got["output"]
    assert {"report.md", "report.html", "picture.json"} <= set(got["written"])
    assert got["after_import"] == []
    assert got["after_run"] == []
