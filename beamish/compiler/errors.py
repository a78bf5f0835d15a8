"""Compile-time diagnostics in erlc's words."""
from __future__ import annotations


class CompileError(Exception):
    """One or more errors; ``diagnostics`` holds (file, line, col, message)."""

    def __init__(self, diagnostics: list, warnings: list | None = None):
        super().__init__("; ".join(d[3] for d in diagnostics))
        self.diagnostics = diagnostics
        self.warnings = warnings or []


def render(file: str, line: int, col: int, message: str, warning: bool = False) -> str:
    """``file:line:col: message`` as OTP 25's compiler prints it."""
    prefix = "Warning: " if warning else ""
    return f"{file}:{line}:{col}: {prefix}{message}"
