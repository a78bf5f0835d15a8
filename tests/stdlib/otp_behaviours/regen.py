#!/usr/bin/env python3
"""Record the goldens in this directory from real Erlang/OTP 25.

    python3 tests/stdlib/otp_behaviours/regen.py [NAME ...]

Every ``NAME.erl`` here is an escript; ``NAME.out`` is its stdout (logger
reports included: an escript's logger writes to standard_io) and
``NAME.exit`` its exit status, from ``escript NAME.erl`` run in a scratch copy
of this directory where the helper modules (the ``.erl`` files without ``#!``)
were compiled with erlc first, as OTP loads only ``.beam`` files (beamish
compiles them itself on first call). The test,
tests/stdlib/test_otp_behaviours.py, compares them after :func:`normalize`,
which this file defines for both sides.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

_TIMESTAMP = re.compile(r"^(=[A-Z]+ REPORT====) .* ===$", re.M)
_PID = re.compile(r"<0\.\d+\.0>")
_COUNTER = re.compile(r"^(    (?:heap_size|stack_size|reductions): )\d+$", re.M)
# A frame line of a crash report inside OTP's own behaviour modules: which
# internal function and line raised differs between OTP's sources and beamish's.
_INTERNAL_FRAME = re.compile(
    r"^      (?:in function  |in call from )"
    r"(?:gen_server|gen|proc_lib|supervisor|sys|application_master|gen_statem|gen_event):"
    r".*\n", re.M)


def normalize(text: str) -> str:
    """What must agree: the text with report timestamps, heap figures and
    frames of OTP's behaviour internals taken out, and pids numbered by their
    first appearance (beamish's main is <0.80.0>, an escript's <0.9.0>)."""
    text = _TIMESTAMP.sub(r"\1 TIME ===", text)
    text = _COUNTER.sub(r"\1N", text)
    text = _INTERNAL_FRAME.sub("", text)
    numbers: dict[str, str] = {}

    def renumber(match: re.Match) -> str:
        return numbers.setdefault(match.group(0), f"<PID{len(numbers) + 1}>")
    return _PID.sub(renumber, text)


def record(name: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        for path in HERE.iterdir():
            if path.is_file() and path.suffix in (".erl", ".app"):
                shutil.copy(path, scratch)
        helpers = [p.name for p in HERE.glob("*.erl") if not p.read_text().startswith("#!")]
        if helpers:
            subprocess.run(["erlc", *helpers], cwd=scratch, check=True)
        proc = subprocess.run(["escript", f"{name}.erl"], cwd=scratch, capture_output=True,
                              stdin=subprocess.DEVNULL, timeout=120)
    (HERE / f"{name}.out").write_bytes(proc.stdout)
    (HERE / f"{name}.exit").write_text(f"{proc.returncode}\n")
    print(f"{name}: exit {proc.returncode}, {len(proc.stdout)} bytes")


def main(names: list[str]) -> None:
    release = subprocess.run(["erl", "-noshell", "-eval",
                              "io:put_chars(erlang:system_info(otp_release)), halt()."],
                             capture_output=True, text=True).stdout
    if release != "25":
        sys.exit(f"needs OTP 25, found {release!r}")
    for name in names or sorted(p.stem for p in HERE.glob("*.erl") if p.read_text().startswith("#!")):
        record(name)


if __name__ == "__main__":
    main(sys.argv[1:])
