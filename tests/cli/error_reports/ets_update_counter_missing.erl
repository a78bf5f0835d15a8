#!/usr/bin/env escript
-module(ets_update_counter_missing).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table]), {ets:update_counter(t, k, x)}.
