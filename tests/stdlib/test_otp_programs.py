"""Whole programs on the stdlib's io side (devices, files, ports) whose stdout
and exit status were recorded from real OTP 25 by regen_exprs.py; each runs
in an empty working directory, with NAME.in (if any) as standard input."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "programs"
ROOT = Path(__file__).parent.parent.parent
NAMES = sorted(p.stem for p in HERE.glob("*.erl"))


@pytest.mark.parametrize("name", NAMES)
def test_program(name, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / f"{name}.erl").write_bytes((HERE / f"{name}.erl").read_bytes())
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(tmp_path / "cache"))
    stdin = HERE / f"{name}.in"
    proc = subprocess.run([sys.executable, "-m", "beamish", "run", f"{name}.erl"], cwd=work,
                          input=stdin.read_bytes() if stdin.exists() else b"",
                          capture_output=True, timeout=300, env=env)
    assert proc.returncode == int((HERE / f"{name}.exit").read_text()), proc.stderr.decode()[-2000:]
    assert proc.stdout.decode("latin-1") == (HERE / f"{name}.out").read_bytes().decode("latin-1")
