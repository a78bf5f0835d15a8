"""Erlang exceptions as they travel through Python code.

A BIF signals an Erlang exception by raising ErlangError; the VM catches it at
the instruction that called the BIF, adds the stack trace, and unwinds Erlang
frames to the nearest ``try``/``catch``. ``class_`` is one of the atoms
``error``, ``exit`` or ``throw``.
"""
from __future__ import annotations

from typing import Any

from .terms import Atom

ERROR = Atom("error")
EXIT = Atom("exit")
THROW = Atom("throw")
BADARG = Atom("badarg")
BADARITH = Atom("badarith")
UNDEF = Atom("undef")
FUNCTION_CLAUSE = Atom("function_clause")
IF_CLAUSE = Atom("if_clause")
SYSTEM_LIMIT = Atom("system_limit")


class ErlangError(Exception):
    """An Erlang exception: class, reason and (once known) stack trace.

    ``args_for_trace`` lets a BIF that fails with badarg put its arguments in
    the top frame of the stack trace, as OTP does; ``error_info`` is that
    frame's info list when the BIF gives one (``[{error_info, #{...}}]``).
    """

    def __init__(self, reason: Any, class_: Atom = ERROR, stacktrace: Any = None,
                 args_for_trace: Any = None, bif_frame: bool = True, caller_args: Any = None,
                 error_info: Any = None):
        super().__init__(reason)
        self.reason = reason
        self.class_ = class_
        self.stacktrace = stacktrace
        self.args_for_trace = args_for_trace
        self.bif_frame = bif_frame      # False: the BIF raised on purpose (error/1, throw/1)
        self.caller_args = caller_args  # error/2,3: the args shown in the caller's frame
        self.error_info = error_info


def badarg() -> ErlangError:
    return ErlangError(BADARG)


def badarith() -> ErlangError:
    return ErlangError(BADARITH)


def error(reason: Any) -> ErlangError:
    return ErlangError(reason)
