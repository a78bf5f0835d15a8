"""BIFs of the ``erlang`` module: operators, type tests, guard BIFs, conversions.

Why Python: these are the primitives every Erlang program is built from. They
work directly on the Python representation of terms (ints, floats, bytes,
interned atoms) and lean on CPython's big integers, float formatting and
bytes objects; writing them in Erlang would need themselves.

The VM inlines the hot cases of many of these (``+`` on two small integers,
``element/2``, ...). The functions here are the complete definitions it falls
back to, and what ``fun erlang:'+'/2`` or ``apply(erlang, '+', [1, 2])`` runs.

Semantics follow erts of Erlang/OTP 25.

Notes
 1. A float result that is infinite or NaN is ``badarith``: Erlang floats are
    always finite. Converting a too-large integer to float is ``badarith`` in
    arithmetic and ``badarg`` in float/1 (Python raises OverflowError for both).
 2. ``/`` converts both operands to floats first, as erts does, so
    ``(1 bsl 2000) / (1 bsl 1999)`` is badarith, not 2.0.
 3. ``div`` and ``rem`` truncate toward zero (Python's ``//`` floors).
 4. Integers are capped at MAX_INTEGER_BITS bits, the largest bignum erts
    allows; ``bsl`` and ``*`` past it raise ``system_limit``.
 5. Operators and comparisons return the atoms TRUE/FALSE, never Python bools.
 6. ``max/2`` and ``min/2`` return the first argument when the two compare
    equal (``max(1, 1.0)`` is 1, ``max(1.0, 1)`` is 1.0).
 7. float_to_list/2 with ``{decimals, D}`` mimics erts' two code paths: for
    D <= 18 and a number below 2^52 it scales the fraction in double precision
    and rounds half up (so 0.125 -> "0.13" and 0.15 -> "0.2" at one decimal),
    otherwise it prints the exact decimal expansion rounded half-even. Results
    longer than 255 characters are badarg, as erts' fixed buffer makes them.
 8. ``short`` float formatting picks the shortest round-trip digits and writes
    them in plain or scientific notation, whichever is shorter (plain on a
    tie), e.g. 100.0 -> "100.0", 1000.0 -> "1.0e3", 1.23e-4 -> "1.23e-4";
    from 2^53 up it is always scientific (9.844664136234794e15 stays so).
"""
from __future__ import annotations

import math
import hashlib
import zlib
from typing import Any

from beamish.vm.arith import is_number
from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, badarg
from beamish.vm.terms import (
    Atom, NIL, TRUE, FALSE, TYPE_TESTS, BitString, Fun, compare, map_key,
)

MAX_ATOM_CHARACTERS = 255
MAX_TUPLE_SIZE = 16777215

SYSTEM_LIMIT = Atom("system_limit")
BADMAP = Atom("badmap")
BADKEY = Atom("badkey")
LATIN1 = Atom("latin1")
UTF8 = Atom("utf8")
UNICODE = Atom("unicode")

# ---------------------------------------------------------------- shared helpers
# Other BIF modules import these; they raise badarg on malformed input.


def list_items(term: Any) -> list:
    """The elements of a proper list, or badarg."""
    out = []
    append = out.append
    while type(term) is list:
        append(term[0])
        term = term[1]
    if term is not NIL:
        raise badarg()
    return out


def build_list(items, tail: Any = NIL) -> Any:
    """An Erlang list of ``items`` (a Python sequence) ending in ``tail``."""
    result = tail
    for item in reversed(items):
        result = [item, result]
    return result


def codes_to_list(text: str) -> Any:
    """An Erlang string (list of code points) of Python text."""
    result = NIL
    for ch in reversed(text):
        result = [ord(ch), result]
    return result


def bytes_to_list(data: bytes, tail: Any = NIL) -> Any:
    result = tail
    for byte in reversed(data):
        result = [byte, result]
    return result


