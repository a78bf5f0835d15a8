"""Erlang term printing as OTP 25 does it: ``~w`` (io_lib:write) and ``~p``
(io_lib_pretty:print), plus the shortest float form both use.

Matched against stdlib 4.2 (OTP 25): io_lib.erl (write/2, write_atom,
write_string, printable_*_list), io_lib_pretty.erl (print/2 and its
intermediate format) and io_lib_format:fwrite_g/1 (Ryu shortest floats).

Notes
 1. ``~p`` first writes the term on one line; only when that does not fit in
    ``line_length - column`` does it build io_lib_pretty's intermediate form
    (a tree of nodes with their one-line lengths) and lay it out. The one-line
    text of that tree is exactly what ``_write(..., pretty=True)`` produces,
    so the common short case never builds the tree.
 2. Nothing recurses over a list's length: the one-line writer keeps an
    explicit stack and the layout walks element vectors with loops. The
    layout recurses on nesting depth only (a few Python frames per level);
    for terms nested deeper than the recursion limit allows, print_term
    raises the limit for the call, which is safe because CPython 3.11 runs
    Python-to-Python calls without growing the C stack.
 3. io:printable_range() is ``latin1`` unless the VM runs with ``+pc unicode``;
    so even ``~tp`` shows ``[955]`` rather than a string. ``PRINTABLE_RANGE``
    mirrors that switch.
 4. io_lib:write of a map at depth D prints pairs while the depth lasts and
    then ``,...`` even if no pair is left (``~W`` of ``#{a=>1}`` at depth 2 is
    ``#{a => 1,...}``) and prints ``#{}`` at depth 1; io_lib_pretty prints
    ``#{a => 1}`` and ``#{...}``. Both quirks are OTP 25's.
 5. Lengths are io_lib:chars_length: characters, except that text holding a
    code point above 255 is measured in grapheme clusters (string:length).
 6. ``pp``/``cind`` below follow io_lib_pretty clause by clause, including
    its asymmetries (map width ``W + 1`` in pp but ``W + 2`` in cind, the
    improper-tail check using ``Col`` rather than ``Col0`` in cind_tail).
 7. Map keys print in OTP's internal order: term order with all integers
    before all floats (``#{1 => c,2 => a,1.0 => b}``), unlike ``==`` order
    (terms.sorted_map_keys puts 1.0 between 1 and 2). Maps of more than 32
    keys are hash-ordered in OTP; beamish keeps the sorted order for them.
 8. Records (``records=`` of print_term, for the shell) follow io_lib_pretty's
    print_length_record and its record clauses of cind/pp (rec_indent,
    pp_field, pp_fields_tail); the one-line text then comes from the tree.
"""
from __future__ import annotations

import math
import re
import sys
import unicodedata
from typing import Any

from beamish.vm.terms import NIL, Atom, BitString, Fun, Pid, Ref, map_key, unmap_key

__all__ = [
    "write_term", "print_term", "format_float_short", "write_atom", "write_string",
    "int_to_str", "map_print_order", "printable_list", "printable_latin1_list",
    "printable_unicode_list", "char_list", "chars_length", "graphemes", "PRINTABLE_RANGE",
]

#: "latin1" (OTP's default) or "unicode" (as ``erl +pc unicode``).
PRINTABLE_RANGE = "latin1"

# ---------------------------------------------------------------- integers


def int_to_str(value: int) -> str:
    """Decimal text of any integer (CPython refuses str() past 4300 digits)."""
    try:
        return str(value)
    except ValueError:
        return _big_int_to_str(value)


def _big_int_to_str(value: int) -> str:
    if value < 0:
        return "-" + _big_int_to_str(-value)
    # Divide and conquer on powers of ten; each half is padded to its width.
    digits = int(value.bit_length() * 0.30103) + 1
    half = digits // 2
    if half < 1000:
        return str(value)
    high, low = divmod(value, 10 ** half)
    if not high:
        return _big_int_to_str(low)
    return _big_int_to_str(high) + _big_int_to_str(low).rjust(half, "0")


# ---------------------------------------------------------------- floats

_TWO_POW_53 = float(1 << 53)
_BIG = 10 ** 4000       # below this, str() of an int is always allowed


def format_float_short(value: float) -> str:
    """float_to_list(F, [short]): shortest round-trip digits, OTP's layout.

    Python's repr yields the same shortest digits as OTP's Ryu; only the
    placement of the point and the switch to exponent form are OTP's own
    (io_lib_format:insert_decimal/3).
    """
    text = repr(value)
    if "e" not in text and text[-2:] != ".0" and text[0] != "0" and text[:2] != "-0":
        return text     # |value| >= 1 with a fraction: repr's layout is OTP's
    if value == 0.0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    negative = text[0] == "-"
    if negative:
        text = text[1:]
    mantissa, _, exponent = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    place = (int(exponent) if exponent else 0) - len(fraction)
    stripped = digits.rstrip("0")
    place += len(digits) - len(stripped)
    body = _insert_decimal(place, stripped, abs(value))
    return "-" + body if negative else body


def _insert_decimal(place: int, digits: str, magnitude: float) -> str:
    count = len(digits)
    exponent = place + count - 1
    exponent_text = str(exponent)
    exponent_cost = len(exponent_text) + 2
    # A single digit needs ".0" in exponent form: one more character.
    dot = 1 if count == 1 else 0
    if place < 0:
        if exponent >= 0:
            return digits[:count + place] + "." + digits[count + place:]
        if 2 - place - count <= exponent_cost + dot:
            return "0." + "0" * (-place - count) + digits
        return _insert_exponent(exponent_text, digits)
    if exponent_cost + dot >= place + 2 and magnitude < _TWO_POW_53:
        return digits + "0" * place + ".0"
    return _insert_exponent(exponent_text, digits)


def _insert_exponent(exponent_text: str, digits: str) -> str:
    if len(digits) == 1:
        return digits + ".0e" + exponent_text
    return digits[0] + "." + digits[1:] + "e" + exponent_text


# ---------------------------------------------------------------- text lengths

_GRAPHEME_EXTEND = frozenset(("Mn", "Me", "Mc"))


