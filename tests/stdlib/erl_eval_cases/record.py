"""Records the golden outputs of the programs in this directory from real OTP.

Run by hand where Erlang/OTP 25 is installed (``python3 record.py``); the
tests only read the .out files it writes. Each program runs with escript in
this directory, its standard input from NAME.in when there is one.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    for program in sorted(HERE.glob("*.erl")):
        stdin = program.with_suffix(".in")
        data = stdin.read_bytes() if stdin.exists() else b""
        result = subprocess.run(["escript", program.name], cwd=HERE, input=data,
                                capture_output=True, check=False)
        program.with_suffix(".out").write_bytes(result.stdout)
        print(f"{program.name}: exit {result.returncode}, {len(result.stdout)} bytes")


if __name__ == "__main__":
    main()
