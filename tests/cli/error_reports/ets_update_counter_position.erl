#!/usr/bin/env escript
-module(ets_update_counter_position).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table]), ets:insert(t, {k, 1}), {ets:update_counter(t, k, {3, 1})}.
