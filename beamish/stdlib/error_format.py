"""Exception reasons in erl_error's words (the part the escript report needs).

The full formatter, with argument positions for badarg and the shell's
``** exception error:`` layout, belongs to the exceptions issue.
"""
from __future__ import annotations

from typing import Any

from ..vm.terms import NIL, Atom, to_pylist
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
    """``error: Reason`` plus the stack as erl_error prints it (``in function ...``)."""
    if class_ is _ERROR:
        top = _top_frame(trace)
        if top is not None and reason is Atom("undef"):
            m, f, args = top[0], top[1], top[2]
            arity = args if type(args) is int else len(to_pylist(args))
            head = f"error: undefined function {m.name}:{f.name}/{arity}"
            trace = trace[1]
        elif top is not None and reason is Atom("function_clause") and type(top[2]) is not int:
            m, f, args = top[0], top[1], top[2]
            shown = ",".join(print_term(a) for a in to_pylist(args))
            call = f"{m.name}:{f.name}({shown}){_location(top[3])}"
            head = "error: no function clause matching " + (
                call if len(call) + 52 <= 80 else "\n                 " + call)
            trace = trace[1]
        else:
            head = "error: " + explain_error(reason, 26)
    else:
        head = f"{class_.name}: " + _p(reason, 19 + len(class_.name))
    return head + "".join(_stack_lines(trace))


_OPERATORS = {"+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr", "and",
              "or", "xor", "not", "bnot", "==", "/=", "=<", "<", ">=", ">", "=:=", "=/=",
              "++", "--", "!"}


def _location(info) -> str:
    file = line = None
    try:
        for item in to_pylist(info):
            if type(item) is tuple and len(item) == 2 and type(item[0]) is Atom:
                if item[0].name == "file":
                    file = "".join(chr(c) for c in to_pylist(item[1]))
                elif item[0].name == "line":
                    line = item[1]
    except (ValueError, TypeError):
        return ""
    if file is None:
        return ""
    import os
    return f" ({os.path.basename(file)}, line {line})" if line else f" ({os.path.basename(file)})"


def _stack_lines(trace):
    try:
        frames = to_pylist(trace) if trace is not None else []
    except ValueError:
        return []
    lines = []
    for i, frame in enumerate(frames):
        if type(frame) is not tuple or len(frame) != 4:
            continue
        m, f, args, info = frame
        if type(m) is not Atom or type(f) is not Atom:
            continue
        lead = "  in function  " if i == 0 else "  in call from "
        is_list_args = type(args) is list or args is NIL
        arity = len(to_pylist(args)) if is_list_args else args
        if m.name == "erlang" and f.name in _OPERATORS:
            lines.append(f"\n  in operator  {f.name}/{arity}" if i == 0 else f"\n{lead}erlang:{f.name}/{arity}")
            if is_list_args and i == 0:
                items = to_pylist(args)
                shown = [print_term(a) for a in items]
                lines.append("\n     called as " + (f" {f.name} ".join(shown) if len(shown) == 2
                                                     else f"{f.name} {shown[0]}" if shown else f.name))
            continue
        name = f.name if m.name == "erlang" else f"{m.name}:{f.name}"
        lines.append(f"\n{lead}{name}/{arity}{_location(info)}")
        if is_list_args and i == 0:
            shown = ",".join(print_term(a) for a in to_pylist(args))
            lines.append(f"\n     called as {name}({shown})")
    return lines


def crash_report(pid_text: str, exit_value: Any) -> str:
    """The logger's default report for a process that died of an error (OTP 25)."""
    import datetime
    now = datetime.datetime.now()
    stamp = now.strftime("%d-%b-%Y::%H:%M:%S.") + f"{now.microsecond:06d}"
    return (f"=ERROR REPORT==== {stamp} ===\n"
            f"Error in process {pid_text} with exit value:\n"
            f"{print_term(exit_value)}\n\n")
