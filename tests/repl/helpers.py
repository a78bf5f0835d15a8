"""Running ``python3 -m beamish`` as a user does, for the shell's tests."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def shell_env(**extra) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm")
    env.update(extra)
    return env


def beamish(*args, cwd=None, stdin: bytes = b"", timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "beamish", *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=timeout, env=shell_env())
