#!/usr/bin/env escript
-module(system_limit).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {list_to_atom(lists:duplicate(id(300), $a))}.
