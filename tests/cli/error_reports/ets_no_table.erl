#!/usr/bin/env escript
-module(ets_no_table).
-export([main/1]).
-mode(compile).

main(_) ->
    {ets:lookup(no_such_table, key)}.
