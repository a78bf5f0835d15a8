"""The rest of ``io_lib``: quoting, character-list tests, limit_term, options.

Why Python: pure scans over short lists that reuse the printer's quoting
tables (stdlib/printer.py); the format and write entry points with no options
live in bifs/io.py. Results follow io_lib.erl of Erlang/OTP 25, including
function_clause from the helper OTP fails in (write_string1, string_char).

Notes
 1. Results are flat strings where OTP returns deep character lists
    (DIFFERENCES.md); ``lists:flatten`` of both is the same.
 2. The ``chars_limit`` option of format/3 and write/2 is accepted and
    ignored: output is never shortened by it (DIFFERENCES.md).
"""
from __future__ import annotations

from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, BADARG
from beamish.vm.terms import Atom, NIL, TRUE, FALSE, make_string, map_key

from beamish.grammar.errors import write_char
from beamish.stdlib.bifs.lists import OtpFrame
from beamish.stdlib.io_format import format as format_chars, indentation as text_indentation
from beamish.stdlib.printer import (
    PRINTABLE_RANGE, printable_list, write_atom, write_string, write_term,
)

FUNCTION_CLAUSE = Atom("function_clause")
DOTS = Atom("...")


def clause_in(name: str, *args: Any) -> ErlangError:
    return ErlangError(FUNCTION_CLAUSE, args_for_trace=(OtpFrame("io_lib", name), args))


def _proper(term: Any) -> list:
    items = []
    while type(term) is list:
        items.append(term[0])
        term = term[1]
    if term is not NIL:
        raise ErlangError(BADARG)
    return items


# ---------------------------------------------------------------- format/3, write/2


@bif("io_lib", "format", 3)
def format_3(fmt: Any, args: Any, options: Any) -> Any:
    _proper(options)  # note 2: every option is accepted
    return make_string(format_chars(fmt, args))


@bif("io_lib", "fwrite", 3)
def fwrite_3(fmt: Any, args: Any, options: Any) -> Any:
    return format_3(fmt, args, options)


def write_with(term: Any, options: Any) -> Any:
    """io_lib:write/2 (registered in io.py): a depth, or a list of {depth, D} / {encoding, E} options."""
    if type(options) is int:
        return make_string(write_term(term, options))
    depth, encoding = -1, "latin1"
    for option in _proper(options):
        if type(option) is tuple and len(option) == 2:
            if option[0] is Atom("depth") and type(option[1]) is int:
                depth = option[1]
            elif option[0] is Atom("encoding") and option[1] in (Atom("unicode"), Atom("utf8")):
                encoding = "unicode"
    return make_string(write_term(term, depth, encoding))


# ---------------------------------------------------------------- atoms


def _atom(atom: Any) -> Atom:
    if type(atom) is not Atom:
        raise ErlangError(BADARG, args_for_trace=(OtpFrame("erlang", "atom_to_list"), (atom,)))
    return atom


def write_atom_unicode(atom: Any) -> Any:
    """io_lib:write_atom/1 (registered in io.py)."""
    return make_string(write_atom(_atom(atom), "unicode"))


@bif("io_lib", "write_atom_as_latin1", 1)
def write_atom_as_latin1(atom: Any) -> Any:
    return make_string(write_atom(_atom(atom), "latin1"))


@bif("io_lib", "quote_atom", 2)
def quote_atom(atom: Any, chars: Any) -> Atom:
    if type(atom) is not Atom:
        raise clause_in("quote_atom", atom, chars)
    return TRUE if write_atom(atom, "unicode") != atom.name else FALSE


# ---------------------------------------------------------------- strings and chars


def _string_text(chars: Any, latin1_only: bool, quote: int) -> str:
    """The characters of a flat string argument, failing where OTP's loop does."""
    out = []
    term = chars
    while type(term) is list:
        code = term[0]
        if type(code) is not int or code < 0 or code > 0x10FFFF or (latin1_only and code > 255):
            raise clause_in("string_char", Atom("latin1" if latin1_only else "unicode"),
                            code, quote, make_string('"' if quote == 34 else chr(quote)))
        out.append(chr(code))
        term = term[1]
    if term is not NIL:
        mode = "latin1" if latin1_only else "unicode_as_unicode"
        raise clause_in("write_string1", Atom(mode), term, quote)
    return "".join(out)


def _quote_char(quote: Any) -> str:
    if type(quote) is not int or not 0 <= quote <= 0x10FFFF:
        raise ErlangError(BADARG)
    return chr(quote)


@bif("io_lib", "write_string", 2)
def write_string_2(chars: Any, quote: Any) -> Any:
    mark = _quote_char(quote)
    return make_string(write_string(_string_text(chars, False, quote), "unicode", mark))


@bif("io_lib", "write_unicode_string", 1)
def write_unicode_string(chars: Any) -> Any:
    return make_string(write_string(_string_text(chars, False, 34), "unicode"))


@bif("io_lib", "write_latin1_string", 1)
def write_latin1_string(chars: Any) -> Any:
    return make_string(write_string(_string_text(chars, True, 34), "unicode"))


@bif("io_lib", "write_latin1_string", 2)
def write_latin1_string_2(chars: Any, quote: Any) -> Any:
    mark = _quote_char(quote)
    return make_string(write_string(_string_text(chars, True, quote), "unicode", mark))


@bif("io_lib", "write_string_as_latin1", 1)
def write_string_as_latin1(chars: Any) -> Any:
    return make_string(write_string(_string_text(chars, False, 34), "latin1"))