def iolist_to_bytes(term: Any) -> bytes:
    """Flatten an iolist (bytes 0..255, binaries, nested lists) or badarg.

    The tail of any list may be a binary, as in OTP. Uses an explicit stack
    of pending tails so deep nesting never recurses in Python.
    """
    out = bytearray()
    pending = [term]
    while pending:
        term = pending.pop()
        while True:
            kind = type(term)
            if kind is list:
                head, term = term
                head_kind = type(head)
                if head_kind is int:
                    if not 0 <= head <= 255:
                        raise badarg()
                    out.append(head)
                elif head_kind is bytes:
                    out += head
                elif head_kind is list:
                    pending.append(term)
                    term = head
                elif head is not NIL:
                    raise badarg()
            elif kind is bytes:
                out += term
                break
            elif term is NIL:
                break
            else:
                raise badarg()
    return bytes(out)


def bitstring_bits(term: Any) -> tuple[bytes, int]:
    """(data, bit length) of a binary or bitstring."""
    if type(term) is bytes:
        return term, len(term) * 8
    return term.data, term.bits


def iolist_to_bitstring(term: Any) -> Any:
    """Flatten a list of bytes, binaries and bitstrings (bitstring tails too).

    Whole bytes go straight to the output; only the few bits left over by a
    bitstring are carried in a small integer, so this stays linear.
    """
    out = bytearray()
    carry = 0
    carry_bits = 0

    def add(value: int, bits: int) -> None:
        nonlocal carry, carry_bits
        carry = (carry << bits) | value
        carry_bits += bits
        whole = carry_bits // 8
        if whole:
            left = carry_bits - whole * 8
            out.extend((carry >> left).to_bytes(whole, "big"))
            carry &= (1 << left) - 1
            carry_bits = left

    def add_bits(piece: Any) -> None:
        if type(piece) is bytes and carry_bits == 0:
            out.extend(piece)
            return
        data, bits = bitstring_bits(piece)
        add(int.from_bytes(data, "big") >> (len(data) * 8 - bits), bits)

    pending = [term]
    while pending:
        term = pending.pop()
        while True:
            kind = type(term)
            if kind is list:
                head, term = term
                head_kind = type(head)
                if head_kind is int:
                    if not 0 <= head <= 255:
                        raise badarg()
                    if carry_bits:
                        add(head, 8)
                    else:
                        out.append(head)
                elif head_kind is bytes or head_kind is BitString:
                    add_bits(head)
                elif head_kind is list:
                    pending.append(term)
                    term = head
                elif head is not NIL:
                    raise badarg()
            elif kind is bytes or kind is BitString:
                add_bits(term)
                break
            elif term is NIL:
                break
            else:
                raise badarg()
    if carry_bits == 0:
        return bytes(out)
    pad = 8 - carry_bits
    out.append(carry << pad)
    return BitString(bytes(out), len(out) * 8 - pad)


def code_point_text(term: Any) -> str:
    """Python text of a flat list of Unicode code points, or badarg."""
    chars = []
    append = chars.append
    while type(term) is list:
        code = term[0]
        if type(code) is not int or not 0 <= code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise badarg()
        append(chr(code))
        term = term[1]
    if term is not NIL:
        raise badarg()
    return "".join(chars)


# ---------------------------------------------------------------- operators
# The arithmetic, comparison and boolean operators are defined once, in
# beamish.vm.arith (the VM's slow paths use them too), and registered there.


# ---------------------------------------------------------------- max / min


@bif("erlang", "max", 2, guard=True)
def term_max(a: Any, b: Any) -> Any:
    return b if compare(a, b) < 0 else a


@bif("erlang", "min", 2, guard=True)
def term_min(a: Any, b: Any) -> Any:
    return b if compare(a, b) > 0 else a


# ---------------------------------------------------------------- list operators


