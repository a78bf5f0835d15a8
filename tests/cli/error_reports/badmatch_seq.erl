#!/usr/bin/env escript
-module(badmatch_seq).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    ok = id(lists:seq(1, 100)),
    ok.
