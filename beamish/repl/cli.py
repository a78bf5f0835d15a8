"""The shell's part of the command line: ``beamish`` (no command) and
``beamish shell`` open the shell, ``beamish eval 'Exprs.'`` prints the value of
the last expression, and ``-s Mod [Fun [Args]]`` calls ``Mod:Fun(Args)`` first,
as ``erl -s`` does (Args as a list of atoms; Fun defaults to ``start``);
``-noshell`` then exits instead of opening the shell.
"""
from __future__ import annotations

import argparse
import sys

from ..grammar.errors import ErlangSyntaxError
from ..vm.interp import Halt


def add_arguments(parser: argparse.ArgumentParser, sub) -> None:
    parser.add_argument("--no-tty", action="store_true",
                        help="read expressions from stdin as erl does when it is not a terminal")
    parser.add_argument("-s", dest="start", nargs="+", metavar="MOD [FUN [ARG ...]]",
                        help="call MOD:FUN([ARG, ...]) (atoms) at start, as erl -s")
    parser.add_argument("-noshell", action="store_true", help="with -s: do not open the shell")
    sub.add_parser("shell", help="the interactive shell (the default)")
    ev = sub.add_parser("eval", help="evaluate expressions and print the last value")
    ev.add_argument("expressions", help="Erlang expressions, each ending in '.'")


def run(args: argparse.Namespace) -> int:
    if args.command == "eval":
        return evaluate(args.expressions)
    if args.start and args.noshell:
        return start_only(args.start)
    if args.no_tty or not sys.stdin.isatty():
        from .piped import run_piped
        return run_piped(start=args.start)
    from .repl import run_interactive
    return run_interactive(start=args.start)


def start_call(start: list[str]) -> str:
    """erl -s Mod Fun Args as the expression text the shell evaluates."""
    module = start[0]
    function = start[1] if len(start) > 1 else "start"
    args = start[2:]
    quoted = ",".join("'" + a.replace("\\", "\\\\").replace("'", "\\'") + "'" for a in args)
    call_args = f"[{quoted}]" if len(start) > 2 else ""
    return f"'{module}':'{function}'({call_args})."


def evaluate(text: str) -> int:
    """beamish eval: like erl -noshell -eval, plus the last value printed (~p)."""
    from .expressions import parse_exprs, split_expressions
    from .session import EvaluationFailed, ShellError, Session
    out = sys.stdout.buffer
    session = Session(out.write, out.flush, encoding="unicode")
    found, rest = split_expressions(text if text.rstrip().endswith(".") else text + ".")
    try:
        value = None
        for expression in found:
            value = session.eval_exprs(parse_exprs(expression))
        if value is not None:
            session.write(session.format_value(value) + "\n")
        return 0
    except Halt as halt:
        return halt.status if type(halt.status) is int else 1
    except ShellError as err:
        _fail(session, err.text)
    except EvaluationFailed as err:
        _fail(session, session.format_exception(err.class_, err.reason, err.trace))
    except ErlangSyntaxError as err:
        _fail(session, f"* {err.line}:{err.col}: {err.message}")
    return 1


def _fail(session, text: str) -> None:
    session.close()
    sys.stderr.write(text + "\n")


def start_only(start: list[str]) -> int:
    """-s with -noshell: make the call, let the processes it started finish, exit."""
    from .session import EvaluationFailed, Session
    from .expressions import parse_exprs
    out = sys.stdout.buffer
    session = Session(out.write, out.flush, encoding="unicode")
    try:
        session.eval_exprs(parse_exprs(start_call(start)))
        session.wait_idle()
        return 0
    except Halt as halt:
        return halt.status if type(halt.status) is int else 1
    except EvaluationFailed as err:
        session.close()
        sys.stderr.write(session.format_exception(err.class_, err.reason, err.trace) + "\n")
        return 1
