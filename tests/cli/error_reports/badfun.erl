#!/usr/bin/env escript
-module(badfun).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    F = id(1),
    F().
