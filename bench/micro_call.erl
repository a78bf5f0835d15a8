#!/usr/bin/env escript
%% Micro-benchmark: body calls and returns to other functions (not self
%% recursion), N iterations of two calls each.
-module(micro_call).
-export([main/1]).
-mode(compile).

main(Args) ->
    N = arg(Args, 1, 1000000),
    T0 = erlang:monotonic_time(),
    R = loop(N, 0),
    T1 = erlang:monotonic_time(),
    io:format("checksum ~w~n", [R]),
    io:format("time_us ~w~n", [erlang:convert_time_unit(T1 - T0, native, microsecond)]).

loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, inc(Acc) + twice(N) - N).

inc(X) -> X + 1.
twice(X) -> X * 2.

arg(Args, I, _Def) when length(Args) >= I -> list_to_integer(lists:nth(I, Args));
arg(_Args, _I, Def) -> Def.
