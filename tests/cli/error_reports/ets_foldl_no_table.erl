#!/usr/bin/env escript
-module(ets_foldl_no_table).
-export([main/1]).
-mode(compile).

main(_) ->
    {ets:foldl(fun(X, Acc) -> [X | Acc] end, [], no_such_table)}.
