#!/usr/bin/env escript
-module(bif_list_to_integer_base).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {list_to_integer("ff", id(1))}.
