"""Record goldens/ for test_compile_cmd.py with OTP 25's erlc (run from the root)."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compile_cases import CASES, HERE  # noqa: E402

if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "goldens"), exist_ok=True)
    for name, args, file in CASES:
        with tempfile.TemporaryDirectory() as out:
            source = os.path.relpath(os.path.join(HERE, file))
            run = subprocess.run(["erlc", "-o", out, *args, source], capture_output=True, text=True)
        with open(os.path.join(HERE, "goldens", name + ".out"), "w") as f:
            f.write(run.stdout)
        with open(os.path.join(HERE, "goldens", name + ".status"), "w") as f:
            f.write(f"{run.returncode}\n")
