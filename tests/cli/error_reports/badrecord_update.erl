#!/usr/bin/env escript
-module(badrecord_update).
-mode(compile).
-export([main/1, id/1]).
-record(r, {a, b}).

id(X) -> X.

main(_) ->
    R = id(nope),
    {R#r{b = 2}}.
