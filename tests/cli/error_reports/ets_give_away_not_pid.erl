#!/usr/bin/env escript
-module(ets_give_away_not_pid).
-export([main/1]).
-mode(compile).

main(_) ->
    ets:new(t, [named_table]), {ets:give_away(t, not_a_pid, gift)}.
