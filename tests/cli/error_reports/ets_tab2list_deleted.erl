#!/usr/bin/env escript
-module(ets_tab2list_deleted).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table]), ets:delete(t), {ets:tab2list(t)}.
