#!/usr/bin/env escript
-module(bif_tuple_to_list).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {tuple_to_list(id(a))}.
