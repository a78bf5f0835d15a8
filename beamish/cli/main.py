"""The ``beamish`` command: ``run`` an escript-style file, ``test`` modules
with eunit (cli/test.py), ``compile`` them like erlc (cli/compile.py),
``disasm`` one; with no command (or ``shell``, ``eval``, ``-s``) the shell
(beamish/repl/cli.py).

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
    run.add_argument("--sandbox", action="store_true",
                     help="refuse os:cmd, open_port and file writes outside the working directory")
    run.add_argument("file")
    run.add_argument("args", nargs=argparse.REMAINDER)
    test = sub.add_parser("test", help="compile with TEST defined and run eunit on the modules")
    test.add_argument("-v", "--verbose", action="store_true", help="eunit's verbose report")
    test.add_argument("-I", dest="include", action="append", default=[], metavar="DIR")
    test.add_argument("-D", dest="define", action="append", default=[], metavar="NAME[=VAL]")
    test.add_argument("--no-cache", action="store_true", help="do not use the compile cache")
    test.add_argument("paths", nargs="+", metavar="FILE.erl|DIR")
    comp = sub.add_parser("compile", help="check and compile like erlc")
    comp.add_argument("-o", dest="output", default=".", metavar="DIR")
    comp.add_argument("-I", dest="include", action="append", default=[], metavar="DIR")
    comp.add_argument("-D", dest="define", action="append", default=[], metavar="NAME[=VAL]")
    comp.add_argument("-W", dest="warnings", action="append", default=[], nargs="?", const="",
                      metavar="0|error")
    comp.add_argument("files", nargs="+", metavar="FILE.erl")
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
                          deadlock_exit=not args.no_deadlock_exit, sandbox=args.sandbox)
    if args.command == "test":
        from .test import run_tests
        return run_tests(args.paths, args.verbose, args.include, args.define,
                         use_cache=not args.no_cache)
    if args.command == "compile":
        from .compile import compile_files
        return compile_files(args.files, args.output, args.include, args.define, args.warnings)
    if args.command == "disasm":
        from .disasm import disasm_file
        return disasm_file(args.file, args.include)
    from ..repl.cli import run as run_shell
    return run_shell(args)
