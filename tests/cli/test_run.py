"""`beamish run` driven as a user drives it: a subprocess, stdout, stderr, exit status."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def beamish(*args, cwd=None, cache=None, stdin=b""):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if cache is not None:
        env["BEAMISH_CACHE_DIR"] = str(cache)
    return subprocess.run([sys.executable, "-m", "beamish", *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=120, env=env)


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_hello_example_with_arguments(tmp_path):
    r = beamish("run", str(ROOT / "examples" / "hello.erl"), "Joe", cache=tmp_path)
    assert r.returncode == 0
    assert r.stdout == b"Hello, Joe!\n"


def test_main_gets_arguments_as_strings(tmp_path):
    f = write(tmp_path / "args.erl", '-module(args).\n-export([main/1]).\n'
              'main(Args) -> io:format("~p~n", [Args]).\n')
    r = beamish("run", str(f), "a", "b c", "1", cache=tmp_path)
    assert r.stdout == b'["a","b c","1"]\n' and r.returncode == 0


def test_halt_sets_the_exit_status_after_flushing(tmp_path):
    f = write(tmp_path / "h.erl", '-module(h).\n-export([main/1]).\n'
              'main(_) -> io:format("partial"), halt(3), io:format("never").\n')
    r = beamish("run", str(f), cache=tmp_path)
    assert (r.returncode, r.stdout) == (3, b"partial")


def test_uncaught_error_exits_127_with_an_erlang_report(tmp_path):
    f = write(tmp_path / "boom.erl", '-module(boom).\n-export([main/1]).\n'
              'main(_) -> io:format("before~n"), 1 = length([a, b]).\n')
    r = beamish("run", str(f), cache=tmp_path)
    assert r.returncode == 127
    assert r.stdout == b"before\n"
    assert b"escript: exception error: no match of right hand side value 2" in r.stderr
    assert b"Traceback" not in r.stderr


def test_syntax_error_has_file_line_col(tmp_path):
    f = write(tmp_path / "bad.erl", '#!/usr/bin/env escript\n-module(bad).\n-export([main/1]).\n'
              'main(_) ->\n    X = [1, 2,\n    ok.\n')
    r = beamish("run", str(f), cache=tmp_path)
    assert r.returncode == 127 and r.stdout == b""
    err = r.stderr.decode()
    assert err == f"{f}:6:7: syntax error before: '.'\nescript: There were compilation errors.\n"


def test_lint_error_reported_as_erlc_does(tmp_path):
    f = write(tmp_path / "lint.erl", '#!/usr/bin/env escript\n-module(lint).\n-mode(compile).\n'
              '-export([main/1]).\nmain(_) -> io:format("~p~n", [Y]).\n')
    r = beamish("run", str(f), cache=tmp_path)
    assert r.returncode == 127
    assert r.stdout.decode() == (f"{f}:5:31: variable 'Y' is unbound\n"
                                 "%    5| main(_) -> io:format(\"~p~n\", [Y]).\n"
                                 "%     |                               ^\n\n")


def test_a_module_on_the_code_path_is_loaded_on_first_call(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    write(lib / "greeter.erl", '-module(greeter).\n-export([greet/1]).\n'
          'greet(Name) -> "hi " ++ Name.\n')
    f = write(tmp_path / "main.erl", '-module(main).\n-export([main/1]).\n'
              'main(_) -> io:format("~s~n", [greeter:greet("there")]).\n')
    r = beamish("run", "-pa", str(lib), str(f), cache=tmp_path)
    assert (r.returncode, r.stdout) == (0, b"hi there\n")
    r = beamish("run", str(f), cache=tmp_path)
    assert r.returncode == 127 and b"undefined function greeter:greet/1" in r.stderr


def test_second_run_uses_the_compile_cache(tmp_path):
    cache = tmp_path / "cache"
    f = write(tmp_path / "c.erl", '-module(c).\n-export([main/1]).\nmain(_) -> ok.\n')
    assert beamish("run", str(f), cache=cache).returncode == 0
    entries = list(cache.rglob("*.pickle"))
    assert entries
    before = {p: p.stat().st_mtime_ns for p in entries}
    assert beamish("run", str(f), cache=cache).returncode == 0
    assert {p: p.stat().st_mtime_ns for p in cache.rglob("*.pickle")} == before


def test_disasm_lists_opcodes_from_the_table(tmp_path):
    f = write(tmp_path / "d.erl", '-module(d).\n-export([f/1]).\n'
              'f(N) when N < 2 -> N;\nf(N) -> f(N - 1) + f(N - 2).\n')
    r = beamish("disasm", str(f))
    out = r.stdout.decode()
    assert r.returncode == 0
    for name in ("is_lt", "sub", "call", "add", "return", "func_clause"):
        assert name in out
