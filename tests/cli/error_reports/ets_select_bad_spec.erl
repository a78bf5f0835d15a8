#!/usr/bin/env escript
-module(ets_select_bad_spec).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table]), {ets:select(t, [{'_', [], ['$1']}])}.
