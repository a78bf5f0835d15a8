#!/usr/bin/env escript
-module(bif_tuple_size).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {tuple_size(id([1, 2]))}.
