#!/usr/bin/env escript
-module(badarity_none).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    F = id(fun(X, Y, Z) -> {X, Y, Z} end),
    F().
