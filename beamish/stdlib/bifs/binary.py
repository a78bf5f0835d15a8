"""The ``binary`` module of Erlang/OTP 25 (stdlib-4.2).

Why Python: every function here is a scan or slice of a byte string, which
CPython does in C (``bytes.find``, ``bytes.split``, ``bytes.replace``, the
``re`` engine for several patterns at once). In Erlang each would be a loop of
byte-by-byte matching in the interpreter.

Notes
 1. Searching finds the leftmost match; when several patterns start at the
    same byte the longest wins, and a global search resumes after the end of
    the match (OTP's Boyer-Moore for one pattern, Aho-Corasick for several).
    Several patterns are searched with one regular expression whose
    alternatives are sorted longest first, which gives exactly that order.
 2. compile_pattern/1 returns ``{bm, Pattern}`` or ``{ac, {P1, P2, ...}}``.
    OTP returns ``{bm | ac, #Ref<...>}``, an opaque magic reference; beamish
    keeps the patterns themselves (a plain term that can be printed, compared
    and sent) and caches the compiled search for them instead.
 3. Option lists are read as OTP 25 reads them: match/matches/split are C
    BIFs that stop at the first non-list tail (``[global|a]`` is accepted),
    replace/4 is Erlang code that requires a proper list. When an option is
    given twice, the last one counts; every ``{scope, _}`` is checked.
 4. A part spec ``{Start, Length}`` may have a negative length, meaning the
    bytes before Start. part/2,3 accept bitstrings (they are binary_part/2,3)
    but only whole bytes can be addressed; the other functions reject them.
 5. referenced_byte_size/1 is the byte size: beamish binaries never share a
    larger buffer (OTP gives 256 for small binaries built by erl_eval).
 6. encode_hex/2 (``uppercase | lowercase``) comes from OTP 26; OTP 25 only
    has encode_hex/1.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import badarg
from beamish.vm.terms import NIL, Atom, BitString
from beamish.stdlib.bifs.erlang import build_list, bytes_to_list, iolist_to_bytes

NOMATCH = Atom("nomatch")
SCOPE = Atom("scope")
GLOBAL = Atom("global")
TRIM = Atom("trim")
TRIM_ALL = Atom("trim_all")
INSERT_REPLACED = Atom("insert_replaced")
BIG = Atom("big")
LITTLE = Atom("little")
UPPERCASE = Atom("uppercase")
LOWERCASE = Atom("lowercase")
BM = Atom("bm")
AC = Atom("ac")

_HEX_DIGITS = re.compile(rb"(?:[0-9a-fA-F]{2})*")


# ---------------------------------------------------------------- argument checks


def _binary(term: Any) -> bytes:
    if type(term) is not bytes:
        raise badarg()
    return term


def _region(size: int, start: Any, length: Any) -> tuple[int, int]:
    """(low, high) byte offsets of the part spec {start, length} (note 4)."""
    if type(start) is not int or type(length) is not int or start < 0 or start > size:
        raise badarg()
    end = start + length
    if end < 0 or end > size:
        raise badarg()
    return (start, end) if length >= 0 else (end, start)


def _part_spec(size: int, spec: Any) -> tuple[int, int]:
    if type(spec) is not tuple or len(spec) != 2:
        raise badarg()
    return _region(size, spec[0], spec[1])


def _patterns(term: Any) -> tuple[bytes, ...]:
    """The search patterns of a binary, a non-empty list of them, or a compiled pattern."""
    kind = type(term)
    if kind is bytes:
        if not term:
            raise badarg()
        return (term,)
    if kind is list:
        patterns = []
        while type(term) is list:
            pattern = term[0]
            if type(pattern) is not bytes or not pattern:
                raise badarg()
            patterns.append(pattern)
            term = term[1]
        if term is not NIL:
            raise badarg()
        return tuple(patterns)
    if kind is tuple and len(term) == 2:
        if term[0] is BM and type(term[1]) is bytes and term[1]:
            return (term[1],)
        if term[0] is AC and type(term[1]) is tuple and term[1] and all(
                type(p) is bytes and p for p in term[1]):
            return term[1]
    raise badarg()


@lru_cache(maxsize=512)
def _searcher(patterns: tuple[bytes, ...]):
    """A compiled regex finding the leftmost, then longest, of several patterns (note 1)."""
    ordered = sorted(set(patterns), key=len, reverse=True)
    return re.compile(b"|".join(re.escape(p) for p in ordered))


def _find_all(subject: bytes, patterns: tuple[bytes, ...], low: int, high: int,
              first_only: bool = False) -> list[tuple[int, int]]:
    """Non-overlapping (start, length) matches lying wholly within [low, high)."""
    found = []
    if len(patterns) == 1:
        pattern = patterns[0]
        size = len(pattern)
        find = subject.find
        position = find(pattern, low, high)
        while position >= 0:
            found.append((position, size))
            if first_only:
                break
            position = find(pattern, position + size, high)
        return found
    search = _searcher(patterns).search
    match = search(subject, low, high)
    while match is not None:
        start, end = match.span()
        found.append((start, end - start))
        if first_only:
            break
        match = search(subject, end, high)
    return found


def _scope_options(subject: bytes, options: Any) -> tuple[int, int]:
    """The search region given by match/3 and matches/3 options (note 3)."""
    low, high = 0, len(subject)
    if type(options) is not list and options is not NIL:
        raise badarg()
    while type(options) is list:
        option = options[0]
        if type(option) is not tuple or len(option) != 2 or option[0] is not SCOPE:
            raise badarg()
        low, high = _part_spec(len(subject), option[1])
        options = options[1]
    return low, high


# ---------------------------------------------------------------- compile / match


@bif("binary", "compile_pattern", 1)
def compile_pattern(pattern: Any) -> tuple:
    """A reusable pattern (note 2); its search is compiled once and cached."""
    patterns = _patterns(pattern)
    if len(patterns) == 1:
        return (BM, patterns[0])
    _searcher(patterns)
    return (AC, patterns)


@bif("binary", "match", 2)
def match(subject: Any, pattern: Any) -> Any:
    return match_3(subject, pattern, NIL)


@bif("binary", "match", 3)
def match_3(subject: Any, pattern: Any, options: Any) -> Any:
    _binary(subject)
    patterns = _patterns(pattern)
    low, high = _scope_options(subject, options)
    found = _find_all(subject, patterns, low, high, first_only=True)
    return found[0] if found else NOMATCH


@bif("binary", "matches", 2)
def matches(subject: Any, pattern: Any) -> Any:
    return matches_3(subject, pattern, NIL)


@bif("binary", "matches", 3)
def matches_3(subject: Any, pattern: Any, options: Any) -> Any:
    _binary(subject)
    patterns = _patterns(pattern)
    low, high = _scope_options(subject, options)
    return build_list(_find_all(subject, patterns, low, high))


# ---------------------------------------------------------------- split / replace


@bif("binary", "split", 2)
def split(subject: Any, pattern: Any) -> Any:
    return split_3(subject, pattern, NIL)


@bif("binary", "split", 3)
def split_3(subject: Any, pattern: Any, options: Any) -> Any:
    """Cut the whole subject at the matches found in the scope (note 3)."""
    _binary(subject)
    patterns = _patterns(pattern)
    if type(options) is not list and options is not NIL:
        raise badarg()
    is_global = trim = trim_all = False
    scope = None
    while type(options) is list:
        option = options[0]
        if option is GLOBAL:
            is_global = True
        elif option is TRIM:
            trim = True
        elif option is TRIM_ALL:
            trim_all = True
        elif type(option) is tuple and len(option) == 2 and option[0] is SCOPE:
            scope = _part_spec(len(subject), option[1])
        else:
            raise badarg()
        options = options[1]
    if scope is None and is_global and len(patterns) == 1:
        parts = subject.split(patterns[0])
    else:
        low, high = scope if scope is not None else (0, len(subject))
        parts = []
        position = 0
        for start, length in _find_all(subject, patterns, low, high, first_only=not is_global):
            parts.append(subject[position:start])
            position = start + length
        parts.append(subject[position:])
    if trim_all:
        parts = [part for part in parts if part]
    elif trim:
        while parts and not parts[-1]:
            parts.pop()
    return build_list(parts)


def _replacement_pieces(replacement: bytes, insert: Any) -> list[bytes]:
    """The replacement cut at the insert_replaced positions (the match goes between)."""
    if type(insert) is int:
        positions = [insert]
    else:
        positions = []
        while type(insert) is list:
            if type(insert[0]) is not int:
                raise badarg()
            positions.append(insert[0])
            insert = insert[1]
        if insert is not NIL:
            raise badarg()
        positions.sort()
    pieces = []
    previous = 0
    for position in positions:
        if position < 0 or position > len(replacement):
            raise badarg()
        pieces.append(replacement[previous:position])
        previous = position
    pieces.append(replacement[previous:])
    return pieces


@bif("binary", "replace", 3)
def replace(subject: Any, pattern: Any, replacement: Any) -> bytes:
    return replace_4(subject, pattern, replacement, NIL)


@bif("binary", "replace", 4)
def replace_4(subject: Any, pattern: Any, replacement: Any, options: Any) -> bytes:
    _binary(subject)
    patterns = _patterns(pattern)
    _binary(replacement)
    is_global = False
    scope = None
    insert: Any = NIL
    while type(options) is list:
        option = options[0]
        if option is GLOBAL:
            is_global = True
        elif type(option) is tuple and len(option) == 2 and option[0] is SCOPE:
            scope = option[1]
        elif type(option) is tuple and len(option) == 2 and option[0] is INSERT_REPLACED:
            insert = option[1]
            if type(insert) is not int and type(insert) is not list and insert is not NIL:
                raise badarg()
        else:
            raise badarg()
        options = options[1]
    if options is not NIL:
        raise badarg()
    low, high = _part_spec(len(subject), scope) if scope is not None else (0, len(subject))
    pieces = _replacement_pieces(replacement, insert) if insert is not NIL else None
    if pieces is None and is_global and scope is None and len(patterns) == 1:
        return subject.replace(patterns[0], replacement)
    out = []
    position = 0
    for start, length in _find_all(subject, patterns, low, high, first_only=not is_global):
        out.append(subject[position:start])
        if pieces is None:
            out.append(replacement)
        else:
            out.append(subject[start:start + length].join(pieces))
        position = start + length
    out.append(subject[position:])
    return b"".join(out)


# ---------------------------------------------------------------- bytes and parts


@bif("binary", "at", 2)
def at(subject: Any, position: Any) -> int:
    _binary(subject)
    if type(position) is not int or not 0 <= position < len(subject):
        raise badarg()
    return subject[position]


@bif("binary", "first", 1)
def first(subject: Any) -> int:
    if type(subject) is not bytes or not subject:
        raise badarg()
    return subject[0]


@bif("binary", "last", 1)
def last(subject: Any) -> int:
    if type(subject) is not bytes or not subject:
        raise badarg()
    return subject[-1]


def _whole_bytes(subject: Any) -> bytes:
    """The addressable bytes of a binary or bitstring (note 4)."""
    kind = type(subject)
    if kind is bytes:
        return subject
    if kind is BitString:
        return subject.data[:subject.bits // 8]
    raise badarg()


@bif("binary", "part", 2)
def part(subject: Any, spec: Any) -> bytes:
    data = _whole_bytes(subject)
    low, high = _part_spec(len(data), spec)
    return data[low:high]


@bif("binary", "part", 3)
def part_3(subject: Any, start: Any, length: Any) -> bytes:
    data = _whole_bytes(subject)
    low, high = _region(len(data), start, length)
    return data[low:high]


@bif("binary", "bin_to_list", 1)
def bin_to_list(subject: Any) -> Any:
    return bytes_to_list(_binary(subject))


@bif("binary", "bin_to_list", 2)
def bin_to_list_2(subject: Any, spec: Any) -> Any:
    low, high = _part_spec(len(_binary(subject)), spec)
    return bytes_to_list(subject[low:high])


@bif("binary", "bin_to_list", 3)
def bin_to_list_3(subject: Any, start: Any, length: Any) -> Any:
    low, high = _region(len(_binary(subject)), start, length)
    return bytes_to_list(subject[low:high])


@bif("binary", "list_to_bin", 1)
def list_to_bin(items: Any) -> bytes:
    if type(items) is not list and items is not NIL:
        raise badarg()
    return iolist_to_bytes(items)


@bif("binary", "copy", 1)
def copy(subject: Any) -> bytes:
    return _binary(subject)


@bif("binary", "copy", 2)
def copy_2(subject: Any, times: Any) -> bytes:
    _binary(subject)
    if type(times) is not int or times < 0:
        raise badarg()
    return subject * times


@bif("binary", "referenced_byte_size", 1)
def referenced_byte_size(subject: Any) -> int:
    """The byte size: nothing is shared in beamish (note 5)."""
    kind = type(subject)
    if kind is bytes:
        return len(subject)
    if kind is BitString:
        return len(subject.data)
    raise badarg()


def _common_items(binaries: Any) -> list[bytes]:
    items = []
    while type(binaries) is list:
        items.append(_binary(binaries[0]))
        binaries = binaries[1]
    if binaries is not NIL or not items:
        raise badarg()
    return items


@bif("binary", "longest_common_prefix", 1)
def longest_common_prefix(binaries: Any) -> int:
    items = _common_items(binaries)
    shortest, longest = min(items), max(items)
    # The prefix all share is the one the least and greatest share.
    length = 0
    for a, b in zip(shortest, longest):
        if a != b:
            break
        length += 1
    return length


@bif("binary", "longest_common_suffix", 1)
def longest_common_suffix(binaries: Any) -> int:
    items = [item[::-1] for item in _common_items(binaries)]
    return longest_common_prefix(build_list(items))


# ---------------------------------------------------------------- numbers and hex


def _endianness(endian: Any) -> str:
    if endian is BIG:
        return "big"
    if endian is LITTLE:
        return "little"
    raise badarg()


@bif("binary", "decode_unsigned", 1)
def decode_unsigned(subject: Any) -> int:
    return int.from_bytes(_binary(subject), "big")


@bif("binary", "decode_unsigned", 2)
def decode_unsigned_2(subject: Any, endian: Any) -> int:
    return int.from_bytes(_binary(subject), _endianness(endian))


@bif("binary", "encode_unsigned", 1)
def encode_unsigned(value: Any) -> bytes:
    return encode_unsigned_2(value, BIG)


@bif("binary", "encode_unsigned", 2)
def encode_unsigned_2(value: Any, endian: Any) -> bytes:
    if type(value) is not int or value < 0:
        raise badarg()
    order = _endianness(endian)
    return value.to_bytes(max(1, (value.bit_length() + 7) // 8), order)


@bif("binary", "encode_hex", 1)
def encode_hex(subject: Any) -> bytes:
    return _binary(subject).hex().upper().encode("ascii")


@bif("binary", "encode_hex", 2)
def encode_hex_2(subject: Any, case: Any) -> bytes:
    """OTP 26's encode_hex/2 (note 6)."""
    text = _binary(subject).hex()
    if case is UPPERCASE:
        return text.upper().encode("ascii")
    if case is LOWERCASE:
        return text.encode("ascii")
    raise badarg()


@bif("binary", "decode_hex", 1)
def decode_hex(subject: Any) -> bytes:
    # bytes.fromhex would also skip spaces; OTP accepts only pairs of hex digits.
    if type(subject) is not bytes or not _HEX_DIGITS.fullmatch(subject):
        raise badarg()
    return bytes.fromhex(subject.decode("ascii"))
