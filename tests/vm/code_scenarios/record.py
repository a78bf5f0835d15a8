"""Record the goldens of the code-loading scenarios from real OTP 25.

Each scenario is an escript that takes a scratch directory as its argument
and runs with that directory as its working directory. Run by hand, with
OTP's escript on the PATH:  python3 tests/vm/code_scenarios/record.py
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    for script in sorted(HERE.glob("*.erl")):
        with tempfile.TemporaryDirectory() as scratch:
            done = subprocess.run(["escript", str(script), scratch], cwd=scratch,
                                  capture_output=True, timeout=120)
        script.with_suffix(".out").write_bytes(done.stdout)
        script.with_suffix(".exit").write_text(f"{done.returncode}\n")
        print(script.stem, done.returncode)
    return 0


if __name__ == "__main__":
    sys.exit(main())
