"""Compile-time errors and the way OTP 25 writes tokens inside their messages.

One exception class serves the lexer, the preprocessor and the parser, so the
command line prints every compile error the same way erlc does.

Notes (matched against erlc / erl_scan / epp / erl_parse of OTP 25):
 1. erlc prints ``file:line:col: message``, then the offending source line as
    ``%`` + the line number right-aligned in 5 columns + ``| `` + the line, then
    a caret line whose padding keeps the line's own tabs so the caret lands
    under the column on screen, then an empty line. escript prints only the
    first line.
 2. Columns count characters; a tab is one column (erl_scan).
 3. ``syntax error before: X`` writes X as erl_parse's yecctoken2string does:
    atoms quoted when needed, symbols as quoted atoms (``')'``), a dot as
    ``'.'``, strings and chars in their source form.
"""
from __future__ import annotations

import re

from .tokens import Token

__all__ = ["ErlangSyntaxError", "token_description", "write_atom", "write_string",
           "write_char", "write_float", "RESERVED_WORDS"]

# erl_scan:reserved_word/1 in OTP 25 (maybe/else are only reserved with the
# maybe_expr feature, which is off by default).
RESERVED_WORDS = frozenset(
    "after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if "
    "let not of or orelse receive rem try when xor".split())

_BARE_ATOM = re.compile(r"[a-zß-öø-ÿ][a-zA-Z0-9_@À-ÖØ-öø-ÿ]*\Z")

_NAMED_ESCAPES = {
    "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v", "\b": "\\b", "\f": "\\f",
    "\x1b": "\\e", "\x7f": "\\d", "\\": "\\\\",
}


class ErlangSyntaxError(Exception):
    """A scan, preprocessor or parse error, positioned where OTP reports it.

    ``source_text``, when set, is the text of ``file`` as read, so a caller
    whose read failed half-way can still quote the line in :meth:`render`.
    """

    source_text: str | None = None

    def __init__(self, file: str | None, line: int | None, col: int | None, message: str) -> None:
        super().__init__(message)
        self.file = file
        self.line = line
        self.col = col
        self.message = message

    @classmethod
    def at(cls, token: Token, message: str, file: str | None = None) -> "ErlangSyntaxError":
        """An error positioned on ``token``; its own file wins over ``file``."""
        return cls(token.file or file, token.line, token.col, message)

    def location(self) -> str:
        parts = [self.file or "nofile"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)

    def __str__(self) -> str:
        return f"{self.location()}: {self.message}"

    def render(self, source_lines: list[str] | None = None) -> str:
        """The error as erlc prints it (note 1), without the trailing empty line.

        ``source_lines`` are the lines of ``self.file`` (``text.splitlines()``).
        With none (or a line past the end) only the first line is produced,
        which is also what escript prints.
        """
        head = str(self)
        line, col = self.line, self.col
        if not source_lines or line is None or not 1 <= line <= len(source_lines):
            return head
        source = source_lines[line - 1].rstrip("\r\n")
        quoted = f"%{line:5d}| {source}"
        if col is None:
            return f"{head}\n{quoted}"
        pad = "".join("\t" if ch == "\t" else " " for ch in source[:col - 1])
        pad += " " * (col - 1 - len(source[:col - 1]))
        return f"{head}\n{quoted}\n%     | {pad}^"


def _escape_char(ch: str, quote: str) -> str:
    if ch == quote:
        return "\\" + ch
    named = _NAMED_ESCAPES.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    if code < 32 or 127 < code < 160:
        return "\\%03o" % code
    return ch


def write_string(text: str, quote: str = '"') -> str:
    """io_lib:write_string/2: the source form of a string (or quoted atom)."""
    if all(" " <= ch <= "~" and ch != quote and ch != "\\" for ch in text):
        return quote + text + quote
    return quote + "".join(_escape_char(ch, quote) for ch in text) + quote


def write_atom(name: str) -> str:
    """io_lib:write_atom/1: bare when it scans back as the same atom."""
    if _BARE_ATOM.match(name) and name not in RESERVED_WORDS:
        return name
    return write_string(name, "'")


def write_char(code: int) -> str:
    """io_lib:write_char/1, e.g. ``$a``, ``$\\n``, ``$\\s``."""
    if code == 32:
        return "$\\s"
    return "$" + _escape_char(chr(code), "")


def write_float(value: float) -> str:
    """Erlang's shortest round-trip float text (io_lib ``~w``, OTP 25).

    Of the plain and the exponent form of the shortest digits, the shorter is
    used, the plain one on a tie (100.0, 1.0e3, 0.0001, 1.5e-4); from 1.0e16
    up the exponent form is always used.
    """
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("Erlang floats are finite")
    sign = "-" if str(value).startswith("-") else ""
    text = repr(abs(value))
    mantissa, _, exp_text = text.partition("e")
    whole, _, frac = mantissa.partition(".")
    digits = whole + frac
    # value == 0.DIGITS * 10**point
    point = len(whole) + (int(exp_text) if exp_text else 0)
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    if not digits:
        return sign + "0.0"
    if point <= 0:
        fixed = "0." + "0" * -point + digits
    elif point >= len(digits):
        fixed = digits + "0" * (point - len(digits)) + ".0"
    else:
        fixed = digits[:point] + "." + digits[point:]
    scientific = digits[0] + "." + (digits[1:] or "0") + "e" + str(point - 1)
    if point > 16 or len(fixed) > len(scientific):
        return sign + scientific
    return sign + fixed


def token_description(token: Token | None) -> str:
    """yecctoken2string (note 3); None stands for the end of input."""
    if token is None:
        return ""
    kind, value = token.kind, token.value
    if kind == "atom":
        return write_atom(value)
    if kind == "var":
        return value
    if kind == "integer":
        return str(value)
    if kind == "float":
        return write_float(value)
    if kind == "char":
        return write_char(value)
    if kind == "string":
        return write_string(value)
    if kind == "dot":
        return "'.'"
    return write_atom(kind)
