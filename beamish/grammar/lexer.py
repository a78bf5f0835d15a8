"""Source text to tokens, as erl_scan does it in OTP 25.

One compiled master pattern recognises every token; the loop only dispatches
on the name of the group that matched, so no Python code runs per character
except on the rare paths (based integers, escapes, errors).

Notes (each checked against ``erl_scan:string/3`` of OTP 25):
 1. Whitespace is every code point up to space plus 0x80..0xA0; ``%`` starts
    a comment that runs to the end of the line.
 2. Names use Latin-1 letters: an atom starts with a-z, ß-ö or ø-ÿ, a
    variable with A-Z, _, À-Ö or Ø-Þ; both continue with letters, digits, _ and @.
    An atom (bare or quoted) longer than 255 characters is an ``illegal atom``,
    such a variable an ``illegal var``.
 3. ``_`` separates digits only between two digits: ``1_000`` is one integer,
    ``1__0`` is 1 then the variable ``__0``, ``1_`` is 1 then ``_``.
 4. ``B#digits`` takes the longest run of digits valid in base B: ``2#12`` is
    1 then 2, ``16#fg`` is 15 then the atom g. A base outside 2..36 is an
    ``illegal base``, a missing digit an ``illegal integer``.
 5. A float needs digits on both sides of the point: ``1.e5`` is 1, '.', e5.
    ``1.0e`` with no exponent digits, and any float that overflows, is an
    ``illegal float``.
 6. ``.`` followed by whitespace, ``%`` or the end of the input ends a form
    (kind ``dot``); otherwise it is the ``'.'`` symbol.
 7. Escapes: \\b \\d \\e \\f \\n \\r \\s \\t \\v, 1-3 octal digits, \\xHH,
    \\x{H...}, \\^c (code & 31), any other character stands for itself. A bad
    \\x escape is an ``illegal character`` reported at the backslash inside a
    string and at the ``$`` of a character literal.
 8. An unterminated string or quoted atom is reported at its opening quote
    with its first 16 characters after escape processing.
 9. A Latin-1 character that starts no token (``\\ ~ & ` @ §``, DEL...) becomes
    a token of that one character, which the parser then rejects; a code point
    above 255 outside quotes is an ``illegal character``.
10. ``??`` is two ``?`` tokens (epp pairs them); ``?=`` is one token.
"""
from __future__ import annotations

import re

from .errors import ErlangSyntaxError, write_string
from .tokens import Token, TokenList

__all__ = ["tokenize", "scan_file", "KEYWORDS", "PUNCTUATION"]

KEYWORDS = frozenset(
    "after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if "
    "let not of or orelse receive rem try when xor".split())

PUNCTUATION = (
    "... =:= =/= .. :: := -> <- <= => << >> == /= =< >= ++ -- || ?= "
    "( ) [ ] { } , ; : ! = < > + - * / # | ?").split()

_NAME_REST = "[a-zA-Z0-9_@À-ÖØ-öø-ÿ]*"
_DIGITS = r"[0-9](?:_?[0-9])*"
_WHITE = r"\x00-\x20\x80-\xa0"
# A quoted body: runs of plain characters and escape pairs; '\^' takes the
# character after it too, so "\^"" does not end the string. Possessive
# repeats keep an unterminated literal from backtracking.
_BODY = r"[^{q}\\]*+(?:\\(?:\^.|.)[^{q}\\]*+)*+"

_MASTER = re.compile("|".join([
    rf"(?P<ws>(?:[{_WHITE}]+|%[^\n]*)+)",
    rf"(?P<atom>[a-zß-öø-ÿ]{_NAME_REST})",
    rf"(?P<var>[A-Z_À-ÖØ-Þ]{_NAME_REST})",
    rf"(?P<float>{_DIGITS}\.{_DIGITS}(?:[eE][+-]?{_DIGITS})?)",
    rf"(?P<based>{_DIGITS}#)",
    rf"(?P<integer>{_DIGITS})",
    "(?P<punct>" + "|".join(re.escape(p) for p in PUNCTUATION) + ")",
    rf"(?P<dot>\.(?=[{_WHITE}%]|\Z))",
    r"(?P<period>\.)",
    '(?P<string>"' + _BODY.format(q='"') + '")',
    "(?P<qatom>'" + _BODY.format(q="'") + "')",
    r"(?P<char>\$(?:[^\\]|\\(?:[0-7]{1,3}|x\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|\^.|[^x^])))",
    r"(?P<badchar>\$)",
    r"(?P<unterminated>[\"'])",
    r"(?P<other>.)",
]), re.DOTALL)

