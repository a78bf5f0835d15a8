"""io_lib:format/2 as OTP 25 runs it (stdlib 4.2, io_lib_format.erl).

The format is parsed once into literal runs and directives and cached; a
directive keeps ``*`` markers for the width, precision and pad character it
takes from the arguments, so one parse serves every call.

Notes
 1. Any error raises ErlangError(badarg), as io_lib:format/2 turns every
    failure inside io_lib_format into badarg: a missing or surplus argument,
    an unknown control, a wrong argument type, a field narrower than its
    precision (``~3.5s``), a base outside 2..36, a float precision below 1
    (``~f``) or 2 (``~e``), ``-`` without a width, a left-adjusted ``~p`` or
    ``~n``. Only a ``*`` width needs an integer argument: ``.*`` with no
    argument left is the pad character ``*`` itself.
 2. ``~p``/``~P`` take the line length from the field width (80 by default)
    and the start column from the precision, else from the text already
    produced since the last newline, tabs advancing to the next multiple of
    8 (io_lib_format:indentation/2). Their field width never pads.
 3. ``~s`` pads and truncates by characters; with ``t`` (unicode) the text is
    measured and cut in grapheme clusters as string:length/slice do, and
    measured so also in latin1 mode when a character is above 255.
 4. A binary format is its bytes as latin1 characters (binary_to_list/1).
"""
from __future__ import annotations

import math
from typing import Any

from beamish.stdlib.printer import (
    NIL, Atom, char_list, chars_length, graphemes, int_to_str, print_term,
    printable_latin1_list, printable_list, printable_unicode_list, write_atom, write_term)
from beamish.vm.errors import BADARG, ErlangError

__all__ = [
    "format", "fwrite", "format_to_chars", "indentation", "printable_list",
    "printable_latin1_list", "printable_unicode_list", "char_list", "chars_length",
    "fwrite_e", "fwrite_f", "fwrite_g",
]

_STAR = -1 << 80          # "take this field from the arguments"
_MINUS_STAR = _STAR - 1   # "-*": the argument's sign flipped


def _fail():
    raise ErlangError(BADARG)


# ---------------------------------------------------------------- parsing

def _parse(text: str) -> tuple:
    """Split a format into literal runs (str) and directives (tuples).

    Directive: (control, width, left, precision, pad, unicode, strings) where
    width/precision/pad are None, an int, _STAR, or for the width _MINUS_STAR.
    """
    items = []
    length = len(text)
    start = 0
    position = text.find("~")
    while position >= 0:
        if position > start:
            items.append(text[start:position])
        position += 1
        width = None
        left = False
        if position < length and text[position] == "-":
            # "-N" is left-adjusted only when N > 0: "~-0s" is right-adjusted.
            width, position = _field_value(text, position + 1)
            if width is None:
                _fail()          # -none: badarith in OTP
            if width == _STAR:
                width = _MINUS_STAR
            elif width > 0:
                left = True
        else:
            width, position = _field_value(text, position)
        precision = None
        if position < length and text[position] == ".":
            precision, position = _field_value(text, position + 1)
        pad = 32
        if position < length and text[position] == ".":
            if position + 1 >= length:
                _fail()
            pad = _STAR if text[position + 1] == "*" else ord(text[position + 1])
            position += 2
        unicode = False
        strings = True
        while position < length and text[position] in "tl":
            if text[position] == "t":
                unicode = True
            else:
                strings = False
            position += 1
        if position >= length:
            _fail()
        control = text[position]
        if control not in _CONTROLS:
            _fail()
        position += 1
        items.append((control, width, left, precision, pad, unicode, strings))
        start = position
        position = text.find("~", start)
    if start < length:
        items.append(text[start:])
    return tuple(items)


def _field_value(text: str, position: int):
    if position < len(text):
        ch = text[position]
        if ch == "*":
            return _STAR, position + 1
        if "0" <= ch <= "9":
            end = position + 1
            while end < len(text) and "0" <= text[end] <= "9":
                end += 1
            return int(text[position:end]), end
    return None, position


# Controls and how many arguments each takes after any ``*`` fields.
_CONTROLS = {"w": 1, "p": 1, "W": 2, "P": 2, "s": 1, "e": 1, "f": 1, "g": 1, "b": 1,
             "B": 1, "x": 2, "X": 2, "+": 1, "#": 1, "c": 1, "~": 0, "n": 0, "i": 1}

