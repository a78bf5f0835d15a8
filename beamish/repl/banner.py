"""The first line the shell prints (erl's says ``Eshell V13.1.5  (abort with ^G)``)."""
from __future__ import annotations

from .. import __version__


def banner() -> str:
    return f"Beamish shell V{__version__}  (Ctrl-C interrupts, Ctrl-D or q(). quits)"
