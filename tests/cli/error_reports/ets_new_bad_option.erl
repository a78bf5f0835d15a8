#!/usr/bin/env escript
-module(ets_new_bad_option).
-export([main/1]).
-mode(compile).

main(_) ->
    {ets:new(t, [set, {keypos, 0}])}.