_TEXT_CACHE: dict = {}
_ID_CACHE: dict = {}
_CACHE_LIMIT = 4096


def _format_text(fmt: Any) -> str:
    """The format as Python text (io:format() accepts strings, binaries, atoms)."""
    kind = type(fmt)
    if kind is list or fmt is NIL:
        codes = []
        append = codes.append
        while type(fmt) is list:
            code = fmt[0]
            if type(code) is not int:
                _fail()
            append(code)
            fmt = fmt[1]
        if fmt is not NIL:
            _fail()
        try:
            return "".join(map(chr, codes))
        except (ValueError, OverflowError):
            _fail()
    if kind is str:
        return fmt
    if kind is bytes:
        return fmt.decode("latin-1")
    if kind is Atom:
        return fmt.name
    _fail()


def _parsed(fmt: Any) -> tuple:
    kind = type(fmt)
    if kind is str:
        parsed = _TEXT_CACHE.get(fmt)
        if parsed is None:
            parsed = _remember(fmt)
        return parsed
    if kind is list:
        # Cells are immutable once published, so the same cons cell always
        # spells the same format; the entry keeps it alive so its id stays.
        entry = _ID_CACHE.get(id(fmt))
        if entry is not None and entry[0] is fmt:
            return entry[1]
        parsed = _remember(_format_text(fmt))
        if len(_ID_CACHE) >= _CACHE_LIMIT:
            _ID_CACHE.clear()
        _ID_CACHE[id(fmt)] = (fmt, parsed)
        return parsed
    return _remember(_format_text(fmt))


def _remember(text: str) -> tuple:
    parsed = _TEXT_CACHE.get(text)
    if parsed is None:
        parsed = _parse(text)
        if len(_TEXT_CACHE) >= _CACHE_LIMIT:
            _TEXT_CACHE.clear()
        _TEXT_CACHE[text] = parsed
    return parsed


# ---------------------------------------------------------------- entry points

def format(fmt: Any, args: Any) -> str:
    """io_lib:format(Format, Args) flattened to text; raises badarg like OTP."""
    try:
        return _format(_parsed(fmt), args)
    except ErlangError:
        raise
    except (TypeError, ValueError, OverflowError, IndexError, AttributeError, KeyError,
            RecursionError):
        raise ErlangError(BADARG) from None


fwrite = format


def format_to_chars(fmt: Any, args: Any) -> Any:
    """io_lib:format/2's result as an Erlang string (a flat list of codes)."""
    text = format(fmt, args)
    result = NIL
    for ch in reversed(text):
        result = [ord(ch), result]
    return result


def indentation(text: str, start: int = 0) -> int:
    """io_lib_format:indentation/2: column after ``text`` (tabs every 8)."""
    column = start
    newline = text.rfind("\n")
    if newline >= 0:
        column = 0
        text = text[newline + 1:]
    if "\t" not in text:
        return column + len(text)
    for ch in text:
        if ch == "\t":
            column = (column + 8) // 8 * 8
        else:
            column += 1
    return column


def _current_column(out: list) -> int:
    """Indentation of the text produced so far (only ~p/~P need it)."""
    tail = []
    for piece in reversed(out):
        newline = piece.rfind("\n")
        if newline >= 0:
            tail.append(piece[newline + 1:])
            break
        tail.append(piece)
    tail.reverse()
    return indentation("".join(tail), 0)