@bif("erlang", "++", 2)
def append(a: Any, b: Any) -> Any:
    """``A ++ B``: A must be a proper list; B may be any term."""
    if a is NIL:
        return b
    return build_list(list_items(a), b)


@bif("erlang", "--", 2)
def subtract(a: Any, b: Any) -> Any:
    """``A -- B``: drop the first occurrence in A of each element of B (=:=).

    Counting B's elements by map_key gives the =:= grouping in one pass, so
    this is linear rather than |A| * |B|.
    """
    items = list_items(a)
    removals = list_items(b)
    if not removals or not items:
        return a
    counts: dict = {}
    for item in removals:
        key = map_key(item)
        counts[key] = counts.get(key, 0) + 1
    kept = []
    for item in items:
        key = map_key(item)
        left = counts.get(key)
        if left:
            counts[key] = left - 1
        else:
            kept.append(item)
    return build_list(kept)


# ---------------------------------------------------------------- type tests


def _type_test(types: tuple):
    def test(x: Any) -> Atom:
        return TRUE if type(x) in types else FALSE
    return test


for _name, _types in TYPE_TESTS.items():
    bif("erlang", _name, 1, guard=True)(_type_test(_types))


@bif("erlang", "is_boolean", 1, guard=True)
def is_boolean(x: Any) -> Atom:
    return TRUE if x is TRUE or x is FALSE else FALSE


@bif("erlang", "is_function", 2, guard=True)
def is_function_arity(x: Any, arity: Any) -> Atom:
    if type(arity) is not int or arity < 0:
        raise badarg()
    return TRUE if type(x) is Fun and x.arity == arity else FALSE


@bif("erlang", "is_record", 2, guard=True)
def is_record(x: Any, tag: Any) -> Atom:
    if type(tag) is not Atom:
        raise badarg()
    return TRUE if type(x) is tuple and x and x[0] is tag else FALSE


@bif("erlang", "is_record", 3, guard=True)
def is_record_size(x: Any, tag: Any, size: Any) -> Atom:
    if type(tag) is not Atom or type(size) is not int:
        raise badarg()
    return TRUE if type(x) is tuple and len(x) == size and size > 0 and x[0] is tag else FALSE


@bif("erlang", "is_map_key", 2, guard=True)
def is_map_key(key: Any, m: Any) -> Atom:
    if type(m) is not dict:
        raise ErlangError((BADMAP, m))
    return TRUE if map_key(key) in m else FALSE


# ---------------------------------------------------------------- guard BIFs


@bif("erlang", "abs", 1, guard=True)
def bif_abs(x: Any) -> Any:
    if not is_number(x):
        raise badarg()
    return -x if x < 0 else x  # abs(-0.0) is -0.0 in OTP 25


@bif("erlang", "float", 1, guard=True)
def bif_float(x: Any) -> float:
    if type(x) is float:
        return x
    if type(x) is not int:
        raise badarg()
    try:
        return float(x)
    except OverflowError:
        raise badarg() from None


@bif("erlang", "trunc", 1, guard=True)
def bif_trunc(x: Any) -> int:
    if type(x) is int:
        return x
    if type(x) is not float:
        raise badarg()
    return int(x)


@bif("erlang", "floor", 1, guard=True)
def bif_floor(x: Any) -> int:
    if type(x) is int:
        return x
    if type(x) is not float:
        raise badarg()
    return math.floor(x)


@bif("erlang", "ceil", 1, guard=True)
def bif_ceil(x: Any) -> int:
    if type(x) is int:
        return x
    if type(x) is not float:
        raise badarg()
    return math.ceil(x)


@bif("erlang", "round", 1, guard=True)
def bif_round(x: Any) -> int:
    """Round half away from zero (C's round(), unlike Python's)."""
    if type(x) is int:
        return x
    if type(x) is not float:
        raise badarg()
    magnitude = abs(x)
    whole = math.floor(magnitude)
    if magnitude - whole >= 0.5:  # exact: whole and magnitude share a binade
        whole += 1
    return -whole if x < 0 else whole


