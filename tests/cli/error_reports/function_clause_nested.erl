#!/usr/bin/env escript
-module(function_clause_nested).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {g(id(3))}.

g(X) ->
    {f(X)}.

f(0) -> zero.