def _format(items: tuple, args: Any) -> str:
    out: list = []
    emit = out.append
    for item in items:
        if type(item) is str:
            emit(item)
            continue
        control, width, left, precision, pad, unicode, strings = item
        if width is not None and width <= _STAR:
            if type(args) is not list or type(args[0]) is not int:
                _fail()
            value = args[0] if width == _STAR else -args[0]
            args = args[1]
            if value < 0:
                width = -value
                left = True
            else:
                width = value
        if precision == _STAR:
            if type(args) is not list or type(args[0]) is not int:
                _fail()
            precision = args[0]
            args = args[1]
        if pad == _STAR:
            if type(args) is list:
                pad = args[0]
                args = args[1]
                if type(pad) is not int:
                    _fail()
            else:
                pad = 42        # no argument left: ".*" is the pad char "*"
        if control == "~" or control == "n":
            if control == "n":
                if width is None:
                    emit("\n")
                elif left:
                    _fail()
                else:
                    emit("\n" * width)
            else:
                emit(_char(126, width, left, precision, pad))
            continue
        if type(args) is not list:
            _fail()
        arg = args[0]
        args = args[1]
        if control == "p":
            if left:
                _fail()
            if width is None and precision is None:
                column = _current_column(out) + 1 if out else 1
                emit(print_term(arg, column, 80, -1, "unicode" if unicode else "latin1",
                                strings))
            else:
                emit(_print(arg, -1, width, precision, out, unicode, strings))
        elif control == "w":
            if width is None and precision is None:
                kind = type(arg)
                if kind is int:
                    emit(int_to_str(arg))
                elif kind is Atom and not unicode:
                    emit(write_atom(arg))
                else:
                    emit(write_term(arg, -1, "unicode" if unicode else "latin1"))
            else:
                emit(_term(write_term(arg, -1, "unicode" if unicode else "latin1"),
                           width, left, precision, pad))
        elif control == "s":
            emit(_string(_chars(arg, unicode), width, left, precision, pad, unicode))
        elif control == "P" or control == "W":
            if type(args) is not list:
                _fail()
            depth = args[0]
            args = args[1]
            if type(depth) is not int:
                _fail()
            if control == "P":
                if left:
                    _fail()
                emit(_print(arg, depth, width, precision, out, unicode, strings))
            else:
                emit(_term(write_term(arg, depth, "unicode" if unicode else "latin1"),
                           width, left, precision, pad))
        elif control == "c":
            if type(arg) is not int:
                _fail()
            emit(_char(arg if unicode else arg & 255, width, left, precision, pad))
        elif control == "e" or control == "f" or control == "g":
            if type(arg) is not float:
                _fail()
            if control == "e":
                emit(fwrite_e(arg, width, left, precision, pad))
            elif control == "f":
                emit(fwrite_f(arg, width, left, precision, pad))
            else:
                emit(fwrite_g(arg, width, left, precision, pad))
        elif control == "b" or control == "B":
            if type(arg) is not int:
                _fail()
            emit(_integer(arg, width, left, _base(precision), pad, "", control == "b"))
        elif control == "x" or control == "X":
            if type(args) is not list:
                _fail()
            prefix = args[0]
            args = args[1]
            if type(arg) is not int:
                _fail()
            emit(_integer(arg, width, left, _base(precision), pad, _prefix_text(prefix),
                          control == "x"))
        elif control == "+" or control == "#":
            if type(arg) is not int:
                _fail()
            base = _base(precision)
            emit(_integer(arg, width, left, base, pad, str(base) + "#", control == "+"))
        # "i" ignores its argument.
    if args is not NIL:
        _fail()
    return "".join(out)


# ---------------------------------------------------------------- ~p ~w

def _print(term: Any, depth: int, width, precision, out: list, unicode: bool,
           strings: bool) -> str:
    line_length = 80 if width is None else width
    column = precision if precision is not None else (
        _current_column(out) + 1 if out else 1)
    return print_term(term, column, line_length, depth, "unicode" if unicode else "latin1",
                      strings)


def _term(text: str, width, left: bool, precision, pad: int) -> str:
    """io_lib_format:term/5: fit a written term in its field, or stars."""
    if width is None:
        if precision is None:
            return text
        width = precision
    length = chars_length(text)
    room = min(length, width if precision is None else min(precision, width))
    if room < 0:
        _fail()
    if length > room:
        return _adjust("*" * room, _pad(pad, width - room), left)
    if width >= room:
        return _adjust(text, _pad(pad, width - length), left)
    _fail()


def _pad(pad: int, count: int) -> str:
    if count <= 0:
        if count < 0:
            _fail()
        return ""
    return chr(pad) * count


def _adjust(text: str, padding: str, left: bool) -> str:
    if not padding:
        return text
    return text + padding if left else padding + text


# ---------------------------------------------------------------- ~c ~s

def _char(code: int, width, left: bool, precision, pad: int) -> str:
    count = precision if precision is not None else width
    if count is not None and count <= 0:
        ch = ""           # chars(C, 0): the character is never looked at
    else:
        ch = chr(code)
    if width is None:
        if precision is None:
            return ch
        if precision < 0:
            _fail()
        return ch * precision
    if precision is None:
        return ch * width
    if precision < 0 or width < precision:
        _fail()
    return _adjust(ch * precision, _pad(pad, width - precision), left)


