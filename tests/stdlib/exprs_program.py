"""Turn an expression list (tests/stdlib/exprs/NAME.txt) into an escript program.

Each non-blank, non-comment line of NAME.txt is one Erlang expression. The
program prints, per expression, ``N: {ok,Value}`` or ``N: {Class,Reason,Frame}``
where Frame is the top stack frame as {Module,Function,ArgsOrArity} (funs among
the arguments shown as a_fun). The same
program runs under real OTP (regen_exprs.py records NAME.out) and under
beamish (test_otp_exprs.py compares), so the goldens are never written by hand.
"""
from __future__ import annotations

from pathlib import Path

EXPRS_DIR = Path(__file__).parent / "exprs"


def expressions(name: str) -> list[str]:
    lines = (EXPRS_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("%")]


def program(name: str) -> str:
    funs = ",\n".join(f"     fun() -> {expr} end" for expr in expressions(name))
    return f"""%% -*- coding: utf-8 -*-
-module(exprs_{name}).
-mode(compile).
-export([main/1]).

main(_) ->
    show(1, [
{funs}]).

show(_, []) -> ok;
show(N, [F | Rest]) ->
    Result = try {{ok, F()}} catch Class:Reason:Stack -> {{Class, Reason, top(Stack)}} end,
    io:format("~w: ~w~n", [N, Result]),
    show(N + 1, Rest).

top([{{M, F, A, _}} | _]) when is_list(A) -> {{M, F, [plain(X) || X <- A]}};
top([{{M, F, A, _}} | _]) -> {{M, F, A}};
top(_) -> none.

%% A fun prints with a hash of its code, which differs between systems.
plain(X) when is_function(X) -> a_fun;
plain(X) -> X.
"""
