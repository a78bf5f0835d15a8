#!/usr/bin/env escript
%% Micro-benchmark: send to self and receive, N messages (no process switch).
-module(micro_sendrecv).
-export([main/1]).
-mode(compile).

main(Args) ->
    N = arg(Args, 1, 300000),
    T0 = erlang:monotonic_time(),
    R = loop(N, 0),
    T1 = erlang:monotonic_time(),
    io:format("checksum ~w~n", [R]),
    io:format("time_us ~w~n", [erlang:convert_time_unit(T1 - T0, native, microsecond)]).

loop(0, Acc) -> Acc;
loop(N, Acc) ->
    self() ! {msg, N},
    receive {msg, M} -> loop(N - 1, Acc + M) end.

arg(Args, I, _Def) when length(Args) >= I -> list_to_integer(lists:nth(I, Args));
arg(_Args, _I, Def) -> Def.