def _chars(value: Any, unicode: bool) -> str:
    """The characters ``~s`` prints: iolist_to_chars (latin1) or
    cdata_to_chars (unicode) of a deep list, binary or atom."""
    kind = type(value)
    if kind is Atom:
        name = value.name
        if not unicode and not name.isascii() and max(name) > "\xff":
            _fail()
        return name
    if kind is bytes:
        return _binary_chars(value, unicode)
    if kind is not list and value is not NIL:
        _fail()
    pieces = []
    append = pieces.append
    codes = []
    flush = codes.clear
    stack = []
    limit = 0x110000 if unicode else 256
    while True:
        while type(value) is list:
            head = value[0]
            value = value[1]
            if type(head) is int:
                if not 0 <= head < limit:
                    _fail()
                codes.append(head)
            elif type(head) is list or head is NIL:
                stack.append(value)
                value = head
            elif type(head) is bytes:
                if codes:
                    append("".join(map(chr, codes)))
                    flush()
                append(_binary_chars(head, unicode))
            else:
                _fail()
        if value is not NIL:
            if type(value) is bytes:
                if codes:
                    append("".join(map(chr, codes)))
                    flush()
                append(_binary_chars(value, unicode))
            else:
                _fail()
        if not stack:
            break
        value = stack.pop()
    if codes:
        append("".join(map(chr, codes)))
    return "".join(pieces)


def _binary_chars(value: bytes, unicode: bool) -> str:
    if unicode and not value.isascii():
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return value.decode("latin-1")


def _truncate(text: str, count: int, unicode: bool) -> str:
    """flat_trunc/3: characters in latin1 mode, grapheme clusters (as
    string:slice/3) in unicode mode."""
    if unicode:
        return "".join(graphemes(text)[:count])
    return text[:count]


def _string(text: str, width, left: bool, precision, pad: int, unicode: bool) -> str:
    """io_lib_format:string/6."""
    if width is None and precision is None:
        return text
    if precision is not None and precision < 0:
        _fail()
    length = chars_length(text)
    if precision is None:
        return _string_field(text, width, left, length, pad, unicode)
    if width is None:
        return _string_field(text, precision, True, length, pad, unicode)
    if width < precision:
        _fail()
    if width == precision:
        return _string_field(text, width, left, length, pad, unicode)
    if length > precision:
        return _adjust(_truncate(text, precision, unicode), _pad(pad, width - precision), left)
    if length < precision:
        return _adjust(text + _pad(pad, precision - length), _pad(pad, width - precision),
                       left)
    return _adjust(text, _pad(pad, width - precision), left)


def _string_field(text: str, field: int, left: bool, length: int, pad: int,
                  unicode: bool) -> str:
    if length > field:
        return _truncate(text, field, unicode)
    if length < field:
        return _adjust(text, _pad(pad, field - length), left)
    return text


# ---------------------------------------------------------------- integers

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _base(precision) -> int:
    base = 10 if precision is None else precision
    if not 2 <= base <= 36:
        _fail()
    return base


def _to_base(value: int, base: int) -> str:
    if base == 10:
        return int_to_str(value)
    if base == 16:
        return "%X" % value
    if base == 8:
        return "%o" % value
    if base == 2:
        return bin(value)[2:]
    digits = []
    while value:
        value, digit = divmod(value, base)
        digits.append(_DIGITS[digit])
    return "".join(reversed(digits)) or "0"


def _integer(value: int, width, left: bool, base: int, pad: int, prefix: str,
             lowercase: bool) -> str:
    if base == 10 and width is None and not prefix:
        return int_to_str(value)
    digits = _to_base(-value if value < 0 else value, base)
    if lowercase:
        digits = digits.lower()
    text = ("-" if value < 0 else "") + prefix + digits
    return _term(text, width, left, None, pad)


def _prefix_text(prefix: Any) -> str:
    if type(prefix) is Atom:
        return prefix.name
    # io_lib:deep_char_list/1: nested lists of code points only.
    codes = []
    stack = []
    value = prefix
    while True:
        while type(value) is list:
            head = value[0]
            value = value[1]
            if type(head) is int:
                if not (0 <= head < 0xD800 or 0xDFFF < head < 0xFFFE
                        or 0xFFFF < head <= 0x10FFFF):
                    _fail()
                codes.append(head)
            elif type(head) is list or head is NIL:
                stack.append(value)
                value = head
            else:
                _fail()
        if value is not NIL:
            _fail()
        if not stack:
            break
        value = stack.pop()
    return "".join(map(chr, codes))


