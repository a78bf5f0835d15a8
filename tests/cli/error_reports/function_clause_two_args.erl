#!/usr/bin/env escript
-module(function_clause_two_args).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(b), "text")}.

f(a, _) -> 1.
