"""Exception reasons in erl_error's words (the part the escript report needs).

The full formatter, with argument positions for badarg and the shell's
``** exception error:`` layout, belongs to the exceptions issue.
"""
from __future__ import annotations

from typing import Any

from ..vm.terms import Atom, to_pylist
from .printer import print_term

_ERROR = Atom("error")
_EXIT = Atom("exit")
_THROW = Atom("throw")


def _p(term: Any, column: int) -> str:
    return print_term(term, column=column)


def explain_error(reason: Any, column: int = 1) -> str:
    if type(reason) is Atom:
        text = {
            "badarith": "an error occurred when evaluating an arithmetic expression",
            "badarg": "bad argument",
            "function_clause": "no function clause matching",
            "if_clause": "no true branch found when evaluating an if expression",
            "undef": "undefined function",
            "system_limit": "a system limit has been reached",
            "noproc": "no such process or port",
        }.get(reason.name)
        if text is not None:
            return text
    if type(reason) is tuple and len(reason) == 2 and type(reason[0]) is Atom:
        tag, value = reason[0].name, reason[1]
        if tag == "badmatch":
            return "no match of right hand side value " + _p(value, column + 34)
        if tag == "case_clause":
            return "no case clause matching " + _p(value, column + 24)
        if tag == "try_clause":
            return "no try clause matching " + _p(value, column + 23)
        if tag == "badfun":
            return "bad function " + _p(value, column + 13)
        if tag == "badarity":
            return "bad function arity"
        if tag == "badkey":
            return "bad key: " + _p(value, column + 9)
        if tag == "badmap":
            return "bad map: " + _p(value, column + 9)
        if tag == "badrecord":
            return "bad record " + _p(value, column + 11)
    return _p(reason, column)


def _top_frame(trace):
    if type(trace) is list and type(trace[0]) is tuple and len(trace[0]) == 4:
        return trace[0]
    return None


def format_exception(class_: Atom, reason: Any, trace: Any = None) -> str:
    if class_ is _ERROR:
        top = _top_frame(trace)
        if top is not None and reason in (Atom("undef"), Atom("function_clause")):
            m, f, args = top[0], top[1], top[2]
            arity = args if type(args) is int else len(to_pylist(args))
            what = "undefined function" if reason is Atom("undef") else "no function clause matching"
            return f"error: {what} {m.name}:{f.name}/{arity}"
        return "error: " + explain_error(reason, 26)
    return f"{class_.name}: " + _p(reason, 19 + len(class_.name))


def crash_report(pid_text: str, exit_value: Any) -> str:
    """The logger's default report for a process that died of an error (OTP 25)."""
    import datetime
    now = datetime.datetime.now()
    stamp = now.strftime("%d-%b-%Y::%H:%M:%S.") + f"{now.microsecond:06d}"
    return (f"=ERROR REPORT==== {stamp} ===\n"
            f"Error in process {pid_text} with exit value:\n"
            f"{print_term(exit_value)}\n\n")
