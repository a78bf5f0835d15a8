"""The interpreter loop: resumable slices, deep recursion, tail calls, fault isolation."""
from __future__ import annotations

import pytest

from beamish.vm.bif_registry import BIFS, bif
from beamish.vm.interp import run
from beamish.vm.terms import Atom, from_iterable, to_pylist

from .helpers import call, start

FIB = """
-module(t).
-export([fib/1, sum_to/1, count_down/2, nrev/1]).
fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
sum_to(0) -> 0;
sum_to(N) -> N + sum_to(N - 1).
count_down(0, Acc) -> Acc;
count_down(N, Acc) -> count_down(N - 1, Acc + 1).
nrev([]) -> [];
nrev([H | T]) -> nrev(T) ++ [H].
"""


@pytest.mark.parametrize("budget", [1, 2, 7, 100, 4000])
def test_slices_of_n_reductions_give_the_same_result(budget):
    runtime, proc = start(FIB, "fib", [15])
    slices = 0
    while True:
        status = run(proc, budget)
        slices += 1
        if status != "yield":
            break
    assert status == "exited"
    assert proc.result == 610
    # fib(15) makes 1973 calls: the number of slices shows the budget was honoured
    assert slices >= 1973 // budget


def test_slices_resume_mid_list_building():
    runtime, proc = start(FIB, "nrev", [from_iterable(range(50))])
    while run(proc, 3) == "yield":
        pass
    assert to_pylist(proc.result) == list(reversed(range(50)))


def test_a_million_frames_of_body_recursion():
    status, proc = call(FIB, "sum_to", 1_000_000)
    assert status == "exited"
    assert proc.result == 500000500000


def test_tail_calls_run_in_constant_space():
    runtime, proc = start(FIB, "count_down", [200_000, 0])
    deepest = 0
    while run(proc, 1000) == "yield":
        deepest = max(deepest, len(proc.stack))
    assert proc.result == 200_000
    assert deepest == 0


def test_an_internal_defect_crashes_only_its_process():
    @bif("t_fault", "boom", 0)
    def boom():
        return 1 // 0

    try:
        src = """
-module(t).
-export([f/0, g/0]).
f() -> t_fault:boom().
g() -> ok.
"""
        status, proc = call(src, "f")
        assert status == "crashed"
        reason = proc.exit_reason
        assert reason[0] is Atom("beamish_internal")
        assert reason[1][0] is Atom("ZeroDivisionError")
        status, proc = call(src, "g")
        assert status == "exited" and proc.result is Atom("ok")
    finally:
        BIFS.pop(("t_fault", "boom", 0), None)
