#!/usr/bin/env escript
-module(ets_bag_update_counter).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table, bag]), {ets:update_counter(t, k, 1)}.
