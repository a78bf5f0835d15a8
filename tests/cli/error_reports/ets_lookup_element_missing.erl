#!/usr/bin/env escript
-module(ets_lookup_element_missing).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table]), {ets:lookup_element(t, k, 2)}.