def graphemes(text: str) -> list:
    """Grapheme clusters as OTP's string module sees them, for the common
    cases: CR LF, combining marks, variation selectors and ZWJ sequences."""
    if text.isascii() and "\r\n" not in text:
        return list(text)
    clusters: list = []
    category = unicodedata.category
    joined = False
    for ch in text:
        if clusters and (joined or (ch == "\n" and clusters[-1][-1] == "\r")
                         or ch == "\u200d" or "\ufe00" <= ch <= "\ufe0f"
                         or category(ch) in _GRAPHEME_EXTEND):
            clusters[-1] += ch
        else:
            clusters.append(ch)
        joined = ch == "\u200d"
    return clusters


def chars_length(text: str) -> int:
    """io_lib:chars_length of printed text (see note 5)."""
    if text.isascii() or max(text) <= "\xff":
        return len(text)
    return len(graphemes(text))


# ---------------------------------------------------------------- strings and atoms

def _escape_table(quote: str) -> dict:
    table = {}
    named = {10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v", 8: "\\b", 12: "\\f", 27: "\\e",
             127: "\\d"}
    for code in list(range(0, 32)) + list(range(127, 160)):
        table[code] = named.get(code) or "\\" + format(code, "03o")
    table[ord(quote)] = "\\" + quote
    table[ord("\\")] = "\\\\"
    return table


_DQ_TABLE = _escape_table('"')
_SQ_TABLE = _escape_table("'")
_ABOVE_LATIN1 = re.compile("[\u0100-\U0010ffff]")


def _hex_escape(match: "re.Match[str]") -> str:
    return "\\x{" + format(ord(match.group()), "X") + "}"


def _quote(text: str, table: dict, as_latin1: bool) -> str:
    """Escape ``text`` as io_lib string_char does; ``as_latin1`` is the
    unicode_as_latin1 mode (code points above 255 become ``\\x{HEX}``)."""
    escaped = text.translate(table)
    if as_latin1 and not escaped.isascii() and max(escaped) > "\xff":
        escaped = _ABOVE_LATIN1.sub(_hex_escape, escaped)
    return escaped


def write_string(text: str, encoding: str = "unicode", quote: str = '"') -> str:
    """io_lib:write_string/2 (unicode) or write_string_as_latin1/2 (latin1)."""
    table = _DQ_TABLE if quote == '"' else _SQ_TABLE if quote == "'" else _escape_table(quote)
    return quote + _quote(text, table, encoding == "latin1") + quote


_RESERVED = frozenset((
    "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor",
    "case", "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or",
    "orelse", "receive", "rem", "try", "when", "xor"))
# name_char/1: a-z, A-Z, 0-9, _, @, and the Latin-1 letters except × and ÷.
_NAME_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@"
    + "".join(chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)))
_LOWER_START = frozenset(
    "abcdefghijklmnopqrstuvwxyz" + "".join(chr(c) for c in range(0xDF, 0x100) if c != 0xF7))


def _atom_needs_quotes(name: str) -> bool:
    if name in _RESERVED or not name or name[0] not in _LOWER_START:
        return True
    names = _NAME_CHARS
    for ch in name:
        if ch not in names:
            return True
    return False


_ATOM_LATIN1: dict = {}
_ATOM_UNICODE: dict = {}


def write_atom(value: Atom, encoding: str = "latin1") -> str:
    """io_lib:write_atom_as_latin1 (latin1) or io_lib:write_atom (unicode)."""
    cache = _ATOM_LATIN1 if encoding == "latin1" else _ATOM_UNICODE
    text = cache.get(value)
    if text is None:
        name = value.name
        if _atom_needs_quotes(name):
            text = "'" + _quote(name, _SQ_TABLE, encoding == "latin1") + "'"
        else:
            text = name
        cache[value] = text
    return text


# ---------------------------------------------------------------- printable lists

# io_lib:printable_latin1_list/1 characters.
_PRINTABLE_LATIN1 = frozenset(list(range(32, 127)) + list(range(160, 256))
                              + [10, 13, 9, 11, 8, 12, 27])
_CONTROL_PRINTABLE = frozenset((10, 13, 9, 11, 8, 12, 27))


def _unicode_printable(code: int) -> bool:
    return (32 <= code <= 126 or 160 <= code < 0xD800 or 0xDFFF < code < 0xFFFE
            or 0xFFFF < code <= 0x10FFFF or code in _CONTROL_PRINTABLE)


def printable_latin1_list(term: Any) -> bool:
    """io_lib:printable_latin1_list/1."""
    printable = _PRINTABLE_LATIN1
    while type(term) is list:
        code = term[0]
        if type(code) is not int or code not in printable:
            return False
        term = term[1]
    return term is NIL


def printable_unicode_list(term: Any) -> bool:
    """io_lib:printable_unicode_list/1."""
    while type(term) is list:
        code = term[0]
        if type(code) is not int or not _unicode_printable(code):
            return False
        term = term[1]
    return term is NIL


def printable_list(term: Any, encoding: str | None = None) -> bool:
    """io_lib:printable_list/1 (by PRINTABLE_RANGE), or the named variant
    when ``encoding`` is "latin1" or "unicode"."""
    mode = encoding or PRINTABLE_RANGE
    if mode == "latin1":
        return printable_latin1_list(term)
    return printable_unicode_list(term)


def char_list(term: Any) -> bool:
    """io_lib:char_list/1: a flat proper list of Unicode code points."""
    while type(term) is list:
        code = term[0]
        if type(code) is not int or not (0 <= code < 0xD800 or 0xDFFF < code < 0xFFFE
                                         or 0xFFFF < code <= 0x10FFFF):
            return False
        term = term[1]
    return term is NIL


def _string_text(term: list, unicode: bool) -> str | None:
    """The quoted text of a printable list, or None when ~p shows it as a list.

    printable_list in io_lib_pretty is latin1 unless the printable range is
    unicode (note 3); latin1 strings are written with write_latin1_string,
    unicode ones with write_string, which agree on every latin1 character.
    """
    first = term[0]
    if type(first) is not int or first not in _PRINTABLE_LATIN1 and not (
            unicode and PRINTABLE_RANGE == "unicode" and _unicode_printable(first)):
        return None             # the common "list of numbers" case stops here
    codes = []
    append = codes.append
    while type(term) is list:
        append(term[0])
        term = term[1]
    if term is not NIL:
        return None
    # Checked in bulk: every element an int (the first one is), not a float
    # such as 65.0 nor an unhashable list, and then printable.
    if len(set(map(type, codes))) != 1:
        return None
    if not _PRINTABLE_LATIN1.issuperset(codes):
        if not (unicode and PRINTABLE_RANGE == "unicode"):
            return None
        for code in codes:
            if not _unicode_printable(code):
                return None
    return '"' + "".join(map(chr, codes)).translate(_DQ_TABLE) + '"'


