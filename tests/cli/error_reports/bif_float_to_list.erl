#!/usr/bin/env escript
-module(bif_float_to_list).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {float_to_list(id(1))}.
