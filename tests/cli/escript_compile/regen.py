#!/usr/bin/env python3
"""Record what escript (Erlang/OTP 25) prints for each script here.

    python3 tests/cli/escript_compile/regen.py [NAME ...]

For ``NAME.erl`` the goldens are ``NAME.stdout``, ``NAME.stderr`` and
``NAME.exit``, from ``escript NAME.erl`` run in this directory. The scripts
are about where escript reports compile errors and warnings, so none of
them crashes at run time (a crash report would show escript's own frames).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    names = set(argv)
    for source in sorted(HERE.glob("*.erl")):
        if names and source.stem not in names:
            continue
        result = subprocess.run(["escript", source.name], cwd=HERE, capture_output=True,
                                stdin=subprocess.DEVNULL, timeout=120)
        source.with_suffix(".stdout").write_bytes(result.stdout)
        source.with_suffix(".stderr").write_bytes(result.stderr)
        source.with_suffix(".exit").write_text(f"{result.returncode}\n")
        print(f"{source.name}: exit {result.returncode}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