# ---------------------------------------------------------------- binaries

def _bits_parts(value: Any, depth: int) -> list:
    """io_lib:write_binary_body as units: every unit but the last is followed
    by a comma; the last is a byte, ``...`` or ``Value:Bits``."""
    if type(value) is bytes:
        data, total_bits = value, len(value) * 8
    else:
        data, total_bits = value.data, value.bits
    whole = total_bits // 8
    parts = []
    index = 0
    while True:
        if index == whole and total_bits == whole * 8:
            break
        if depth == 1:
            parts.append("...")
            break
        if index < whole:
            parts.append(str(data[index]))
            index += 1
            depth -= 1
            if index == whole and total_bits == whole * 8:
                break
            continue
        bits = total_bits - whole * 8
        parts.append(str(data[whole] >> (8 - bits)) + ":" + str(bits))
        break
    return parts


def _binary_text(value: Any, depth: int) -> str:
    return "<<" + ",".join(_bits_parts(value, depth)) + ">>"


def _utf8_at(data: bytes, position: int):
    """The UTF-8 character at ``position`` as (code, next position), or None."""
    first = data[position]
    if first < 0x80:
        return first, position + 1
    if 0xC2 <= first <= 0xDF:
        length = 2
    elif 0xE0 <= first <= 0xEF:
        length = 3
    elif 0xF0 <= first <= 0xF4:
        length = 4
    else:
        return None
    try:
        text = data[position:position + length].decode("utf-8")
    except UnicodeDecodeError:
        return None
    return ord(text), position + length


def _printable_binary(value: bytes, depth: int, unicode: bool):
    """io_lib_pretty printable_bin0/printable_bin for the list output.

    ``depth`` is D - 1 of the binary (negative when unlimited). Returns None
    (print as bytes) or (complete, is_plain, codes): complete False means a
    prefix followed by ``...``; is_plain False means the ``/utf8`` form.
    """
    size = len(value)
    limit = min(4 * depth, size) if depth >= 0 else size
    if limit == 0:
        return None
    if unicode and not value.isascii():
        # valid_utf8/2 over the first ``limit`` characters.
        position = 0
        valid = True
        for _ in range(limit):
            if position >= size:
                break
            decoded = _utf8_at(value, position)
            if decoded is None:
                valid = False
                break
            position = decoded[1]
        if valid:
            latin1_range = PRINTABLE_RANGE == "latin1"
            taken = []
            position = 0
            remaining = limit
            while remaining > 0 and position < size:
                decoded = _utf8_at(value, position)
                if decoded is None:
                    break
                code = decoded[0]
                if not (code in _PRINTABLE_LATIN1 if latin1_range else _unicode_printable(code)):
                    break
                taken.append(code)
                position = decoded[1]
                remaining -= 1
            if position == size:
                return True, size == len(taken), taken
            if depth > 0 and limit - remaining >= depth:
                return False, position == len(taken), taken
            return None
    printable = _PRINTABLE_LATIN1
    stop = limit
    for index in range(limit):
        if value[index] not in printable:
            stop = index
            break
    if stop == limit:
        if limit == size:
            return True, True, list(value)
        return False, True, list(value[:limit])
    if depth > 0 and stop >= depth:
        return False, True, list(value[:stop])
    return None


def _printable_binary_text(value: bytes, depth: int, unicode: bool) -> str | None:
    found = _printable_binary(value, depth - 1, unicode)
    if found is None:
        return None
    complete, plain, codes = found
    body = '"' + "".join(map(chr, codes)).translate(_DQ_TABLE) + '"'
    if complete:
        return "<<" + body + (">>" if plain else "/utf8>>")
    return "<<" + body + ("...>>" if plain else "/utf8...>>")


# ---------------------------------------------------------------- map key order

def _order_key(term: Any):
    """A Python sort key giving OTP's map key order (note 7): the standard
    term order except that every integer sorts before every float, at any
    depth (#{1 => c,2 => a,1.0 => b})."""
    kind = type(term)
    if kind is int:
        return (0, 0, term)
    if kind is float:
        return (0, 1, term)
    if kind is Atom:
        return (1, term.name)
    if kind is Ref:
        return (2, tuple(reversed(term.numbers)))
    if kind is Fun:
        module = term.module.name if type(term.module) is Atom else str(term.module)
        name = term.name.name if type(term.name) is Atom else str(term.name or "")
        return (3, module, term.index, term.uniq, name, term.arity)
    if kind is Pid:
        return (5, term.node, term.serial, term.number)
    if kind is tuple:
        return (6, len(term), tuple(_order_key(element) for element in term))
    if kind is dict:
        keys = map_print_order(term)
        return (7, len(term), tuple(_order_key(key) for key in keys),
                tuple(_order_key(term[map_key(key)]) for key in keys))
    if term is NIL:
        return (8,)
    if kind is list:
        elements = []
        while type(term) is list:
            elements.append(_order_key(term[0]))
            term = term[1]
        return (9, tuple(elements), _order_key(term))
    if kind is bytes:
        return (10, term.decode("latin-1"))
    if kind is BitString:
        whole = term.bits // 8
        rest = term.bits - whole * 8
        tail = "".join("1" if term.data[whole] & (0x80 >> bit) else "0" for bit in range(rest))
        return (10, term.data[:whole].decode("latin-1") + tail)
    return (11, repr(term))


def map_print_order(value: dict) -> list:
    """The keys of a map in the order OTP 25 prints them (Erlang terms)."""
    keys = [unmap_key(key) for key in value]
    if len(keys) > 1:
        keys.sort(key=_order_key)
    return keys


# ---------------------------------------------------------------- one-line writer

def _other_text(term: Any) -> str:
    """Text of pids, refs, funs and anything the VM adds later."""
    kind = type(term)
    if kind is Pid:
        return "<%d.%d.%d>" % (term.node, term.number, term.serial)
    if kind is Ref:
        return repr(term)
    if kind is Fun:
        module = term.module.name if type(term.module) is Atom else str(term.module)
        if term.code is None:
            name = term.name if type(term.name) is Atom else Atom(str(term.name))
            mod = term.module if type(term.module) is Atom else Atom(module)
            return "fun " + write_atom(mod) + ":" + write_atom(name) + "/" + str(term.arity)
        return "#Fun<%s.%d.%d>" % (module, term.index, term.uniq)
    return repr(term)


