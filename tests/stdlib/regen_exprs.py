"""Record the goldens of tests/stdlib/exprs/*.txt from real OTP 25 (needs `escript`).

    python3 tests/stdlib/regen_exprs.py [NAME ...]

Writes exprs/NAME.out next to each NAME.txt. Run it after editing a .txt;
the tests never need OTP.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from exprs_program import EXPRS_DIR, program  # noqa: E402


RESULT_LINE = re.compile(rb"\d+: ")


def record(name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"exprs_{name}.erl"
        path.write_text(program(name), encoding="utf-8")
        proc = subprocess.run(["escript", str(path)], cwd=tmp, capture_output=True, timeout=300)
    if proc.returncode != 0:
        sys.exit(f"{name}: escript failed\n{proc.stdout.decode()}{proc.stderr.decode()}")
    # escript prints compiler warnings on stdout too; keep only the result lines.
    lines = [line for line in proc.stdout.splitlines(keepends=True) if RESULT_LINE.match(line)]
    (EXPRS_DIR / f"{name}.out").write_bytes(b"".join(lines))


def main(names: list[str]) -> None:
    for name in names or sorted(p.stem for p in EXPRS_DIR.glob("*.txt")):
        record(name)
        print(f"recorded {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
