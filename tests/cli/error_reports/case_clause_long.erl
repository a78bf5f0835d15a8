#!/usr/bin/env escript
-module(case_clause_long).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    case id({lists:seq(1, 25), "a string that is rather long", <<"and a binary">>}) of
        ok -> a
    end.
