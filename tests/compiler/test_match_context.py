"""Match-context reuse: the rest of a binary passed to a matcher is not copied."""
from __future__ import annotations

from beamish.compiler import compile_source
from beamish.vm.opcodes import BY_NAME
from beamish.vm.terms import Atom

from tests.vm.helpers import call

SOURCE = """-module(t).
-export([count/1, keep/1]).
count(Bin) -> count(Bin, 0).
count(<<$,, Rest/binary>>, N) -> count(Rest, N + 1);
count(<<_, Rest/binary>>, N) -> count(Rest, N);
count(<<>>, N) -> N.
keep(<<_, Rest/binary>>) -> {Rest, byte_size(Rest)}.
"""


def tail_kinds(function: str, arity: int) -> list:
    module = compile_source(SOURCE, "t.erl")
    fn = next(f for f in module.functions if (f.name, f.arity) == (function, arity))
    return [ins[3][-1][5] for ins in fn.code if ins[0] == BY_NAME["bs_match"] and ins[3]]


def test_rest_passed_to_a_binary_matcher_is_a_context():
    assert set(tail_kinds("count", 2)) == {"context"}


def test_rest_used_otherwise_is_a_real_binary():
    assert tail_kinds("keep", 1) == ["bind"]


def test_results_are_those_of_plain_binaries():
    status, proc = call(SOURCE, "count", b"a,b,,c" * 1000)
    assert (status, proc.result) == ("exited", 3000)
    status, proc = call(SOURCE, "keep", b"xyz")
    assert proc.result == (b"yz", 2)


def test_a_function_clause_error_shows_the_binary_not_the_context():
    source = """-module(t).
-export([f/1]).
f(<<$a, Rest/binary>>) -> g(Rest).
g(<<$b, Rest/binary>>) -> g(Rest).
"""
    status, proc = call(source, "f", b"abbc")
    assert status == "crashed" and proc.exit_reason is Atom("function_clause")
    top = proc.exit_trace[0]
    assert top[1] is Atom("g") and top[2][0] == b"c"
