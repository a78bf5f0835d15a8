#!/usr/bin/env escript
-module(function_clause_fun).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    F = fun(a) -> ok end,
    {F(id(b))}.
