"""Where ``beamish run`` reports compile errors and warnings, against escript.

escript 25 sends scan, preprocessor and parse errors (all of them, bare) to
stderr and stops; lint errors and warnings go to stdout with erlc's excerpt
under ``-mode(compile)``, to stderr bare otherwise. A script whose first
line is not ``#!`` loses that line. The goldens (stdout, stderr, exit
status) come from escript via ``escript_compile/regen.py``.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "escript_compile"


@pytest.mark.parametrize("name", sorted(p.stem for p in CASES.glob("*.erl")))
def test_matches_escript(name, tmp_path):
    shutil.copy(CASES / (name + ".erl"), tmp_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-m", "beamish", "run", name + ".erl"],
                            cwd=tmp_path, env=env, capture_output=True,
                            stdin=subprocess.DEVNULL, timeout=120)
    assert result.stdout == (CASES / (name + ".stdout")).read_bytes()
    assert result.stderr == (CASES / (name + ".stderr")).read_bytes()
    assert result.returncode == int((CASES / (name + ".exit")).read_text())
