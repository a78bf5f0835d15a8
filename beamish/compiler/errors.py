"""Compile-time diagnostics in erlc's words."""
from __future__ import annotations

from ..grammar.errors import ErlangSyntaxError


class CompileError(Exception):
    """One or more errors; ``diagnostics`` holds (file, line, col, message)."""

    def __init__(self, diagnostics: list, warnings: list | None = None):
        super().__init__("; ".join(d[3] for d in diagnostics))
        self.diagnostics = diagnostics
        self.warnings = warnings or []


def render(file: str, line: int, col: int, message: str, warning: bool = False,
           source_lines: list[str] | None = None) -> str:
    """A diagnostic as OTP 25's erlc prints it: ``file:line:col: message``, and
    with the source at hand the quoted line and a caret under the column."""
    text = ("Warning: " if warning else "") + message
    return ErlangSyntaxError(file, line, col, text).render(source_lines)
