#!/usr/bin/env escript
-module(badfun_not_tail).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    F = id(1),
    {F()}.
