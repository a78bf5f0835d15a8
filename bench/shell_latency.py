"""Shell start-up to the first prompt, and the round trip of `lists:seq(1,10).`,
for beamish and (if installed) erl, each in a pseudo-terminal.

    python3 bench/shell_latency.py [runs]

Prints the median of each over the runs (default 5); the first call of
lists:seq includes loading lists (beamish reads its compiled module from the
cache then; erl has it preloaded). Recorded in the shell's
issue report; the machine is shared, so compare the two side by side.
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parents[1]
SEQ = r"\[1,2,3,4,5,6,7,8,9,10\]"


def measure(command: list[str], env: dict) -> tuple[float, float, float]:
    began = time.perf_counter()
    child = pexpect.spawn(command[0], command[1:], env=env, encoding="utf-8", timeout=60,
                          dimensions=(30, 100))
    child.expect("1>")
    started = time.perf_counter() - began
    time.sleep(0.3)  # let the editor settle
    began = time.perf_counter()
    child.send("lists:seq(1,10).\r")
    child.expect(SEQ)
    first = time.perf_counter() - began
    child.expect("2>")
    time.sleep(0.3)
    began = time.perf_counter()
    child.send("lists:seq(1,10).\r")
    child.expect(SEQ)
    again = time.perf_counter() - began
    child.terminate(force=True)
    return started, first, again


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    env = dict(os.environ, PYTHONPATH=str(ROOT), PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm")
    shells = {"beamish": [sys.executable, "-m", "beamish"]}
    if shutil.which("erl"):
        shells["erl"] = ["erl"]
    for name, command in shells.items():
        samples = [measure(command, env) for _ in range(runs)]
        start, first, again = (statistics.median(s[i] for s in samples) for i in range(3))
        print(f"{name:8} start-up {start * 1000:6.0f} ms   lists:seq(1,10). first "
              f"{first * 1000:5.1f} ms, again {again * 1000:5.1f} ms")


if __name__ == "__main__":
    main()
