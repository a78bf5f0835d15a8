#!/usr/bin/env escript
-module(bif_node).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {node(id(a))}.