_LIST_TAIL = object()    # stack marker: (cell, depth) of a list tail follows
_MAP_TAIL = object()     # stack marker: (pairs, index, depth, value depth)


def _write(term: Any, depth: int, unicode: bool, strings: bool, pretty: bool) -> str:
    """One-line text of a term: io_lib:write, or with ``pretty`` the one-line
    form of io_lib_pretty (which shows strings and text binaries as such
    when ``strings`` is set, and differs from io_lib:write on maps)."""
    if depth == 0:
        return "..."
    atom_cache = _ATOM_UNICODE if unicode else _ATOM_LATIN1
    encoding = "unicode" if unicode else "latin1"
    if type(term) is tuple and (depth < 0 or depth > len(term)):
        text = _simple_elements(term, atom_cache)
        if text is not None:
            return "{" + text + "}"
    out: list = []
    emit = out.append
    # Entries are literal text (str is never a term), a marker followed by
    # its state, or a term pushed after its depth.
    stack: list = [depth, term]
    pop = stack.pop
    push = stack.append
    while stack:
        item = pop()
        kind = type(item)
        if kind is str:
            emit(item)
            continue
        if item is _LIST_TAIL:
            rest = pop()
            d = pop()
            while True:
                if rest is NIL:
                    break
                if d == 1:
                    emit("|...")
                    break
                if type(rest) is not list:
                    emit("|")
                    push(d - 1)
                    push(rest)
                    break
                head = rest[0]
                rest = rest[1]
                head_kind = type(head)
                emit(",")
                if head_kind is int:
                    emit(str(head) if -_BIG < head < _BIG else int_to_str(head))
                elif head_kind is Atom:
                    text = atom_cache.get(head)
                    emit(text if text is not None else write_atom(head, encoding))
                else:
                    push(d - 1)
                    push(rest)
                    push(_LIST_TAIL)
                    push(d - 1)
                    push(head)
                    break
                d -= 1
            continue
        if item is _MAP_TAIL:
            pairs = pop()
            index = pop()
            d = pop()
            value_depth = pop()
            if pretty:
                # io_lib_pretty: pairs while the depth lasts, dots only if
                # some pair is left.
                if index >= len(pairs):
                    continue
                if d == 1:
                    emit(",...")
                    continue
            else:
                if d == 1:
                    emit(",...")
                    continue
                if index >= len(pairs):
                    continue
            key, value = pairs[index]
            push(value_depth)
            push(d - 1)
            push(index + 1)
            push(pairs)
            push(_MAP_TAIL)
            push(value_depth)
            push(value)
            push(" => ")
            push(value_depth)
            push(key)
            emit(",")
            continue
        d = pop()
        if d == 0:
            emit("...")
        elif kind is int:
            emit(str(item) if -_BIG < item < _BIG else int_to_str(item))
        elif kind is Atom:
            text = atom_cache.get(item)
            emit(text if text is not None else write_atom(item, encoding))
        elif kind is list:
            if d == 1:
                emit("[...]")
                continue
            if strings:
                text = _string_text(item, unicode)
                if text is not None:
                    emit(text)
                    continue
            emit("[")
            push("]")
            push(d - 1)
            push(item[1])
            push(_LIST_TAIL)
            push(d - 1)
            push(item[0])
        elif item is NIL:
            emit("[]")
        elif kind is float:
            emit(format_float_short(item))
        elif kind is tuple:
            size = len(item)
            if size == 0:
                emit("{}")
                continue
            if d == 1:
                emit("{...}")
                continue
            # Element i (1-based) is written at depth d - i; dots replace
            # element i when d - (i - 1) == 1.
            emit("{")
            push("}")
            count = size if d < 0 or d > size else d - 1
            if count < size:
                push(",...")
            for index in range(count - 1, -1, -1):
                element = item[index]
                element_kind = type(element)
                if element_kind is int and -_BIG < element < _BIG:
                    push(str(element))
                elif element_kind is Atom and element in atom_cache:
                    push(atom_cache[element])
                else:
                    push(d - 1 - index)
                    push(element)
                if index:
                    push(",")
        elif kind is dict:
            if not item:
                emit("#{}")
                continue
            if d == 1:
                emit("#{...}" if pretty else "#{}")
                continue
            keys = map_print_order(item)
            pairs = [(key, item[map_key(key)]) for key in keys]
            emit("#{")
            push("}")
            push(d - 1)         # value depth for the later pairs
            push(d - 1)         # depth counter after the first pair
            push(1)
            push(pairs)
            push(_MAP_TAIL)
            push(d - 1)
            push(pairs[0][1])
            push(" => ")
            push(d - 1)
            push(pairs[0][0])
        elif kind is bytes:
            if not item:
                emit("<<>>")
            elif d == 1:
                emit("<<...>>")
            else:
                text = _printable_binary_text(item, d, unicode) if strings else None
                emit(text if text is not None else _binary_text(item, d))
        elif kind is BitString:
            emit("<<...>>" if d == 1 else _binary_text(item, d))
        else:
            emit(_other_text(item))
    return "".join(out)


def _simple_elements(items: tuple, atom_cache: dict) -> str | None:
    """Comma-joined text of a tuple of small integers and seen atoms, the
    shape most printed tuples have; None if any element needs the writer."""
    parts = []
    append = parts.append
    for element in items:
        kind = type(element)
        if kind is int and -_BIG < element < _BIG:
            append(str(element))
        elif kind is Atom:
            text = atom_cache.get(element)
            if text is None:
                return None
            append(text)
        else:
            return None
    return ",".join(parts)


def write_term(term: Any, depth: int = -1, encoding: str = "latin1") -> str:
    """What ``~w`` / ``~W`` print: io_lib:write(Term, [{depth, D}, {encoding, E}])."""
    kind = type(term)
    if depth != 0:
        if kind is int:
            return int_to_str(term)
        if kind is Atom:
            return write_atom(term, "latin1" if encoding == "latin1" else "unicode")
    return _write(term, depth, encoding != "latin1", False, False)


