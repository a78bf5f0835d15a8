#!/usr/bin/env escript
-module(badarity).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    F = id(fun(X) -> X end),
    F(1, 2).
