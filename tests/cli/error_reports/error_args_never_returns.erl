#!/usr/bin/env escript
-module(error_args_never_returns).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(1, id(2))}.

f(A, B) ->
    erlang:error(badarg, [A, B]).
