#!/usr/bin/env escript
-module(op_and).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {id(true) and id(1)}.
