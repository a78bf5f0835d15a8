#!/usr/bin/env escript
-module(bif_length).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {length(id(a))}.
