#!/usr/bin/env escript
-module(exit_atom).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    exit(foo).
