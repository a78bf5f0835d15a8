#!/usr/bin/env python3
"""Record the goldens in this directory from real Erlang/OTP 25.

    python3 tests/cli/error_reports/regen.py [NAME ...]

Every ``NAME.erl`` here is a small program and ``NAME.stderr`` is what OTP
prints for it:

* ``compile_*.erl`` do not compile. The golden is erlc's report (erlc writes it
  on stdout), run as ``erlc NAME.erl`` from the program's directory, because
  ``beamish run`` prints compile errors in erlc's words, excerpt included.
* Every other program crashes in main/1. The golden is escript's report on
  stderr (escript exits 127), passed through :func:`runtime_report`: the
  lines up to the first stack frame that belongs to neither the program nor a
  BIF, with escript's generated module name put back to the program's.

The test (tests/cli/test_error_reports.py) applies :func:`runtime_report` to
beamish's output too, so this file is the one definition of what is compared.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OTP_RELEASE = "25"

# escript names a module it compiles ``<file>_erl__escript__<mega>__<secs>__<micro>__<n>``
# when the source lacks -module (or when escript dropped the first line because
# it is not a ``#!`` line, see escript:parse_header/2).
_ESCRIPT_MODULE = re.compile(r"'?([A-Za-z0-9_@]+)_erl__escript__\d+__\d+__\d+__\d+'?")

# A frame line of erl_error:format_stacktrace1/8 at column 1.
_FRAME = re.compile(r"  (?:in function  |in operator  |in call from )(.*)\Z")
_LOCATION = re.compile(r" \(.*, line \d+\)\Z")


def _frame_module(mfa: str) -> str | None:
    """The module written before ``:`` in ``m:f/a``; None for a bare BIF name."""
    if mfa.startswith("'"):
        match = re.match(r"'((?:[^'\\]|\\.)*)':", mfa)
        return match.group(1) if match else None
    head, colon, _ = mfa.partition(":")
    return head if colon and "/" not in head and " " not in head else None


def runtime_report(stderr: str, module: str) -> str:
    """The part of an escript crash report that beamish must reproduce.

    Kept: the explanation (however many lines it wraps over) and every frame
    of ``module`` with its ``called as`` / ``*** argument`` lines, and a
    first frame without a source location (a BIF such as ``element/2`` or
    ``erlang:send/2``, or an operator). Cut: everything from the first other
    frame on (escript:run/2, init:start_em/1, lists:map/2 ...), whose lines
    belong to OTP's own sources.
    """
    stderr = _ESCRIPT_MODULE.sub(lambda m: m.group(1) if m.group(1) == module else m.group(0),
                                 stderr)
    kept = []
    frames = 0
    for line in stderr.split("\n"):
        frame = _FRAME.match(line)
        if frame is not None:
            frames += 1
            text = frame.group(1)
            owner = _frame_module(text)
            is_bif = frames == 1 and not _LOCATION.search(text)
            if owner != module and not is_bif and not line.startswith("  in operator"):
                break
        kept.append(line)
    return "\n".join(kept).rstrip("\n") + "\n"


def decode(output: bytes) -> str:
    """Output bytes as text, one character per byte.

    escript writes reports in latin1 (its io:getopts() says so when stderr is
    not a terminal), so a golden keeps the very bytes OTP wrote.
    """
    return output.decode("latin-1")


def read_golden(path: Path) -> str:
    return decode(path.read_bytes())


def _otp_release() -> str | None:
    try:
        result = subprocess.run(
            ["erl", "-noshell", "-eval",
             'io:format("~s", [erlang:system_info(otp_release)]), halt().'],
            capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() or None


def record(source: Path) -> str:
    """The golden text for one program."""
    name = source.stem
    with tempfile.TemporaryDirectory() as work:
        shutil.copy(source, Path(work) / source.name)
        if name.startswith("compile_"):
            result = subprocess.run(["erlc", source.name], cwd=work, capture_output=True,
                                    timeout=120)
            if result.returncode == 0:
                raise SystemExit(f"{source.name}: erlc compiled it; a compile_ program must not")
            return decode(result.stdout)
        result = subprocess.run(["escript", source.name], cwd=work, capture_output=True,
                                timeout=120, stdin=subprocess.DEVNULL)
        if result.returncode != 127:
            raise SystemExit(f"{source.name}: escript exited {result.returncode}, not 127:\n"
                             + decode(result.stderr))
        return runtime_report(decode(result.stderr), name)


def main(argv: list[str]) -> int:
    release = _otp_release()
    if release != OTP_RELEASE:
        sys.stderr.write(f"regen.py needs Erlang/OTP {OTP_RELEASE} (erl, erlc, escript on "
                         f"PATH); found {release or 'none'}\n")
        return 2
    names = set(argv)
    sources = sorted(p for p in HERE.glob("*.erl") if not names or p.stem in names)
    for source in sources:
        golden = source.with_suffix(".stderr")
        text = record(source)
        old = read_golden(golden) if golden.exists() else None
        if old != text:
            golden.write_bytes(text.encode("latin-1"))
            print(("updated " if old is not None else "created ") + golden.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
