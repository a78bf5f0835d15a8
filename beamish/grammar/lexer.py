"""Source text to tokens, as erl_scan does it in OTP 25.

One compiled pattern takes the whitespace before a token and the token, and
``findall`` runs it over the whole text in C; the Python loop then classifies
each token by its first character. No Python code runs per character except
on the rare paths (based integers, escapes, errors). Measured on this
machine: about 1.2 us a token, half of it building the Token objects.

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

__all__ = ["tokenize", "scan_file", "read_source", "KEYWORDS", "PUNCTUATION"]

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

# Every token pattern; the last branch takes any single character, so the
# scan below never skips input.
_TOKEN = "|".join([
    rf"[a-zß-öø-ÿ]{_NAME_REST}",
    rf"[A-Z_À-ÖØ-Þ]{_NAME_REST}",
    rf"{_DIGITS}(?:\.{_DIGITS}(?:[eE][+-]?{_DIGITS})?|#[0-9a-zA-Z_]*)?",
    "|".join(re.escape(p) for p in PUNCTUATION + ["."]),  # longest first
    '"' + _BODY.format(q='"') + '"',
    "'" + _BODY.format(q="'") + "'",
    r"\$(?:[^\\]|\\(?:[0-7]{1,3}|x\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|\^.|[^x^]))",
    ".",
])
# (whitespace and comments before a token, the token or "" at the end)
_SCAN = re.compile(rf"((?:[{_WHITE}]++|%[^\n]*+)*+)({_TOKEN}|\Z)", re.DOTALL)

# How a token's first character decides its class: a(tom or keyword),
# v(ariable), n(umber), s(tring), q(uoted atom), c(har), d(ot or period),
# p(unctuation), o(ther).


class _FirstCharacter(dict):
    """Class of a token by its first character; code points past Latin-1 are o(ther)."""

    def __missing__(self, key: str) -> str:
        return "o"


def _first_characters() -> _FirstCharacter:
    table = _FirstCharacter()
    ranges = {"a": ("az", "ßö", "øÿ"), "v": ("AZ", "__", "ÀÖ", "ØÞ"), "n": ("09",)}
    for kind, spans in ranges.items():
        for low, high in spans:
            for code in range(ord(low), ord(high) + 1):
                table[chr(code)] = kind
    for punctuation in PUNCTUATION:
        table.setdefault(punctuation[0], "p")
    table.update({'"': "s", "'": "q", "$": "c", ".": "d"})
    return table


_FIRST = _first_characters()
_DOT_FOLLOWERS = frozenset(chr(c) for c in [*range(0x21), *range(0x80, 0xA1)]) | {"%", ""}

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
_MAX_ATOM = 255
_INFINITY = float("inf")


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


def _parse_int(digits: str, base: int = 10) -> int:
    """int() without CPython's 4300-digit guard, which Erlang bignums can exceed."""
    try:
        return int(digits, base)
    except ValueError:
        digits = digits.replace("_", "")
        value = 0
        for start in range(0, len(digits), 1000):
            chunk = digits[start:start + 1000]
            value = value * base ** len(chunk) + int(chunk, base)
        return value


def _based_integer(file: str, text: str, start: int, raw: str) -> tuple[int, int]:
    """Value and length of the ``Base#digits`` scanned as ``raw`` at ``start`` (note 4).

    The pattern takes every alphanumeric after ``#``; only the longest run
    valid in the base belongs to the integer.
    """
    base_text, _, candidates = raw.partition("#")
    base = int(base_text)
    if not 2 <= base <= 36:
        raise _error(file, text, start, f"illegal base '{base}'")
    good = 0  # length of the longest valid prefix ending in a digit
    for i, ch in enumerate(candidates):
        if ch == "_":
            following = candidates[i + 1:i + 2]
            if not good or following in ("", "_") or int(following, 36) >= base:
                break
        elif int(ch, 36) >= base:
            break
        else:
            good = i + 1
    if not good:
        raise _error(file, text, start, "illegal integer")
    return _parse_int(candidates[:good], base), len(base_text) + 1 + good


