#!/usr/bin/env escript
-module(badmap_update).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    M = id([1, 2]),
    {M#{a := 1}}.