# One escape sequence; the empty last branch catches a lone backslash, which
# is a malformed escape (note 7).
_ESCAPE = re.compile(
    r"\\(?:([0-7]{1,3})|x\{([0-9a-fA-F]+)\}|x([0-9a-fA-F]{2})|\^(.)|([^x^])|)", re.DOTALL)
# What may follow a backslash when the input ends inside an escape.
_ESCAPE_PREFIX = re.compile(r"(?:x(?:\{[0-9a-fA-F]*)?|\^)?\Z")

_SIMPLE_ESCAPES = {
    "b": "\b", "d": "\x7f", "e": "\x1b", "f": "\f", "n": "\n", "r": "\r", "s": " ",
    "t": "\t", "v": "\v",
}
_BASE_DIGITS = re.compile(r"[0-9a-zA-Z]+(?:_[0-9a-zA-Z]+)*")
_MAX_ATOM = 255


class _BadEscape(Exception):
    """A malformed escape at ``offset`` in the decoded text; ``incomplete`` at end of input."""

    def __init__(self, offset: int, incomplete: bool) -> None:
        super().__init__(offset)
        self.offset = offset
        self.incomplete = incomplete


def _escape_value(m: re.Match) -> str:
    octal, braced, hex2, control, plain = m.groups()
    if plain is not None:
        return _SIMPLE_ESCAPES.get(plain, plain)
    if octal is not None:
        return chr(int(octal, 8))
    if hex2 is not None:
        return chr(int(hex2, 16))
    if control is not None:
        return chr(ord(control) & 31)
    if braced is not None:
        code = int(braced, 16)
        if code > 0x10FFFF:
            raise _BadEscape(m.start(), False)
        return chr(code)
    rest = m.string[m.end():]
    raise _BadEscape(m.start(), _ESCAPE_PREFIX.match(rest) is not None)


def _decode(body: str) -> str:
    """The characters a quoted body stands for (note 7)."""
    return _ESCAPE.sub(_escape_value, body)


def _decode_prefix(body: str) -> str:
    """As much of ``body`` as decodes cleanly: the head of an unterminated literal."""
    out = []
    pos = 0
    for m in _ESCAPE.finditer(body):
        out.append(body[pos:m.start()])
        try:
            out.append(_escape_value(m))
        except _BadEscape:
            return "".join(out)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out)


def _position(text: str, pos: int) -> tuple[int, int]:
    """Line and column of an offset; only used on error paths."""
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _error(file: str, text: str, pos: int, message: str) -> ErlangSyntaxError:
    line, col = _position(text, pos)
    return ErlangSyntaxError(file, line, col, message)


def _quoted_error(file: str, text: str, start: int) -> ErlangSyntaxError:
    """Why the quoted literal at ``start`` has no closing quote (note 8)."""
    quote = text[start]
    rest = text[start + 1:]
    for m in _ESCAPE.finditer(rest):
        try:
            _escape_value(m)
        except _BadEscape as bad:
            if not bad.incomplete:
                return _error(file, text, start + 1 + m.start(), "illegal character")
            break
    head = _decode_prefix(rest)[:16]
    what = "string" if quote == '"' else "atom"
    return _error(file, text, start,
                  f"unterminated {what} starting with {write_string(head, quote)}")


def _char_error(file: str, text: str, start: int) -> ErlangSyntaxError:
    """Why the ``$`` literal at ``start`` did not scan."""
    if text[start + 1:start + 2] != "\\" or _ESCAPE_PREFIX.match(text, start + 2):
        return _error(file, text, start, "unterminated character")
    return _error(file, text, start, "illegal character")


def _based_integer(file: str, text: str, m: re.Match) -> tuple[int, int]:
    """Value and end offset of ``Base#digits`` at the match of its base (note 4)."""
    start = m.start()
    base = int(m.group()[:-1])
    if not 2 <= base <= 36:
        raise _error(file, text, start, f"illegal base '{base}'")
    pos = m.end()
    run = _BASE_DIGITS.match(text, pos)
    candidates = run.group() if run else ""
    good = 0  # length of the longest valid prefix ending in a digit
    i = 0
    while i < len(candidates):
        ch = candidates[i]
        if ch == "_":
            # the regex puts each underscore between two alphanumerics
            if int(candidates[i + 1], 36) >= base:
                break
        elif int(ch, 36) >= base:
            break
        else:
            good = i + 1
        i += 1
    digits = candidates[:good]
    if not digits:
        raise _error(file, text, start, "illegal integer")
    return int(digits, base), pos + len(digits)