def tokenize(text: str, file: str) -> list[Token]:
    """All tokens of ``text``; ``file`` is only used to position errors.

    The result is a :class:`TokenList` whose ``end`` is the location just past
    the input, where epp reports unterminated conditionals.
    """
    tokens = TokenList()
    append = tokens.append
    first_class = _FIRST
    keywords = KEYWORDS
    dot_followers = _DOT_FOLLOWERS
    line = 1
    line_start = 0
    pos = 0
    size = len(text)
    scanning = True
    while scanning:
        scanning = False
        # findall does the matching in C; positions follow from the lengths,
        # since the pattern covers every character (a restart is only needed
        # when a based integer stops inside what the pattern took).
        for space, raw in _SCAN.findall(text, pos):
            if space:
                if "\n" in space:
                    line += space.count("\n")
                    line_start = pos + space.rindex("\n") + 1
                pos += len(space)
            if not raw:
                break
            col = pos - line_start + 1
            kind = first_class[raw[0]]
            if kind == "a":
                if raw in keywords:
                    append(Token(raw, raw, line, col))
                else:
                    if len(raw) > _MAX_ATOM:
                        raise ErlangSyntaxError(file, line, col, "illegal atom")
                    append(Token("atom", raw, line, col))
            elif kind == "p":
                append(Token(raw, raw, line, col))
            elif kind == "v":
                if len(raw) > _MAX_ATOM:
                    raise ErlangSyntaxError(file, line, col, "illegal var")
                append(Token("var", raw, line, col))
            elif kind == "n":
                if "#" in raw:
                    value, used = _based_integer(file, text, pos, raw)
                    append(Token("integer", value, line, col))
                    if used < len(raw):
                        pos += used
                        scanning = True
                        break
                elif "." in raw:
                    end = pos + len(raw)
                    if end < size and text[end] in "eE":
                        raise ErlangSyntaxError(file, line, col, "illegal float")
                    value = float(raw)
                    if value == _INFINITY:
                        raise ErlangSyntaxError(file, line, col, "illegal float")
                    append(Token("float", value, line, col))
                elif len(raw) < 4000:
                    append(Token("integer", int(raw), line, col))
                else:
                    append(Token("integer", _parse_int(raw), line, col))
            elif kind == "d":
                if raw == "." and text[pos + 1:pos + 2] in dot_followers:
                    append(Token("dot", ".", line, col))
                else:
                    append(Token(raw, raw, line, col))
            elif kind == "s" or kind == "q":
                if len(raw) == 1:
                    raise _quoted_error(file, text, pos)
                body = raw[1:-1]
                if "\\" in body:
                    try:
                        body = _decode(body)
                    except _BadEscape:
                        raise _quoted_error_in(file, text, pos, raw) from None
                if kind == "s":
                    append(Token("string", body, line, col))
                else:
                    if len(body) > _MAX_ATOM:
                        raise ErlangSyntaxError(file, line, col, "illegal atom")
                    append(Token("atom", body, line, col))
                if "\n" in raw:
                    line += raw.count("\n")
                    line_start = pos + raw.rindex("\n") + 1
            elif kind == "c":
                if len(raw) == 1:
                    raise _char_error(file, text, pos)
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
                    line_start = pos + len(raw)
            else:
                if ord(raw) > 255:
                    raise ErlangSyntaxError(file, line, col, "illegal character")
                append(Token(raw, raw, line, col))
            pos += len(raw)
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


def read_source(path: str) -> str:
    """A source file's text: UTF-8 (without a byte-order mark), else Latin-1.

    epp reads files as UTF-8 unless a ``coding: latin-1`` comment says
    otherwise; falling back on a decoding error covers both.
    """
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")
    return text[1:] if text.startswith("\ufeff") else text


# The extent of a token that does not scan: a word (a too long atom or
# variable, a bad based integer) or else one character.
_BAD_TOKEN = re.compile(r"[\w@]+(?:#\w*)?|.", re.S)


def tokenize_recovering(text: str, file: str, errors: list) -> list[Token]:
    """The tokens of ``text`` less the forms that do not scan.

    As epp does with erl_scan's errors, the tokens of a form before a scan
    error are dropped and the error is appended to ``errors``; scanning
    resumes just after the bad token, which starts a new form (so what
    follows in the same form usually adds a syntax error, as in OTP). An
    unterminated quoted literal runs to the end of the input. The dropped
    text is blanked, not cut, so later tokens keep their lines and columns.
    """
    while True:
        try:
            return tokenize(text, file)
        except ErlangSyntaxError as error:
            errors.append(error)
            offset = _offset(text, error.line, error.col)
            form_start = 0
            for token in reversed(tokenize(text[:offset], file)):
                if token.kind == "dot":
                    form_start = _offset(text, token.line, token.col) + 1
                    break
            if error.message.startswith("unterminated"):
                resume = len(text)
            else:
                resume = _BAD_TOKEN.match(text, offset).end()
            blank = re.sub(r"[^\n]", " ", text[form_start:resume])
            text = text[:form_start] + blank + text[resume:]


def _offset(text: str, line: int, col: int) -> int:
    """The offset of a line and column; only used on error paths."""
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    return start + col - 1


def scan_file(path: str, errors: list | None = None,
              escript: bool = False) -> tuple[list[Token], str]:
    """Tokens and text of a source file, read as escript and erlc read it.

    The text is read by :func:`read_source`. An escript's ``#!``
    line, and a ``%%!`` emulator-flags line right after it, are blanked so
    line numbers stay those of the file. With ``escript``, a first line
    that is not ``#!`` is dropped and the next one counts as line 1, as
    escript:parse_header/2 does. With an ``errors`` list, scan errors are
    collected there (see :func:`tokenize_recovering`) instead of raised.
    """
    text = read_source(path)
    if text.startswith("#!"):
        lines = text.split("\n", 2)
        lines[0] = ""
        if len(lines) > 1 and lines[1].startswith("%%!"):
            lines[1] = ""
        text = "\n".join(lines)
    elif escript:
        text = text.partition("\n")[2]
    if errors is not None:
        return tokenize_recovering(text, path, errors), text
    try:
        return tokenize(text, path), text
    except ErlangSyntaxError as error:
        error.source_text = text
        raise
