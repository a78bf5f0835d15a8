#!/usr/bin/env escript
-module(ets_insert_not_tuples).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table]), {ets:insert(t, [{a}, b])}.
