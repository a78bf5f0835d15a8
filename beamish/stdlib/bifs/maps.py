"""The ``maps`` functions that take no fun.

Why Python: a map is a Python dict (see beamish.vm.terms), and lookups,
updates and merges are single dict operations in C. The higher-order
functions (fold, map, filter, update_with, ...) are in stdlib/erl/maps.erl
and build on maps:iterator/1 and maps:next/1 from here.

Results and errors follow maps.erl and erts of Erlang/OTP 25: a non-map
argument fails with ``{badmap, Term}``, a missing key with ``{badkey, Key}``,
a malformed list with ``badarg``.

Notes
 1. Order. OTP lists a map of up to 32 keys in term order of its keys, with
    an integer before an equal float (1 before 1.0); keys/1, values/1,
    to_list/1 and iteration here use that order for every size. Above 32
    keys OTP switches to its hash order, which beamish does not reproduce
    (see DIFFERENCES.md).
 2. Iterators. maps:iterator(M) is ``[0 | M]`` as in OTP 25. maps:next/1 on
    it returns the whole iteration as a chain ``{K1, V1, {K2, V2, ... none}}``,
    which is what OTP returns for small maps: each link is itself a valid
    iterator (next({K, V, I}) is {K, V, I}), and ``none`` ends it.
"""
from __future__ import annotations

from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, badarg
from beamish.vm.terms import (
    Atom, NIL, TRUE, FALSE, OK, map_key, sorted_map_keys, unmap_key,
)

from beamish.stdlib.bifs.erlang import build_list, list_items
from beamish.stdlib.bifs.lists import OtpFrame

BADMAP = Atom("badmap")
BADKEY = Atom("badkey")
ERROR = Atom("error")
NONE = Atom("none")
FUNCTION_CLAUSE = Atom("function_clause")


def check_map(m: Any) -> dict:
    if type(m) is not dict:
        raise ErlangError((BADMAP, m))
    return m


def ordered_items(m: dict) -> list:
    """(key, value) pairs in OTP's listing order (note 1)."""
    if len(m) <= 1:
        return [(unmap_key(k), v) for k, v in m.items()]
    return [(key, m[map_key(key)]) for key in sorted_map_keys(m)]


@bif("maps", "new", 0)
def new() -> dict:
    return {}


def _failed_in(bif_name: str, reason: Any, args: tuple) -> ErlangError:
    """OTP's maps:get/2, is_key/2 and size/1 are the erlang BIFs map_get/2,
    is_map_key/2 and map_size/1, whose names its stack frames show."""
    return ErlangError(reason, args_for_trace=(OtpFrame("erlang", bif_name), args))


@bif("maps", "get", 2)
def get(key: Any, m: Any) -> Any:
    """Reached by apply/3 and funs only: the compiler makes a call of
    maps:get/2 a map_get/2 BIF call, as OTP's does, so the frame of a
    failure here is maps:get's own."""
    if type(m) is not dict:
        raise ErlangError((BADMAP, m))
    try:
        return m[map_key(key)]
    except KeyError:
        raise ErlangError((BADKEY, key)) from None


@bif("maps", "get", 3)
def get_3(key: Any, m: Any, default: Any) -> Any:
    return check_map(m).get(map_key(key), default)


@bif("maps", "find", 2)
def find(key: Any, m: Any) -> Any:
    found = check_map(m).get(map_key(key), _MISSING)
    return ERROR if found is _MISSING else (OK, found)


_MISSING = object()


@bif("maps", "is_key", 2)
def is_key(key: Any, m: Any) -> Atom:
    if type(m) is not dict:
        raise _failed_in("is_map_key", (BADMAP, m), (key, m))
    return TRUE if map_key(key) in m else FALSE


@bif("maps", "put", 3)
def put(key: Any, value: Any, m: Any) -> dict:
    updated = dict(check_map(m))
    updated[map_key(key)] = value
    return updated


