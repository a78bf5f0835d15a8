"""Chaos: 100 supervised counter workers, a killer killing random ones for a while.

The tree must stay up, every kill must be followed by one restart and one
supervisor report (child_terminated, reason killed), and the supervisor must
still be the same process with all 100 children alive at the end.

The run lasts 3 s by default; ``BEAMISH_CHAOS_SECONDS=30 python3 -m pytest -s
tests/stdlib/test_chaos.py`` runs the long variant. ``-s`` shows the figures
(kills, restarts, max and mean restart latency).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = Path(__file__).resolve().parent / "chaos" / "chaos_supervisor.erl"


def figure(name: str, text: str) -> str:
    match = re.search(rf"^{name} (.*)$", text, re.M)
    assert match, f"no {name!r} line in:\n{text[-2000:]}"
    return match.group(1)


def test_supervision_tree_survives_random_kills(tmp_path):
    seconds = int(os.environ.get("BEAMISH_CHAOS_SECONDS", "3"))
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.run([sys.executable, "-m", "beamish", "run", str(PROGRAM), str(seconds)],
                          cwd=tmp_path, capture_output=True, timeout=seconds * 10 + 120, env=env,
                          stdin=subprocess.DEVNULL)
    out = proc.stdout.decode("latin-1")
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    kills = int(figure("kills", out))
    restarts = int(figure("restarts", out))
    reports = re.findall(r"^    errorContext: (\w+)\n    reason: (\w+)$", out, re.M)
    summary = "\n".join(out.splitlines()[-7:])
    print(f"\nchaos for {seconds} s:\n{summary}")
    assert figure("started", out) == "100 workers"
    assert kills > 10 * seconds
    assert restarts == kills
    assert reports == [("child_terminated", "killed")] * kills
    assert "=CRASH REPORT" not in out
    assert figure("supervisor alive", out) == "true, same pid true"
    assert figure("children", out) == (
        "[{specs,100},{active,100},{supervisors,0},{workers,100}], alive 100")
