"""``beamish compile`` against erlc 25 (goldens in compile_fixtures/goldens).

Each case runs from the repository root with ``-o`` a scratch directory, as
compile_fixtures/record.py ran erlc: same stdout (errors, then warnings, with
the source excerpts), same exit status. A successful run leaves
``<module>.beamish`` there, which load_compiled reads back.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "compile_fixtures"
sys.path.insert(0, str(FIXTURES))
from compile_cases import CASES  # noqa: E402


def beamish_compile(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "beamish", "compile", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("name,args,file", CASES, ids=[c[0] for c in CASES])
def test_compile_matches_erlc(name, args, file, tmp_path):
    source = os.path.relpath(FIXTURES / file, ROOT)
    run = beamish_compile("-o", str(tmp_path), *args, source)
    assert run.stdout == (FIXTURES / "goldens" / f"{name}.out").read_text()
    status = int((FIXTURES / "goldens" / f"{name}.status").read_text())
    assert run.returncode == status
    module = os.path.splitext(file)[0]
    assert (tmp_path / f"{module}.beamish").exists() == (status == 0)


def test_output_loads_and_runs(tmp_path):
    from beamish.cli.compile import load_compiled
    from beamish.stdlib import load_stdlib
    from beamish.vm.runtime import Runtime

    run = beamish_compile("-o", str(tmp_path), "-DLIMIT=42",
                          os.path.relpath(FIXTURES / "define.erl", ROOT))
    assert run.returncode == 0
    compiled = load_compiled(str(tmp_path / "define.beamish"))
    assert compiled is not None and compiled.name == "define"
    load_stdlib()
    runtime = Runtime()
    module = runtime.load(compiled)
    proc = runtime.spawn(module.functions[("limit", 0)], [])
    assert runtime.run_until(proc) == "exited"
    assert proc.result == 42


def test_unwritable_output_directory(tmp_path):
    run = beamish_compile("-o", str(tmp_path / "absent"),
                          os.path.relpath(FIXTURES / "define.erl", ROOT))
    assert run.returncode == 1
    assert "define.beamish: error writing file: no such file or directory" in run.stdout
