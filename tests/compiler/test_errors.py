"""erlc's compile-time errors and warnings, word for word (OTP 25 output)."""
from __future__ import annotations

import pytest

from beamish.compiler import CompileError, compile_source


def diagnostics(source: str):
    try:
        compiled = compile_source(source, "e.erl")
    except CompileError as e:
        return [f"{l}:{c}: {m}" for _, l, c, m in e.diagnostics], [f"{l}:{c}: {m}" for _, l, c, m in e.warnings]
    return [], [f"{l}:{c}: {m}" for _, l, c, m in compiled.warnings]


E1 = """-module(e1).
-export([main/1, missing/0]).
main(X) ->
    Y = Z + 1,
    case X of
        a -> W = 1;
        b -> ok
    end,
    foo(W),
    undefined_fn(3).
foo(A) when bar(A) -> A;
foo([1 + X]) -> ok.
unused(B) -> ok.
"""


def test_lint_errors_and_warnings_match_erlc():
    errors, warnings = diagnostics(E1)
    assert errors == [
        "2:2: function missing/0 undefined",
        "4:9: variable 'Z' is unbound",
        "9:9: variable 'W' unsafe in 'case' (line 5, column 5)",
        "10:5: function undefined_fn/1 undefined",
        "11:13: illegal guard expression",
        "12:8: illegal pattern",
    ]
    assert warnings == [
        "4:5: variable 'Y' is unused",
        "13:1: function unused/1 is unused",
        "13:8: variable 'B' is unused",
    ]


def test_head_mismatch_is_reported_with_the_rest():
    errors, _ = diagnostics("-module(e2).\n-export([f/1]).\nf(X) -> X;\ng(Y) -> Y.\n")
    assert errors == ["4:1: head mismatch", "2:2: function f/1 undefined"]


def test_guard_and_pattern_errors():
    errors, warnings = diagnostics(
        "-module(e3).\n-export([f/1]).\nf(X) when X + foo() -> ok;\nf(#{a => X}) -> X;\n"
        "f(X) -> Unused = 1, X.\n")
    assert errors == ["3:15: illegal guard expression", "4:7: illegal pattern",
                      "4:17: variable 'X' is unbound"]
    assert warnings == ["5:9: variable 'Unused' is unused"]


def test_warnings_do_not_stop_compilation():
    compiled = compile_source("-module(w).\n-export([f/0]).\nf() -> X = 1, ok.\n", "w.erl")
    assert [m for *_, m in compiled.warnings] == ["variable 'X' is unused"]


@pytest.mark.parametrize("source, message", [
    ("-module(s).\nf() -> [1, 2.\n", "2:13: syntax error before: '.'"),
    ("-module(s).\nf() -> case 1 of _ -> ok.\n", "2:25: syntax error before: '.'"),
    ("-module(s).\nf() -> ) .\n", "2:8: syntax error before: ')'"),
])
def test_syntax_errors(source, message):
    errors, _ = diagnostics(source)
    assert errors[0] == message