# ---------------------------------------------------------------- pretty printer

# Intermediate nodes are tuples (kind, length, a, b):
#   LEAF   a = text                         (io_lib_pretty's plain chars)
#   LIST   a = elements, b = tail           (tail: None, DOTS or a node)
#   TUPLE / TAGGED  a = elements, b = None or DOTS
#   MAP    a = pairs, b = None or DOTS
#   PAIR   a = key node, b = value node
#   BIN    a = one-line text, b = units      (see _bits_parts)
#   RECORD a = (name text, field nodes), b = None or DOTS   (shell records, note 8)
#   FIELD  a = "name = " text, b = value node
LEAF, LIST, TUPLE, TAGGED, MAP, PAIR, BIN, RECORD, FIELD = range(9)
_DOTS = (LEAF, 3, "...", None)


def _leaf(text: str):
    return (LEAF, chars_length(text), text, None)


def _build(term: Any, depth: int, unicode: bool, strings: bool, records=None):
    """io_lib_pretty:print_length/7 with no chars limit; ``records`` maps a
    record name to its field names (io_lib_pretty's record_print_fun)."""
    kind = type(term)
    if kind is int:
        text = int_to_str(term)
        return (LEAF, len(text), text, None)
    if kind is Atom:
        text = write_atom(term, "unicode" if unicode else "latin1")
        return (LEAF, chars_length(text), text, None)
    if term is NIL:
        return (LEAF, 2, "[]", None)
    if kind is list:
        if strings and depth != 1:
            text = _string_text(term, unicode)
            if text is not None:
                return _leaf(text)
        if depth == 1:
            return (LIST, 5, [], _DOTS)
        elements = []
        append = elements.append
        total = 1
        d = depth
        cell = term
        tail = None
        while True:
            node = _build(cell[0], d - 1, unicode, strings, records)
            append(node)
            total += node[1] + 1
            cell = cell[1]
            d -= 1
            if cell is NIL:
                break
            if d == 1:
                tail = _DOTS
                total += 4
                break
            if type(cell) is not list:
                tail = _build(cell, d - 1, unicode, strings, records)
                total += 1 + tail[1]
                break
        return (LIST, total, elements, tail)
    if kind is tuple:
        size = len(term)
        if size == 0:
            return (LEAF, 2, "{}", None)
        if depth == 1:
            return (LEAF, 5, "{...}", None)
        if records and type(term[0]) is Atom:
            fields = records.get(term[0].name)
            if fields is not None and len(fields) == size - 1:
                return _build_record(term, fields, depth, unicode, strings, records)
        count = size if depth < 0 or depth > size else depth - 1
        elements = [_build(term[index], depth - 1 - index, unicode, strings, records)
                    for index in range(count)]
        total = 1 + sum(node[1] for node in elements) + len(elements)
        dots = None
        if count < size:
            dots = _DOTS
            total += 4
        tagged = size > 1 and type(term[0]) is Atom
        return (TAGGED if tagged else TUPLE, total, elements, dots)
    if kind is dict:
        if not term:
            return (LEAF, 3, "#{}", None)
        if depth == 1:
            return (LEAF, 6, "#{...}", None)
        keys = map_print_order(term)
        pair_depth = depth - 1
        count = len(keys) if depth < 0 or depth > len(keys) else depth - 1
        pairs = []
        for key in keys[:count]:
            key_node = _build(key, pair_depth, unicode, strings, records)
            value_node = _build(term[map_key(key)], pair_depth, unicode, strings, records)
            pairs.append((PAIR, key_node[1] + 4 + value_node[1], key_node, value_node))
        total = 2 + sum(pair[1] for pair in pairs) + len(pairs)
        dots = None
        if count < len(keys):
            dots = _DOTS
            total += 4
        return (MAP, total, pairs, dots)
    if kind is bytes or kind is BitString:
        if kind is bytes and not term:
            return (LEAF, 4, "<<>>", None)
        if depth == 1:
            return (LEAF, 7, "<<...>>", None)
        if strings and kind is bytes:
            text = _printable_binary_text(term, depth, unicode)
            if text is not None:
                return _leaf(text)
        units = _bits_parts(term, depth)
        text = "<<" + ",".join(units) + ">>"
        return (BIN, len(text), text, units)
    if kind is float:
        text = format_float_short(term)
        return (LEAF, len(text), text, None)
    return _leaf(_other_text(term))


def _build_record(term: tuple, fields: list, depth: int, unicode: bool, strings: bool,
                  records: dict):
    """io_lib_pretty:print_length_record: ``#name{field = value,...}``."""
    encoding = "unicode" if unicode else "latin1"
    name = "#" + write_atom(term[0], encoding)
    nodes = []
    dots = None
    field_depth = depth - 1
    for field, value in zip(fields, term[1:]):
        if field_depth == 1:
            dots = _DOTS
            break
        label = write_atom(Atom(field), encoding) + " = "
        value_node = _build(value, field_depth - 2, unicode, strings, records)
        nodes.append((FIELD, len(label) + value_node[1], label, value_node))
        field_depth -= 1
    total = len(name) + 2 + sum(n[1] for n in nodes) + max(len(nodes) - 1, 0)
    if dots is not None:
        total += 3 + (1 if nodes else 0)
    return (RECORD, total, (name, nodes), dots)


def _flat(node, out: list) -> None:
    """io_lib_pretty:write/1: the node on one line."""
    kind = node[0]
    if kind == LEAF or kind == BIN:
        out.append(node[2])
        return
    if kind == FIELD:
        out.append(node[2])
        _flat(node[3], out)
        return
    if kind == RECORD:
        name, fields = node[2]
        out.append(name + "{")
        for index, field in enumerate(fields):
            if index:
                out.append(",")
            _flat(field, out)
        if node[3] is not None:
            out.append(",..." if fields else "...")
        out.append("}")
        return
    if kind == PAIR:
        _flat(node[2], out)
        out.append(" => ")
        _flat(node[3], out)
        return
    elements = node[2]
    tail = node[3]
    if kind == LIST:
        out.append("[")
        separator = "|"
    elif kind == MAP:
        out.append("#{")
        separator = ","
    else:
        out.append("{")
        separator = ","
    first = True
    for element in elements:
        if not first:
            out.append(",")
        first = False
        _flat(element, out)
    if tail is not None:
        if tail is _DOTS:
            out.append("..." if first else separator + "...")
        else:
            out.append(separator)
            _flat(tail, out)
    out.append("]" if kind == LIST else "}")


