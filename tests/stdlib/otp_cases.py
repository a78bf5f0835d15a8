"""Shared by the BIF tests: building terms for OTP-recorded cases and checking them.

A case is (call, arguments, expected): the Erlang call text that was run under
OTP 25, the arguments as beamish terms, and OTP's answer (a term, or Err(Reason)).
"""
from __future__ import annotations

import pytest

from beamish.stdlib import load_stdlib
from beamish.vm.bif_registry import BIFS
from beamish.vm.errors import ErlangError
from beamish.vm.terms import NIL, exact_eq, from_iterable, map_key

load_stdlib()


def S(text: str):
    return from_iterable(ord(ch) for ch in text)


def L(*items, tail=NIL):
    return from_iterable(items, tail)


def M(*pairs):
    return {map_key(key): value for key, value in pairs}


class Err:
    def __init__(self, reason):
        self.reason = reason


def call(text: str, args: list):
    module, name = text.split("(", 1)[0].split(":", 1)
    return BIFS[(module, name.strip("'"), len(args))](*args)


def check(text: str, args: list, expected) -> None:
    if isinstance(expected, Err):
        with pytest.raises(ErlangError) as raised:
            call(text, args)
        assert exact_eq(raised.value.reason, expected.reason), raised.value.reason
    else:
        result = call(text, args)
        assert exact_eq(result, expected), result
