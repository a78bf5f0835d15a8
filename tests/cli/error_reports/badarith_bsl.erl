#!/usr/bin/env escript
-module(badarith_bsl).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {id(1) bsl id(a)}.
