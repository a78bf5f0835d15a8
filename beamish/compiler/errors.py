"""Compile-time diagnostics in erlc's words."""
from __future__ import annotations

from ..grammar.errors import ErlangSyntaxError


class CompileError(Exception):
    """One or more errors; ``diagnostics`` holds (file, line, col, message)."""

    def __init__(self, diagnostics: list, warnings: list | None = None,
                 syntax_errors: int = 0, attributes: list | None = None):
        super().__init__("; ".join(d[3] for d in diagnostics))
        self.diagnostics = diagnostics
        self.warnings = warnings or []
        self.syntax_errors = syntax_errors  # how many diagnostics precede linting
        self.attributes = attributes or []


def render(file: str, line: int, col: int, message: str, warning: bool = False,
           source_lines: list[str] | None = None) -> str:
    """A diagnostic as OTP 25's erlc prints it: ``file:line:col: message``, and
    with the source at hand the quoted line and a caret under the column."""
    text = ("Warning: " if warning else "") + message
    return ErlangSyntaxError(file, line, col, text).render(source_lines)


def erlc_report(diagnostics: list, warnings: list, read_lines) -> str:
    """The text erlc 25 prints for a file: its errors, then its warnings, each
    with the source excerpt; ``read_lines(file)`` gives a file's lines or None."""
    sources: dict = {}
    parts = []
    for items, warning in ((diagnostics, False), (warnings, True)):
        for file, line, col, message in items:
            if file not in sources:
                sources[file] = read_lines(file) if file else None
            parts.append(render(file, line, col, message, warning, sources[file]) + "\n\n")
    return "".join(parts)
