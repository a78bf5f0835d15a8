"""The names OTP 25 prints for funs made by erl_eval.

Why: OTP's erl_eval makes its funs from one fun expression per arity, so a
shell user sees ``#Fun<erl_eval.42.3316493>`` for every one-argument fun.
beamish's erl_eval.erl numbers its fun expressions differently; this BIF
gives its funs the index and uniq of OTP 25.2's erl_eval (a plain fun of
arity N is 43-N, a named one 20-N, uniq 3316493), so they print the same.
The copy shares code and environment, so it behaves exactly as the original.
"""
from __future__ import annotations

from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, BADARG
from beamish.vm.terms import Atom, Fun

_OTP_UNIQ = 3316493
_NAMED = Atom("named")


@bif("erl_eval_funs", "otp_label", 2)
def otp_label(fun, kind):
    """The fun relabelled as OTP's erl_eval labels a ``kind`` (plain | named) fun."""
    if type(fun) is not Fun or fun.code is None:
        raise ErlangError(BADARG)
    index = (20 if kind is _NAMED else 43) - fun.arity
    return Fun(fun.module, fun.name, fun.arity, fun.code, fun.env, index, _OTP_UNIQ)