# ---------------------------------------------------------------- floats

def _float_digits(value: float):
    """float_data/1: the 21 significant digits of float_to_list/1 ("%.20e")
    and the decimal exponent plus one."""
    text = "%.20e" % value
    mantissa, _, exponent = text.partition("e")
    digits = mantissa.replace("-", "").replace(".", "")
    return digits, int(exponent) + 1


def _float_mantissa(digits: str, integer_count: int, decimals: int):
    """float_man/3: ``integer_count`` digits, a point, ``decimals`` digits,
    rounded half up on the next digit; returns (text, carry out of the top)."""
    wanted = integer_count + decimals
    padded = digits + "0" * max(0, wanted - len(digits))
    kept = padded[:wanted]
    carry = wanted < len(digits) and digits[wanted] >= "5"
    if carry:
        number = int(kept) + 1 if kept else 1
        if len(str(number)) > len(kept):
            carry_out = True
            kept = str(number)[1:] if kept else ""
        else:
            carry_out = False
            kept = str(number).rjust(len(kept), "0")
    else:
        carry_out = False
    return kept[:integer_count] + "." + kept[integer_count:], carry_out


def _sign(value: float) -> str:
    # signbit/1: the sign bit, so -0.0 prints "-0.000000".
    return "-" if value < 0.0 or (value == 0.0 and math.copysign(1.0, value) < 0) else ""


def _float_e(value: float, precision: int) -> str:
    digits, exponent = _float_digits(value)
    text, carry = _float_mantissa(digits, 1, precision - 1)
    if carry:
        # The mantissa rounded up to 10: "0.xx" becomes "1.xx", exponent E.
        text = "1" + text[1:]
        exponent_value = exponent
    else:
        exponent_value = exponent - 1
    tail = "e+" + str(exponent_value) if exponent_value >= 0 else "e" + str(exponent_value)
    return _sign(value) + text + tail


def _float_f(value: float, precision: int) -> str:
    digits, exponent = _float_digits(value)
    if exponent <= 0:
        digits = "0" * (-exponent + 1) + digits
        exponent = 1
    text, carry = _float_mantissa(digits, exponent, precision)
    return _sign(value) + ("1" + text if carry else text)


def fwrite_e(value: float, width=None, left: bool = False, precision=None,
             pad: int = 32) -> str:
    """``~e``: io_lib_format:fwrite_e/5."""
    if precision is None:
        precision = 6
    if precision < 2:
        _fail()
    text = _float_e(value, precision)
    if width is None:
        return text
    return _term(text, width, left, width, pad)


def fwrite_f(value: float, width=None, left: bool = False, precision=None,
             pad: int = 32) -> str:
    """``~f``: io_lib_format:fwrite_f/5."""
    if precision is None:
        precision = 6
    if precision < 1:
        _fail()
    text = _float_f(value, precision)
    if width is None:
        return text
    return _term(text, width, left, width, pad)


def fwrite_g(value: float, width=None, left: bool = False, precision=None,
             pad: int = 32) -> str:
    """``~g``: f form for 0.1 <= |x| < 10000 when the precision reaches the
    units, e form otherwise (io_lib_format:fwrite_g/5)."""
    if precision is None:
        precision = 6
    if precision < 1:
        _fail()
    magnitude = abs(value)
    if magnitude < 0.1:
        exponent = -2
    elif magnitude < 1.0:
        exponent = -1
    elif magnitude < 10.0:
        exponent = 0
    elif magnitude < 100.0:
        exponent = 1
    elif magnitude < 1000.0:
        exponent = 2
    elif magnitude < 10000.0:
        exponent = 3
    else:
        exponent = None       # OTP compares with an atom: never the f form
    if (precision <= 1 and exponent == -1) or (
            exponent is not None and precision - 1 > exponent >= -1):
        return fwrite_f(value, width, left, precision - 1 - exponent, pad)
    if precision <= 1:
        return fwrite_e(value, width, left, 2, pad)
    return fwrite_e(value, width, left, precision, pad)

