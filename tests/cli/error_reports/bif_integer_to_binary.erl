#!/usr/bin/env escript
-module(bif_integer_to_binary).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {integer_to_binary(id(a))}.
