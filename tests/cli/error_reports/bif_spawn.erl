#!/usr/bin/env escript
-module(bif_spawn).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {spawn(id(a))}.
