"""erl_scan: text to token terms, as OTP 25's erl_scan returns them.

Why Python: the compiler's lexer (beamish.grammar.lexer) already scans
exactly as erl_scan does; these BIFs run it and turn its tokens into the
terms OTP hands back ({atom,Anno,foo}, {'(',Anno}, {dot,Anno}, ...).

Notes (checked against erl_scan of OTP 25):
 1. A start location is a line or {Line,Col}. With a line, every Anno is a
    line; with a column, it is {Line,Col}, and columns on the first line are
    shifted by Col-1.
 2. On a scan error, string/1,2,3 returns {error,{Loc,erl_scan,Info},EndLoc}:
    EndLoc is where scanning stopped, the end of the input for an
    unterminated literal and just past the bad lexeme otherwise.
 3. tokens/3,4 returns at the first dot that is followed by a character
    (or by eof); a dot at the very end of the chunk asks for more input.
    At eof, tokens without a dot are returned as they are, and no tokens at
    all give {eof,EndLoc}. The continuation is this module's own term
    {erl_scan_continuation, Text, StartLoc}: it holds the unscanned text.
 4. On an error, tokens/3 returns the rest of the input after the bad
    lexeme, as OTP does.
"""
from __future__ import annotations

import re
from typing import Any

from beamish.grammar.errors import ErlangSyntaxError, RESERVED_WORDS, write_string
from beamish.grammar.lexer import decode_prefix, form_end, tokenize
from beamish.grammar.tokens import Token
from beamish.stdlib.printer import write_term
from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, FUNCTION_CLAUSE, BADARG
from beamish.vm.terms import Atom, NIL, TRUE, FALSE, OK, make_string

ERL_SCAN = Atom("erl_scan")
ERROR = Atom("error")
EOF = Atom("eof")
MORE = Atom("more")
DONE = Atom("done")
CONTINUATION = Atom("erl_scan_continuation")
ILLEGAL = Atom("illegal")

_KIND_ATOMS: dict[str, Atom] = {}
_VALUED = {"atom", "var", "integer", "float", "char", "string"}


def flat_text(term: Any) -> str:
    """A flat Erlang string as Python text; function_clause otherwise."""
    out = []
    while type(term) is list:
        head, term = term
        if type(head) is not int or not 0 <= head <= 0x10FFFF:
            raise ErlangError(FUNCTION_CLAUSE)
        out.append(chr(head))
    if term is not NIL:
        raise ErlangError(FUNCTION_CLAUSE)
    return "".join(out)


class Location:
    """Turns the lexer's 1-based (line, col) into OTP locations from a start (note 1)."""

    __slots__ = ("line", "col")

    def __init__(self, start: Any) -> None:
        if type(start) is int:
            self.line, self.col = start, None
        elif (type(start) is tuple and len(start) == 2 and type(start[0]) is int
              and type(start[1]) is int and start[1] >= 1):
            self.line, self.col = start
        else:
            raise ErlangError(FUNCTION_CLAUSE)

    def at(self, line: int, col: int) -> Any:
        if self.col is None:
            return line + self.line - 1
        if line == 1:
            return (self.line, col + self.col - 1)
        return (line + self.line - 1, col)


def token_term(token: Token, anno: Any) -> tuple:
    """The erl_scan term of one lexer token."""
    kind = token.kind
    if kind in _VALUED:
        value = token.value
        if kind == "atom" or kind == "var":
            value = Atom(value)
        elif kind == "string":
            value = make_string(value)
        return (_kind_atom(kind), anno, value)
    return (_kind_atom(kind), anno)


def _kind_atom(kind: str) -> Atom:
    name = _KIND_ATOMS.get(kind)
    if name is None:
        name = _KIND_ATOMS[kind] = Atom(kind)
    return name


def _offset(text: str, line: int, col: int) -> int:
    """The offset of a lexer (line, col) in ``text``."""
    pos = 0
    for _ in range(line - 1):
        pos = text.index("\n", pos) + 1
    return pos + col - 1


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


_NAME = re.compile(r"[^\x00-\x20\x80-\xa0%()\[\]{},;:!=<>+\-*/#|?.\"'$]+")
_BASE = re.compile(r"[0-9]+")
_FLOAT = re.compile(r"[0-9_]+\.[0-9_]+(?:[eE][+-]?[0-9_]*)?")


def _error_info(error: ErlangSyntaxError, text: str, offset: int) -> tuple[Any, int]:
    """erl_scan's ErrorInfo term for a lexer error, and the offset where scanning stopped."""
    message = error.message
    if message.startswith("unterminated string") or message.startswith("unterminated atom"):
        quote = text[offset]
        head = decode_prefix(text[offset + 1:])[:16]
        return (Atom("string"), ord(quote), make_string(head)), len(text)
    if message == "unterminated character":
        return Atom("char"), len(text) if offset + 1 >= len(text) else offset + 1
    if message.startswith("illegal base"):
        digits = _BASE.match(text, offset)
        return (Atom("base"), int(digits.group())), digits.end()
    kind = message[len("illegal "):]
    if kind == "float":
        found = _FLOAT.match(text, offset)
        end = found.end() if found else offset + 1
    elif kind in ("atom", "var") and text[offset] not in "'":
        found = _NAME.match(text, offset)
        end = found.end() if found else offset + 1
    elif kind == "atom":
        end = text.find("'", offset + 1) + 1 or len(text)
    else:
        end = offset + 1
    return (ILLEGAL, Atom(kind)), end