@bif("maps", "update", 3)
def update(key: Any, value: Any, m: Any) -> dict:
    mapped = map_key(key)
    if mapped not in check_map(m):
        raise ErlangError((BADKEY, key))
    updated = dict(m)
    updated[mapped] = value
    return updated


@bif("maps", "remove", 2)
def remove(key: Any, m: Any) -> dict:
    mapped = map_key(key)
    if mapped not in check_map(m):
        return m
    updated = dict(m)
    del updated[mapped]
    return updated


@bif("maps", "take", 2)
def take(key: Any, m: Any) -> Any:
    mapped = map_key(key)
    if mapped not in check_map(m):
        return ERROR
    updated = dict(m)
    value = updated.pop(mapped)
    return (value, updated)


@bif("maps", "size", 1)
def size(m: Any) -> int:
    if type(m) is not dict:
        raise _failed_in("map_size", (BADMAP, m), (m,))
    return len(m)


@bif("maps", "keys", 1)
def keys(m: Any) -> Any:
    return build_list([key for key, _ in ordered_items(check_map(m))])


@bif("maps", "values", 1)
def values(m: Any) -> Any:
    return build_list([value for _, value in ordered_items(check_map(m))])


@bif("maps", "to_list", 1)
def to_list(m: Any) -> Any:
    return build_list(ordered_items(check_map(m)))


@bif("maps", "from_list", 1)
def from_list(pairs: Any) -> dict:
    """Later pairs win, as in OTP."""
    m = {}
    for pair in list_items(pairs):
        if type(pair) is not tuple or len(pair) != 2:
            raise badarg()
        m[map_key(pair[0])] = pair[1]
    return m


@bif("maps", "from_keys", 2)
def from_keys(keys_term: Any, value: Any) -> dict:
    return {map_key(key): value for key in list_items(keys_term)}


@bif("maps", "merge", 2)
def merge(first: Any, second: Any) -> dict:
    check_map(first)
    check_map(second)
    if not first:
        return second
    if not second:
        return first
    merged = dict(first)
    merged.update(second)
    return merged


@bif("maps", "intersect", 2)
def intersect(first: Any, second: Any) -> dict:
    """Keys in both; values from the second map."""
    check_map(first)
    check_map(second)
    return {k: v for k, v in second.items() if k in first}


@bif("maps", "with", 2)
def with_(keys_term: Any, m: Any) -> dict:
    check_map(m)
    if type(keys_term) is not list and keys_term is not NIL:
        raise badarg()
    picked = {}
    while type(keys_term) is list:
        mapped = map_key(keys_term[0])
        if mapped in m:
            picked[mapped] = m[mapped]
        keys_term = keys_term[1]
    if keys_term is not NIL:
        raise ErlangError(FUNCTION_CLAUSE)
    return picked


@bif("maps", "without", 2)
def without(keys_term: Any, m: Any) -> dict:
    check_map(m)
    if type(keys_term) is not list and keys_term is not NIL:
        raise badarg()
    remaining = dict(m)
    while type(keys_term) is list:
        remaining.pop(map_key(keys_term[0]), None)
        keys_term = keys_term[1]
    if keys_term is not NIL:
        raise ErlangError(FUNCTION_CLAUSE)
    return remaining


# ---------------------------------------------------------------- iterators


def chain(items: list) -> Any:
    """The iteration chain {K1, V1, {K2, V2, ... none}} of (key, value) pairs."""
    result = NONE
    for key, value in reversed(items):
        result = (key, value, result)
    return result


@bif("maps", "iterator", 1)
def iterator(m: Any) -> Any:
    return [0, check_map(m)]


@bif("maps", "next", 1)
def next_(it: Any) -> Any:
    if it is NONE:
        return NONE
    if type(it) is tuple and len(it) == 3:
        return it
    if type(it) is list and type(it[0]) is int and type(it[1]) is dict:
        items = ordered_items(it[1])[it[0]:]
        return chain(items)
    raise badarg()