class _NoGood(Exception):
    """cind's throw(no_good): the tried tag indentation does not fit."""


class _Layout:
    """io_lib_pretty's pp/cind over one term; fixed line length and M."""

    __slots__ = ("line_length", "limit", "tag_indent", "out")

    def __init__(self, line_length: int, limit: int):
        self.line_length = line_length
        self.limit = limit
        self.tag_indent = 1
        self.out: list = []

    # ------------------------------------------------ cind: choose TInd

    def cind(self, node, col, ind, ld, w):
        length = node[1]
        if length < self.line_length - col - ld and length + w + ld <= self.limit:
            return
        kind = node[0]
        if kind == LIST or kind == TUPLE:
            self.cind_list(node[2], 0, node[3], col + 1, ind, ld, w + 1)
        elif kind == TAGGED:
            self.cind_tag_tuple(node, col, ind, ld, w + 1)
        elif kind == MAP:
            self.cind_map(node[2], node[3], col + 2, ind, ld, w + 2)
        elif kind == RECORD:
            name, fields = node[2]
            self.cind_record(fields, len(name), col, ind, ld, w + len(name) + 1)

    # records (note 8): io_lib_pretty's cind_record / cind_rec / cind_field
    def cind_record(self, fields, name_length, col0, ind, ld, w):
        if not fields:
            return
        col, w = self.cind_rec(name_length + 1, col0, ind, w)
        more = len(fields) > 1
        fw = self.cind_field(fields[0], col, ind, 0 if more else ld + 1, w)
        self.cind_fields_tail(fields, col, col + fw, ind, ld, w + fw)

    def cind_rec(self, record_ind, col0, ind, w):
        newline = ind > 0 and record_ind > ind
        col = col0 + (ind if newline else record_ind)
        if self.limit + col <= self.line_length or col <= self.line_length // 2:
            return col, (0 if newline else w)
        raise _NoGood

    def cind_field(self, field, col, ind, ld, w):
        length = field[1]
        if length < self.line_length - col - ld and length + w + ld <= self.limit:
            return length if field[3][0] == LEAF else self.line_length
        col, w = self.cind_rec(len(field[2]), col, ind, w + len(field[2]))
        self.cind(field[3], col, ind, ld, w)
        return self.line_length

    def cind_fields_tail(self, fields, col0, col, ind, ld, w):
        ll, m = self.line_length, self.limit
        count = len(fields)
        index = 1
        while index < count:
            field = fields[index]
            index += 1
            ld1 = 0 if index < count else ld + 1
            elen = 1 + field[1]
            if (field[3][0] == LEAF
                    and ((ld1 == 0 and elen + 1 < ll - col and w + elen + 1 <= m)
                         or (ld1 > 0 and elen < ll - col - ld1 and w + elen + ld1 <= m))):
                col += elen
                w += elen
            else:
                fw = self.cind_field(field, col0, ind, ld1, 0)
                col += fw
                w = fw

    def cind_tag_tuple(self, node, col, ind, ld, w):
        ll, m = self.line_length, self.limit
        elements = node[2]
        tag_length = elements[0][1]
        tag_ind = tag_length + 2
        tag_col = col + tag_ind
        if ind > 0 and tag_ind > ind:
            col1 = col + ind
            if m + col1 <= ll or col1 <= ll // 2:
                self.cind_tail(elements, 1, node[3], col1, tag_col, ind, ld, w + tag_length)
            else:
                raise _NoGood
        elif m + tag_col < ll or tag_col < ll // 2:
            self.cind_list(elements, 1, node[3], tag_col, ind, ld, w + tag_length + 1)
        else:
            raise _NoGood

    def cind_map(self, pairs, dots, col, ind, ld, w):
        more = len(pairs) > 1
        pw = self.cind_pair(pairs[0], col, ind, 0 if more else ld + 1, w)
        self.cind_pairs_tail(pairs, 1, col, col + pw, ind, ld, w + pw)

    def cind_pairs_tail(self, pairs, index, col0, col, ind, ld, w):
        ll, m = self.line_length, self.limit
        count = len(pairs)
        while index < count:
            pair = pairs[index]
            index += 1
            ld1 = 0 if index < count else ld + 1
            elen = 1 + pair[1]
            if (pair[2][0] == LEAF and pair[3][0] == LEAF
                    and ((ld1 == 0 and elen + 1 < ll - col and w + elen + 1 <= m)
                         or (ld1 > 0 and elen < ll - col - ld1 and w + elen + ld1 <= m))):
                col += elen
                w += elen
            else:
                pw = self.cind_pair(pair, col0, ind, ld1, 0)
                col = col0 + pw
                w = pw

    def cind_pair(self, pair, col, ind, ld, w):
        ll = self.line_length
        length = pair[1]
        if length < ll - col - ld and length + w + ld <= self.limit:
            return length if pair[2][0] == LEAF and pair[3][0] == LEAF else ll
        self.cind(pair[2], col, ind, ld, w)
        self.cind(pair[3], col + (ind if ind > 0 else 4), ind, ld, 0)
        return ll

    def cind_list(self, elements, start, tail, col0, ind, ld, w):
        if start >= len(elements):
            return          # only dots
        more = start + 1 < len(elements)
        we = self.cind_element(elements[start], col0, ind, 0 if more else ld + 1, w)
        self.cind_tail(elements, start + 1, tail, col0, col0 + we, ind, ld, w + we)

    def cind_tail(self, elements, index, tail, col0, col, ind, ld, w):
        ll, m = self.line_length, self.limit
        count = len(elements)
        while index < count:
            element = elements[index]
            index += 1
            ld1 = 0 if index < count else ld + 1
            elen = 1 + element[1]
            if (element[0] == LEAF
                    and ((ld1 == 0 and elen + 1 < ll - col and w + elen + 1 <= m)
                         or (ld1 > 0 and elen < ll - col - ld1 and w + elen + ld1 <= m))):
                col += elen
                w += elen
            else:
                we = self.cind_element(element, col0, ind, ld1, 0)
                col = col0 + we
                w = we
        if tail is None or tail is _DOTS:
            return
        length = tail[1]
        if (tail[0] == LEAF and length + 1 < ll - col - (ld + 1)
                and length + 1 + w + (ld + 1) <= m):
            return
        self.cind(tail, col, ind, ld + 1, 0)

    def cind_element(self, element, col, ind, ld, w):
        length = element[1]
        if (element[0] == LEAF and length < self.line_length - col - ld
                and length + w + ld <= self.limit):
            return length
        self.cind(element, col, ind, ld, w)
        return self.line_length

    # ------------------------------------------------ pp: lay out

    def pp(self, node, col, ind, ld, w):
        length = node[1]
        out = self.out
        if length < self.line_length - col - ld and length + w + ld <= self.limit:
            _flat(node, out)
            return
        kind = node[0]
        if kind == LIST:
            out.append("[")
            self.pp_list(node[2], 0, node[3], col + 1, ind + 1, ld, "|", w + 1)
            out.append("]")
        elif kind == TAGGED:
            out.append("{")
            self.pp_tag_tuple(node, col, ind, ld, w + 1)
            out.append("}")
        elif kind == TUPLE:
            out.append("{")
            self.pp_list(node[2], 0, node[3], col + 1, ind + 1, ld, ",", w + 1)
            out.append("}")
        elif kind == MAP:
            out.append("#{")
            self.pp_map(node[2], node[3], col + 2, ind + 2, ld, w + 1)
            out.append("}")
        elif kind == BIN:
            self.pp_binary(node[3], col + 2, ind + 2, ld, w)
        elif kind == RECORD:
            name, fields = node[2]
            out.append(name + "{")
            self.pp_record(fields, node[3], len(name), col, ind, ld, w + len(name))
            out.append("}")
        else:
            out.append(node[2])

    def _rec_indent(self, record_ind, col0, ind0, w0):
        tind = self.tag_indent
        newline = tind > 0 and record_ind > tind
        step = tind if newline else record_ind
        col, ind = col0 + step, ind0 + step
        return col, ind, ("\n" + " " * ind if newline else ""), (0 if newline else w0)

    def pp_record(self, fields, dots, name_length, col0, ind0, ld, w0):
        out = self.out
        if not fields:
            if dots is not None:
                out.append("...")
            return
        col, ind, lead, w = self._rec_indent(name_length + 1, col0, ind0, w0)
        more = len(fields) > 1 or dots is not None
        out.append(lead)
        fw = self.pp_field(fields[0], col, ind, 0 if more else ld + 1, w)
        self.pp_fields_tail(fields, dots, col, col + fw, ind, ld, w + fw)

    def pp_field(self, field, col0, ind0, ld, w0):
        length = field[1]
        if length < self.line_length - col0 - ld and length + w0 + ld <= self.limit:
            _flat(field, self.out)
            return length if field[3][0] == LEAF else self.line_length
        label = field[2]
        col, ind, lead, w = self._rec_indent(len(label), col0, ind0, w0 + len(label))
        self.out.append(label[:-3] + (" =" if lead else " = ") + lead)
        self.pp(field[3], col, ind, ld, w)
        return self.line_length

    def pp_fields_tail(self, fields, dots, col0, col, ind, ld, w):
        ll, m = self.line_length, self.limit
        out = self.out
        count = len(fields)
        index = 1
        while index < count:
            field = fields[index]
            index += 1
            ld1 = 0 if index < count else ld + 1
            elen = 1 + field[1]
            if (field[3][0] == LEAF
                    and ((ld1 == 0 and elen + 1 < ll - col and w + elen + 1 <= m)
                         or (ld1 > 0 and elen < ll - col - ld1 and w + elen + ld1 <= m))):
                out.append(",")
                _flat(field, out)
                col += elen
                w += elen
            else:
                out.append(",\n" + " " * ind)
                fw = self.pp_field(field, col0, ind, ld1, 0)
                col = col0 + fw
                w = fw
        if dots is not None:
            out.append(",...")

    def pp_tag_tuple(self, node, col, ind, ld, w):
        elements = node[2]
        tag = elements[0]
        tag_length = tag[1]
        tag_ind = tag_length + 2
        tag_col = col + tag_ind
        tind = self.tag_indent
        self.out.append(tag[2])
        if tind > 0 and tag_ind > tind:
            self.pp_tail(elements, 1, node[3], col + tind, tag_col, ind + tind, ld, ",",
                         w + tag_length)
        else:
            self.out.append(",")
            self.pp_list(elements, 1, node[3], tag_col, ind + tag_ind, ld, ",",
                         w + tag_length + 1)

    def pp_map(self, pairs, dots, col, ind, ld, w):
        more = len(pairs) > 1
        pw = self.pp_pair(pairs[0], col, ind, 0 if more else ld + 1, w)
        self.pp_pairs_tail(pairs, dots, col, col + pw, ind, ld, pw)

    def pp_pairs_tail(self, pairs, dots, col0, col, ind, ld, w):
        ll, m = self.line_length, self.limit
        out = self.out
        count = len(pairs)
        index = 1
        while index < count:
            pair = pairs[index]
            index += 1
            ld1 = 0 if index < count else ld + 1
            elen = 1 + pair[1]
            if (pair[2][0] == LEAF and pair[3][0] == LEAF
                    and ((ld1 == 0 and elen + 1 < ll - col and w + elen + 1 <= m)
                         or (ld1 > 0 and elen < ll - col - ld1 and w + elen + ld1 <= m))):
                out.append(",")
                _flat(pair, out)
                col += elen
                w += elen
            else:
                out.append(",\n" + " " * ind)
                pw = self.pp_pair(pair, col0, ind, ld1, 0)
                col = col0 + pw
                w = pw
        if dots is not None:
            out.append(",...")

    def pp_pair(self, pair, col, ind, ld, w):
        ll = self.line_length
        length = pair[1]
        if length < ll - col - ld and length + w + ld <= self.limit:
            _flat(pair, self.out)
            return length if pair[2][0] == LEAF and pair[3][0] == LEAF else ll
        tind = self.tag_indent
        value_indent = tind if tind > 0 else 4
        self.pp(pair[2], col, ind, ld, w)
        self.out.append(" =>\n" + " " * (ind + value_indent))
        self.pp(pair[3], col + value_indent, ind + value_indent, ld, 0)
        return ll

    def pp_list(self, elements, start, tail, col0, ind, ld, separator, w):
        if start >= len(elements):
            self.out.append("...")
            return
        more = start + 1 < len(elements)
        we = self.pp_element(elements[start], col0, ind, 0 if more else ld + 1, w)
        self.pp_tail(elements, start + 1, tail, col0, col0 + we, ind, ld, separator, w + we)

    def pp_tail(self, elements, index, tail, col0, col, ind, ld, separator, w):
        ll, m = self.line_length, self.limit
        out = self.out
        count = len(elements)
        newline = None
        while index < count:
            element = elements[index]
            index += 1
            ld1 = 0 if index < count else ld + 1
            elen = 1 + element[1]
            if (element[0] == LEAF
                    and ((ld1 == 0 and elen + 1 < ll - col and w + elen + 1 <= m)
                         or (ld1 > 0 and elen < ll - col - ld1 and w + elen + ld1 <= m))):
                out.append(",")
                out.append(element[2])
                col += elen
                w += elen
            else:
                if newline is None:
                    newline = ",\n" + " " * ind
                out.append(newline)
                we = self.pp_element(element, col0, ind, ld1, 0)
                col = col0 + we
                w = we
        if tail is None:
            return
        if tail is _DOTS:
            out.append(separator + "...")
            return
        length = tail[1]
        if (tail[0] == LEAF and length + 1 < ll - col - (ld + 1)
                and length + 1 + w + (ld + 1) <= m):
            out.append(separator)
            out.append(tail[2])
            return
        out.append(separator + "\n" + " " * ind)
        self.pp(tail, col0, ind, ld + 1, 0)

    def pp_element(self, element, col, ind, ld, w):
        length = element[1]
        if (element[0] == LEAF and length < self.line_length - col - ld
                and length + w + ld <= self.limit):
            self.out.append(element[2])
            return length
        self.pp(element, col, ind, ld, w)
        return self.line_length

    def pp_binary(self, units, col, ind, ld, w):
        room = max(8, min(self.line_length - col, self.limit - 4 - w) - ld)
        out = self.out
        out.append("<<")
        left = room
        newline = "\n" + " " * ind
        for unit in units[:-1]:
            size = len(unit) + 1
            if left - size < 0:
                out.append(newline + unit + ",")
                left = room - size
            else:
                out.append(unit + ",")
                left -= size
        last = units[-1]
        out.append(newline + last if len(last) > left else last)
        out.append(">>")


