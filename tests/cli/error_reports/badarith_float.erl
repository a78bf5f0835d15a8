#!/usr/bin/env escript
-module(badarith_float).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {id(1.5) / id(0)}.