@bif("erlang", "length", 1, guard=True)
def length(x: Any) -> int:
    count = 0
    while type(x) is list:
        count += 1
        x = x[1]
    if x is not NIL:
        raise badarg()
    return count


@bif("erlang", "hd", 1, guard=True)
def hd(x: Any) -> Any:
    if type(x) is not list:
        raise badarg()
    return x[0]


@bif("erlang", "tl", 1, guard=True)
def tl(x: Any) -> Any:
    if type(x) is not list:
        raise badarg()
    return x[1]


@bif("erlang", "element", 2, guard=True)
def element(index: Any, t: Any) -> Any:
    if type(t) is not tuple or type(index) is not int or not 1 <= index <= len(t):
        raise badarg()
    return t[index - 1]


@bif("erlang", "tuple_size", 1, guard=True)
def tuple_size(t: Any) -> int:
    if type(t) is not tuple:
        raise badarg()
    return len(t)


@bif("erlang", "size", 1, guard=True)
def size(x: Any) -> int:
    """Tuple size or whole-byte size of a bitstring."""
    kind = type(x)
    if kind is tuple or kind is bytes:
        return len(x)
    if kind is BitString:
        return x.bits // 8
    raise badarg()


@bif("erlang", "byte_size", 1, guard=True)
def byte_size(x: Any) -> int:
    if type(x) is bytes:
        return len(x)
    if type(x) is BitString:
        return (x.bits + 7) // 8
    raise badarg()


@bif("erlang", "bit_size", 1, guard=True)
def bit_size(x: Any) -> int:
    if type(x) is bytes:
        return len(x) * 8
    if type(x) is BitString:
        return x.bits
    raise badarg()


@bif("erlang", "map_size", 1, guard=True)
def map_size(m: Any) -> int:
    if type(m) is not dict:
        raise ErlangError((BADMAP, m))
    return len(m)


@bif("erlang", "map_get", 2, guard=True)
def map_get(key: Any, m: Any) -> Any:
    if type(m) is not dict:
        raise ErlangError((BADMAP, m))
    try:
        return m[map_key(key)]
    except KeyError:
        raise ErlangError((BADKEY, key)) from None


def _binary_part(subject: Any, start: Any, count: Any) -> bytes:
    """Bytes [start, start+count) of subject; a negative count reaches back."""
    if type(subject) is bytes:
        data = subject
        whole = len(data)
    elif type(subject) is BitString:
        data = subject.data
        whole = subject.bits // 8
    else:
        raise badarg()
    if type(start) is not int or type(count) is not int:
        raise badarg()
    if count < 0:
        start, count = start + count, -count
    if start < 0 or start + count > whole:
        raise badarg()
    return data[start:start + count]


@bif("erlang", "binary_part", 3, guard=True)
def binary_part(subject: Any, start: Any, count: Any) -> bytes:
    return _binary_part(subject, start, count)


@bif("erlang", "binary_part", 2, guard=True)
def binary_part_2(subject: Any, position: Any) -> bytes:
    if type(position) is not tuple or len(position) != 2:
        raise badarg()
    return _binary_part(subject, position[0], position[1])


# ---------------------------------------------------------------- atoms


def atom_from_text(text: str) -> Atom:
    if len(text) > MAX_ATOM_CHARACTERS:
        raise ErlangError(SYSTEM_LIMIT)
    return Atom(text)


def existing_atom(text: str) -> Atom:
    found = Atom.table.get(text)
    if found is None:
        raise badarg()
    return found


@bif("erlang", "atom_to_list", 1)
def atom_to_list(a: Any) -> Any:
    if type(a) is not Atom:
        raise badarg()
    return codes_to_list(a.name)


def _encoding(name: Any) -> Atom:
    if name is LATIN1 or name is UTF8 or name is UNICODE:
        return name
    raise badarg()


