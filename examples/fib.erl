#!/usr/bin/env escript
%% Naive Fibonacci: body recursion, guards, integer arithmetic (big ones too).
-module(fib).
-export([main/1]).
-mode(compile).

main([]) -> main(["25"]);
main([Arg | _]) ->
    N = list_to_integer(Arg),
    io:format("fib(~w) = ~w~n", [N, fib(N)]),
    io:format("fast fib(200) = ~w~n", [fast_fib(200, 0, 1)]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

%% Tail-recursive: constant stack, exact big integers.
fast_fib(0, A, _) -> A;
fast_fib(N, A, B) -> fast_fib(N - 1, B, A + B).