def tokenize(text: str, file: str) -> list[Token]:
    """All tokens of ``text``; ``file`` is only used to position errors.

    The result is a :class:`TokenList` whose ``end`` is the location just past
    the input, where epp reports unterminated conditionals.
    """
    tokens = TokenList()
    append = tokens.append
    match = _MASTER.match
    keywords = KEYWORDS
    line = 1
    line_start = 0
    pos = 0
    size = len(text)
    while pos < size:
        m = match(text, pos)
        kind = m.lastgroup
        end = m.end()
        if kind == "ws":
            chunk = m.group()
            if "\n" in chunk:
                line += chunk.count("\n")
                line_start = pos + chunk.rindex("\n") + 1
            pos = end
            continue
        col = pos - line_start + 1
        if kind == "atom":
            value = m.group()
            if value in keywords:
                append(Token(value, value, line, col))
            else:
                if len(value) > _MAX_ATOM:
                    raise ErlangSyntaxError(file, line, col, "illegal atom")
                append(Token("atom", value, line, col))
        elif kind == "punct":
            value = m.group()
            append(Token(value, value, line, col))
        elif kind == "var":
            value = m.group()
            if len(value) > _MAX_ATOM:
                raise ErlangSyntaxError(file, line, col, "illegal var")
            append(Token("var", value, line, col))
        elif kind == "integer":
            append(Token("integer", int(m.group()), line, col))
        elif kind == "dot":
            append(Token("dot", ".", line, col))
        elif kind == "string" or kind == "qatom":
            raw = m.group()
            body = raw[1:-1]
            if "\\" in body:
                try:
                    body = _decode(body)
                except _BadEscape:
                    raise _quoted_error_in(file, text, pos, raw) from None
            if kind == "string":
                append(Token("string", body, line, col))
            else:
                if len(body) > _MAX_ATOM:
                    raise ErlangSyntaxError(file, line, col, "illegal atom")
                append(Token("atom", body, line, col))
            if "\n" in raw:
                line += raw.count("\n")
                line_start = pos + raw.rindex("\n") + 1
        elif kind == "float":
            if end < size and text[end] in "eE":
                raise ErlangSyntaxError(file, line, col, "illegal float")
            value = float(m.group())
            if value == float("inf"):
                raise ErlangSyntaxError(file, line, col, "illegal float")
            append(Token("float", value, line, col))
        elif kind == "char":
            raw = m.group()
            if raw[1] == "\\":
                try:
                    value = _decode(raw[1:])
                except _BadEscape:
                    raise ErlangSyntaxError(file, line, col, "illegal character") from None
            else:
                value = raw[1]
            append(Token("char", ord(value), line, col))
            if raw[-1] == "\n":
                line += 1
                line_start = end
        elif kind == "based":
            value, end = _based_integer(file, text, m)
            append(Token("integer", value, line, col))
        elif kind == "period":
            append(Token(".", ".", line, col))
        elif kind == "badchar":
            raise _char_error(file, text, pos)
        elif kind == "unterminated":
            raise _quoted_error(file, text, pos)
        else:  # other
            value = m.group()
            if ord(value) > 255:
                raise ErlangSyntaxError(file, line, col, "illegal character")
            append(Token(value, value, line, col))
        pos = end
    tokens.end = (line, size - line_start + 1)
    return tokens


def _quoted_error_in(file: str, text: str, start: int, raw: str) -> ErlangSyntaxError:
    """The illegal-character error for a closed literal with a bad escape (note 7)."""
    body = raw[1:-1]
    for m in _ESCAPE.finditer(body):
        try:
            _escape_value(m)
        except _BadEscape:
            return _error(file, text, start + 1 + m.start(), "illegal character")
    return _error(file, text, start, "illegal character")  # pragma: no cover


def scan_file(path: str) -> tuple[list[Token], str]:
    """Tokens and text of a source file, read as escript and erlc read it.

    The text is UTF-8, or Latin-1 when it does not decode. An escript's ``#!``
    line, and a ``%%!`` emulator-flags line right after it, are blanked so
    line numbers stay those of the file.
    """
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if text.startswith("\ufeff"):
        text = text[1:]
    if text.startswith("#!"):
        lines = text.split("\n", 2)
        lines[0] = ""
        if len(lines) > 1 and lines[1].startswith("%%!"):
            lines[1] = ""
        text = "\n".join(lines)
    return tokenize(text, path), text