@bif("erlang", "atom_to_binary", 1)
def atom_to_binary_1(a: Any) -> bytes:
    if type(a) is not Atom:
        raise badarg()
    return a.name.encode("utf-8")


@bif("erlang", "atom_to_binary", 2)
def atom_to_binary(a: Any, encoding: Any) -> bytes:
    if type(a) is not Atom:
        raise badarg()
    if _encoding(encoding) is LATIN1:
        try:
            return a.name.encode("latin-1")
        except UnicodeEncodeError:
            raise badarg() from None
    return a.name.encode("utf-8")


def _binary_text(data: Any, encoding: Any) -> str:
    if type(data) is not bytes:
        raise badarg()
    if _encoding(encoding) is LATIN1:
        return data.decode("latin-1")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise badarg() from None


@bif("erlang", "binary_to_atom", 2)
def binary_to_atom(data: Any, encoding: Any) -> Atom:
    return atom_from_text(_binary_text(data, encoding))


@bif("erlang", "binary_to_atom", 1)
def binary_to_atom_1(data: Any) -> Atom:
    return atom_from_text(_binary_text(data, UTF8))


@bif("erlang", "binary_to_existing_atom", 2)
def binary_to_existing_atom(data: Any, encoding: Any) -> Atom:
    return existing_atom(_binary_text(data, encoding))


@bif("erlang", "binary_to_existing_atom", 1)
def binary_to_existing_atom_1(data: Any) -> Atom:
    return existing_atom(_binary_text(data, UTF8))


@bif("erlang", "list_to_atom", 1)
def list_to_atom(chars: Any) -> Atom:
    return atom_from_text(code_point_text(chars))


@bif("erlang", "list_to_existing_atom", 1)
def list_to_existing_atom(chars: Any) -> Atom:
    return existing_atom(code_point_text(chars))


# ---------------------------------------------------------------- integers

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def integer_text(value: int, base: int = 10) -> str:
    """Digits of value in base 2..36, upper-case letters, leading '-'."""
    if base == 10:
        return str(value)
    if base == 16:
        return format(value, "X")
    if base == 2:
        return format(value, "b")
    if base == 8:
        return format(value, "o")
    magnitude = abs(value)
    digits = []
    while True:
        magnitude, digit = divmod(magnitude, base)
        digits.append(_DIGITS[digit])
        if not magnitude:
            break
    if value < 0:
        digits.append("-")
    return "".join(reversed(digits))


def _check_base(base: Any) -> int:
    if type(base) is not int or not 2 <= base <= 36:
        raise badarg()
    return base


@bif("erlang", "integer_to_list", 1)
def integer_to_list(value: Any) -> Any:
    if type(value) is not int:
        raise badarg()
    return codes_to_list(str(value))


@bif("erlang", "integer_to_list", 2)
def integer_to_list_2(value: Any, base: Any) -> Any:
    if type(value) is not int:
        raise badarg()
    return codes_to_list(integer_text(value, _check_base(base)))


@bif("erlang", "integer_to_binary", 1)
def integer_to_binary(value: Any) -> bytes:
    if type(value) is not int:
        raise badarg()
    return str(value).encode("ascii")


@bif("erlang", "integer_to_binary", 2)
def integer_to_binary_2(value: Any, base: Any) -> bytes:
    if type(value) is not int:
        raise badarg()
    return integer_text(value, _check_base(base)).encode("ascii")


def parse_integer(text: str, base: int) -> int:
    """An optional sign then one or more digits of ``base``; else badarg.

    Python's int() also accepts spaces, underscores and non-ASCII digits,
    which Erlang rejects, hence the explicit check.
    """
    digits = text[1:] if text[:1] in ("+", "-") else text
    if not digits:
        raise badarg()
    for ch in digits:
        value = _DIGITS.find(ch.upper()) if ch.isascii() else -1
        if not 0 <= value < base:
            raise badarg()
    return int(text, base)


