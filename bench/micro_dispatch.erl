#!/usr/bin/env escript
%% Micro-benchmark: instruction dispatch. A tail-recursive loop of guards,
%% small-integer arithmetic and tuple/list tests, N iterations (one call each).
-module(micro_dispatch).
-export([main/1]).
-mode(compile).

main(Args) ->
    N = arg(Args, 1, 1000000),
    T0 = erlang:monotonic_time(),
    R = loop(N, 0, {pair, 1, 2}, [a]),
    T1 = erlang:monotonic_time(),
    io:format("checksum ~w~n", [R]),
    io:format("time_us ~w~n", [erlang:convert_time_unit(T1 - T0, native, microsecond)]).

loop(0, Acc, _T, _L) -> Acc;
loop(N, Acc, {pair, A, B} = T, [_ | _] = L) when N > 0, is_integer(Acc) ->
    loop(N - 1, (Acc + A * B + N) band 16#FFFFFF, T, L).

arg(Args, I, _Def) when length(Args) >= I -> list_to_integer(lists:nth(I, Args));
arg(_Args, _I, Def) -> Def.
