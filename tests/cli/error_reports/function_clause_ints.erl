#!/usr/bin/env escript
-module(function_clause_ints).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(104), id(105))}.

f(0, 0) -> 1.
