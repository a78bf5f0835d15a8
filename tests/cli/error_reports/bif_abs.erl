#!/usr/bin/env escript
-module(bif_abs).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {abs(id(a))}.