@bif("io_lib", "write_string_as_latin1", 2)
def write_string_as_latin1_2(chars: Any, quote: Any) -> Any:
    mark = _quote_char(quote)
    return make_string(write_string(_string_text(chars, False, quote), "latin1", mark))


def _char(code: Any, name: str, limit: int) -> int:
    if type(code) is not int or code < 0 or code > limit:
        raise clause_in(name, code)
    return code


@bif("io_lib", "write_unicode_char", 1)
def write_unicode_char(code: Any, name: str = "write_unicode_char") -> Any:
    return make_string(write_char(_char(code, name, 0x10FFFF)))


@bif("io_lib", "write_latin1_char", 1)
def write_latin1_char(code: Any) -> Any:
    return make_string(write_char(_char(code, "write_latin1_char", 255)))


@bif("io_lib", "write_char_as_latin1", 1)
def write_char_as_latin1(code: Any) -> Any:
    value = _char(code, "write_char_as_latin1", 0x10FFFF)
    if value > 255:
        return make_string("$\\x{%X}" % value)
    return make_string(write_char(value))


# ---------------------------------------------------------------- character-list tests


def _is_unicode(code: Any) -> bool:
    return type(code) is int and (0 <= code < 0xD800 or 0xDFFF < code < 0xFFFE
                                  or 0xFFFF < code <= 0x10FFFF)


def _is_latin1(code: Any) -> bool:
    return type(code) is int and 0 <= code <= 255


def _flat_test(term: Any, accept) -> Atom:
    while type(term) is list:
        if not accept(term[0]):
            return FALSE
        term = term[1]
    return TRUE if term is NIL else FALSE


def _deep_test(term: Any, accept) -> Atom:
    pending = [term]
    while pending:
        term = pending.pop()
        while type(term) is list:
            head = term[0]
            if type(head) is list or head is NIL:
                pending.append(head)
            elif not accept(head):
                return FALSE
            term = term[1]
        if term is not NIL:
            return FALSE
    return TRUE


@bif("io_lib", "char_list", 1)
def char_list(term: Any) -> Atom:
    return _flat_test(term, _is_unicode)


@bif("io_lib", "latin1_char_list", 1)
def latin1_char_list(term: Any) -> Atom:
    return _flat_test(term, _is_latin1)


@bif("io_lib", "deep_char_list", 1)
def deep_char_list(term: Any) -> Atom:
    return _deep_test(term, _is_unicode)


@bif("io_lib", "deep_unicode_char_list", 1)
def deep_unicode_char_list(term: Any) -> Atom:
    return _deep_test(term, _is_unicode)


@bif("io_lib", "deep_latin1_char_list", 1)
def deep_latin1_char_list(term: Any) -> Atom:
    return _deep_test(term, _is_latin1)


# ---------------------------------------------------------------- layout helpers


@bif("io_lib", "nl", 0)
def nl() -> Any:
    return [10, NIL]


@bif("io_lib", "indentation", 2)
def indentation(chars: Any, start: Any) -> int:
    from beamish.stdlib.bifs.io import chardata_to_str
    if type(start) is not int:
        raise ErlangError(BADARG)
    return text_indentation(chardata_to_str(chars), start)


@bif("io", "printable_range", 0)
def printable_range() -> Atom:
    return Atom(PRINTABLE_RANGE)


@bif("io", "columns", 0)
def columns() -> Any:
    # Standard output is never a terminal that beamish asks for its size.
    return (Atom("error"), Atom("enotsup"))


@bif("io", "columns", 1)
def columns_1(device: Any) -> Any:
    return columns()


@bif("io", "rows", 0)
def rows() -> Any:
    return columns()


@bif("io", "rows", 1)
def rows_1(device: Any) -> Any:
    return columns()


# ---------------------------------------------------------------- limit_term


@bif("io_lib", "limit_term", 2)
def limit_term(term: Any, depth: Any) -> Any:
    """The term ~P would print at ``depth``, with '...' where it stops.

    Each element of a list, tuple or map gets one level less than the one
    before it, so depth bounds both nesting and length. Printable lists and
    bitstrings are kept whole.
    """
    if type(depth) is not int:
        raise ErlangError(BADARG)
    if depth < 0:
        return term
    return _limit(term, depth)


def _limit(term: Any, depth: int) -> Any:
    if depth == 0:
        return DOTS
    kind = type(term)
    if kind is list:
        if depth == 1:
            return [DOTS, NIL]
        if printable_list(term):
            return term
        return _limit_list(term, depth)
    if kind is tuple:
        if depth == 1 or not term:
            return (DOTS,) if term else term
        return tuple(_limit_items(list(term), depth))
    if kind is dict:
        if not term:
            return term
        return {map_key(DOTS): DOTS} if depth == 1 else _limit_map(term, depth)
    return term


def _limit_items(items: list, depth: int) -> list:
    out = []
    for index, item in enumerate(items):
        level = depth - 1 - index
        if level <= 0:
            out.append(DOTS)
            break
        out.append(_limit(item, level))
    return out


def _limit_list(term: list, depth: int) -> Any:
    level = depth - 1
    items = [_limit(term[0], level)]
    rest, tail = term[1], NIL
    while rest is not NIL:
        if level == 1:
            items.append(DOTS)
            break
        if type(rest) is not list:
            tail = _limit(rest, level - 1)
            break
        level -= 1
        items.append(_limit(rest[0], level))
        rest = rest[1]
    for item in reversed(items):
        tail = [item, tail]
    return tail


def _limit_map(term: dict, depth: int) -> dict:
    """Every pair stays; the values get one level less (as OTP 25 does)."""
    return {key: _limit(value, depth - 1) for key, value in term.items()}
