#!/usr/bin/env escript
-module(badmatch_long).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {ok, X} = id([{N, list_to_atom("value_" ++ integer_to_list(N))} || N <- lists:seq(1, 12)]),
    X.