@bif("erlang", "list_to_integer", 1)
def list_to_integer(chars: Any) -> int:
    return parse_integer(code_point_text(chars), 10)


@bif("erlang", "list_to_integer", 2)
def list_to_integer_2(chars: Any, base: Any) -> int:
    return parse_integer(code_point_text(chars), _check_base(base))


@bif("erlang", "binary_to_integer", 1)
def binary_to_integer(data: Any) -> int:
    if type(data) is not bytes:
        raise badarg()
    return parse_integer(data.decode("latin-1"), 10)


@bif("erlang", "binary_to_integer", 2)
def binary_to_integer_2(data: Any, base: Any) -> int:
    if type(data) is not bytes:
        raise badarg()
    return parse_integer(data.decode("latin-1"), _check_base(base))


# ---------------------------------------------------------------- floats

DECIMALS = Atom("decimals")
SCIENTIFIC = Atom("scientific")
COMPACT = Atom("compact")
SHORT = Atom("short")
_TWO_TO_52 = float(2 ** 52)
_TWO_TO_53 = float(2 ** 53)


def short_float_text(value: float) -> str:
    """Shortest round-trip form, plain or scientific (note 8)."""
    if value == 0.0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    sign = "-" if value < 0 else ""
    # repr() gives the shortest round-trip digits; recover them and the exponent.
    shortest = repr(abs(value))
    if "e" in shortest:
        digits_part, _, exp_part = shortest.partition("e")
        exponent = int(exp_part)
        digits = digits_part.replace(".", "")
        point = 1
    else:
        whole, _, fraction = shortest.partition(".")
        digits = whole + fraction
        point = len(whole)
        exponent = 0
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    digits = stripped.rstrip("0") or "0"
    exponent += point - 1          # value = 0.d1d2... * 10^(exponent+1)
    scientific = digits[0] + "." + (digits[1:] or "0") + "e" + str(exponent)
    if exponent >= 0:
        if len(digits) > exponent + 1:
            plain = digits[:exponent + 1] + "." + digits[exponent + 1:]
        else:
            plain = digits + "0" * (exponent + 1 - len(digits)) + ".0"
    else:
        plain = "0." + "0" * (-exponent - 1) + digits
    if abs(value) >= _TWO_TO_53 or len(plain) > len(scientific):
        return sign + scientific
    return sign + plain


def fixed_float_text(value: float, decimals: int, compact: bool) -> str:
    """``{decimals, D}`` formatting with erts' rounding (note 7)."""
    magnitude = abs(value)
    if decimals <= 18 and magnitude < _TWO_TO_52:
        whole = int(magnitude)
        scale = 10 ** decimals
        fraction = int((magnitude - whole) * float(scale) + 0.5)
        if fraction >= scale:
            whole += 1
            fraction -= scale
        text = str(whole)
        if decimals:
            text += "." + str(fraction).rjust(decimals, "0")
        if math.copysign(1.0, value) < 0:
            text = "-" + text
    else:
        text = "%.*f" % (decimals, value)
    if len(text) > 255:
        raise badarg()
    if compact and "." in text:
        text = text.rstrip("0")
        if text.endswith("."):
            text += "0"
    return text


def format_float(value: Any, options: Any) -> str:
    """Text of float_to_list/2: the last of decimals/scientific/short wins."""
    if type(value) is not float:
        raise badarg()
    style = None
    digits = 0
    compact = False
    for option in list_items(options):
        if option is COMPACT:
            compact = True
        elif option is SHORT:
            style = SHORT
        elif (type(option) is tuple and len(option) == 2 and type(option[1]) is int
              and (option[0] is DECIMALS or option[0] is SCIENTIFIC)):
            limit = 253 if option[0] is DECIMALS else 249
            if not 0 <= option[1] <= limit:
                raise badarg()
            style, digits = option
        else:
            raise badarg()
    if style is None:
        return "%.20e" % value
    if style is SHORT:
        return short_float_text(value)
    if style is SCIENTIFIC:
        return "%.*e" % (digits, value)
    return fixed_float_text(value, digits, compact)


