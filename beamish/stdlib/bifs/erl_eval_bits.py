"""Bit syntax for erl_eval: building and matching one segment described at run time.

Why Python: compiled code fixes a segment's type in the instruction, but
erl_eval reads it from the abstract format ({bin_element,A,E,Size,TSL}).
These helpers take the evaluated value and size plus the type-specifier list
as the parser wrote it, resolve the defaults as the compiler does, and reuse
the VM's segment code (beamish.vm.bits).

Notes
 1. Defaults (OTP 25): integer 8 bits, float 64 bits, binary/bitstring the
    whole value; units integer/float/bitstring 1, binary 8; big-endian,
    unsigned. ``bytes`` is binary and ``bits`` is bitstring; ``native`` is
    little, as on this machine.
 2. A segment that cannot be built raises badarg; erl_eval turns that into
    the error compiled code would raise.
"""
from __future__ import annotations

import sys
from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.bits import bs_build, bs_match
from beamish.vm.errors import ErlangError, BADARG
from beamish.vm.terms import Atom, BitString, OK

DEFAULT = Atom("default")
NOMATCH = Atom("nomatch")
_TYPES = {"integer", "float", "binary", "bitstring", "utf8", "utf16", "utf32"}
_ALIASES = {"bytes": "binary", "bits": "bitstring"}
_UNITS = {"integer": 1, "float": 1, "binary": 8, "bitstring": 1}
_NATIVE = sys.byteorder


def segment_spec(size: Any, types: Any) -> tuple[str, Any, int, bool, str]:
    """(type, size or None, unit, signed, endian) of a segment (note 1)."""
    kind, unit, signed, endian = "integer", None, False, "big"
    while type(types) is list:
        item, types = types
        if type(item) is Atom:
            name = _ALIASES.get(item.name, item.name)
            if name in _TYPES:
                kind = name
            elif name in ("signed", "unsigned"):
                signed = name == "signed"
            elif name in ("big", "little"):
                endian = name
            elif name == "native":
                endian = _NATIVE
            else:
                raise ErlangError(BADARG)
        elif type(item) is tuple and len(item) == 2 and item[0] is Atom("unit") and type(item[1]) is int:
            unit = item[1]
        else:
            raise ErlangError(BADARG)
    if unit is None:
        unit = _UNITS.get(kind, 1)
    if size is DEFAULT:
        size = None
    elif type(size) is not int or size < 0:
        if not (type(size) is Atom and size.name == "all" and kind in ("binary", "bitstring")):
            raise ErlangError(BADARG)
        size = None
    return kind, size, unit, signed, endian


def build_segments(segments: list[tuple[Any, Any, Any]]) -> Any:
    """A bitstring from (value, size, type list) triples."""
    values = []
    spec = []
    for value, size, types in segments:
        kind, size, unit, signed, endian = segment_spec(size, types)
        size_index = None
        if size is not None:
            size_index = len(values)
            values.append(size)
        values.append(value)
        spec.append((kind, size_index, unit, signed, endian, len(values) - 1))
    return bs_build(spec, values)


@bif("erl_eval_bits", "build", 1)
def build(segments):
    """[{Value, Size, TSL}] to the bitstring they make; badarg when one cannot be built."""
    items = []
    while type(segments) is list:
        item, segments = segments
        if type(item) is not tuple or len(item) != 3:
            raise ErlangError(BADARG)
        items.append(item)
    return build_segments(items)


@bif("erl_eval_bits", "match", 3)
def match(bits, size, types):
    """{ok, Value, Rest} for the first segment of ``bits``, or nomatch."""
    kind, size, unit, signed, endian = segment_spec(size, types)
    values = [size, None, None]
    spec = ((kind, None if size is None else 0, unit, signed, endian, "bind", 1),
            ("bitstring", None, 1, False, "big", "bind", 2))
    if size is None and kind in ("binary", "bitstring"):
        spec = ((kind, None, unit, signed, endian, "bind", 1),)
        values[2] = b""
    if type(bits) is not bytes and type(bits) is not BitString:
        return NOMATCH
    if not bs_match(bits, spec, values):
        return NOMATCH
    return (OK, values[1], values[2])
