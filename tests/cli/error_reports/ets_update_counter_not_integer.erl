#!/usr/bin/env escript
-module(ets_update_counter_not_integer).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table]), ets:insert(t, {k, x}), {ets:update_counter(t, k, 1)}.
