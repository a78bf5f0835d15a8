#!/usr/bin/env escript
-module(case_clause).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    case id(3) of
        1 -> a;
        2 -> b
    end.
