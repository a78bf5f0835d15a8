#!/usr/bin/env escript
%% Micro-benchmark: spawn N processes that exit at once; times the spawns
%% and their runs (a monitor on the last one tells when all have run).
-module(micro_spawn).
-export([main/1]).
-mode(compile).

main(Args) ->
    N = arg(Args, 1, 50000),
    T0 = erlang:monotonic_time(),
    spawn_n(N - 1),
    {_, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, _, normal} -> ok end,
    T1 = erlang:monotonic_time(),
    io:format("checksum ~w~n", [N]),
    io:format("time_us ~w~n", [erlang:convert_time_unit(T1 - T0, native, microsecond)]).

spawn_n(0) -> ok;
spawn_n(N) -> spawn(fun() -> ok end), spawn_n(N - 1).

arg(Args, I, _Def) when length(Args) >= I -> list_to_integer(lists:nth(I, Args));
arg(_Args, _I, Def) -> Def.
