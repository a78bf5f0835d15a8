#!/usr/bin/env escript
-module(badmatch_numbers).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    ok = id({123456789012345678901234567890, -3.25, 1.0e20, 0.1}),
    ok.
