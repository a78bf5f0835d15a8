"""What erlc-compiled code shows, which eunit's reports are made of.

otp_compiled/compiled.erl prints fun names (numbered in the order OTP 25's
v3_core visits expressions: lists tail first, tuple elements and call
arguments right to left, a fun after the funs inside it), stack traces of a
fun applied in place (inlined: the enclosing function's frame), of a fun with
a captured variable (its arity counts it), of code after ``-file`` (the named
file and renumbered lines), and module_info. compiled.out was recorded with
``erlc -o T compiled.erl && erl -noshell -pa T -eval 'compiled:main([]), halt().'``
from the repository root (a compiled module, not escript's interpreter).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASE = Path(__file__).resolve().parent / "otp_compiled"


def test_compiled_module_matches_erlc(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(tmp_path))
    run = subprocess.run([sys.executable, "-m", "beamish", "run",
                          os.path.relpath(CASE / "compiled.erl", ROOT)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.stderr == ""
    assert run.stdout == (CASE / "compiled.out").read_text()
