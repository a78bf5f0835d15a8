#!/usr/bin/env escript
-module(bif_ceil).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {ceil(id(a))}.
