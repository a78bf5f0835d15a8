#!/usr/bin/env escript
-module(bif_integer_to_list).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {integer_to_list(id(1.5))}.