@bif("erlang", "float_to_list", 1)
def float_to_list(value: Any) -> Any:
    if type(value) is not float:
        raise badarg()
    return codes_to_list("%.20e" % value)


@bif("erlang", "float_to_list", 2)
def float_to_list_2(value: Any, options: Any) -> Any:
    return codes_to_list(format_float(value, options))


@bif("erlang", "float_to_binary", 1)
def float_to_binary(value: Any) -> bytes:
    if type(value) is not float:
        raise badarg()
    return ("%.20e" % value).encode("ascii")


@bif("erlang", "float_to_binary", 2)
def float_to_binary_2(value: Any, options: Any) -> bytes:
    return format_float(value, options).encode("ascii")


def parse_float(text: str) -> float:
    """Erlang float syntax: [+-]digits.digits[(e|E)[+-]digits]; else badarg."""
    body = text[1:] if text[:1] in ("+", "-") else text
    mantissa, marker, exponent = body.replace("E", "e").partition("e")
    whole, point, fraction = mantissa.partition(".")
    if not (point and _is_digits(whole) and _is_digits(fraction)):
        raise badarg()
    if marker:
        if exponent[:1] in ("+", "-"):
            exponent = exponent[1:]
        if not _is_digits(exponent):
            raise badarg()
    value = float(text)
    if value - value != 0.0:
        raise badarg()
    return value


def _is_digits(text: str) -> bool:
    return bool(text) and text.isascii() and text.isdigit()


@bif("erlang", "list_to_float", 1)
def list_to_float(chars: Any) -> float:
    return parse_float(code_point_text(chars))


@bif("erlang", "binary_to_float", 1)
def binary_to_float(data: Any) -> float:
    if type(data) is not bytes:
        raise badarg()
    return parse_float(data.decode("latin-1"))


# ---------------------------------------------------------------- tuples


@bif("erlang", "tuple_to_list", 1)
def tuple_to_list(t: Any) -> Any:
    if type(t) is not tuple:
        raise badarg()
    return build_list(t)


@bif("erlang", "list_to_tuple", 1)
def list_to_tuple(items: Any) -> tuple:
    return tuple(list_items(items))


@bif("erlang", "make_tuple", 2)
def make_tuple(arity: Any, value: Any) -> tuple:
    if type(arity) is not int or not 0 <= arity <= MAX_TUPLE_SIZE:
        raise badarg()
    return (value,) * arity


@bif("erlang", "make_tuple", 3)
def make_tuple_3(arity: Any, default: Any, init: Any) -> tuple:
    if type(arity) is not int or not 0 <= arity <= MAX_TUPLE_SIZE:
        raise badarg()
    slots = [default] * arity
    for entry in list_items(init):
        if (type(entry) is not tuple or len(entry) != 2 or type(entry[0]) is not int
                or not 1 <= entry[0] <= arity):
            raise badarg()
        slots[entry[0] - 1] = entry[1]
    return tuple(slots)


@bif("erlang", "setelement", 3)
def setelement(index: Any, t: Any, value: Any) -> tuple:
    if type(t) is not tuple or type(index) is not int or not 1 <= index <= len(t):
        raise badarg()
    return t[:index - 1] + (value,) + t[index:]


@bif("erlang", "append_element", 2)
def append_element(t: Any, value: Any) -> tuple:
    if type(t) is not tuple or len(t) >= MAX_TUPLE_SIZE:
        raise badarg()
    return t + (value,)


@bif("erlang", "insert_element", 3)
def insert_element(index: Any, t: Any, value: Any) -> tuple:
    if (type(t) is not tuple or type(index) is not int or not 1 <= index <= len(t) + 1
            or len(t) >= MAX_TUPLE_SIZE):
        raise badarg()
    return t[:index - 1] + (value,) + t[index - 1:]


