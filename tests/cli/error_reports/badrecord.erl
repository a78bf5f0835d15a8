#!/usr/bin/env escript
-module(badrecord).
-mode(compile).
-export([main/1, id/1]).
-record(r, {a, b}).

id(X) -> X.

main(_) ->
    R = id({other, 1}),
    {R#r.a}.
