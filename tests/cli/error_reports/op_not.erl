#!/usr/bin/env escript
-module(op_not).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {not id(1)}.
