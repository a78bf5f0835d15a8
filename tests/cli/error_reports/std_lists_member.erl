#!/usr/bin/env escript
-module(std_lists_member).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {lists:member(x, id(a))}.
