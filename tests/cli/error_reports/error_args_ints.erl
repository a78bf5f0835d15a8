#!/usr/bin/env escript
-module(error_args_ints).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(104), 105)}.

f(A, B) when A > 0 ->
    erlang:error(badarg, [A, B]);
f(A, _) ->
    A.