@bif("erlang", "delete_element", 2)
def delete_element(index: Any, t: Any) -> tuple:
    if type(t) is not tuple or type(index) is not int or not 1 <= index <= len(t):
        raise badarg()
    return t[:index - 1] + t[index:]


# ---------------------------------------------------------------- binaries


@bif("erlang", "binary_to_list", 1)
def binary_to_list(data: Any) -> Any:
    if type(data) is not bytes:
        raise badarg()
    return bytes_to_list(data)


@bif("erlang", "binary_to_list", 3)
def binary_to_list_3(data: Any, start: Any, stop: Any) -> Any:
    """Bytes start..stop, 1-based and inclusive."""
    if (type(data) is not bytes or type(start) is not int or type(stop) is not int
            or not 1 <= start <= stop <= len(data)):
        raise badarg()
    return bytes_to_list(data[start - 1:stop])


@bif("erlang", "bitstring_to_list", 1)
def bitstring_to_list(data: Any) -> Any:
    """Whole bytes as integers, then any trailing bits as one bitstring."""
    if type(data) is bytes:
        return bytes_to_list(data)
    if type(data) is not BitString:
        raise badarg()
    whole = data.bits // 8
    rest = BitString(data.data[whole:], data.bits - whole * 8)
    return bytes_to_list(data.data[:whole], [rest, NIL])


@bif("erlang", "list_to_binary", 1)
def list_to_binary(items: Any) -> bytes:
    if type(items) is not list and items is not NIL:
        raise badarg()
    return iolist_to_bytes(items)


@bif("erlang", "iolist_to_binary", 1)
def iolist_to_binary(items: Any) -> bytes:
    if type(items) is bytes:
        return items
    if type(items) is not list and items is not NIL:
        raise badarg()
    return iolist_to_bytes(items)


@bif("erlang", "iolist_size", 1)
def iolist_size(items: Any) -> int:
    if type(items) is bytes:
        return len(items)
    if type(items) is not list and items is not NIL:
        raise badarg()
    return len(iolist_to_bytes(items))


@bif("erlang", "list_to_bitstring", 1)
def list_to_bitstring(items: Any) -> Any:
    if type(items) is not list and items is not NIL:
        raise badarg()
    return iolist_to_bitstring(items)


@bif("erlang", "split_binary", 2)
def split_binary(data: Any, position: Any) -> tuple:
    if type(position) is not int:
        raise badarg()
    if type(data) is bytes:
        if not 0 <= position <= len(data):
            raise badarg()
        return data[:position], data[position:]
    if type(data) is BitString:
        if not 0 <= position <= data.bits // 8:
            raise badarg()
        bits = data.bits - position * 8
        return data.data[:position], BitString(data.data[position:], bits)
    raise badarg()


# ---------------------------------------------------------------- checksums


@bif("erlang", "md5", 1)
def md5(data: Any) -> bytes:
    return hashlib.md5(iolist_to_binary(data)).digest()


@bif("erlang", "crc32", 1)
def crc32(data: Any) -> int:
    return zlib.crc32(iolist_to_binary(data))


@bif("erlang", "crc32", 2)
def crc32_2(previous: Any, data: Any) -> int:
    if type(previous) is not int or not 0 <= previous < 2 ** 32:
        raise badarg()
    return zlib.crc32(iolist_to_binary(data), previous)


@bif("erlang", "adler32", 1)
def adler32(data: Any) -> int:
    return zlib.adler32(iolist_to_binary(data))


@bif("erlang", "adler32", 2)
def adler32_2(previous: Any, data: Any) -> int:
    if type(previous) is not int or not 0 <= previous < 2 ** 32:
        raise badarg()
    return zlib.adler32(iolist_to_binary(data), previous)
