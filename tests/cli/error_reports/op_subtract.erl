#!/usr/bin/env escript
-module(op_subtract).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {[1] -- id(a)}.
