#!/usr/bin/env escript
-module(ets_info_bad_item).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table]), {ets:info(t, colour)}.
