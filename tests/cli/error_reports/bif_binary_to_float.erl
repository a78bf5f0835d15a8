#!/usr/bin/env escript
-module(bif_binary_to_float).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {binary_to_float(id(<<"1">>))}.
