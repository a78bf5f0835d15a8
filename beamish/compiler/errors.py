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


def _source_lines(path: str) -> list[str] | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read().split("\n")
    except OSError:
        return None


def diagnostics_text(errors: list, warnings: list) -> str:
    """Errors, then warnings, as erlc prints them: each followed by a blank
    line, quoting the source when the file can be read.  Items are
    (file, line, col, message)."""
    sources: dict = {}
    out = []
    for items, warning in ((errors, False), (warnings, True)):
        for file, line, col, message in items:
            if file not in sources:
                sources[file] = _source_lines(file) if file else None
            out.append(render(file, line, col, message, warning, sources[file]) + "\n\n")
    return "".join(out)


def exception_diagnostics(exc: Exception) -> tuple[list, list]:
    """(errors, warnings) of a failed compilation (syntax or compile error)."""
    if isinstance(exc, ErlangSyntaxError):
        return [(exc.file, exc.line, exc.col, exc.message)], []
    return list(exc.diagnostics), list(exc.warnings)
