"""Record the goldens of tests/stdlib/exprs/*.txt and programs/*.erl from real
OTP 25 (needs `escript`).

    python3 tests/stdlib/regen_exprs.py [NAME ...]

Writes exprs/NAME.out next to each NAME.txt, and programs/NAME.out (stdout)
and programs/NAME.exit next to each NAME.erl, each run in an empty directory
with NAME.in (if any) as standard input.
Run it after editing a case; the tests never need OTP.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from exprs_program import EXPRS_DIR, program  # noqa: E402

PROGRAMS_DIR = Path(__file__).parent / "programs"


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


def record_program(name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.erl"
        path.write_bytes((PROGRAMS_DIR / f"{name}.erl").read_bytes())
        stdin = PROGRAMS_DIR / f"{name}.in"
        proc = subprocess.run(["escript", path.name], cwd=tmp, capture_output=True, timeout=300,
                              input=stdin.read_bytes() if stdin.exists() else b"")
    (PROGRAMS_DIR / f"{name}.out").write_bytes(proc.stdout)
    (PROGRAMS_DIR / f"{name}.exit").write_text(f"{proc.returncode}\n")


def main(names: list[str]) -> None:
    for name in names or sorted(p.stem for p in EXPRS_DIR.glob("*.txt")):
        if not (EXPRS_DIR / f"{name}.txt").exists():
            continue
        record(name)
        print(f"recorded {name}")
    for name in names or sorted(p.stem for p in PROGRAMS_DIR.glob("*.erl")):
        if (PROGRAMS_DIR / f"{name}.erl").exists():
            record_program(name)
            print(f"recorded program {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
