"""Where beamish keeps compiled modules and parser tables between runs.

Like ``__pycache__``, entries are keyed by content and beamish's version, so a
stale entry is never used; writes go to a temporary file renamed into place, so
two runs racing on one entry both see a whole file.
"""
from __future__ import annotations

import os
import tempfile

from . import __version__


def cache_dir() -> str:
    base = os.environ.get("BEAMISH_CACHE_DIR")
    if not base:
        base = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "beamish")
    path = os.path.join(base, __version__)
    os.makedirs(path, exist_ok=True)
    return path


def write_atomically(path: str, data: bytes) -> None:
    directory = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
