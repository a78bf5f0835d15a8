"""Crash reports and compile errors of ``beamish run``, against OTP 25's own text.

Each ``error_reports/NAME.erl`` runs as ``python3 -m beamish run NAME.erl`` in a
scratch directory; ``NAME.stderr`` is what OTP printed for the same file,
recorded by ``error_reports/regen.py`` (which needs OTP 25; this test does not):

* a program that crashes must exit 127 and print escript's report, compared up
  to the first stack frame outside the program (regen.runtime_report);
* a ``compile_*`` program must exit 127 and print erlc's report (excerpts
  included) followed by ``escript: There were compilation errors.``

KNOWN_DIFFERENCES lists the programs where beamish is known to differ from OTP
for a reason outside the report formatter (the VM's stack traces, missing
BIFs, run.py). They are xfails, not strict ones, because those parts change
under other hands; ``pytest -rX`` lists the ones that pass by now, whose entries
should then go.
"""
from __future__ import annotations

import concurrent.futures
import difflib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from beamish.cli.run import _read_lines
from beamish.compiler import CompileError, compile_file
from beamish.compiler.errors import erlc_report

ROOT = Path(__file__).resolve().parents[2]
GOLDEN_DIR = Path(__file__).resolve().parent / "error_reports"

_spec = importlib.util.spec_from_file_location("error_reports_regen", GOLDEN_DIR / "regen.py")
regen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(regen)

_FLOAT_DIVISION = ("OTP 25's type analysis knows both operands of this '/' are numbers and emits "
                   "a float division, which fails without an operator frame")
_LITERAL_OPERAND = ("OTP 25 (JIT) puts no operator frame on a failing '+' whose other operand is "
                    "a literal integer: the report starts at the caller")

KNOWN_DIFFERENCES = {
    "badarith_float": _FLOAT_DIVISION,
    "badarith_literal_operand": ("OTP 25 infers from the only call site that add/2's first "
                                 "argument is the literal 1; beamish does no such inference"),
    "fun_frame_literal": _LITERAL_OPERAND,
    "lc_frame": "beamish has no frames for the list comprehension's own function",
    "std_maps_get": "OTP's compiler turns maps:get/2 into the map_get/2 BIF; beamish keeps the call",
    "std_maps_fold": ("beamish's maps.erl fails inside maps:fold/3 instead of raising with the "
                      "caller's arguments (error_info)"),
    "std_maps_map_iter": ("beamish's maps.erl fails inside maps:map/2 instead of raising with "
                          "the caller's arguments (error_info)"),
}

PROGRAMS = sorted(path.stem for path in GOLDEN_DIR.glob("*.erl"))


def _param(name: str):
    reason = KNOWN_DIFFERENCES.get(name)
    marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
    return pytest.param(name, marks=marks, id=name)


def _run(name: str, work: Path, cache: Path) -> subprocess.CompletedProcess:
    work.mkdir(parents=True, exist_ok=True)
    shutil.copy(GOLDEN_DIR / (name + ".erl"), work)
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(cache))
    return subprocess.run([sys.executable, "-m", "beamish", "run", name + ".erl"], cwd=work,
                          env=env, capture_output=True, stdin=subprocess.DEVNULL, timeout=300)


@pytest.fixture(scope="module")
def outcome(request, tmp_path_factory):
    """``outcome(name)``: the finished run of one program.

    Alone, the module starts every selected program at once, one process per
    CPU; under pytest-xdist each worker runs just its own tests' programs.
    """
    base = tmp_path_factory.mktemp("error_reports")
    cache = base / "cache"
    under_xdist = "PYTEST_XDIST_WORKER" in os.environ
    pool = concurrent.futures.ThreadPoolExecutor(
        max_workers=1 if under_xdist else os.cpu_count() or 2)
    futures: dict = {}

    def submit(name: str):
        if name not in futures:
            futures[name] = pool.submit(_run, name, base / name, cache)
        return futures[name]

    if not under_xdist:
        for item in request.session.items:
            if item.module is sys.modules[__name__] and hasattr(item, "callspec"):
                submit(item.callspec.params["name"])
    yield lambda name: submit(name).result()
    pool.shutdown(cancel_futures=True)


def _diff(expected: str, actual: str) -> str:
    return "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        "OTP", "beamish"))


def test_every_program_has_a_golden():
    missing = [name for name in PROGRAMS if not (GOLDEN_DIR / (name + ".stderr")).exists()]
    assert not missing
    assert set(KNOWN_DIFFERENCES) <= set(PROGRAMS)


@pytest.mark.parametrize("name", [_param(name) for name in PROGRAMS])
def test_report_matches_otp(name, outcome, tmp_path):
    expected = regen.read_golden(GOLDEN_DIR / (name + ".stderr"))
    if name.startswith("compile_"):
        actual = _erlc_report(name, tmp_path)
    else:
        result = outcome(name)
        stderr = regen.decode(result.stderr)
        assert "Traceback" not in stderr, stderr
        assert result.returncode == 127, stderr
        actual = regen.runtime_report(stderr, name)
    assert actual == expected, _diff(expected, actual)


def _erlc_report(name: str, work: Path) -> str:
    """The compiler's report in erlc's words, for a program erlc rejects."""
    shutil.copy(GOLDEN_DIR / (name + ".erl"), work)
    cwd = os.getcwd()
    os.chdir(work)
    try:
        compile_file(name + ".erl", use_cache=False)
    except CompileError as error:
        return erlc_report(error.diagnostics, error.warnings, _read_lines)
    finally:
        os.chdir(cwd)
    raise AssertionError(f"{name}.erl compiled")
