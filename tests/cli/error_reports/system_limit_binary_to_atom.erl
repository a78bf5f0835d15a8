#!/usr/bin/env escript
-module(system_limit_binary_to_atom).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {binary_to_atom(id(list_to_binary(lists:duplicate(300, $b))), utf8)}.
