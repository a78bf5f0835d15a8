#!/usr/bin/env escript
-module(warning_then_crash).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Unused = id(1),
    error(boom).
