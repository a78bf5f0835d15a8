#!/usr/bin/env escript
-module(bif_list_to_atom).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {list_to_atom(id([a, b]))}.
