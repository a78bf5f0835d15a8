"""Record goldens/<case>.out and .status with real OTP 25 (needs erl, erlc).

Run from the repository root: ``python3 tests/stdlib/eunit/record_goldens.py``.
Each fixture directory is compiled with ``erlc -DTEST`` under its path
relative to the root (the path stack traces show, as with ``beamish test``)
and ``eunit:test([Modules], Options)`` is run; the exit status is 0 for ok.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eunit_cases import CASES, GOLDENS, HERE, modules  # noqa: E402


def record(name: str, directory: str, options: list[str]) -> None:
    relative = os.path.relpath(os.path.join(HERE, directory))
    with tempfile.TemporaryDirectory() as out:
        sources = sorted(os.path.join(relative, f) for f in os.listdir(relative)
                         if f.endswith(".erl"))
        subprocess.run(["erlc", "-DTEST", "-o", out, *sources], check=True,
                       stdout=subprocess.DEVNULL)
        spec = "[" + ",".join(modules(relative)) + "]"
        expr = (f"halt(case eunit:test({spec}, [{','.join(options)}]) of "
                "ok -> 0; error -> 1 end).")
        run = subprocess.run(["erl", "-noshell", "-pa", out, "-eval", expr],
                             capture_output=True, text=True, timeout=120)
    os.makedirs(GOLDENS, exist_ok=True)
    with open(os.path.join(GOLDENS, name + ".out"), "w") as f:
        f.write(run.stdout)
    with open(os.path.join(GOLDENS, name + ".status"), "w") as f:
        f.write(f"{run.returncode}\n")


if __name__ == "__main__":
    for case in CASES:
        record(*case)
