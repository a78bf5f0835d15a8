"""gen_server, supervisor, sys, proc_lib, logger and application against OTP 25's escript.

Each ``otp_behaviours/NAME.erl`` (an escript, first line ``#!``) runs under
``beamish run`` in a scratch copy of the directory; its stdout, logger
reports included, and exit status must equal the goldens recorded from real
escript by ``otp_behaviours/regen.py``, after that file's ``normalize``
(report timestamps, heap figures, pid numbers and frames inside OTP's
behaviour modules are the parts allowed to differ).
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES_DIR = Path(__file__).resolve().parent / "otp_behaviours"

_spec = importlib.util.spec_from_file_location("otp_behaviours_regen", CASES_DIR / "regen.py")
regen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(regen)

CASES = sorted(p.stem for p in CASES_DIR.glob("*.out"))


def run_case(name: str, tmp_path: Path, cache: Path, extra_env: dict | None = None,
             timeout: int = 120) -> subprocess.CompletedProcess:
    for path in CASES_DIR.iterdir():
        if path.is_file() and path.suffix in (".erl", ".app"):
            shutil.copy(path, tmp_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(cache), **(extra_env or {}))
    return subprocess.run([sys.executable, "-m", "beamish", "run", f"{name}.erl"], cwd=tmp_path,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, env=env)


@pytest.fixture(scope="session")
def warm_cache(tmp_path_factory) -> Path:
    """A compile cache holding the stdlib modules already: the cases sleep for
    tens of milliseconds between steps, less than compiling gen_server takes."""
    from beamish.compiler import compile_file
    from beamish.stdlib import stdlib_erl_dir
    cache = tmp_path_factory.getbasetemp() / "beamish-cache"
    saved = os.environ.get("BEAMISH_CACHE_DIR")
    os.environ["BEAMISH_CACHE_DIR"] = str(cache)
    try:
        for source in sorted(Path(stdlib_erl_dir()).glob("*.erl")):
            compile_file(str(source))
    finally:
        if saved is None:
            del os.environ["BEAMISH_CACHE_DIR"]
        else:
            os.environ["BEAMISH_CACHE_DIR"] = saved
    return cache


@pytest.mark.parametrize("name", CASES)
def test_behaviour_matches_escript(name, tmp_path, warm_cache):
    work = tmp_path / "work"
    work.mkdir()
    proc = run_case(name, work, warm_cache)
    expected = (CASES_DIR / f"{name}.out").read_bytes().decode("latin-1")
    expected_exit = int((CASES_DIR / f"{name}.exit").read_text())
    assert proc.returncode == expected_exit, proc.stderr.decode(errors="replace")[-2000:]
    assert regen.normalize(proc.stdout.decode("latin-1")) == regen.normalize(expected)


def test_normalize_keeps_what_matters():
    report = ("=CRASH REPORT==== 25-Nov-2026::12:00:00.000001 ===\n"
              "    pid: <0.81.0>\n    ancestors: [<0.9.0>]\n"
              "      in function  gen_server:terminate/9 (gen_server.erl, line 282)\n"
              "      in function  my:fun/1 (my.erl, line 3)\n    heap_size: 376\n")
    assert regen.normalize(report) == (
        "=CRASH REPORT==== TIME ===\n    pid: <PID1>\n    ancestors: [<PID2>]\n"
        "      in function  my:fun/1 (my.erl, line 3)\n    heap_size: N\n")
    assert regen.normalize("a <0.9.0>") != regen.normalize("b <0.9.0>")
