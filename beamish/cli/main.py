"""The ``beamish`` command: ``run`` an escript-style file, ``disasm`` one;
with no command (or ``shell``, ``eval``, ``-s``) the shell (beamish/repl/cli.py).

``beamish run FILE.erl ARGS`` behaves as ``escript FILE.erl ARGS`` on OTP 25:
main/1 gets the arguments as strings; exit status 0 when it returns, N after
halt(N), 127 after an uncaught exception or a compile error. Diagnostics go
to stderr (DIFFERENCES.md: escript prints lint errors on stdout).
"""
from __future__ import annotations

import argparse
import sys

from .. import __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="beamish", description="An Erlang interpreter in Python.")
    p.add_argument("--version", action="version", version=f"beamish {__version__}")
    sub = p.add_subparsers(dest="command")
    run = sub.add_parser("run", help="run an escript-style .erl file (calls main/1)")
    run.add_argument("-pa", dest="code_path", action="append", default=[], metavar="DIR",
                     help="add DIR to the code path")
    run.add_argument("-I", dest="include", action="append", default=[], metavar="DIR",
                     help="add DIR to the include path")
    run.add_argument("--no-cache", action="store_true", help="do not use the compile cache")
    run.add_argument("--no-deadlock-exit", action="store_true",
                     help="when every process waits forever, hang as OTP does")
    run.add_argument("file")
    run.add_argument("args", nargs=argparse.REMAINDER)
    dis = sub.add_parser("disasm", help="print the bytecode of a module")
    dis.add_argument("-I", dest="include", action="append", default=[], metavar="DIR")
    dis.add_argument("file")
    from ..repl.cli import add_arguments as add_shell_arguments
    add_shell_arguments(p, sub)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _parser().parse_args(argv)
    if args.command == "run":
        from .run import run_script
        return run_script(args.file, args.args, code_path=args.code_path,
                          include_path=args.include, use_cache=not args.no_cache,
                          deadlock_exit=not args.no_deadlock_exit)
    if args.command == "disasm":
        from .disasm import disasm_file
        return disasm_file(args.file, args.include)
    from ..repl.cli import run as run_shell
    return run_shell(args)
