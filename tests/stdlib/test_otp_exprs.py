"""Stdlib expressions whose results and errors were recorded from real OTP 25.

Each exprs/NAME.txt is run as one program under beamish (see exprs_program)
and compared line by line with exprs/NAME.out, written by regen_exprs.py.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from exprs_program import EXPRS_DIR, expressions, program  # noqa: E402

ROOT = Path(__file__).parent.parent.parent
NAMES = sorted(p.stem for p in EXPRS_DIR.glob("*.txt"))
RESULT_LINE = re.compile(r"\d+: ")


@pytest.mark.parametrize("name", NAMES)
def test_exprs(name, tmp_path):
    work = tmp_path / "work"  # the program's working directory, empty but for it
    work.mkdir()
    source = work / f"exprs_{name}.erl"
    source.write_text(program(name), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.run([sys.executable, "-m", "beamish", "run", str(source)], cwd=work,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-3000:]
    # Compiler warnings go to stdout too (escript's -mode(compile)); results only.
    got = [line for line in proc.stdout.decode("latin-1").splitlines() if RESULT_LINE.match(line)]
    want = (EXPRS_DIR / f"{name}.out").read_bytes().decode("latin-1").splitlines()
    exprs = expressions(name)
    wrong = [f"{exprs[i]}\n   OTP:     {w}\n   beamish: {g}"
             for i, (w, g) in enumerate(zip(want, got)) if w != g]
    assert not wrong and len(got) == len(want), "\n".join(wrong) or f"{len(got)} lines, want {len(want)}"
