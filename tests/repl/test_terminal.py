"""The shell in a real pseudo-terminal (pexpect), driven as a person would."""
from __future__ import annotations

import sys
import time

import pytest

from .helpers import shell_env

pexpect = pytest.importorskip("pexpect")


def start(tmp_path, history=None):
    env = shell_env(BEAMISH_HISTORY=str(history or tmp_path / "history"))
    child = pexpect.spawn(sys.executable, ["-m", "beamish"], cwd=str(tmp_path), env=env,
                          encoding="utf-8", timeout=60, dimensions=(30, 100))
    child.expect("Beamish shell V")
    child.expect("1>")
    return child


def leave(child):
    child.expect(r"\d+>")     # keys typed before the editor runs would reach the tty driver
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.wait()
    assert child.exitstatus == 0


def test_multiline_bindings_errors_and_forgetting(tmp_path):
    child = start(tmp_path)
    child.sendline("X = [1,")
    child.sendline("2].")
    child.expect(r"\[1,2\]\r\n")
    child.expect("2>")
    child.sendline("1 / 0.")
    child.expect(r"\*\* exception error: an error occurred when evaluating an arithmetic expression")
    child.expect("called as 1 / 0")
    child.expect("3>")
    child.sendline("lists:sum(X).")   # the bindings survived the evaluator's restart
    child.expect("3\r\n")
    child.expect("4>")
    child.sendline("f(X).")
    child.expect("ok")
    child.expect("5>")
    child.sendline("X.")
    child.expect("\\* 1:1: variable 'X' is unbound")
    leave(child)


def test_c_compiles_and_loads_a_module(tmp_path):
    (tmp_path / "greet.erl").write_text("-module(greet).\n-export([hi/1]).\n"
                                        "hi(Name) -> {hello, Name}.\n")
    child = start(tmp_path)
    child.sendline("c(greet).")
    child.expect(r"\{ok,greet\}")
    child.expect("2>")
    child.sendline("greet:hi(joe).")
    child.expect(r"\{hello,joe\}")
    leave(child)


def test_ctrl_c_interrupts_an_endless_loop_and_keeps_everything_else(tmp_path):
    child = start(tmp_path)
    child.sendline("Keep = 7, register(keeper, spawn(fun() -> receive stop -> ok end end)).")
    child.expect("true")
    child.expect("2>")
    child.sendline("fun Loop() -> Loop() end().")
    time.sleep(1.0)
    child.sendintr()
    child.expect(r"\*\* exception exit: killed")
    child.expect("3>")
    child.sendline("{Keep, is_pid(whereis(keeper))}.")
    child.expect(r"\{7,true\}")
    leave(child)


def test_tab_completes_exported_functions(tmp_path):
    child = start(tmp_path)
    child.send("lists:fo\t")
    child.expect("foldl/3")
    child.expect("foreach/2")
    child.send("\t")          # choose the first: lists:foldl(
    child.send("fun(A, B) -> A + B end, 0, [1,2,3]).\r")
    child.expect("6\r\n")
    leave(child)


def test_output_of_other_processes_appears_while_typing(tmp_path):
    child = start(tmp_path)
    child.sendline("spawn(fun() -> timer:sleep(300), io:format(\"late hello~n\") end), ok.")
    child.expect("ok")
    child.expect("2>")
    child.send("1 +")          # a half-typed line when the output arrives
    child.expect("late hello")
    child.send(" 1.\r")
    child.expect("2\r\n")
    leave(child)


def test_history_is_kept_between_sessions(tmp_path):
    history = tmp_path / "history"
    child = start(tmp_path, history)
    child.sendline("remembered_atom.")
    child.expect("remembered_atom\r\n")
    leave(child)
    assert "remembered_atom." in history.read_text()
    child = start(tmp_path, history)
    child.send("\x1b[A")      # Up: the previous session's last entry
    child.expect("remembered_atom")
    child.send("\r")
    child.expect("remembered_atom\r\n")
    leave(child)


def test_ctrl_r_searches_the_history(tmp_path):
    child = start(tmp_path)
    child.sendline("searched_for = searched_for.")
    child.expect("searched_for\r\n")
    child.expect("2>")
    child.sendline("other.")
    child.expect("other\r\n")
    child.expect("3>")
    child.sendcontrol("r")
    child.send("searched")
    child.expect("searched\x1b\\[0m_for")  # the match, highlighted in the entry it found
    child.send("\r")          # take the match into the line
    child.send("\r")          # and evaluate it
    child.expect("searched_for\r\n")
    leave(child)


def test_halt_from_another_process_ends_the_shell_with_its_status(tmp_path):
    child = start(tmp_path)
    child.sendline("spawn(fun() -> timer:sleep(500), halt(5) end), ok.")
    child.expect("ok")
    child.expect(pexpect.EOF)
    child.wait()
    assert child.exitstatus == 5
