#!/usr/bin/env escript
-module(ets_new_name_taken).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table]), {ets:new(t, [named_table])}.
