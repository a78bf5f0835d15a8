"""``beamish test DIR`` on the eunit fixtures, against OTP 25's eunit.

Each case of tests/stdlib/eunit/eunit_cases.py runs ``python3 -m beamish test
[-v] DIR`` from the repository root (so stack traces show the same relative
paths as the ``erlc`` runs that recorded the goldens) and must print what
``eunit:test([Modules], Options)`` printed there, byte for byte once timings
and pids are blanked (eunit_cases.normalise), and exit 0 exactly when eunit
returned ok.
"""
from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "stdlib" / "eunit"))
from eunit_cases import CASES, GOLDENS, HERE, normalise  # noqa: E402


def beamish(*args: str, cwd: Path = ROOT, cache: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if cache is not None:
        env["BEAMISH_CACHE_DIR"] = str(cache)
    return subprocess.run([sys.executable, "-m", "beamish", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("name,directory,options", CASES, ids=[c[0] for c in CASES])
def test_eunit_report_matches_otp(name, directory, options, tmp_path):
    relative = os.path.relpath(os.path.join(HERE, directory), ROOT)
    flags = ["-v"] if "verbose" in options else []
    run = beamish("test", *flags, relative, cache=tmp_path)
    with open(os.path.join(GOLDENS, name + ".out")) as f:
        expected = normalise(f.read())
    with open(os.path.join(GOLDENS, name + ".status")) as f:
        status = int(f.read())
    actual = normalise(run.stdout)
    assert actual == expected, "".join(difflib.unified_diff(
        expected.splitlines(True), actual.splitlines(True), "otp", "beamish")) + run.stderr
    assert run.returncode == status


def test_files_and_companion_module(tmp_path):
    """Files may be named one by one; bob_tests runs once, as part of bob."""
    passing = os.path.relpath(os.path.join(HERE, "passing"), ROOT)
    run = beamish("test", f"{passing}/bob.erl", f"{passing}/bob_tests.erl", cache=tmp_path)
    with open(os.path.join(GOLDENS, "passing.out")) as f:
        assert run.stdout == f.read()
    assert run.returncode == 0


def test_compile_error_exits_2(tmp_path):
    source = tmp_path / "broken.erl"
    source.write_text("-module(broken).\nf() -> X.\n")
    run = beamish("test", str(source), cache=tmp_path)
    assert run.returncode == 2
    assert "broken.erl:2:8: variable 'X' is unbound" in run.stderr
    assert run.stdout == ""


def test_missing_path(tmp_path):
    run = beamish("test", str(tmp_path / "nope.erl"), cache=tmp_path)
    assert run.returncode == 2
    assert "no such file or directory" in run.stderr


def test_test_macro_is_defined(tmp_path):
    """-ifdef(TEST) sections are compiled in, so the test inside runs."""
    single = os.path.relpath(os.path.join(HERE, "single"), ROOT)
    run = beamish("test", single, cache=tmp_path)
    assert run.stdout == "  Test passed.\n"


def test_generated_test_function(tmp_path):
    """eunit.hrl gives a module test/0, which runs its tests (and its _tests module's)."""
    passing = os.path.relpath(os.path.join(HERE, "passing"), ROOT)
    script = tmp_path / "run_bob.erl"
    script.write_text("#!/usr/bin/env escript\nmain(_) -> io:format(\"~p~n\", [bob_tests:test()]).\n")
    run = beamish("run", "-pa", passing, str(script), cache=tmp_path)
    assert run.stdout == "  All 9 tests passed.\nok\n"
