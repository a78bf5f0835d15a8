#!/usr/bin/env escript
-module(badmatch_string).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    "abc" = id("abd"),
    ok.
