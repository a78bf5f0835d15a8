#!/usr/bin/env escript
-module(function_clause).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(b))}.

f(a) -> 1.