def scan(text: str, start: Any) -> tuple[Any, list, Any, int]:
    """(status, payload, end, stop): ('ok', tokens, ...) or ('error', error_info_term, ...).

    ``stop`` is the offset where scanning stopped (note 2).
    """
    where = Location(start)
    try:
        tokens = tokenize(text, "")
    except ErlangSyntaxError as error:
        offset = _offset(text, error.line, error.col)
        info, stop = _error_info(error, text, offset)
        loc = where.at(error.line, error.col)
        return "error", (loc, ERL_SCAN, info), where.at(*_line_col(text, stop)), stop
    at = where.at
    terms = [token_term(t, at(t.line, t.col)) for t in tokens]
    return "ok", terms, at(*tokens.end), len(text)


def _string_result(text: str, start: Any) -> tuple:
    status, payload, end, _ = scan(text, start)
    if status == "error":
        return (ERROR, payload, end)
    result = NIL
    for term in reversed(payload):
        result = [term, result]
    return (OK, result, end)


@bif("erl_scan", "string", 1)
def string1(chars):
    return _string_result(flat_text(chars), 1)


@bif("erl_scan", "string", 2)
def string2(chars, start):
    return _string_result(flat_text(chars), start)


@bif("erl_scan", "string", 3)
def string3(chars, start, options):
    return _string_result(flat_text(chars), start)


def next_form(text: str, pos: int, origin: Any, at_eof: bool) -> tuple[Any, int | None] | None:
    """The first form of ``text[pos:]`` as erl_scan:tokens/3 returns it (notes 3, 4).

    None when more input is needed; otherwise (result, next) where result is
    {ok,Tokens,EndLoc}, {eof,EndLoc} or {error,ErrorInfo,EndLoc}, and next the
    offset after the form (None at eof). Costs the length of the form.
    """
    end = form_end(text, pos)
    if end is not None:
        try:
            tokens = tokenize(text[pos:end], "")
        except ErlangSyntaxError:
            tokens = None  # the boundary lay inside a bad literal: scan the rest below
        if tokens is not None:
            where = Location(origin)
            terms = NIL
            for token in reversed(tokens):
                terms = [token_term(token, where.at(token.line, token.col)), terms]
            return (OK, terms, where.at(*tokens.end)), end
    status, payload, stop, stop_offset = scan(text[pos:], origin)
    if status == "error":
        info = payload[2]
        if not at_eof and (info is Atom("char") or (type(info) is tuple and info[0] is Atom("string"))):
            return None  # an unterminated literal may end in the next chunk
        return (ERROR, payload, stop), (None if at_eof else pos + stop_offset)
    if not at_eof:
        return None
    if not payload:
        return (EOF, stop), None
    terms = NIL
    for term in reversed(payload):
        terms = [term, terms]
    return (OK, terms, stop), None


def tokens(continuation: Any, chars: Any, start: Any) -> tuple:
    """erl_scan:tokens/3 (note 3)."""
    if continuation is NIL:
        pending, origin = "", start
    elif type(continuation) is tuple and len(continuation) == 3 and continuation[0] is CONTINUATION:
        pending, origin = flat_text(continuation[1]), continuation[2]
    else:
        raise ErlangError(FUNCTION_CLAUSE)
    Location(origin)
    at_eof = chars is EOF
    text = pending if at_eof else pending + flat_text(chars)
    found = next_form(text, 0, origin, at_eof)
    if found is None:
        return (MORE, (CONTINUATION, make_string(text), origin))
    result, rest = found
    return (DONE, result, EOF if rest is None else make_string(text[rest:]))


@bif("erl_scan", "tokens", 3)
def tokens3(continuation, chars, start):
    return tokens(continuation, chars, start)


@bif("erl_scan", "tokens", 4)
def tokens4(continuation, chars, start, options):
    return tokens(continuation, chars, start)


@bif("erl_scan", "reserved_word", 1)
def reserved_word(word):
    return TRUE if type(word) is Atom and word.name in RESERVED_WORDS else FALSE


def format_error_text(info: Any) -> str:
    """erl_scan:format_error/1 as Python text."""
    if info is Atom("char"):
        return "unterminated character"
    if type(info) is tuple and len(info) == 2:
        tag, what = info
        if tag is ILLEGAL and type(what) is Atom:
            return "illegal " + what.name
        if tag is Atom("base") and type(what) is int:
            return f"illegal base '{what}'"
    if type(info) is tuple and len(info) == 3 and info[0] is Atom("string"):
        quote = chr(info[1])
        head = flat_text(info[2])
        what = "string" if quote == '"' else "atom"
        return f"unterminated {what} starting with {write_string(head, quote)}"
    return write_term(info)


@bif("erl_scan", "format_error", 1)
def format_error(info):
    return make_string(format_error_text(info))


def _token_parts(token: Any) -> tuple[Atom, Any]:
    if type(token) is not tuple or len(token) not in (2, 3) or type(token[0]) is not Atom:
        raise ErlangError(BADARG)
    return token[0], token[1]


@bif("erl_scan", "category", 1)
def category(token):
    return _token_parts(token)[0]


@bif("erl_scan", "symbol", 1)
def symbol(token):
    kind, _ = _token_parts(token)
    return token[2] if len(token) == 3 else kind


@bif("erl_scan", "location", 1)
def location(token):
    return _anno_location(_token_parts(token)[1])


@bif("erl_scan", "line", 1)
def line(token):
    loc = _anno_location(_token_parts(token)[1])
    return loc[0] if type(loc) is tuple else loc


@bif("erl_scan", "column", 1)
def column(token):
    loc = _anno_location(_token_parts(token)[1])
    return loc[1] if type(loc) is tuple else Atom("undefined")


def _anno_location(anno: Any) -> Any:
    if type(anno) is int or (type(anno) is tuple and len(anno) == 2 and type(anno[0]) is int):
        return anno
    raise ErlangError(BADARG)
