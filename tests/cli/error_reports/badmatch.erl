#!/usr/bin/env escript
-module(badmatch).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {ok, X} = id({error, enoent}),
    X.
