"""``beamish eval`` and ``-s`` as a user runs them."""
from __future__ import annotations

from .helpers import beamish


def test_eval_prints_the_last_value(tmp_path):
    r = beamish("eval", "X = lists:seq(1, 3), lists:sum(X). {done, X}.", cwd=tmp_path)
    assert (r.stdout, r.stderr, r.returncode) == (b"{done,[1,2,3]}\n", b"", 0)


def test_eval_output_of_io_comes_before_the_value(tmp_path):
    r = beamish("eval", 'io:format("side~n"), 42.', cwd=tmp_path)
    assert r.stdout == b"side\n42\n"


def test_eval_reports_an_exception_in_erl_s_words(tmp_path):
    r = beamish("eval", "1 / 0.", cwd=tmp_path)
    assert r.returncode == 1 and r.stdout == b""
    assert r.stderr.decode().startswith(
        "** exception error: an error occurred when evaluating an arithmetic expression\n")


def test_eval_reports_unbound_variables_and_syntax_errors(tmp_path):
    assert beamish("eval", "Y + 1.", cwd=tmp_path).stderr == b"* 1:1: variable 'Y' is unbound\n"
    assert beamish("eval", "1 + .", cwd=tmp_path).stderr == b"* 1:5: syntax error before: '.'\n"


def test_s_calls_mod_fun_with_atom_arguments(tmp_path):
    (tmp_path / "boot.erl").write_text(
        '-module(boot).\n-export([go/1, start/0]).\n'
        'go(Args) -> io:format("go ~p~n", [Args]).\n'
        'start() -> io:format("started~n").\n')
    r = beamish("-noshell", "-s", "boot", "go", "a", "b", cwd=tmp_path)
    assert (r.stdout, r.returncode) == (b"go [a,b]\n", 0)
    r = beamish("-noshell", "-s", "boot", cwd=tmp_path)
    assert r.stdout == b"started\n"


def test_s_then_the_shell(tmp_path):
    (tmp_path / "boot.erl").write_text('-module(boot).\n-export([start/0]).\n'
                                       'start() -> put(x, 1), io:format("started~n").\n')
    r = beamish("-s", "boot", "--no-tty", cwd=tmp_path, stdin=b"1 + 1.\n")
    lines = r.stdout.split(b"\n")
    assert lines[0] == b"started" and lines[2] == b"1> 2"
