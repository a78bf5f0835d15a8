#!/usr/bin/env escript
-module(ets_next_missing_key).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table]), {ets:next(t, k)}.
