"""What erlc-compiled code shows, which eunit's reports are made of.

otp_compiled/compiled.erl prints fun names (numbered in the order OTP 25's
v3_core visits expressions: lists tail first, tuple elements and call
arguments right to left, a fun after the funs inside it), stack traces of a
fun applied in place (inlined: the enclosing function's frame), of a fun with
a captured variable (its arity counts it), of code after ``-file`` (the named
file and renumbered lines), and module_info. compiled.out was recorded with
``erlc -o T compiled.erl && erl -noshell -pa T -eval 'compiled:main([]), halt().'``
from the repository root (a compiled module, not escript's interpreter).
"""
from __future__ import annotations

import io
import os
from pathlib import Path

from beamish.compiler import compile_file
from beamish.stdlib import load_stdlib, stdlib_erl_dir
from beamish.vm.runtime import Runtime
from beamish.vm.terms import NIL

ROOT = Path(__file__).resolve().parents[2]
CASE = Path(__file__).resolve().parent / "otp_compiled"


def test_compiled_module_matches_erlc(monkeypatch):
    monkeypatch.chdir(ROOT)  # the file is named relative to the root, as erlc was given it
    load_stdlib()
    compiled = compile_file(os.path.relpath(CASE / "compiled.erl", ROOT), use_cache=False)
    runtime = Runtime(stdlib_dirs=[stdlib_erl_dir()], compile_module=compile_file)
    runtime.stdout = io.BytesIO()
    module = runtime.load(compiled)
    proc = runtime.spawn(module.functions[("main", 1)], [NIL])
    assert runtime.run_until(proc) == "exited"
    assert runtime.stdout.getvalue().decode() == (CASE / "compiled.out").read_text()
