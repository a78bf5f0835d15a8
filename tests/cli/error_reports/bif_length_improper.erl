#!/usr/bin/env escript
-module(bif_length_improper).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {length(id([1, 2 | 3]))}.
