#!/usr/bin/env escript
-module(std_lists_reverse).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {lists:reverse(id(a), [])}.