def print_term(term: Any, column: int = 1, line_length: int = 80, depth: int = -1,
               encoding: str = "latin1", strings: bool = True, line_max_chars: int = -1,
               records: dict | None = None) -> str:
    """What ``~p`` / ``~P`` print: io_lib_pretty:print/2 with these options.

    ``column`` is where the term starts (1 = first column); the room left on
    the line decides whether and how the term is broken over lines.
    ``line_max_chars`` (io_lib_pretty's option; the shell passes 60) caps the
    characters of term text on one line; negative means no cap.
    ``records`` (name -> field names) prints matching tuples as records, as
    the shell does with the records it knows.
    """
    if records:
        return _print_with_records(term, column, line_length, depth, encoding != "latin1",
                                   strings, line_max_chars, records)
    if depth == 0:
        return "..."
    kind = type(term)
    unicode = encoding != "latin1"
    if kind is int:
        return int_to_str(term)
    if kind is Atom:
        return write_atom(term, "unicode" if unicode else "latin1")
    if kind is list:
        if strings and depth != 1:
            # A printable list is one leaf: it never breaks, whatever the width.
            text = _string_text(term, unicode)
            if text is not None:
                return text
    elif not (kind is tuple or kind is dict or kind is bytes or kind is BitString
              or term is NIL):
        return _write(term, -1, False, False, False)
    if column < 1:
        column = 1
    text = _write(term, depth, unicode, strings, True)
    length = chars_length(text)
    limit = length if line_max_chars < 0 else line_max_chars
    if line_length == 0 or (length < line_length - column and length <= limit):
        return text
    try:
        return _layout(term, column, line_length, depth, unicode, strings, limit)
    except RecursionError:
        pass
    # The layout recurses once per nesting level (note 2); Python 3.11 keeps
    # Python-to-Python calls off the C stack, so a deeper limit is safe here.
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 50 * _nesting(term) + 1000))
    try:
        return _layout(term, column, line_length, depth, unicode, strings, limit)
    finally:
        sys.setrecursionlimit(old_limit)


