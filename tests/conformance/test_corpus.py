"""The conformance corpus: each program's stdout and exit status must equal OTP 25's.

The goldens (X.out, X.exit) were recorded from real `escript` and are never
edited by hand. Cases that need features of later issues are listed in
KNOWN_FAILURES; they are strict xfails, so one that starts passing fails the
run until it is taken off the list.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
CASES = sorted(p.stem for p in HERE.glob("*.erl"))
KNOWN_FAILURES = set((HERE / "KNOWN_FAILURES").read_text().split()) if (HERE / "KNOWN_FAILURES").exists() else set()
ROOT = HERE.parent.parent


@pytest.mark.parametrize("path", ["generated", "interp"])
@pytest.mark.parametrize("case", CASES)
def test_case(case, path, tmp_path):
    """Both execution paths (vm/jit.py's generated code, and the reference
    bytecode interpreter under BEAMISH_INTERP=1) must print OTP's output."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(tmp_path.parent / "beamish-cache"),
               BEAMISH_INTERP="1" if path == "interp" else "0")
    proc = subprocess.run([sys.executable, "-m", "beamish", "run", f"{case}.erl"], cwd=HERE,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=120, env=env)
    expected_out = (HERE / f"{case}.out").read_bytes()
    expected_exit = int((HERE / f"{case}.exit").read_text().strip())
    ok = proc.stdout == expected_out and proc.returncode == expected_exit
    if case in KNOWN_FAILURES:
        if ok:
            pytest.fail(f"{case} passes now: remove it from KNOWN_FAILURES")
        pytest.xfail("needs a later issue (listed in KNOWN_FAILURES)")
    assert proc.returncode == expected_exit, proc.stderr.decode(errors="replace")[-2000:]
    assert proc.stdout.decode("latin-1") == expected_out.decode("latin-1")
