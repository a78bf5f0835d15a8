#!/usr/bin/env escript
-module(bif_binary_to_integer).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {binary_to_integer(id(<<"x1">>))}.
