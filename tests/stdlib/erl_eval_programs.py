"""Runs the programs of tests/stdlib/erl_eval_cases/ and gives OTP's recorded output.

Each NAME.erl there was run once with escript on Erlang/OTP 25 (record.py,
which needs OTP; the tests do not) and its stdout saved as NAME.out; NAME.in,
when present, is its standard input. The programs run with that directory
as the working directory, so they read their fixtures by relative name.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "erl_eval_cases"


def run_case(name: str, cache_dir: Path) -> tuple[str, str, int]:
    """(stdout, stderr, exit status) of ``beamish run NAME.erl``."""
    stdin = CASES / f"{name}.in"
    data = stdin.read_bytes() if stdin.exists() else b""
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(cache_dir))
    result = subprocess.run([sys.executable, "-m", "beamish", "run", f"{name}.erl"],
                            cwd=CASES, input=data, capture_output=True, timeout=600, env=env)
    return result.stdout.decode("latin-1"), result.stderr.decode("latin-1"), result.returncode


def expected(name: str) -> str:
    return (CASES / f"{name}.out").read_bytes().decode("latin-1")
