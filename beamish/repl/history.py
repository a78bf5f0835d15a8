"""Persistent input history: ~/.beamish_history, or $BEAMISH_HISTORY.

prompt_toolkit's FileHistory appends every entry to the file; this keeps the
file to the newest ``LIMIT`` entries, trimming it once when the shell starts.
"""
from __future__ import annotations

import os

from prompt_toolkit.history import FileHistory

LIMIT = 1000


def history_path() -> str:
    return os.environ.get("BEAMISH_HISTORY") or os.path.join(os.path.expanduser("~"),
                                                              ".beamish_history")


class BoundedFileHistory(FileHistory):
    def __init__(self, path: str, limit: int = LIMIT):
        super().__init__(path)
        _trim(path, limit)


def _trim(path: str, limit: int) -> None:
    """Keep the last ``limit`` entries; an entry starts at a ``# <timestamp>`` line."""
    try:
        with open(path, "rb") as f:
            lines = f.read().split(b"\n")
    except OSError:
        return
    starts = [i for i, line in enumerate(lines) if line.startswith(b"# ")]
    if len(starts) <= limit:
        return
    kept = lines[starts[-limit]:]
    try:
        with open(path, "wb") as f:
            f.write(b"\n" + b"\n".join(kept))
    except OSError:
        pass
