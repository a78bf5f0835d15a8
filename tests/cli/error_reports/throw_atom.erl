#!/usr/bin/env escript
-module(throw_atom).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    throw(foo).