def _nesting(term: Any) -> int:
    """How deeply containers nest in ``term`` (explicit stack)."""
    deepest = 0
    stack = [(term, 1)]
    while stack:
        item, level = stack.pop()
        kind = type(item)
        if kind is list:
            deepest = max(deepest, level)
            while type(item) is list:
                if type(item[0]) in _CONTAINERS:
                    stack.append((item[0], level + 1))
                item = item[1]
            if type(item) in _CONTAINERS:
                stack.append((item, level + 1))
        elif kind is tuple:
            deepest = max(deepest, level)
            stack.extend((element, level + 1) for element in item
                         if type(element) in _CONTAINERS)
        elif kind is dict:
            deepest = max(deepest, level)
            for key, value in item.items():
                stack.append((unmap_key(key), level + 1))
                stack.append((value, level + 1))
    return deepest


_CONTAINERS = frozenset((list, tuple, dict))


def _print_with_records(term, column, line_length, depth, unicode, strings, line_max_chars,
                        records) -> str:
    node = _build(term, depth, unicode, strings, records)
    out: list = []
    _flat(node, out)
    text = "".join(out)
    limit = node[1] if line_max_chars < 0 else line_max_chars
    if line_length == 0 or (node[1] < line_length - max(column, 1) and node[1] <= limit):
        return text
    return _lay_out(node, max(column, 1), line_length, limit)


def _layout(term: Any, column: int, line_length: int, depth: int, unicode: bool,
            strings: bool, limit: int) -> str:
    return _lay_out(_build(term, depth, unicode, strings), column, line_length, limit)


def _lay_out(node, column: int, line_length: int, limit: int) -> str:
    layout = _Layout(line_length, limit)
    for candidate in (-1, 4):
        try:
            layout.cind(node, column, candidate, 0, 0)
        except _NoGood:
            continue
        layout.tag_indent = candidate
        break
    else:
        layout.tag_indent = 1
    layout.pp(node, column, column - 1, 0, 0)
    return "".join(layout.out)
