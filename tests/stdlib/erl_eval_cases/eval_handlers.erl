#!/usr/bin/env escript
-module(eval_handlers).
-export([main/1]).
-mode(compile).
%% erl_eval's local and non-local function handlers, against OTP 25.

parse(S) ->
    {ok, T, _} = erl_scan:string(S),
    {ok, E} = erl_parse:parse_exprs(T),
    E.

ev(S, Bs, Lf, Ef) ->
    R = try erl_eval:exprs(parse(S), Bs, Lf, Ef) catch C:Rs:St -> {C, Rs, top(St)} end,
    io:format("~s~n~p~n", [S, R]).

top([{erl_eval, _, _, _} | _]) -> [];
top([{escript, _, _, _} | _]) -> [];
top([{M, _, _, _} | _]) when M =:= eval_bits; M =:= erl_eval_bits; M =:= prim_eval -> [];
top([{?MODULE, F, A, _} | _]) -> [{this_module, F, A}];
top([{M, F, A, _} | _]) -> [{M, F, A}];
top(_) -> [].

main(_) ->
    Lf = {value, fun(Name, Args) -> {local, Name, Args} end},
    Ef = {value, fun(Func, Args) -> {nonlocal, Func, Args} end},
    ev("f(1, 2).", [], Lf, none),
    ev("f(1, 2).", [], none, none),
    ev("lists:reverse([1,2]).", [], none, Ef),
    ev("F = fun(X) -> X end, F(1).", [], none, Ef),
    ev("length([1]).", [], none, Ef),
    ev("F = fun f/1, F(9).", [], Lf, none),
    ev("G = fun lists:sum/1, G([1]).", [], none, Ef),
    Ev = {eval, fun(Name, Args, Bs) -> {value, {evaled, Name, length(Args), Bs}, orddict:store('Z', 1, Bs)} end},
    ev("A = 1, g(A, 2).", [], Ev, none),
    ev("A = 1, g(A, 2), Z.", [], Ev, none),
    Shell = {value, fun(double, [X]) -> 2 * X; (Name, Args) -> erlang:error({undef_local, Name, Args}) end},
    ev("double(21).", [], Shell, none),
    ev("lists:map(fun(X) -> double(X) end, [1, 2]).", [], Shell, none),
    ev("triple(1).", [], Shell, none),
    %% only exprs/2 and expr/2 check for unbound variables before running
    R = fun(F) -> try F() catch C:Rs -> {C, Rs} end end,
    io:format("~p~n", [R(fun() -> erl_eval:exprs(parse("self() ! s1, Y."), [], none) end)]),
    io:format("~p~n", [R(fun() -> erl_eval:exprs(parse("self() ! s2, Y."), [], none, none) end)]),
    io:format("~p~n", [R(fun() -> erl_eval:expr(hd(parse("{self() ! s3, Y}.")), [], none) end)]),
    io:format("~p~n", [R(fun() -> erl_eval:expr(hd(parse("{self() ! s4, Y}.")), [], none, none, value) end)]),
    io:format("~p~n", [R(fun() -> erl_eval:exprs(parse("self() ! s5, #r{}."), [], none) end)]),
    io:format("~p~n", [R(fun() -> erl_eval:exprs(parse("self() ! s6, Y."), []) end)]),
    io:format("~p~n", [R(fun() -> erl_eval:expr(hd(parse("{self() ! s7, #r.a}.")), []) end)]),
    io:format("~p~n", [erlang:process_info(self(), messages)]),
    ok.
