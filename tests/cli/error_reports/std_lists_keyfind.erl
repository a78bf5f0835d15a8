#!/usr/bin/env escript
-module(std_lists_keyfind).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {lists:keyfind(x, id(0), [])}.
