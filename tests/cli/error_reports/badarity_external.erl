#!/usr/bin/env escript
-module(badarity_external).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    F = id(fun lists:reverse/1),
    F(1, 2, 3).
