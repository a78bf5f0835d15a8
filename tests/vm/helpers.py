"""Compile Erlang source in a test and run one function to its end."""
from __future__ import annotations

from beamish.compiler import compile_source
from beamish.stdlib import load_stdlib, stdlib_erl_dir
from beamish.vm.runtime import Runtime


def load(source: str, name: str = "t"):
    load_stdlib()
    runtime = Runtime(stdlib_dirs=[stdlib_erl_dir()],
                      compile_module=lambda path: __import__("beamish.compiler", fromlist=["x"]).compile_file(path))
    module = runtime.load(compile_source(source, f"{name}.erl"))
    return runtime, module


def start(source: str, function: str, args: list, name: str = "t"):
    runtime, module = load(source, name)
    fc = module.functions[(function, len(args))]
    return runtime, runtime.spawn(fc, args)


def call(source: str, function: str, *args):
    """Run function(args) in a fresh runtime; returns (status, process)."""
    runtime, proc = start(source, function, list(args))
    status = runtime.run_until(proc)
    return status, proc
